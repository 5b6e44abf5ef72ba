"""Conflict checks on the 青松 nomination and the 东湖 news: who conflicts with whom, and why."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from graph.stores.base import Store
from queries.coi import PersonRef, check_conflicts, load_people, write_report
from queries.coi.policy import Declared, default_policy, policy_from_dict

LIN = PersonRef("林晓峰", "青松大学附属第一医院")
PROJECT = PersonRef(key="project:青松肝病防治体系研究")


def _pair(report, expert: str, applicant: str):  # type: ignore[no-untyped-def]
    return next((c for c in report.conflicts if c.expert.name == expert and c.applicant.name == applicant), None)


def test_completers_of_one_nomination_conflict_with_that_document_as_evidence(world: Store) -> None:
    report = check_conflicts(world, [PersonRef("周雨桐")], [LIN])
    conflict = _pair(report, "周雨桐", "林晓峰")
    assert conflict is not None and conflict.severity == "high"
    assert {"co_member", "coinventor", "same_unit"} <= set(conflict.types)
    team = next(e for e in conflict.evidence if e.kind == "co_member")
    assert "青松肝病防治体系研究" in team.summary
    quoted = {s.name: s.text for s in team.sources}
    assert quoted["award_qingsong.txt"] in ("1. 林晓峰，青松大学附属第一医院，主任医师", "2. 周雨桐，青松大学附属第一医院，副主任医师")


def test_coauthors_conflict_with_the_paper_as_evidence(world: Store) -> None:
    report = check_conflicts(world, [PersonRef("韩立新")], [LIN])
    conflict = _pair(report, "韩立新", "林晓峰")
    assert conflict is not None and "coauthor" in conflict.types
    paper = next(e for e in conflict.evidence if e.kind == "coauthor")
    assert [n.name for n in paper.path[::2]] == ["韩立新", "肝纤维化新型标志物研究", "林晓峰"]
    assert any("作者：林晓峰，韩立新" in (s.text or "") for s in paper.sources)


def test_an_old_paper_is_outside_the_window(world: Store) -> None:
    # 赵明远 and 韩立新 wrote a paper in 2016: within 10 years it conflicts, within 3 it does not
    assert _pair(check_conflicts(world, [PersonRef("赵明远")], [PersonRef("韩立新")]), "赵明远", "韩立新") is None
    wide = policy_from_dict({"rules": {"coauthor": {"within_years": 10}}, "reference_year": 2025})
    conflict = _pair(check_conflicts(world, [PersonRef("赵明远")], [PersonRef("韩立新")], wide), "赵明远", "韩立新")
    assert conflict is not None and conflict.types == ("coauthor",)


def test_an_expert_at_the_parent_university_shares_the_unit(world: Store) -> None:
    conflict = _pair(check_conflicts(world, [PersonRef("陈静", "青松大学")], [LIN]), "陈静", "林晓峰")
    assert conflict is not None and conflict.types == ("same_unit",)
    kinds = [p.type for p in conflict.evidence[0].relationships()]
    assert kinds == ["WORKS_AT", "PART_OF", "WORKS_AT"]


def test_an_expert_at_a_unit_of_the_applicants_project_conflicts(world: Store) -> None:
    conflict = _pair(check_conflicts(world, [PersonRef("刘洋")], [PROJECT]), "刘洋", "青松肝病防治体系研究")
    assert conflict is not None and "unit_of_project" in conflict.types
    unit = next(e for e in conflict.evidence if e.kind == "unit_of_project")
    assert [p.type for p in unit.relationships()] == ["WORKS_AT", "UNIT_OF"]


def test_no_link_no_conflict(world: Store) -> None:
    report = check_conflicts(world, [PersonRef("孙浩")], [LIN, PROJECT])
    assert report.conflicts == () and report.ambiguous == () and report.not_found == ()


def test_a_shared_name_is_reported_never_guessed(world: Store) -> None:
    report = check_conflicts(world, [PersonRef("王磊"), PersonRef("无名氏")], [LIN])
    assert [a.ref.name for a in report.ambiguous] == ["王磊"]
    assert {c.key for c in report.ambiguous[0].candidates} == {"person:王磊@org:东湖研究院",
                                                               "person:王磊@org:青松大学附属第一医院"}
    assert [n.ref.name for n in report.not_found] == ["无名氏"]
    resolved = check_conflicts(world, [PersonRef("王磊", "东湖研究院")], [LIN])
    assert resolved.ambiguous == () and _pair(resolved, "王磊", "林晓峰") is None


def test_indirect_link_through_a_common_collaborator_is_low(world: Store) -> None:
    policy = policy_from_dict({"reference_year": 2025, "rules": {"coauthor": {"enabled": False},
                               "co_member": {"enabled": False}, "same_unit": {"enabled": False},
                               "indirect": {"within_years": 10}}})
    conflict = _pair(check_conflicts(world, [PersonRef("赵明远")], [LIN], policy), "赵明远", "林晓峰")
    assert conflict is not None and conflict.types == ("indirect",) and conflict.severity == "low"
    assert "韩立新" in conflict.evidence[0].summary


def test_declared_relation(world: Store) -> None:
    report = check_conflicts(world, [PersonRef("孙浩")], [LIN], default_policy(), [Declared("孙浩", "林晓峰", "师生")])
    assert _pair(report, "孙浩", "林晓峰").types == ("declared",)  # type: ignore[union-attr]


def test_reports_in_chinese(world: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = check_conflicts(world, [PersonRef("韩立新"), PersonRef("王磊")], [LIN])
    text = io.StringIO()
    write_report(report, "csv", text)
    rows = list(csv.reader(io.StringIO(text.getvalue())))
    header = rows.index(["专家", "专家单位/编号", "申报人/项目", "申报人单位/编号", "冲突类型", "严重程度", "证据",
                         "来源文件", "原文"])
    conflict = rows[header + 1]
    assert conflict[0] == "韩立新" and "合作论文" in conflict[4] and "award_qingsong.txt" in conflict[7]
    assert "《2024年度甲省科学技术奖提名项目公示》" not in conflict[7]  # the form's own title field wins
    assert "《青松肝病防治体系研究》" in conflict[7]
    write_report(report, "xlsx", tmp_path / "coi.xlsx")
    book = load_workbook(tmp_path / "coi.xlsx")
    assert book.sheetnames == ["审查结论", "未能核查的人员", "利益冲突"]
    assert book["未能核查的人员"]["B2"].value == "王磊"


def test_load_people_from_chinese_csv(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "experts.csv"
    path.write_text("姓名,单位\n林晓峰,青松大学附属第一医院\n韩立新,\n", encoding="utf-8-sig")
    assert load_people(path) == [PersonRef("林晓峰", "青松大学附属第一医院"), PersonRef("韩立新")]
