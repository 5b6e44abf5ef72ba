"""Errors of the ingest package: one root, one subclass per stage."""

from __future__ import annotations


class IngestError(Exception):
    """Root of every error raised while turning a file into an extraction."""


class ReadError(IngestError):
    """A file cannot be read as text: missing, empty, binary, or in an undetectable encoding."""


class ExtractionError(IngestError):
    """The text was read but the extractor could not make sense of it."""
