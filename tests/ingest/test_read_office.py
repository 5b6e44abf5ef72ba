"""Word and Excel files written by python-docx and openpyxl, and images of documents: the same blocks
and cells as written, merged cells with their spans, a two-row header marked as such."""

from __future__ import annotations

import io
import zipfile

import pytest

from ingest.blocks import BlockKind
from ingest.errors import Corrupt, NoTextLayer, TooLarge, UnsupportedFormat
from ingest.readers import delimited, ocr, read_upload
from tests.ingest.made_files import (
    NOTE,
    TITLE,
    XLSX_HEADER,
    docx_with_merged_cells,
    image_of_title,
    xls_with_two_row_header,
    xlsx_with_two_row_header,
)
from tests.ingest.model_checks import assert_exact, cells, spans, tables, texts


def test_a_docx_is_read_in_document_order_with_merged_cells() -> None:
    doc = read_upload(docx_with_merged_cells(), "notice.docx")
    assert_exact(doc)
    assert doc.format == "docx"
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TABLE,
                                           BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH]
    assert texts(doc, BlockKind.HEADING) == ["青溪大学科研项目公示"]
    assert [b.level for b in doc.blocks if b.kind is BlockKind.LIST_ITEM] == [0, 1]
    (table,) = tables(doc)
    assert cells(table) == [["项目", "负责人及单位", ""], ["催化机理研究", "林小溪", "青溪大学"],
                            ["材料表征方法", "周一鸣", ""], ["合成路线设计", "苏晚晴", "南湖材料研究所"]]
    assert spans(table) == {(0, 1): (1, 2), (1, 2): (2, 1)}
    assert texts(doc, BlockKind.PARAGRAPH)[-1] == NOTE


def test_a_docx_with_a_relationship_to_a_missing_part_is_read_whole() -> None:
    original = docx_with_merged_cells()
    source, out = zipfile.ZipFile(io.BytesIO(original)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:  # as some add-ins leave it: a relationship to a part named NULL
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/image" Target="NULL"/></Relationships>')
            target.writestr(info, blob)
    doc = read_upload(out.getvalue(), "notice.docx")
    assert_exact(doc)
    assert doc.text == read_upload(original, "notice.docx").text


def test_an_xlsx_two_row_header_is_marked_and_merged_cells_kept() -> None:
    doc = read_upload(xlsx_with_two_row_header(), "projects.xlsx")
    assert_exact(doc)
    assert doc.format == "xlsx"
    (table,) = tables(doc)  # the hidden sheet is not read, so no sheet headings either
    assert len(doc.blocks) == 1
    assert table.header_rows == 2
    assert cells(table) == XLSX_HEADER + [["1", "催化机理研究", "62", "林小溪"], ["2", "材料表征方法", "55.5", "周一鸣"]]
    assert spans(table) == {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (2, 1)}


def test_an_excel_97_2003_workbook_is_read_as_a_xlsx_one_is() -> None:
    for name in ("projects.xls", "projects"):  # by its name, or by its streams where the name says nothing
        doc = read_upload(xls_with_two_row_header(), name)
        assert_exact(doc)
        assert doc.format == "xls" and doc.name == name
        (table,) = tables(doc)  # the hidden sheet is not read, so no sheet headings either
        assert len(doc.blocks) == 1
        assert table.header_rows == 2
        assert cells(table) == [[*XLSX_HEADER[0], "立项日期"], [*XLSX_HEADER[1], ""],
                                ["1", "催化机理研究", "62", "林小溪", "2031-03-02"],
                                ["2", "材料表征方法", "55.5", "周一鸣", "2031-03-03"]]
        assert spans(table) == {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (2, 1), (0, 4): (2, 1)}


def test_a_sheet_over_the_row_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.readers.xlsx as xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    monkeypatch.setattr(delimited, "MAX_ROWS", 3)
    with pytest.raises(TooLarge, match=r"projects\.xlsx: sheet '立项清单' has too many rows \(4; limit 3\)"):
        read_upload(xlsx_with_two_row_header(), "projects.xlsx")


def test_a_damaged_docx_is_corrupt_and_other_archives_unsupported() -> None:
    data = docx_with_merged_cells()
    with pytest.raises(Corrupt, match=r"cut\.docx: "):
        read_upload(data[: len(data) // 2], "cut.docx")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("notes.txt", "内容")
    with pytest.raises(UnsupportedFormat, match=r"bundle\.docx: unsupported type: a zip archive"):
        read_upload(archive.getvalue(), "bundle.docx")


def test_a_legacy_office_file_is_unsupported_with_what_to_do() -> None:
    with pytest.raises(UnsupportedFormat, match=r"old\.doc: unsupported type: Word 97-2003 \(\.doc\): save it as \.docx"):
        read_upload(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.doc")
    with pytest.raises(Corrupt, match=r"cut\.xls: not readable as xls"):
        read_upload(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "cut.xls")


def test_an_image_without_ocr_is_refused_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(NoTextLayer, match=r"certificate\.png: an image.*'ocr' extra"):
        read_upload(image_of_title(), "certificate.png")


@pytest.mark.slow
def test_an_image_is_read_by_ocr_where_the_extra_is_installed() -> None:
    if not ocr.available():
        pytest.skip("the ocr extra (rapidocr-onnxruntime) is not installed")
    doc = read_upload(image_of_title(), "certificate.jpg.upload")  # known by its content, not its name
    assert_exact(doc)
    assert doc.format == "image" and texts(doc, BlockKind.PARAGRAPH) == [TITLE]
