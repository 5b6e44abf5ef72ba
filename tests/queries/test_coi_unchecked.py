"""A check that could not reach everyone must never read as cleared: the unchecked parties come first, in
every format, with the candidates to choose from, and 「未发现利益冲突」 only when everyone was checked."""

from __future__ import annotations

import csv
import io
import json

from openpyxl import load_workbook

from graph.stores.base import Store
from queries.coi import PersonRef, check_conflicts, write_report

LIN = PersonRef("林晓峰", "青松大学附属第一医院")
WANG_HOSPITAL = "person:王磊@org:青松大学附属第一医院"
WANG_INSTITUTE = "person:王磊@org:东湖研究院"
CLEARED = "未发现利益冲突"


def test_everyone_checked_and_nothing_found_reads_as_cleared(world: Store) -> None:
    report = check_conflicts(world, [PersonRef("孙浩")], [LIN])
    data = report.as_dict()
    assert data["complete"] is True and data["status"] == "complete" and data["unchecked"] == []
    assert CLEARED in data["verdict"] and data["conflicts"] == []


def test_an_unchecked_party_is_never_cleared(world: Store) -> None:
    # 孙浩 has no link to 林晓峰; 王磊 is two people; 无名氏 is nobody the graph knows
    report = check_conflicts(world, [PersonRef("孙浩"), PersonRef("王磊"), PersonRef("无名氏")], [LIN])
    data = report.as_dict()
    assert data["complete"] is False and data["status"] == "incomplete" and data["unchecked_count"] == 2
    assert CLEARED not in data["verdict"] and data["verdict"].startswith("审查未完成：2 人未能核查")
    assert list(data)[:4] == ["complete", "status", "verdict", "unchecked"]  # before any conflict
    ambiguous, missing = data["unchecked"]
    assert (ambiguous["name"], ambiguous["status"], ambiguous["code"]) == ("王磊", "ambiguous", "several_people")
    assert (missing["name"], missing["status"], missing["code"]) == ("无名氏", "not_found", "name_not_found")
    assert ambiguous["reason"] == "图谱中有 2 位同名人员，请从候选人中选择一位或补充单位"
    assert missing["reason"] == "图谱中没有此姓名的人员" and ambiguous["role_name"] == "专家"


def test_candidates_carry_unit_documents_and_coworkers(world: Store) -> None:
    report = check_conflicts(world, [PersonRef("王磊")], [LIN])
    candidates = {c["key"]: c for c in report.as_dict()["unchecked"][0]["candidates"]}
    hospital, institute = candidates[WANG_HOSPITAL], candidates[WANG_INSTITUTE]
    assert hospital["unit"] == "青松大学附属第一医院" and institute["unit"] == "东湖研究院"
    assert [d["name"] for d in hospital["documents"]] == ["award_qingsong.txt"]
    assert hospital["documents"][0]["title"] == "青松肝病防治体系研究"
    assert {c["name"] for c in hospital["coworkers"]} >= {"林晓峰", "周雨桐"}  # the nomination's team
    assert institute["documents"][0]["title"] == "东湖研究院与白鹭医科大学签署合作协议"
    assert hospital["display"] == "王磊（青松大学附属第一医院；见于《青松肝病防治体系研究》）"


def test_a_unit_that_fits_no_namesake_is_its_own_reason(world: Store) -> None:
    [unchecked] = check_conflicts(world, [PersonRef("王磊", "南山大学")], [LIN]).unchecked
    assert unchecked.code == "unit_mismatch" and "都不在所填单位「南山大学」" in unchecked.reason
    assert len(unchecked.candidates) == 2


def test_a_resolved_party_with_a_possible_twin_carries_a_warning(world: Store) -> None:
    report = check_conflicts(world, [PersonRef(key=WANG_HOSPITAL)], [LIN])
    assert report.complete
    [warning] = report.warnings
    assert warning.startswith("专家王磊（青松大学附属第一医院") and WANG_INSTITUTE in warning
    assert "相似度 0.50" in warning and "后者的记录未计入本次审查" in warning


def test_every_export_opens_with_the_verdict_and_the_unchecked_parties(world: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = check_conflicts(world, [PersonRef("韩立新"), PersonRef("王磊")], [LIN])
    text = io.StringIO()
    write_report(report, "csv", text)
    rows = list(csv.reader(io.StringIO(text.getvalue())))
    assert rows[0][0] == "审查结论" and rows[0][1].startswith("审查未完成：1 人未能核查")
    unchecked_at = rows.index(["未能核查的人员（不能视为无利益冲突）"])
    conflicts_at = next(i for i, row in enumerate(rows) if row[:1] == ["专家"])
    assert unchecked_at < conflicts_at
    wang = rows[unchecked_at + 2]
    assert wang[:2] == ["专家", "王磊"] and wang[5] == "several_people"
    assert "青松大学附属第一医院" in wang[6] and "东湖研究院" in wang[6] and "常合作者" in wang[6]

    write_report(report, "xlsx", tmp_path / "coi.xlsx")
    book = load_workbook(tmp_path / "coi.xlsx")
    assert book.sheetnames[0] == "审查结论" and book["审查结论"]["B2"].value.startswith("审查未完成")
    assert book["未能核查的人员"]["B2"].value == "王磊"

    table = io.StringIO()
    write_report(report, "table", table)
    lines = table.getvalue().splitlines()
    assert lines[0].startswith("审查结论：审查未完成")
    assert next(i for i, x in enumerate(lines) if "王磊" in x) < next(i for i, x in enumerate(lines) if "韩立新" in x)

    out = io.StringIO()
    write_report(report, "json", out)
    assert json.loads(out.getvalue())["complete"] is False


def test_evidence_names_the_document_by_title_and_line_in_chinese(world: Store) -> None:
    conflict = check_conflicts(world, [PersonRef("韩立新")], [LIN]).as_dict()["conflicts"][0]
    assert conflict["type_names"][:2] == ["同一项目/奖励团队", "合作论文"] and conflict["severity_name"] == "高"
    team = next(e for e in conflict["evidence"] if e["kind"] == "co_member")
    source = next(s for s in team["sources"] if "韩立新" in s["supports"])
    assert source["supports"] == "韩立新 —完成人/成员→ 青松肝病防治体系研究"
    assert source["relationship"] == {"start": "person:韩立新@org:白鹭医科大学", "type": "MEMBER_OF",
                                      "end": "project:青松肝病防治体系研究"}
    assert source["line"] == 7 and source["text"] == "3. 韩立新，白鹭医科大学，教授"
    assert source["document"]["title"] == "青松肝病防治体系研究"
    assert source["where"] == "《青松肝病防治体系研究》第 7 行（award_qingsong.txt）"
