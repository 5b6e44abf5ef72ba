"""Invented institutions with hierarchies and short forms: universities, their hospitals and labs,
academies and institutes, companies, government offices and societies."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PROVINCES = (
    ("江苏省", "苏"), ("浙江省", "浙"), ("湖南省", "湘"), ("湖北省", "鄂"), ("四川省", "川"),
    ("广东省", "粤"), ("山东省", "鲁"), ("河南省", "豫"), ("安徽省", "皖"), ("福建省", "闽"),
    ("陕西省", "陕"), ("辽宁省", "辽"), ("江西省", "赣"), ("云南省", "滇"), ("山西省", "晋"),
)
# Invented city-like place names: first syllable x second syllable, 1,296 of them.
_CITY_A = "临云青澄望松鹿白沅枫蓝清泰宁嘉兴长凤雁金玉龙华梅柳石溪朝平安明桐东南北西"
_CITY_B = "澜屏岚江川原鸣沙陵桥田溪和远禾隆汀栖塔泉湾亭岭门口阳湖州城堰浦坪滨洲山"
CITIES = tuple(a + b for b in _CITY_B for a in _CITY_A if a != b)
BRANDS = ("仁济", "明德", "博爱", "同心", "济华", "惠民", "康宁", "景和", "崇德", "致远", "弘仁", "怀仁")
LAB_TOPICS = (
    "精神心理疾病", "心血管影像", "肿瘤精准诊疗", "代谢性疾病", "神经再生", "器官移植", "医学人工智能",
    "感染与免疫", "生殖健康", "骨科生物材料", "呼吸系统疾病", "眼科视觉科学", "智能制造", "先进材料",
)
COMPANY_WORDS = ("康拓", "瑞科", "迈拓", "华锐", "鼎新", "智源", "睿医", "中恒", "联影", "安泰", "海科", "启明")
ORDINALS = ("第一", "第二", "第三")
ORDINAL_SHORT = ("一", "二", "三")


@dataclass(slots=True)
class Org:
    id: str
    name: str
    kind: str
    province: str
    short: tuple[str, ...] = ()
    parent: str | None = None  # Org.id
    children: list[str] = field(default_factory=list)

    def spelled(self, rng: random.Random, short_rate: float, province: str | None = None) -> str:
        """The full name, or (at ``short_rate``) one of its short forms. Writing from ``province``, a
        short form that leaves the province to the reader (省人民医院) names only that province's own."""
        short = self.short if province in (None, self.province) else tuple(
            s for s in self.short if not s.startswith("省"))
        if short and rng.random() < short_rate:
            return rng.choice(short)
        return self.name


@dataclass(slots=True)
class Registry:
    orgs: dict[str, Org] = field(default_factory=dict)
    research_units: list[str] = field(default_factory=list)  # where teams are anchored
    governments: dict[str, list[str]] = field(default_factory=dict)  # province -> government org ids
    societies: dict[str, list[str]] = field(default_factory=dict)
    universities: list[str] = field(default_factory=list)
    media: dict[str, str] = field(default_factory=dict)  # province -> newspaper org id

    def add(self, name: str, kind: str, province: str, short: tuple[str, ...] = (),
            parent: Org | None = None) -> Org:
        org = Org(f"o{len(self.orgs):05d}", name, kind, province, short, parent.id if parent else None)
        if parent:
            parent.children.append(org.id)
        self.orgs[org.id] = org
        return org

    def __getitem__(self, org_id: str) -> Org:
        return self.orgs[org_id]


def _university(reg: Registry, rng: random.Random, province: str, city: str, medical: bool) -> None:
    name = f"{city}医科大学" if medical else f"{city}大学"
    uni = reg.add(name, "university", province, (f"{city}医大",) if medical else (f"{city}大",))
    reg.universities.append(uni.id)
    reg.research_units.append(uni.id)
    short_uni = uni.short[0]
    for i in range(rng.randint(1, 3)):
        if rng.random() < 0.5:
            brand = rng.choice(BRANDS)
            hname = f"{name}{brand}{ORDINALS[i]}医院" if i else f"{name}{brand}医院"
            short = (f"{brand}{ORDINAL_SHORT[i]}院" if i else f"{brand}医院", hname.removeprefix(name))
        else:
            hname = f"{name}附属{ORDINALS[i]}医院"
            short = (f"{short_uni}附{ORDINAL_SHORT[i]}院", f"{short_uni}{ORDINAL_SHORT[i]}院")
        hospital = reg.add(hname, "hospital", province, short, uni)
        reg.research_units.append(hospital.id)
        if rng.random() < 0.5:
            topic = rng.choice(LAB_TOPICS)
            reg.add(f"{city}{topic}重点实验室", "lab", province, (f"{topic}重点实验室",), hospital)
    if rng.random() < 0.6:
        topic = rng.choice(LAB_TOPICS)
        lab = reg.add(f"{name}{topic}研究所", "research_institute", province, (f"{short_uni}{topic}所",), uni)
        reg.research_units.append(lab.id)


def build_registry(rng: random.Random, n_units: int) -> Registry:
    """Enough institutions that teams spread over about ``n_units`` research units."""
    reg = Registry()
    for province, _ in PROVINCES:
        prov = province.removesuffix("省")
        govs = [
            reg.add(f"{province}科学技术厅", "government", province, (f"{prov}科技厅", "省科技厅")),
            reg.add(f"{province}卫生健康委员会", "government", province, (f"{prov}卫健委", "省卫生健康委")),
            reg.add(f"{province}财政厅", "government", province, ("省财政厅",)),
        ]
        office = reg.add(f"{province}科学技术厅社会发展科技处", "government", province, ("社会发展科技处",), govs[0])
        center = reg.add(f"{province}科技计划项目受理服务中心", "center", province, ("受理服务中心",), govs[0])
        reg.governments[province] = [g.id for g in govs] + [office.id, center.id]
        socs = [reg.add(f"{province}医学会", "society", province, (f"{prov}医学会",)),
                reg.add(f"{province}科学技术协会", "society", province, (f"{prov}科协",))]
        reg.societies[province] = [s.id for s in socs]
        reg.media[province] = reg.add(f"{prov}日报社", "company", province, (f"{prov}日报",)).id
        people_hosp = reg.add(f"{province}人民医院", "hospital", province, (f"{prov}人民医院", "省人民医院"))
        reg.research_units.append(people_hosp.id)
        academy = reg.add(f"{province}医学科学院", "research_institute", province, (f"{prov}医科院",))
        reg.research_units.append(academy.id)
    cities = list(CITIES)
    rng.shuffle(cities)
    serial = 0
    while len(reg.research_units) < n_units:
        province = PROVINCES[serial % len(PROVINCES)][0]
        city = cities[serial % len(cities)] + ("" if serial < len(cities) else "东南西北中"[serial // len(cities) % 5])
        _university(reg, rng, province, city, medical=serial % 3 != 2)
        if serial % 4 == 0:
            word = COMPANY_WORDS[serial % len(COMPANY_WORDS)]
            company = reg.add(f"{city}{word}医疗科技有限公司", "company", province, (f"{word}医疗",))
            reg.research_units.append(company.id)
        serial += 1
    return reg
