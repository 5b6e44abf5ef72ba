"""Extraction: one normalised document in, one `Extraction` (kgx/1) out. No database here."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable

from ingest.errors import ExtractionError
from ingest.genres.detect import detect_genre
from ingest.model import Extraction, SourceDocument
from ingest.orgs import consolidate

Parser = Callable[[str, str], Extraction]

# genre -> module under ingest.genres exposing `parse(name, text) -> Extraction`
_PARSERS = {
    "award_nomination": "ingest.genres.award",
    "funding_guideline": "ingest.genres.guide",
    "news": "ingest.genres.news",
    "other": "ingest.genres.news",
}


def parser_for(genre: str) -> Parser:
    module = importlib.import_module(_PARSERS[genre])
    if module.__name__ == "ingest.genres.news":  # the prose parser serves news and other prose alike
        return functools.partial(module.parse, genre=genre)
    return module.parse  # type: ignore[no-any-return]


def extract(source: SourceDocument, genre: str | None = None) -> Extraction:
    """Extraction reads the text in Simplified Chinese (`SourceDocument.simplified`); its spans point into
    the stored text all the same, as the two have the same length character for character."""
    text = source.simplified
    genre = genre or detect_genre(text)
    try:
        extraction = parser_for(genre)(source.name, text)
    except ExtractionError:
        raise
    except Exception as e:  # an extractor bug must not take the batch down with it
        raise ExtractionError(f"{source.name}: {genre} extractor failed: {type(e).__name__}: {e}") from e
    if extraction.genre != genre:
        raise ExtractionError(f"{source.name}: parser for {genre} returned genre {extraction.genre}")
    return consolidate(extraction, text)
