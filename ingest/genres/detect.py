"""Genre detection from structure cues (the cues are each kind's, in ingest.genres.registry)."""

from __future__ import annotations

from ingest.genres.registry import detect


def detect_genre(text: str) -> str:
    """`award_nomination`, `funding_guideline`, `news` or `other`: the kgx/1 genre of the detected kind."""
    return detect(text).genre
