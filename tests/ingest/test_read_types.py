"""A file's type is known from its content; Traditional Chinese is read as Simplified for extraction
while the stored text and every span stay the original's."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.schema import Label
from ingest.errors import Corrupt, UnsupportedFormat
from ingest.extract import extract
from ingest.pipeline import extract_file
from ingest.readers import Format, read_upload, sniff
from names.script import simplified
from tests.ingest.made_files import (
    NEWS_PAGE,
    docx_with_merged_cells,
    pdf_with_tables,
    xlsx_with_two_row_header,
)

TRADITIONAL = "青溪大學化學學院林小溪教授團隊獲得省自然科學獎一等獎。\n"


@pytest.mark.parametrize(("name", "data", "fmt"), [
    ("a.pdf", pdf_with_tables(pages=1), Format.PDF),
    ("a.bin", pdf_with_tables(pages=1), Format.PDF),
    ("a.txt", docx_with_merged_cells(), Format.DOCX),
    ("a", xlsx_with_two_row_header(), Format.XLSX),
    ("a.txt", NEWS_PAGE.encode(), Format.HTML),  # a saved page, whatever it is called
    ("a.pdf", NEWS_PAGE.encode(), Format.HTML),  # an error page saved in place of the PDF it offered
    ("a.md", "# 标题\n正文".encode(), Format.MARKDOWN),
    ("a.tsv", "姓名\t单位\n".encode(), Format.CSV),
    ("a.txt", "<p>一段文字</p> 写在纯文本里".encode(), Format.TEXT),  # a fragment counts only in a page's name
    ("a.html", "<p>一段文字</p>".encode(), Format.HTML),
    ("README", "说明文字".encode(), Format.TEXT),
], ids=lambda v: v if isinstance(v, str) else "")
def test_the_type_is_known_from_the_content(name: str, data: bytes, fmt: Format) -> None:
    assert sniff(data, name) is fmt


def test_unknown_types_are_unsupported_and_false_names_corrupt() -> None:
    with pytest.raises(UnsupportedFormat, match=r"notes\.rtf: unsupported type \(\.rtf\); supported: .*\.pdf"):
        sniff(b"{\\rtf1\\ansi notes}", "notes.rtf")
    with pytest.raises(Corrupt, match=r"scan\.png: not a \.png file"):
        sniff("这不是图片".encode(), "scan.png")


def test_traditional_chinese_is_extracted_in_simplified_with_spans_into_the_original() -> None:
    doc = read_upload(TRADITIONAL.encode("big5"), "news_trad.txt")
    assert doc.text == TRADITIONAL  # stored as written
    assert doc.simplified == "青溪大学化学学院林小溪教授团队获得省自然科学奖一等奖。\n"
    assert len(doc.simplified) == len(doc.text)
    extraction = extract(doc)
    org = next(e for e in extraction.entities if e.type is Label.ORGANIZATION and e.name == "青溪大学化学学院")
    assert [doc.text[s.start:s.end] for s in org.spans] == ["青溪大學化學學院"]


def test_the_document_s_own_record_names_things_as_it_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "news_trad.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    _, extraction = extract_file(path)
    names = {e.name: e for e in extraction.entities}
    assert "林小溪" in names and "青溪大學化學學院" in names and "青溪大学化学学院" not in names
    assert "青溪大学化学学院" in names["青溪大學化學學院"].aliases  # the Simplified name the graph keys it by
    assert all(r.source in names and r.target in names for r in extraction.relations)
    assert extract(read_upload(TRADITIONAL.encode("big5"), "news_trad.txt")).entities != extraction.entities


def test_a_name_a_table_cell_pads_with_a_blank_is_written_as_the_document_writes_it_without_the_blank(
        tmp_path: Path) -> None:
    path = tmp_path / "labs_trad.txt"
    path.write_text("| 序號 | 實驗室名稱 | 依托單位 | 實驗室主任 |\n| 1 | 湖沼沉積 | 青溪大學 | 韓 東 |\n"
                    "| 2 | 濕地遙感 | 江岸大學 | 林小溪 |\n", encoding="utf-8")
    _, extraction = extract_file(path)
    people = {e.name for e in extraction.entities if e.type is Label.PERSON}
    assert people == {"韓東", "林小溪"}  # not the Simplified 韩东, and no blank
    assert ("韓東", "湖沼沉積") in {(r.source, r.target) for r in extraction.relations if str(r.type) == "LEADS"}


def test_a_conversion_that_would_move_offsets_is_not_taken() -> None:
    assert simplified("Plain ASCII only") == "Plain ASCII only"
    for text in ("乾隆年間的乾燥氣候\n頭髮與發展\n", TRADITIONAL):
        assert len(simplified(text)) == len(text)


def test_radicals_a_pdf_writer_put_for_characters_are_read_as_those_characters(tmp_path: Path) -> None:
    written = "林⼩溪，现任⻄岭⼤学化学学院教授。\n"  # ⼩ ⼤: Kangxi radicals; ⻄: a radical of the Supplement
    assert simplified(written) == "林小溪，现任西岭大学化学学院教授。\n"
    path = tmp_path / "cv.txt"
    path.write_text(written, encoding="utf-8")
    _, extraction = extract_file(path)
    works = {(r.source, r.target) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert ("林小溪", "西岭大学化学学院") in works  # named with the characters, not the radicals


@pytest.mark.parametrize("name", ["Profile.kt", "profile.go", "Profile.scala", "profile.rb", "Profile.swift"])
def test_a_program_s_source_in_any_common_language_is_read_for_the_words_its_strings_hold(name: str) -> None:
    """A crawler's sample or an app's data in Kotlin, Go, Scala, Ruby or Swift: its strings are a page's words."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    source = 'val bio = """\n林小溪，东川大学教授，博士生导师。\n"""\nprintln(bio)\n'
    extraction = extract(read_upload(source.encode(), name))
    assert ("林小溪", "东川大学") in {(r.source, r.target) for r in extraction.relations if str(r.type) == "WORKS_AT"}
