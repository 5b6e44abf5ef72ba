"""Codes and annotations written inside a title or a name: a project's grant code, a list of its units, a
unit's rank, trailing punctuation, in tables, numbered lists and records."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.kit.annotations import split_rank, split_title
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import entity, names, ranked, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "titles"


def _read(name: str) -> Extraction:
    return extract(read_upload((FIXTURES / name).read_bytes(), name))


@pytest.mark.parametrize(("written", "title", "codes"), [
    ("湖泊沉积物磷释放的微观机理研究（41505119）", "湖泊沉积物磷释放的微观机理研究", ["41505119"]),
    ("高原冻土碳循环模拟(2014M562201)", "高原冻土碳循环模拟", ["2014M562201"]),
    ("城市内涝智能预警平台（ JCYJ20130329140017262 ）", "城市内涝智能预警平台", ["JCYJ20130329140017262"]),
    ("稻田甲烷排放调控技术(获奖编号:J-237-2-02)", "稻田甲烷排放调控技术", ["J-237-2-02"]),
    ("稻田甲烷排放调控技术\n批准号：31570412", "稻田甲烷排放调控技术", ["31570412"]),
    ("深海热液微生物多样性（41506001）（41606002）", "深海热液微生物多样性", ["41506001", "41606002"]),
    ("复杂地质条件下隧道安全施工关键技术，", "复杂地质条件下隧道安全施工关键技术", []),
    # a year, a short note or a word in brackets is part of the title, or no code
    ("城市更新评估指标体系（2015）", "城市更新评估指标体系（2015）", []),
    ("图神经网络的可解释性（青年项目）", "图神经网络的可解释性（青年项目）", []),
    ("(41505119)", "(41505119)", []),  # nothing but a code: no title to free
    # a title written as a Latin sentence keeps its full stop; a Chinese one drops its trailing mark
    ("How rivers carve deep canyons.", "How rivers carve deep canyons.", []),
    ("Glacier melt models (41505119).", "Glacier melt models", ["41505119"]),
    ("冰川消融模型研究。", "冰川消融模型研究", []),
])
def test_a_code_in_brackets_after_a_title_is_its_code(written: str, title: str, codes: list[str]) -> None:
    assert split_title(written)[:2] == (title, codes)


def test_a_bracketed_list_of_units_after_a_title_is_its_units() -> None:
    assert split_title("海洋牧场工程技术研究中心(2014B0505)(西岭大学、东川海洋研究所)") == (
        "海洋牧场工程技术研究中心", ["2014B0505"], ["西岭大学", "东川海洋研究所"])
    assert split_title("高效节水灌溉装备研制（南湖农业大学）") == ("高效节水灌溉装备研制", [], ["南湖农业大学"])
    # words in brackets that are not all units stay in the title
    assert split_title("盐碱地改良（以南湖农场为例）")[0] == "盐碱地改良（以南湖农场为例）"


@pytest.mark.parametrize(("written", "bare", "rank", "ordered"), [
    ("西岭大学（校内排名第1）", "西岭大学", 1, False),
    ("南湖能源研究院（第一完成单位）", "南湖能源研究院", 1, True),
    ("东川理工大学 排名第2", "东川理工大学", 2, True),
    ("东川理工大学排名第二", "东川理工大学", 2, True),
    ("南湖农业大学(排序:3)", "南湖农业大学", 3, True),
    ("南湖农业大学，", "南湖农业大学", None, False),
    ("南湖第二人民医院", "南湖第二人民医院", None, False),  # an ordinal of the name is no rank
])
def test_a_units_annotation_of_rank_is_no_part_of_its_name(written: str, bare: str, rank: int | None,
                                                            ordered: bool) -> None:
    assert split_rank(written) == (bare, rank, ordered)


def test_a_project_table_gives_titles_without_their_codes_and_the_codes_as_fields() -> None:
    extraction = _read("projects_with_codes.md")
    codes = {e.name: e.code for e in extraction.entities if str(e.type) == "Project" and e.code}
    assert codes == {"湖泊沉积物磷释放的微观机理研究": "41505119", "高原冻土碳循环模拟": "2014M562201",
                     "城市内涝智能预警平台": "JCYJ20130329140017262", "稻田甲烷排放调控技术": "J-237-2-02"}
    assert ("柯蓝", "稻田甲烷排放调控技术") in relations(extraction, "LEADS")  # the code after a <br>
    assert not any("（" in p or "(" in p for p in names(extraction, "Project"))


def test_the_same_title_with_two_codes_is_one_project() -> None:
    extraction = _read("two_codes.csv")
    assert names(extraction, "Project") == {"湖泊沉积物磷释放的微观机理研究"}
    assert entity(extraction, "Project", "湖泊沉积物磷释放的微观机理研究").code in ("41505119", "41605120")
    assert relations(extraction, "LEADS") == {("林小溪", "湖泊沉积物磷释放的微观机理研究")}


def test_units_with_a_note_of_rank_are_the_units_with_their_rank() -> None:
    extraction = _read("award_units_ranked.md")
    assert names(extraction, "Organization") == {"南湖能源研究院", "西岭大学", "东川理工大学"}
    assert ranked(extraction, "UNIT_OF") == {"南湖能源研究院": 1, "西岭大学": None, "东川理工大学": 2}


def test_a_numbered_item_with_its_fields_on_the_next_line_is_one_record() -> None:
    extraction = _read("award_items.txt")
    assert relations(extraction, "UNIT_OF") == {
        ("南湖建工集团有限公司", "复杂地质条件下隧道安全施工关键技术"), ("青溪大学", "复杂地质条件下隧道安全施工关键技术"),
        ("西岭大学", "高效低毒农药创制与应用")}
    assert entity(extraction, "Project", "高效低毒农药创制与应用").code == "J-211-2-05"
    assert not any("排名" in o for o in names(extraction, "Organization"))


@pytest.mark.parametrize("name", ["centres_with_units.txt", "centres_with_units.md"])
def test_a_bracketed_list_of_units_after_a_title_gives_the_units_of_the_project(name: str) -> None:
    extraction = _read(name)
    projects = {e.name for e in extraction.entities if e.type.value == "Project" and e.kind != "programme"}
    assert projects == {"南湖省海洋牧场工程技术研究中心", "高效节水灌溉装备研制"}
    assert relations(extraction, "UNIT_OF") == {
        ("西岭大学", "南湖省海洋牧场工程技术研究中心"), ("东川海洋研究所", "南湖省海洋牧场工程技术研究中心"),
        ("南湖农业大学", "高效节水灌溉装备研制")}
    assert entity(extraction, "Project", "南湖省海洋牧场工程技术研究中心").code == "2014B0505"


def test_a_list_of_papers_with_a_column_each_for_year_volume_issue_and_pages() -> None:
    rows = ("authors,title,journal,volume,issue,year,pages\r\n"
            '"Ann Moss, Karl Orlov",Drift of tide tables in shallow bays,Journal of Imaginary Tides,41,2,2023,233-251\r\n'
            '"K. Orlov, A. Moss",Tide tables revisited,Imaginary Letters,7,,2021,e1042\r\n')
    papers = {e.name: e for e in extract(read_upload(rows.encode("utf-8"), "papers.csv")).entities
              if e.type.value == "Paper"}
    first, second = papers["Drift of tide tables in shallow bays"], papers["Tide tables revisited"]
    assert (first.journal, first.year, first.volume, first.issue, first.pages) == (
        "Journal of Imaginary Tides", 2023, "41", "2", "233-251")
    assert (second.year, second.volume, second.issue, second.pages) == (2021, "7", None, "e1042")


@pytest.mark.parametrize(("name", "title", "codes"), [
    ("Novel lake sensors based on grating arrays (NorU 4271/05E，主持人:Lin Hao, Ke Zhen)",
     "Novel lake sensors based on grating arrays", ["NorU 4271/05E"]),
    ("Tunable lake monitoring laser (K-QZ37)", "Tunable lake monitoring laser", ["K-QZ37"]),
    ("北辰某某研究基金 (Northstar Research Fellowships)", "北辰某某研究基金", []),
    ("南州科研基金(NRF)", "南州科研基金", []),
    ("湖泊蓝藻监测关键技术研究（II）", "湖泊蓝藻监测关键技术研究（II）", []),
    ("新冠病毒传播机理研究(COVID-19)", "新冠病毒传播机理研究(COVID-19)", []),  # a name with a number, no code
])
def test_a_lettered_code_a_code_with_its_holders_and_an_english_gloss_leave_the_title(
        name: str, title: str, codes: list[str]) -> None:
    assert split_title(name)[:2] == (title, codes)
