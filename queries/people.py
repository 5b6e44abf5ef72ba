"""Telling namesakes apart: for each person, the units they work at, the documents that name them, the
people they work with most, and a short disambiguator to print beside the name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field, computed_field

from graph.stores.base import Store
from queries.answers import Answer
from queries.readable import document_title
from queries.runner import run_query
from queries.vocab import possibly_same_reason, possibly_same_warning

MAX_KEYS = 500
_HEAD = 1500  # characters of a document read to find its title
_HINT_TITLE = 16


@dataclass(frozen=True, slots=True)
class DocumentRef(Answer):
    """A document by its id, its file name and its title for people."""

    id: str
    name: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class Coworker(Answer):
    """Someone a person works with, and how many works they share."""

    key: str
    name: str
    shared: int


@dataclass(frozen=True, slots=True)
class PossiblySame(Answer):
    """Another person node this one may be: the resolver's score and reason (kept as stored, a code)."""

    key: str
    name: str
    score: float | None
    reason: Annotated[str | None, Field(serialization_alias="reason_code")]

    @computed_field(alias="reason")
    @property
    def reason_text(self) -> str:
        """The reason in Chinese."""
        return possibly_same_reason(self.reason)

    @computed_field
    @property
    def warning(self) -> str:
        return possibly_same_warning(self.score, self.reason)


@dataclass(frozen=True, slots=True)
class PersonContext(Answer):
    """What tells a person from a namesake."""

    key: str
    name: str
    units: tuple[str, ...]
    documents: tuple[DocumentRef, ...]
    coworkers: tuple[Coworker, ...]
    namesakes: int  # other people of this name in the graph
    possibly_same: tuple[PossiblySame, ...] = ()

    @computed_field
    @property
    def unit(self) -> str:
        return "、".join(self.units[:2]) if self.units else "单位不详"

    @computed_field
    @property
    def hint(self) -> str:
        """A few words besides the unit that tell this person from a namesake: the document that names
        them, else the person they work with most."""
        if self.documents:
            title = self.documents[0].title or self.documents[0].id[:16]
            return f"见于《{title if len(title) <= _HINT_TITLE else title[:_HINT_TITLE - 1] + '…'}》"
        if self.coworkers:
            return f"与{self.coworkers[0].name}合作"
        return ""

    @computed_field
    @property
    def display(self) -> str:
        return f"{self.name}（{self.unit}{'；' + self.hint if self.hint else ''}）"


def _context(row: dict[str, Any]) -> PersonContext:
    documents = tuple(
        DocumentRef(d["id"], d.get("name") or d["id"][:16], document_title(d.get("name"), d.get("head"), d.get("metadata_json")))
        for d in row.get("documents") or [] if d and d.get("id")
    )
    coworkers = tuple(Coworker(c["key"], c["name"], int(c["shared"])) for c in row.get("coworkers") or [] if c)
    units = tuple(u for u in row.get("units") or [] if u)
    same = tuple(PossiblySame(s["key"], s["name"], s.get("score"), s.get("reason"))
                 for s in row.get("possibly_same") or [] if s and s.get("key"))
    return PersonContext(row["key"], row["name"], units, documents, coworkers, int(row.get("namesakes") or 0), same)


def describe_people(store: Store, keys: Iterable[str], max_documents: int = 3,
                    max_coworkers: int = 3) -> dict[str, PersonContext]:
    """Context for each person key (unknown keys are left out), in one query."""
    wanted = list(dict.fromkeys(k for k in keys if k))[:MAX_KEYS]
    if not wanted:
        return {}
    rows = run_query(store, "person_context", keys=wanted, max_documents=max_documents,
                     max_coworkers=max_coworkers, head=_HEAD)
    return {row["key"]: _context(row) for row in rows}
