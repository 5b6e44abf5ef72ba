"""Errors of the ingest package: one root, one subclass per stage."""

from __future__ import annotations


class IngestError(Exception):
    """Root of every error raised while turning a file into an extraction."""


class ReadError(IngestError):
    """A file cannot be read: missing, empty, binary, or in an undetectable encoding."""


class UnsupportedFormat(ReadError):
    """The file is of a type no reader takes (an archive, a program, a legacy Office file)."""


class TooLarge(ReadError):
    """The file is over a size limit of its type (bytes, PDF pages, sheet rows)."""


class Encrypted(ReadError):
    """The file is password-protected."""


class NoTextLayer(ReadError):
    """A scanned PDF or an image, and no OCR engine is installed to read it."""


class Corrupt(ReadError):
    """The file claims a format but its content is broken."""


class ExtractionError(IngestError):
    """The text was read but the extractor could not make sense of it."""
