"""Awards in a page's machine records (YAML front matter, TOML `[[item]]` blocks): each record's described
work is a project with the award, its units and its people."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import names, ranked, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "records"


def _read(name: str) -> Extraction:
    return extract(read_upload((FIXTURES / name).read_bytes(), name))


def _awards(extraction: Extraction) -> dict[str, tuple[str | None, int | None]]:
    return {e.name: (e.award, e.year) for e in extraction.entities if str(e.type) == "Project"}


def test_toml_items_give_each_described_work_its_award_and_units() -> None:
    extraction = _read("accomplishments_toml.md")
    assert _awards(extraction) == {"复杂地质条件下隧道安全施工关键技术": ("南湖省科学技术进步奖一等奖", None),
                                   "高效低毒农药创制与应用": ("东川学会科学技术奖二等奖", None)}
    assert ranked(extraction, "UNIT_OF") == {"青溪大学": 1, "南湖农业科学院植物保护研究所": 2}
    assert relations(extraction, "UNIT_OF") <= {(u, "高效低毒农药创制与应用") for u in names(extraction, "Organization")}
    assert {"南湖省人民政府", "中国东川学会"} <= names(extraction, "Organization")  # who gave the awards


def test_yaml_records_after_the_pages_own_title_are_read_one_award_each() -> None:
    extraction = _read("awards_yaml.md")
    assert _awards(extraction) == {"城市内涝智能预警平台的研发与应用": ("西岭市科技进步奖二等奖", None),
                                   "稻田甲烷排放调控技术": ("南湖省技术发明奖三等奖", None)}
    assert relations(extraction, "UNIT_OF") == {("南湖农业大学", "稻田甲烷排放调控技术"),
                                                ("西岭生态环境研究院", "稻田甲烷排放调控技术")}
    assert "科研获奖" not in names(extraction, "Project")  # the page's title is no award's work


def test_records_with_quoted_titles_give_the_year_of_the_award_and_the_completers() -> None:
    extraction = _read("honors_yaml.md")
    assert _awards(extraction) == {"智慧港口集装箱调度优化方法": ("东川省科学技术进步奖二等奖", 2018),
                                   "海上风电基础防腐关键技术": ("中国西岭学会技术发明奖一等奖", 2016)}
    assert ranked(extraction) == {"林小溪": 1, "周一帆": 2, "韩冬青": 3}
    assert relations(extraction, "UNIT_OF") == {("南湖能源研究院", "海上风电基础防腐关键技术"),
                                                ("东川理工大学", "海上风电基础防腐关键技术")}
    assert "东川省人民政府" in names(extraction, "Organization")


def test_a_persons_honours_without_a_described_work_give_no_project() -> None:
    extraction = _read("person_honours.md")
    assert names(extraction, "Project") == set()
    assert "青溪大学" in names(extraction, "Organization")


def test_a_page_titled_for_the_awards_it_lists_names_no_award_and_its_title_no_work() -> None:
    page = "---\nlayout: page\ntitle: 研究成果\nsubtitle: 获得奖项\n---\n\n青溪中心近年成果丰硕。\n"
    extraction = extract(read_upload(page.encode(), "awards.md"))
    assert not names(extraction, "Project")
