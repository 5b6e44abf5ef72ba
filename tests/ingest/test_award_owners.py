"""Award lists written as `单位的“项目”` (the unit maybe a short form) and nominations
`某单位提名的“项目”`, in a sentence, numbered lines or bullets."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, names, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "award_owners"


def _read(name: str) -> Extraction:
    return extract(read_upload((FIXTURES / name).read_bytes(), name))


def test_units_named_by_their_short_forms_in_a_sentence_are_the_units_of_their_projects() -> None:
    extraction = _read("short_forms_prose.txt")
    assert relations(extraction, "UNIT_OF") == {
        ("南湖建工集团", "复杂地质条件下隧道安全施工关键技术"), ("西岭大学", "高效低毒农药创制与应用"),
        ("东川控股", "智慧港口集装箱调度优化方法")}
    awards = {e.name: e.award for e in extraction.entities if str(e.type) == "Project"}
    assert awards["智慧港口集装箱调度优化方法"] == "国家技术发明奖二等奖"


def test_projects_a_unit_nominated_are_nominated_by_it_not_completed_by_it() -> None:
    extraction = _read("nominations.txt")
    assert relations(extraction, "NOMINATED_BY") == {
        ("湖泊沉积物磷释放的微观机理研究", "南湖省教育厅"), ("城市内涝智能预警平台的研发与应用", "西岭市科学技术局"),
        ("稻田甲烷排放调控技术", "南湖农科院")}
    assert relations(extraction, "UNIT_OF") == set()


def test_bullets_of_a_unit_and_its_quoted_project_give_the_project_its_unit() -> None:
    extraction = _read("owners_bullets.md")
    assert relations(extraction, "UNIT_OF") == {
        ("青溪医院", "微创介入治疗技术的临床应用"), ("南湖能源研究院", "海上风电基础防腐关键技术"),
        ("东川集团", "深层页岩气压裂液体系研发")}


def test_a_line_that_says_more_than_a_unit_and_its_project_is_prose() -> None:
    text = "近年成果\n\n1. 我们认为青溪医院的“微创介入治疗技术的临床应用”很有价值\n2. 大家都说东川集团的“深层页岩气压裂液体系研发”值得推广\n"
    extraction = extract_text(text)
    assert relations(extraction, "UNIT_OF") == set()
    assert "深层页岩气压裂液体系研发" not in names(extraction, "Project")


def test_the_award_a_cited_notice_is_about_is_given_by_its_issuer_not_by_the_bureau_that_relays_it() -> None:
    extraction = extract_text(
        "西岭市科学技术局关于2031年度湖南省科学技术奖拟提名推荐项目的公示\n"
        "根据《湖南省科学技术奖励委员会办公室关于2031年度湖南省科学技术奖提名推荐工作的通知》要求，"
        "现对我市拟推荐申报2031年度湖南省科学技术奖的12个项目予以公示，接受异议。\n"
        "联系电话：0571-88001234\n西岭市科学技术局\n2031年9月3日\n")
    assert relations(extraction, "FUNDED_BY") == {("2031年度湖南省科学技术奖", "湖南省科学技术奖励委员会办公室")}


def test_the_issuer_may_be_written_before_the_cited_title() -> None:
    extraction = extract_text(
        "根据湖南省科学技术奖励工作办公室《关于2031年度湖南省科学技术奖提名工作的通知》要求，我厅开展了提名项目征集、"
        "评审工作，拟提名“高寒草甸碳汇监测方法”等10个项目作为我厅2031年度湖南省科学技术奖提名项目。\n"
        "湖南省科学技术厅\n2031年1月6日\n")
    assert ("2031年度湖南省科学技术奖", "湖南省科学技术奖励工作办公室") in relations(extraction, "FUNDED_BY")
    assert ("2031年度湖南省科学技术奖", "湖南省科学技术厅") not in relations(extraction, "FUNDED_BY")


def test_the_award_office_that_signs_a_notice_gives_the_awards_it_names() -> None:
    """A notice signed by the province's award office (its name alone above the date): the awards it names, the
    province's own written 省科学技术奖 among them, are the office's."""
    ex = extract_text("2031年度湖南省科技奖受理项目公示\n"
                      "2031年度省科学技术奖提名工作已结束，共收到有关单位和专家提名的项目96项。\n"
                      "联系电话：0731-62655036\n湖南省科学技术奖励工作办公室\n2031年7月9日\n10.jpg\n")
    funded = relations(ex, "FUNDED_BY")
    assert ("2031年度省科学技术奖", "湖南省科学技术奖励工作办公室") in funded
    assert ("2031年度湖南省科技奖", "湖南省科学技术奖励工作办公室") in funded
