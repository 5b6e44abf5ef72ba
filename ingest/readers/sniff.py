"""What a file is, from its content first: a PDF, Word or Excel file, an image or a web page is known by
its bytes whatever it is called; the name decides only among text formats (CSV, Markdown, plain text)."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from enum import StrEnum
from pathlib import PurePath

from ingest.errors import Corrupt, Encrypted, TooLarge, UnsupportedFormat


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    CSV = "csv"
    MARKDOWN = "markdown"
    PDF = "pdf"
    DOCX = "docx"
    XLSX = "xlsx"
    XLS = "xls"
    IMAGE = "image"


# data files, read as text: a site's export or data file (YAML too), a script's data literal, a database dump
# (ingest.tables.data_records), and a program's source whose strings and markup hold a page's words (a site's
# component, a crawler's sample)
DATA_SUFFIXES = (".json", ".jsonl", ".js", ".py", ".sql", ".ts", ".tsx", ".jsx", ".java", ".yml", ".yaml",
                 ".kt", ".scala", ".go", ".rb", ".cs", ".swift", ".dart", ".m", ".c", ".cc", ".cpp", ".h", ".rs",
                 ".toml", ".properties")
# a site's page templates of other engines, HTML around their own markers: FreeMarker, Velocity, Smarty and the like,
# Twig, ERB, EJS, Handlebars, Mustache, Nunjucks, Jinja, Razor, Svelte, Astro, Liquid
TEMPLATE_SUFFIXES = (".ftl", ".vm", ".tpl", ".tmpl", ".twig", ".erb", ".ejs", ".hbs", ".mustache", ".njk", ".jinja",
                     ".j2", ".cshtml", ".svelte", ".astro", ".liquid")
TEXT_SUFFIXES = {
    ".txt": Format.TEXT, ".text": Format.TEXT,
    # a reference manager's export: BibTeX, RIS, EndNote, NoteExpress (ingest.tables.bibliography)
    ".bib": Format.TEXT, ".ris": Format.TEXT, ".enw": Format.TEXT, ".net": Format.TEXT,
    **dict.fromkeys(DATA_SUFFIXES, Format.TEXT),
    ".md": Format.MARKDOWN, ".markdown": Format.MARKDOWN,
    ".csv": Format.CSV, ".tsv": Format.CSV,
    ".htm": Format.HTML, ".html": Format.HTML, ".xhtml": Format.HTML, ".shtml": Format.HTML,
    ".jsp": Format.HTML, ".php": Format.HTML, ".asp": Format.HTML, ".aspx": Format.HTML, ".vue": Format.HTML,  # templates
    **dict.fromkeys(TEMPLATE_SUFFIXES, Format.HTML),
}
BINARY_SUFFIXES = {
    ".pdf": Format.PDF, ".docx": Format.DOCX, ".xlsx": Format.XLSX, ".xlsm": Format.XLSX, ".xls": Format.XLS,
    ".png": Format.IMAGE, ".jpg": Format.IMAGE, ".jpeg": Format.IMAGE, ".tif": Format.IMAGE,
    ".tiff": Format.IMAGE, ".bmp": Format.IMAGE, ".webp": Format.IMAGE,
}
SUPPORTED_SUFFIXES = tuple(sorted({*TEXT_SUFFIXES, *BINARY_SUFFIXES}))

MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # a .docx or .xlsx unpacks to this at most (no zip bombs)
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, Excel 97-2003
_PAGE = re.compile(r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_FRAGMENT = re.compile(r"\A(?:\s|<!--.*?-->)*<(?:div|p|table|span|section|article|h[1-6]|ul|ol|font|center)\b",
                       re.I | re.S)
_LEGACY = {".doc": "Word 97-2003 (.doc): save it as .docx", ".ppt": "PowerPoint", ".pptx": "PowerPoint"}
_WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))  # an Excel 97-2003 file's streams


def sniff(data: bytes, name: str) -> Format:
    """The format of ``data``; `UnsupportedFormat` or `Corrupt` with the reason when no reader takes it."""
    suffix = PurePath(name).suffix.lower()
    head = data[:4096]
    pdf_at = head.find(b"%PDF-", 0, 1024)  # a PDF may follow up to 1 KB of other bytes
    if pdf_at == 0 or (pdf_at > 0 and suffix not in TEXT_SUFFIXES):
        return Format.PDF
    if head.startswith(b"PK\x03\x04"):
        return _office(data, name)
    if head.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:  # a .docx or .xlsx saved with a password
            raise Encrypted(f"{name}: encrypted (password-protected); save it without a password")
        if suffix == ".xls" or suffix not in _LEGACY and any(stream in data for stream in _WORKBOOK_STREAMS):
            return Format.XLS
        what = _LEGACY.get(suffix, "a Word or PowerPoint 97-2003 file: save it as .docx")
        raise UnsupportedFormat(f"{name}: unsupported type: {what}")
    if (head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or (head[:2] == b"BM" and head[6:10] == bytes(4))):
        return Format.IMAGE
    if suffix in BINARY_SUFFIXES or suffix in _LEGACY:
        if not _is_html(head, fragments=False):
            raise Corrupt(f"{name}: not a {suffix} file (corrupt, or a file of another type so named)")
        return Format.HTML  # a web page saved under the name of the document it offered
    if _is_html(head, fragments=suffix in ("", *(s for s, f in TEXT_SUFFIXES.items() if f is Format.HTML))):
        return Format.HTML
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    if not suffix:
        return Format.TEXT  # an upload without a name: text, if it decodes as text
    raise UnsupportedFormat(f"{name}: unsupported type ({suffix}); "
                            f"supported: {', '.join(SUPPORTED_SUFFIXES)}")


def _is_html(head: bytes, fragments: bool) -> bool:
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            text = head[2:].decode(encoding, errors="ignore")
            break
    else:  # tags are ASCII in every other encoding a page is written in
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return bool(_PAGE.match(text) or (fragments and _FRAGMENT.match(text)))


def _office(data: bytes, name: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise Corrupt(f"{name}: a damaged zip archive (a .docx or .xlsx file that is cut or corrupt): {e}") from e
    if unpacked > MAX_UNPACKED_BYTES:
        raise TooLarge(f"{name}: too large unpacked ({unpacked} bytes; limit {MAX_UNPACKED_BYTES})")
    if "word/document.xml" in names:
        return Format.DOCX
    if "xl/workbook.xml" in names:
        return Format.XLSX
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormat(f"{name}: unsupported type: PowerPoint")
    raise UnsupportedFormat(f"{name}: unsupported type: a zip archive (not a .docx or .xlsx file)")
