// Display vocabulary: entity categories (label + organization kind) and relationship types, in Chinese.

export const CATEGORIES = [
  { id: "person", name: "人员", color: "#2563eb", shape: "ellipse" },
  { id: "hospital", name: "医院", color: "#dc2626", shape: "round-rectangle" },
  { id: "university", name: "高校", color: "#7c3aed", shape: "round-rectangle" },
  { id: "lab", name: "实验室", color: "#0891b2", shape: "round-rectangle" },
  { id: "institute", name: "科研院所/中心", color: "#0d9488", shape: "round-rectangle" },
  { id: "company", name: "企业", color: "#ea580c", shape: "round-rectangle" },
  { id: "government", name: "政府/主管部门", color: "#4b5563", shape: "octagon" },
  { id: "society", name: "学会/协会", color: "#a16207", shape: "round-rectangle" },
  { id: "organization", name: "其他机构", color: "#64748b", shape: "round-rectangle" },
  { id: "paper", name: "论文", color: "#16a34a", shape: "rectangle" },
  { id: "patent", name: "专利", color: "#ca8a04", shape: "diamond" },
  { id: "project", name: "项目/奖项", color: "#db2777", shape: "hexagon" },
  { id: "journal", name: "期刊", color: "#65a30d", shape: "barrel" },
  { id: "rule", name: "规则", color: "#94a3b8", shape: "tag" },
  { id: "document", name: "文档", color: "#cbd5e1", shape: "rectangle" },
];

export const CATEGORY_BY_ID = Object.fromEntries(CATEGORIES.map((c) => [c.id, c]));

const ORG_KIND = {
  hospital: "hospital",
  university: "university",
  lab: "lab",
  research_institute: "institute",
  center: "institute",
  company: "company",
  government: "government",
  agency: "government",
  society: "society",
};

const LABEL_CATEGORY = {
  Person: "person",
  Paper: "paper",
  Patent: "patent",
  Project: "project",
  Journal: "journal",
  Rule: "rule",
  Document: "document",
};

export function categoryOf(label, kind) {
  if (label === "Organization") return ORG_KIND[kind] || "organization";
  return LABEL_CATEGORY[label] || "organization";
}

export const RELATIONS = {
  WORKS_AT: "任职于",
  AFFILIATED_WITH: "关联单位",
  MEMBER_OF: "完成人/成员",
  LEADS: "负责",
  UNIT_OF: "完成单位",
  NOMINATED_BY: "提名单位",
  FUNDED_BY: "资助/发布",
  AUTHORED: "作者",
  PUBLISHED_IN: "发表于",
  INVENTED: "发明人",
  OWNS: "拥有",
  PART_OF: "隶属于",
  COLLABORATES_WITH: "合作",
  CONTACT_FOR: "联系人",
  ACHIEVED: "取得成果",
  STATES: "规定",
  POSSIBLY_SAME: "疑似同一人",
  MENTIONS: "提及",
};

export const LOW_CONFIDENCE = new Set(["POSSIBLY_SAME"]);

export function relationName(type) {
  return RELATIONS[type] || type;
}

const PROPERTY_NAMES = {
  key: "标识",
  name: "名称",
  kind: "类别",
  aliases: "别名",
  year: "年份",
  journal: "期刊",
  volume: "卷",
  issue: "期",
  pages: "页码",
  impact_factor: "影响因子",
  citations: "被引次数",
  indexed_in: "收录",
  number: "授权号/登记号",
  country: "国家",
  date: "日期",
  code: "指南代码",
  award: "推荐奖种",
  budget_cap_wan: "经费上限（万元）",
  title: "职称",
  position: "职务",
  role: "角色",
  rank: "排名",
  order: "署名顺序",
  corresponding: "通讯作者",
  phone: "电话",
  parent: "上级单位",
  organization: "单位",
  label: "类型",
  confidence: "可信度",
  score: "相似度",
  reason: "依据",
  mentioned_in: "提及文档数",
  ingested_at: "入库时间",
  size: "大小（字节）",
  genre: "文档类型",
  encoding: "编码",
  applies_to: "适用对象",
  constraint: "约束",
  text: "原文",
  units: "单位",
};

export function propertyName(key) {
  return PROPERTY_NAMES[key] || key;
}

const KIND_NAMES = {
  hospital: "医院", university: "高校", lab: "实验室", research_institute: "科研院所", center: "中心",
  company: "企业", government: "政府机构", society: "学会/协会", other: "其他",
  invention_patent: "发明专利", utility_model: "实用新型", software_copyright: "软件著作权",
  award_nomination: "奖项提名", funding_topic: "资助指南方向", research_project: "科研项目", programme: "计划",
  news: "新闻", funding_guideline: "申报指南",
};

export function kindName(kind) {
  return KIND_NAMES[kind] || kind;
}

/** Conflict types of the COI check (the API also gives `type_names`). */
export const CONFLICT_TYPES = {
  same_unit: "同一单位", coauthor: "合作论文", coinventor: "共同专利", co_member: "同一项目/奖励团队",
  team_member: "专家为申报团队成员", unit_of_project: "专家单位为项目单位", declared: "申报关系", indirect: "间接关联",
};

export function conflictTypeName(type) {
  return CONFLICT_TYPES[type] ?? relationName(type);
}

const UNTITLED_PAPER = /^代表性论文(\d+)$/; // the extraction's stand-in for a paper row without a title

/** A node's name for people: a paper whose title was not recovered says so plainly. */
export function displayName(label, name) {
  const found = label === "Paper" && UNTITLED_PAPER.exec(String(name ?? ""));
  return found ? `代表性论文第${found[1]}篇（原文未能识别题目）` : String(name ?? "");
}

const SEVERITY = { high: "高", medium: "中", low: "低" };
export function severityName(s) {
  return SEVERITY[s] || s || "";
}
