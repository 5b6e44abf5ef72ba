"""Named entities in Chinese prose: people, organizations, titles and positions.

`recognise(text)` returns spans `{"start", "end", "label", "text"}` (plus `"kind"` for ORG),
character offsets into the text; `recognise_many` does the same for many texts, loading the
pipeline once.
"""

from ingest.nlp.pipeline import get_nlp, recognise, recognise_many

__all__ = ["get_nlp", "recognise", "recognise_many"]
