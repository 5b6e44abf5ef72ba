"""Applications checked against the rules a (invented) guide states; each flag cites the guide."""

from __future__ import annotations

from graph.stores.base import Store
from ingest.model import Extraction, ResolvedDocument, Rule, SourceDocument, Span
from ingest.pipeline import load_resolved
from queries.eligibility import Application, check_eligibility, parse_applications

GUIDE = """甲省2025年度临床技术攻关项目申报指南
同一项目负责人同一年度只能申报一项省科技计划项目。
医院以外的其他单位每家申报不超过2项。
高校、科研院所申报项目必须有医院联合。
项目负责人须为申报单位在职人员。
政府机关不得作为申报单位。
"""
RULES: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    ("R1", "max_applications_per_leader_per_year", "同一项目负责人同一年度只能申报一项省科技计划项目。", {"limit": "1"}),
    ("R7", "unit_quota", "医院以外的其他单位每家申报不超过2项。",
     {"limit": "2", "unit_kind": "any", "excluding_kinds": "hospital", "tier": "rest"}),
    ("R8", "hospital_partner_required", "高校、科研院所申报项目必须有医院联合。", {"lead_kinds": "university,research_institute"}),
    ("R11", "leader_employed_by_applicant", "项目负责人须为申报单位在职人员。", {}),
    ("R13", "government_body_excluded", "政府机关不得作为申报单位。", {}),
)


def _load_guide(store: Store) -> SourceDocument:
    source = SourceDocument("guide_2025.txt", GUIDE, "utf-8", len(GUIDE.encode()))
    rules = tuple(Rule(i, text, "unit", c, tuple(p.items()), (Span(GUIDE.find(text), GUIDE.find(text) + len(text)),))
                  for i, c, text, p in RULES)
    load_resolved(store, ResolvedDocument(source, Extraction(source.name, "funding_guideline", rules=rules)))
    return source


def test_flags_quote_the_rule_and_cite_the_guide(world: Store) -> None:
    guide = _load_guide(world)
    apps = [
        Application("肝癌早筛研究", "青松大学附属第一医院", "林晓峰"),
        Application("肝纤维化干预研究", "青松大学附属第一医院", "林晓峰"),
        Application("流行病学队列", "白鹭医科大学", "韩立新", partners=("东湖研究院",)),
        Application("肝病预警模型", "白鹭医科大学", "周雨桐", partners=("青松大学附属第一医院",)),
        Application("第三项", "白鹭医科大学", "刘洋", partners=("青松大学附属第一医院",)),
    ]
    result = check_eligibility(world, apps, guide_doc="guide_2025.txt").as_dict()
    flags = {(f["application"], f["rule"]["id"]) for f in result["flags"]}
    assert ("肝纤维化干预研究", "R1") in flags and ("肝癌早筛研究", "R1") not in flags
    assert ("流行病学队列", "R8") in flags and ("肝病预警模型", "R8") not in flags
    assert ("肝病预警模型", "R11") in flags  # 周雨桐 works at the hospital, not at 白鹭医科大学
    assert ("第三项", "R7") in flags and ("流行病学队列", "R7") not in flags
    r1 = next(f for f in result["flags"] if f["rule"]["id"] == "R1")
    assert r1["rule"]["text"] == RULES[0][2] and r1["document"] == {"id": guide.id, "name": "guide_2025.txt"}


def test_applications_from_chinese_csv() -> None:
    text = "项目名称,申报单位,项目负责人,项目成员,合作单位\n肝癌早筛研究,青松大学附属第一医院,林晓峰,周雨桐、王磊,白鹭医科大学\n"
    [app] = parse_applications(text, "csv")
    assert app.members == ("周雨桐", "王磊") and app.partners == ("白鹭医科大学",)
