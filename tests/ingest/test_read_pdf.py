"""PDFs written by reportlab: text lines in order with page numbers, ruled and unruled tables as the
rows written, merged cells with their spans; scans read by OCR or refused naming the extra; encrypted,
corrupt and over-long files refused with the reason."""

from __future__ import annotations

import pytest

from ingest.blocks import BlockKind
from ingest.errors import Corrupt, Encrypted, NoTextLayer, TooLarge
from ingest.readers import ocr, pdf, read_upload
from tests.ingest.made_files import (
    BOLD_RUN_LINES,
    CHARACTER_LINES,
    JUSTIFIED,
    NOTE,
    REFERENCES,
    STAFF,
    TITLE,
    image_of_title,
    pdf_drawn_character_by_character,
    pdf_with_bold_runs,
    pdf_with_hanging_list,
    pdf_with_justified_paragraph,
    pdf_with_merged_cells,
    pdf_with_spread_and_wrapped_lines,
    pdf_with_tables,
    scanned_pdf,
)
from tests.ingest.model_checks import assert_exact, cells, spans, tables, texts


def test_a_ruled_and_an_unruled_table_are_read_as_the_rows_written_with_their_pages() -> None:
    doc = read_upload(pdf_with_tables(), "notice.pdf")
    assert_exact(doc)
    assert doc.format == "pdf"
    ruled, unruled = tables(doc)
    assert cells(ruled) == STAFF and ruled.page == 1
    assert cells(unruled) == STAFF and unruled.page == 2
    assert texts(doc, BlockKind.PARAGRAPH) == [TITLE, NOTE, "附件：候选人名单"]
    # reading order: title, table, note on page 1
    assert [b.kind for b in doc.blocks][:3] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    assert [b.page for b in doc.blocks] == [1, 1, 1, 2, 2]


def test_a_cell_ruled_over_two_rows_is_one_cell_spanning_both() -> None:
    doc = read_upload(pdf_with_merged_cells(), "merged.pdf")
    assert_exact(doc)
    (table,) = tables(doc)
    assert cells(table) == [["姓名", "单位"], ["林小溪", "青溪大学"], ["周一鸣", ""]]
    assert spans(table) == {(1, 1): (2, 1)}


def test_a_numbered_list_with_a_hanging_indent_is_lines_not_a_table() -> None:
    doc = read_upload(pdf_with_hanging_list(), "cv.pdf")
    assert_exact(doc)
    assert tables(doc) == []
    written = [f"{number} {line}" if k == 0 else line for number, lines in REFERENCES for k, line in enumerate(lines)]
    assert texts(doc, BlockKind.PARAGRAPH) == ["代表性论文", *written]


def test_every_page_is_read_with_its_number() -> None:
    doc = read_upload(pdf_with_tables(pages=5), "long.pdf")
    assert {b.page for b in doc.blocks} == {1, 2, 3, 4, 5}
    assert "第5页 青溪大学科研管理办法" in texts(doc, BlockKind.PARAGRAPH)


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    with pytest.raises(TooLarge, match=r"long\.pdf: too many pages \(4; limit 3\)"):
        read_upload(pdf_with_tables(pages=4), "long.pdf")


def test_an_encrypted_pdf_is_refused_as_encrypted() -> None:
    with pytest.raises(Encrypted, match=r"secret\.pdf: encrypted"):
        read_upload(pdf_with_tables(encrypt="a-password"), "secret.pdf")


@pytest.mark.parametrize("cut", [0.5, 0.05])
def test_a_cut_pdf_is_refused_as_corrupt_or_read_as_far_as_it_goes(cut: float) -> None:
    data = pdf_with_tables()
    try:
        doc = read_upload(data[: int(len(data) * cut)], "cut.pdf")
    except (Corrupt, NoTextLayer) as e:
        assert str(e).startswith("cut.pdf: ")
    else:
        assert_exact(doc)


def test_a_file_named_pdf_that_is_not_one_is_corrupt() -> None:
    with pytest.raises(Corrupt, match=r"fake\.pdf: not a \.pdf file"):
        read_upload(b"\x00\x01 not a pdf at all" * 10, "fake.pdf")


