"""A page that glosses its words in pinyin (`醫(yī)院`, as some mirror sites write them) is read without the glosses:
its people and units are found as on a clean page, the graph keeps their clean names, every span points into
the stored text, and the document's own record names them as the page writes them, less the glosses. Names
invented."""

from __future__ import annotations

from pathlib import Path

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.pipeline import extract_file
from ingest.readers import read_upload

_PAGE = ("9月8日下午，東川市第一人民醫(yī)院與南湖輕工大學(xué)共建藥物合成聯(lián)合實(shí)驗(yàn)室簽約儀式舉行。\n"
         "南湖輕工大學(xué)化學(xué)工程學(xué)院院長(zhǎng)林曉溪、東川市第一人民醫(yī)院黨委書記周一鳴出席。\n")


def test_a_glossed_page_is_read_as_if_clean_and_its_spans_point_into_the_stored_text() -> None:
    source = read_upload(_PAGE.encode("utf-8"), "news.txt")
    ex = extract(source)
    orgs = {e.name for e in ex.entities if e.type is Label.ORGANIZATION}
    assert {"东川市第一人民医院", "南湖轻工大学", "南湖轻工大学化学工程学院"} <= orgs
    leads = {(r.source, r.target) for r in ex.relations if r.type is RelType.LEADS}
    assert ("林晓溪", "南湖轻工大学化学工程学院") in leads
    hospital = next(e for e in ex.entities if e.name == "东川市第一人民医院")
    assert {source.text[s.start:s.end] for s in hospital.spans} == {"東川市第一人民醫(yī)院"}


def test_the_document_s_record_names_units_and_posts_as_the_page_writes_them_less_the_glosses(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(_PAGE, encoding="utf-8")
    _, ex = extract_file(path)
    orgs = {e.name for e in ex.entities if e.type is Label.ORGANIZATION}
    assert {"東川市第一人民醫院", "南湖輕工大學"} <= orgs
    assert not any("(" in name for name in orgs)
    posts = {(r.source, r.target, r.position) for r in ex.relations if r.type is RelType.WORKS_AT}
    assert ("林曉溪", "南湖輕工大學化學工程學院", "院長") in posts

