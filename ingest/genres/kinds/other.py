"""Anything no kind's cues recognise and that does not read as prose (lists, tables, pages)."""

from ingest.genres.registry import Kind

KIND = Kind(name="other", genre="other")