def test_a_scan_without_ocr_is_refused_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(NoTextLayer, match=r"scan\.pdf: no text layer .*'ocr' extra"):
        read_upload(scanned_pdf(image_of_title()), "scan.pdf")


@pytest.mark.slow
def test_a_scan_is_read_by_ocr_where_the_extra_is_installed() -> None:
    if not ocr.available():
        pytest.skip("the ocr extra (rapidocr-onnxruntime) is not installed")
    doc = read_upload(scanned_pdf(image_of_title()), "scan.pdf")
    assert_exact(doc)
    assert texts(doc, BlockKind.PARAGRAPH) == [TITLE] and doc.blocks[0].page == 1


def test_a_ruled_cell_s_lines_wrapped_at_its_edge_are_joined_and_short_lines_kept() -> None:
    wrapped = ("林文海，男，1961年生，博士，现任东川大学农学院教授、博士生导师；兼任东川省小麦专家指\n"
               "导组组长、东川大学小麦研究中心主任；为东川作物学会理事、东川省作物学会常务理\n"
               "事。长期从事小麦栽培研究。")
    assert pdf.unwrapped(wrapped) == wrapped.replace("\n", "")
    assert pdf.unwrapped("张海涛\n李明远\n陈志强") == "张海涛\n李明远\n陈志强"  # a name a line
    latin = "Quiet lights in dark rooms and the lanterns that keep\nthem lit through the night"
    assert pdf.unwrapped(latin) == latin.replace("\n", " ")


def test_a_justified_paragraph_is_read_without_its_spacing_and_its_wrapped_lines_joined() -> None:
    doc = read_upload(pdf_with_spread_and_wrapped_lines(), "cv.pdf")
    assert_exact(doc)
    paragraphs = texts(doc, BlockKind.PARAGRAPH)
    assert any("青溪师范大学信息科学与工程学院获得" in p and "南湖浦项科技大学担任访问学者" in p for p in paragraphs)
    assert {"个人简述", "主要成果", "发表论文20余篇。"} <= set(paragraphs)  # lines set apart stay apart


def test_a_page_drawn_a_character_at_a_time_reads_in_words_not_as_a_table_of_characters() -> None:
    """Each character placed on its own: PDFium gives one segment a character, whose drawn gaps (and the
    columns their positions line up in) are no blanks and no table; the lines read as written, and the CV's
    projects are found in them."""
    from ingest.extract import extract

    doc = read_upload(pdf_drawn_character_by_character(), "cv.pdf")
    assert_exact(doc)
    assert not tables(doc)
    assert texts(doc, BlockKind.PARAGRAPH) == ["林晓溪", *CHARACTER_LINES]
    ex = extract(doc)
    led = {(r.source, r.target) for r in ex.relations if str(r.type) == "LEADS"}
    assert ("林晓溪", "薄膜流动的数值方法研究") in led


@pytest.mark.parametrize("overdrawn", [None, 0.3, 1.5])
def test_a_run_in_another_font_reads_on_in_its_line_as_written(overdrawn: float | None) -> None:
    """A bold name among a reference's authors is its own text object, touching the text around it (or bold
    faked by drawing it twice a little apart): the line reads as written, once, with no blank before the
    comma and no table made of lines that happen to part at the run."""
    doc = read_upload(pdf_with_bold_runs(overdrawn), "cv.pdf")
    assert_exact(doc)
    assert not tables(doc)
    assert texts(doc, BlockKind.PARAGRAPH) == list(BOLD_RUN_LINES)


def test_a_justified_paragraph_is_no_table() -> None:
    """Words a justified paragraph spreads start at scattered places on every line: no columns."""
    doc = read_upload(pdf_with_justified_paragraph(), "cv.pdf")
    assert_exact(doc)
    assert not tables(doc)
    assert "".join(texts(doc, BlockKind.PARAGRAPH)).replace(" ", "") == JUSTIFIED
