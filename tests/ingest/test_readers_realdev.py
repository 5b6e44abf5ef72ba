"""The real documents of ../shared/realdev (HTML, CSV, Markdown, text) read into the block model: every
file read, tables kept as tables with their rows, offsets slicing the stored text exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.blocks import Block, BlockKind
from ingest.normalize import normalise
from ingest.readers import read_document
from tests.shared import shared

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

FORMATS = {".html": "html", ".csv": "csv", ".md": "markdown", ".txt": "text"}
# (rows, header rows) of each table, in order, for every file that has one; the others have none
TABLES = {
    "t_01.csv": [(26, 1)],  # a header row and 25 projects
    "t_02.csv": [(10, 1)],  # a header row and 9 projects
    "t_03.md": [(1, 0), (1, 0)],  # two staff cards laid out as tables (posts | photo) under empty headers
    "t_04.md": [(5, 1)],  # a header row and 4 ongoing projects
}


def realdev_files() -> list[Path]:
    [docs] = shared("realdev/docs")
    return sorted(docs.iterdir())


def tables(blocks: tuple[Block, ...]) -> list[tuple[int, int]]:
    return [(len(b.rows), b.header_rows) for b in blocks if b.kind is BlockKind.TABLE]


def test_every_realdev_file_is_read_with_exact_offsets() -> None:
    files = realdev_files()
    assert len(files) == 17
    for path in files:
        doc = read_document(path)
        assert doc.format == FORMATS[path.suffix], path.name
        assert normalise(doc.text) == doc.text, path.name
        for block in doc.blocks:
            assert block.span.end <= len(doc.text)
            for row in block.rows:
                for cell in row:
                    assert doc.text[cell.span.start:cell.span.end] == cell.text, path.name


def test_realdev_tables_are_read_as_tables_with_their_rows() -> None:
    for path in realdev_files():
        doc = read_document(path)
        assert tables(doc.blocks) == TABLES.get(path.name, []), path.name


def test_a_csv_row_keeps_every_column_in_its_cell() -> None:
    for path in realdev_files():
        if path.suffix == ".csv":
            (table,) = read_document(path).blocks
            widths = {len(row) for row in table.rows}
            assert len(widths) == 1 and widths.pop() > 5, path.name


def test_a_whole_news_page_is_read_as_its_article_alone() -> None:
    """Of the full pages (head, menus, a sidebar of headlines, a footer), the article is left: its title
    first (after the page's own title), then paragraphs; no list of links."""
    for path in realdev_files():
        if path.suffix != ".html" or b"<head" not in path.read_bytes():
            continue
        doc = read_document(path)
        kinds = [b.kind for b in doc.blocks]
        assert kinds[0] is BlockKind.HEADING, path.name
        titled = b"<title>" in path.read_bytes()  # the page's title, kept as a first heading of its own
        assert kinds.count(BlockKind.HEADING) == 1 + titled and BlockKind.LIST_ITEM not in kinds, path.name
        assert sum(len(b.text(doc.text)) for b in doc.blocks) > 0.8 * len(doc.text)


def test_a_table_that_lays_out_an_article_is_read_as_its_paragraphs() -> None:
    for path in realdev_files():
        if path.suffix == ".html" and b"<table" in path.read_bytes():
            doc = read_document(path)
            assert tables(doc.blocks) == [] and len(doc.blocks) > 3, path.name
