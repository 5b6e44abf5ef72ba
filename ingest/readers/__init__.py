"""Files of every supported format into one document model (`ingest.blocks`).

`read_document(path)` and `read_upload(data, name)` recognise the format from the content (`sniff`), check
the size limit of that format, and hand the bytes to the reader of the format, one module each. Every
reader returns a `SourceDocument` whose text is normalised and whose blocks and cells slice it exactly.
A file no reader takes, or one that is broken, raises a `ReadError` subclass that says why.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ingest.errors import Corrupt, ReadError, TooLarge
from ingest.model import SourceDocument
from ingest.readers.sniff import SUPPORTED_SUFFIXES, Format, sniff
from ingest.readers.text import MAX_BYTES, RawText, decode, read_file

__all__ = ["MAX_BYTES", "MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "Format", "RawText", "decode", "find_documents",
           "read_document", "read_file", "read_upload", "sniff"]

# format -> (module under ingest.readers, its reader function, byte limit)
_READERS: dict[Format, tuple[str, str, int]] = {
    Format.TEXT: ("text", "read_text", MAX_BYTES),
    Format.HTML: ("html", "read_html", MAX_BYTES),
    Format.CSV: ("delimited", "read_delimited", MAX_BYTES),
    Format.MARKDOWN: ("markdown", "read_markdown", MAX_BYTES),
    Format.PDF: ("pdf", "read_pdf", 64 * 1024 * 1024),
    Format.DOCX: ("docx", "read_docx", 32 * 1024 * 1024),
    Format.XLSX: ("xlsx", "read_xlsx", 32 * 1024 * 1024),
    Format.XLS: ("xls", "read_xls", 32 * 1024 * 1024),
    Format.IMAGE: ("image", "read_image", 32 * 1024 * 1024),
}
MAX_FILE_BYTES = max(limit for _, _, limit in _READERS.values())


def read_upload(data: bytes, name: str) -> SourceDocument:
    """An uploaded or read file's bytes as a document, whatever its format."""
    if not data.strip():
        raise ReadError(f"{name}: empty file")
    fmt = sniff(data, name)
    module, function, limit = _READERS[fmt]
    if len(data) > limit:
        raise TooLarge(f"{name}: too large ({len(data)} bytes; limit {limit} for {fmt} files)")
    reader: Callable[[bytes, str], SourceDocument] = getattr(importlib.import_module(f"ingest.readers.{module}"),
                                                             function)
    try:
        return reader(data, name)
    except ReadError:
        raise
    except Exception as e:  # a library's failure on a malformed file: that file is corrupt, the batch goes on
        raise Corrupt(f"{name}: not readable as {fmt}: {type(e).__name__}: {e}") from e


def read_document(path: Path) -> SourceDocument:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TooLarge(f"{path.name}: too large ({size} bytes; limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"{path.name}: cannot read: {e.strerror or e}") from e
    return read_upload(data, path.name)


def find_documents(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and every file under folders (but hidden ones), in a stable order. A file no
    reader takes is still listed, so that ingestion can name it and say why it was not loaded."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        else:
            yield path


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
