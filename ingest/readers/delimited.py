"""CSV and TSV: one table. The encoding is detected (`text.decode`), the delimiter sniffed from the rows."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from ingest.blocks import BlockWriter
from ingest.errors import Corrupt, ReadError, TooLarge
from ingest.model import SourceDocument
from ingest.readers.text import decode

MAX_ROWS = 20_000  # a list of projects or awards; past this a sheet is refused before extraction
_DELIMITERS = (",", "\t", ";", "|")
_SAMPLE_LINES = 50
_NUMBER = re.compile(r"[-+]?\d[\d,.]*%?")


def read_delimited(data: bytes, name: str) -> SourceDocument:
    raw = decode(data, name)
    text = raw.text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text, tab_first=name.lower().endswith(".tsv"))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as e:
        raise Corrupt(f"{name}: not readable as CSV: {e}") from e
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if len(rows) > MAX_ROWS:
        raise TooLarge(f"{name}: too many rows ({len(rows)}; limit {MAX_ROWS})")
    width = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    out = BlockWriter()
    out.add_table(rows, header_rows=1 if has_header(rows) else 0)
    text, blocks = out.result()
    if not blocks:
        raise ReadError(f"{name}: empty file")
    return SourceDocument(name=name, text=text, encoding=raw.encoding, size=len(data), blocks=blocks, format="csv")


def sniff_delimiter(text: str, tab_first: bool = False) -> str:
    """The delimiter that splits the first lines into the most fields of rows of one width. Fields counted, not
    rows: a cell of a comma-separated row that runs over lines with a `;` after each keyword gives many short rows of
    two fields, but fewer fields than the rows of thirteen."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = "\t" if tab_first else ",", (0, 0)
    for delimiter in (("\t",) if tab_first else ()) + _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        score = (agreeing * (width - 1), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def has_header(rows: list[list[str]]) -> bool:
    """The first row is a header when it is a row of distinct labels (none blank, none a number) and the
    rows below are not: a column of numbers under a label, or labels shorter than the values under them."""
    if len(rows) < 2:
        return False
    first = [cell.strip() for cell in rows[0]]
    if not all(first) or len(set(first)) < len(first) or any(_NUMBER.fullmatch(c) for c in first):
        return False
    body = rows[1:]
    numbers_below = any(sum(1 for row in body if _NUMBER.fullmatch(row[c].strip())) > len(body) / 2
                        for c in range(len(first)))
    body_cells = [cell.strip() for row in body for cell in row if cell.strip()]
    shorter = sum(map(len, first)) / len(first) <= sum(map(len, body_cells)) / max(len(body_cells), 1)
    return numbers_below or shorter
