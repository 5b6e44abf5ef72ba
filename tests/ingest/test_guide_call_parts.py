"""Short calls from issuers not seen before: the programme a call's title names and the standing programme
it belongs to, the funder from an agency's usual short form, and award nomination rounds read as calls.

Each class is checked on several invented calls written the way different sites write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.schema import Label, RelType
from ingest.genres.detect import detect_genre
from ingest.genres.guide import parse
from ingest.model import Extraction

FIXTURES = Path(__file__).parents[1] / "fixtures" / "guide"


def _parse(name: str) -> tuple[str, Extraction]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, parse(name, text)


def _projects(x: Extraction) -> dict[str, int | None]:
    return {e.name: e.year for e in x.entities if e.type is Label.PROJECT}


def _rels(x: Extraction, rel: RelType) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in x.relations if r.type is rel}


def _orgs(x: Extraction) -> set[str]:
    return {e.name for e in x.entities if e.type is Label.ORGANIZATION}


# --- the call's programme and its parent ------------------------------------------------------------------

SPECIAL = "国家重点研发计划“星河合作”等重点专项2021年度第一批项目"


def test_a_quoted_special_programme_is_part_of_the_standing_one() -> None:
    _, x = _parse("invented_call_special_programme.txt")
    projects = _projects(x)
    assert projects[SPECIAL] == 2021
    assert {"国家重点研发计划", "星河合作"} <= projects.keys()
    assert ("星河合作", "国家重点研发计划") in _rels(x, RelType.PART_OF)


def test_a_quoted_special_programme_after_the_year() -> None:
    _, x = _parse("invented_call_special_in_year.txt")
    assert ("青藤计划", "国家重点研发计划") in _rels(x, RelType.PART_OF)
    assert not [n for n in _projects(x) if n.startswith("年")]  # the year is not cut into the name


def test_a_provincial_fund_and_its_year() -> None:
    _, x = _parse("invented_call_provincial_fund.txt")
    assert _projects(x)["2011年度云岭省自然科学基金"] == 2011
    assert ("2011年度云岭省自然科学基金", "云岭省自然科学基金") in _rels(x, RelType.PART_OF)
    assert not [n for n in _projects(x) if "负责人" in n or "结题" in n]


def test_a_sentence_of_eligibility_is_no_programme_and_a_trailing_verb_is_dropped() -> None:
    _, x = _parse("invented_call_funded_projects.txt")
    projects = _projects(x)
    assert projects["2013年度北辰省自然科学基金"] == 2013  # not `…基金资助`, named elsewhere without it
    assert not [n for n in projects if "负责人" in n or "结题" in n or n.endswith("资助")]
    assert ("2013年度北辰省自然科学基金", "北辰省自然科学基金") in _rels(x, RelType.PART_OF)


def test_an_award_selection_is_the_award_without_the_selection() -> None:
    _, x = _parse("invented_call_award_selection.txt")
    assert _projects(x)["2023年度临川市青年科技奖"] == 2023
    assert not [n for n in _projects(x) if n.endswith("评选")]
    assert ("2023年度临川市青年科技奖", "临川市青年科技奖") in _rels(x, RelType.PART_OF)
    assert ("2023年度临川市青年科技奖", "临川市科学技术协会") in _rels(x, RelType.FUNDED_BY)


# --- the funder from an agency's usual short form ---------------------------------------------------------

@pytest.mark.parametrize(("name", "programme", "funder"), [
    ("invented_call_special_programme.txt", SPECIAL, "科技部"),
    ("invented_call_committee_short.txt", "2024年度国家自然科学基金", "基金委"),
    ("invented_call_city_bureau.txt", "2019年度苍梧市科技计划", "市科技局"),
    ("invented_call_run_by_agency.txt", "2020年度岭南省重点研发计划", "省科技厅"),
    ("invented_call_funded_projects.txt", "2013年度北辰省自然科学基金", "省科技厅"),
])
def test_the_agency_the_text_shows_running_the_programme_funds_it(name: str, programme: str, funder: str) -> None:
    _, x = _parse(name)
    assert funder in _orgs(x)
    assert _rels(x, RelType.FUNDED_BY) == {(programme, funder)}


def test_a_school_office_that_relays_a_call_funds_nothing() -> None:
    _, x = _parse("invented_call_committee_short.txt")
    assert not {t for _, t in _rels(x, RelType.FUNDED_BY)} & {"科研处"}


# --- award nomination rounds read as calls ---------------------------------------------------------------

@pytest.mark.parametrize(("name", "round_", "award", "society", "contact"), [
    ("invented_award_round_society.txt", "第五届华岳医学科技奖", "华岳医学科技奖", "华岳医学会", "蒋慧敏"),
    ("invented_award_round_letterhead.txt", "第三届星澜护理科技奖", "星澜护理科技奖", "华岳护理学会", "孔令仪"),
    ("invented_award_round_year.txt", "2021年度第十二届青川药学科技奖", "青川药学科技奖", "青川药学会", "廖文博"),
])
def test_a_round_of_an_award_is_part_of_the_award_and_funded_by_its_society(
        name: str, round_: str, award: str, society: str, contact: str) -> None:
    text, x = _parse(name)
    assert detect_genre(text) == "funding_guideline"
    assert {round_, award} <= _projects(x).keys()
    assert (round_, award) in _rels(x, RelType.PART_OF)
    assert _rels(x, RelType.FUNDED_BY) == {(round_, society)}
    assert _rels(x, RelType.CONTACT_FOR) == {(contact, round_)}
    for r in x.relations:
        assert r.spans and all(0 <= s.start < s.end <= len(text) for s in r.spans), r


# --- contacts whose name is not labelled ------------------------------------------------------------------

@pytest.mark.parametrize(("name", "programme", "contacts"), [
    ("invented_call_office_first_contacts.txt", "2022年度东岳省社会科学基金",
     {"葛春燕": ("0592-2181234", "科研处"), "房晓东": ("0592-2185678", "社科处")}),
    ("invented_call_unlabelled_contacts.txt", "2018年度南溟省重点研发计划",
     {"岑佳音": ("0898-65881234", None), "邵明哲": ("0898-65885678", None)}),
    ("invented_call_enquiry_line.txt", "2016年度西陵市科技计划", {"鲍一凡": ("0731-88761234", "科技处")}),
    ("invented_award_round_year.txt", "2021年度第十二届青川药学科技奖", {"廖文博": ("0898-65341234", None)}),
])
def test_a_contact_line_without_a_label_gives_the_contact_and_the_office(
        name: str, programme: str, contacts: dict[str, tuple[str, str | None]]) -> None:
    _, x = _parse(name)
    phones = {r.source: r.phone for r in x.relations if r.type is RelType.CONTACT_FOR and r.target == programme}
    assert phones == {person: phone for person, (phone, _) in contacts.items()}
    offices = {(p, o) for p, (_, o) in contacts.items() if o is not None}
    assert _rels(x, RelType.WORKS_AT) == offices
    for _, office in offices:
        assert office in _orgs(x)
    assert not [n for n in _orgs(x) if n.endswith(("处处", "处科研处", "处社科处"))]  # an office is no office's part


def test_a_programme_said_to_be_a_component_of_a_larger_one_and_the_body_that_decided_to_carry_it_out() -> None:
    from tests.ingest.facts import extract_text, relations
    text = ("关于申报2031年度北辰省高校重点研究计划前沿探索专项的通知\n\n各有关单位：\n\n"
            "为加强高校基础研究投入，北辰省教育厅决定继续组织实施北辰省高校 重点研究计划前沿探索专项项目"
            "（以下简称“前沿探索专项”），现将有关事项通知如下：\n\n"
            "前沿探索专项是北辰省高校重点研究计划的组成部分，其申请、评审按有关办法执行。\n"
            "申报北辰省高校重点研究计划前沿探索专项的，不得同时申报其他项目。\n")
    ex = extract_text(text, "call.txt")
    part_of = relations(ex, "PART_OF")
    assert ("北辰省高校重点研究计划前沿探索专项", "北辰省高校重点研究计划") in part_of
    assert ("2031年度北辰省高校重点研究计划前沿探索专项", "北辰省教育厅") in relations(ex, "FUNDED_BY")
