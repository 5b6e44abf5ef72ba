"""How names are written and compared, for every layer: extraction and resolution (ingest) and the
questions asked of the graph (queries) read names the same way. Pure functions over strings, with their
generic knowledge in data files (names/data); nothing here knows the graph or a document."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WHITE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def clean(name: str) -> str:
    """NFKC, no white space: how names are compared and keyed."""
    return _WHITE.sub("", unicodedata.normalize("NFKC", name))
