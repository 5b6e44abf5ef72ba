"""Stable graph keys for one document's entities, using what the graph already knows.

Organizations are keyed by their normal form unless the graph already knows one of their spellings
(an alias only for an organization the name agrees with) or knows exactly one organization a spelling
is a short form of (湖南人民医院 for 湖南省人民医院, 安岭大 for 安岭大学); papers, patents, journals and
projects by what identifies them in any document (a paper by its title, or journal, volume, issue and
page together; one known only by a title too short to tell it apart, within its document); people by name *and* evidence (ingest/resolve_people.py). No database
here: what is known comes through the `KnownEntities` protocol (graph/known.py reads it from a store;
its records, `KnownPerson` and `KnownOrganization`, are graph.evidence's).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from graph.evidence import KnownEntities, KnownOrganization, KnownPerson
from graph.schema import Label
from ingest.model import Entity, Extraction, ResolvedDocument, SourceDocument
from ingest.org_names import abbreviates, clean, is_distinctive, names_the_same, normal_form
from ingest.resolve_people import org_name, resolve_people


class NoKnownEntities:
    """An empty graph: for `kg extract` and tests."""

    def prefetch(self, names: list[str], coworkers: Sequence[str] = ()) -> None:
        return None

    def people_named(self, name: str) -> list[KnownPerson]:
        return []

    def people_like(self, name: str, coworkers: Sequence[str]) -> list[KnownPerson]:
        return []

    def org_keys_for_aliases(self, aliases: Sequence[str]) -> dict[str, str]:
        return {}

    def orgs_starting_with(self, prefixes: Sequence[str]) -> list[KnownOrganization]:
        return []


def title_form(text: str) -> str:
    """A title as compared across documents: NFKC, lower case, letters and digits only."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def first_page(pages: str | None) -> str | None:
    m = re.match(r"\D*(\d+)", clean(pages)) if pages else None
    return m.group(1) if m else None


def journal_key(name: str) -> str:
    return f"journal:{clean(name).lower()}"


def paper_key(paper: Entity, doc_key: str) -> str:
    """A paper only by what tells papers apart: its title, when long enough to name one paper; else its
    journal, volume, issue and first page together; else its title within its document (a `Randomized`
    cut off by a page break would join every such paper). Year, first page and journal are not enough:
    volumes 276 and 277 of one journal both have a page 402 in a year."""
    title = title_form(paper.name)
    if is_distinctive_title(paper.name):
        return f"paper:{title}"
    page = first_page(paper.pages)
    if paper.journal and paper.volume and paper.issue and page:
        place = ":".join(clean(part).lower() for part in (paper.journal, paper.volume, paper.issue))
        return f"paper:{place}:{page}"
    return f"paper:{title}@doc:{doc_key}"


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_MIN_HAN = 6  # 代表性论文 (a row's stand-in name) has five
_MIN_LATIN_WORDS = 2
_MIN_LATIN_LETTERS = 12


def is_distinctive_title(title: str) -> bool:
    """Long enough to name one paper: six characters of Chinese, or two words and twelve letters of Latin."""
    text = unicodedata.normalize("NFKC", title)
    words = [w for w in text.split() if _LATIN_LETTER.search(w)]
    if _HAN.search(text):
        return len(_HAN.findall(text)) + len(words) >= _MIN_HAN
    return len(words) >= _MIN_LATIN_WORDS and len(_LATIN_LETTER.findall(text)) >= _MIN_LATIN_LETTERS


def patent_key(patent: Entity) -> str:
    return f"patent:{clean(patent.number).upper()}" if patent.number else f"patent:{title_form(patent.name)}"


def project_key(project: Entity) -> str:
    code = f":{clean(project.code)}" if project.kind == "funding_topic" and project.code else ""
    return f"project:{clean(project.name)}{code}"


def _spellings(org: Entity) -> list[str]:
    """The spellings that may name a known organization: its name, then its distinctive aliases."""
    return [org.name, *(a for a in org.aliases if is_distinctive(clean(a)))]


def known_org_key(org: Entity, known_keys: dict[str, str]) -> str | None:
    """The known organization one of its spellings already names (first spelling first), else None. An alias
    counts only if the name is that organization's name or a short form of it: 崇德第二医院 is a unit of more
    than one university, so neither 甲大学崇德第二医院 nor 乙大学崇德第二医院 is the one the graph knows by it."""
    for spelling in _spellings(org):
        key = known_keys.get(spelling)
        if key and (spelling == org.name or names_the_same(org.name, org_name(key))):
            return key
    return None


def _short_spellings(org: Entity) -> list[str]:
    """The spellings of `org` that may be short forms: its names, and its name without its parent's."""
    names = [clean(n) for n in (org.name, *org.aliases)]
    parent = clean(org.parent or "")
    if parent and names[0].startswith(parent) and len(names[0]) > len(parent) + 2:
        names.append(names[0][len(parent):])
    return [n for n in dict.fromkeys(names) if len(n) >= 4 or (len(n) == 3 and n.endswith("大"))]  # 安岭大


def expanded_org_key(org: Entity, candidates: Sequence[KnownOrganization]) -> str | None:
    """The one known organization a spelling of `org` abbreviates (湖北人民医院 -> 湖北省人民医院, 安岭大 ->
    安岭大学)."""
    keys = {c.key for s in _short_spellings(org) for c in candidates
            if c.name.startswith(s[:2]) and abbreviates(s, c.name)}
    return keys.pop() if len(keys) == 1 else None


def organization_keys(orgs: Sequence[Entity], known: KnownEntities) -> dict[str, str]:
    """Org ref -> key: a known spelling, else the one known organization it is a short form of, else
    `org:<normal form>` (two batched reads for the document)."""
    spelled = known.org_keys_for_aliases(sorted({s for org in orgs for s in _spellings(org)})) if orgs else {}
    keys = {org.ref: key for org in orgs if (key := known_org_key(org, spelled))}
    pending = [org for org in orgs if org.ref not in keys]
    prefixes = sorted({s[:2] for org in pending for s in _short_spellings(org)})
    candidates = known.orgs_starting_with(prefixes) if prefixes else []
    for org in pending:
        keys[org.ref] = expanded_org_key(org, candidates) or f"org:{normal_form(org.name)}"
    return keys


def resolve(source: SourceDocument, extraction: Extraction, known: KnownEntities) -> ResolvedDocument:
    """Every entity of `extraction` given its graph key, and the person pairs that may be one."""
    keys: dict[tuple[Label, str], str] = {}
    doc_key = source.id[:16]
    orgs = [e for e in extraction.entities if e.type is Label.ORGANIZATION]
    keys.update({(Label.ORGANIZATION, ref): key for ref, key in organization_keys(orgs, known).items()})
    for e in extraction.entities:
        if e.type is Label.JOURNAL:
            keys[(e.type, e.ref)] = journal_key(e.name)
        elif e.type is Label.PAPER:
            keys[(e.type, e.ref)] = paper_key(e, doc_key)
        elif e.type is Label.PATENT:
            keys[(e.type, e.ref)] = patent_key(e)
        elif e.type is Label.PROJECT:
            keys[(e.type, e.ref)] = project_key(e)
    org_keys = {ref: key for (label, ref), key in keys.items() if label is Label.ORGANIZATION}
    people, possibly_same = resolve_people(extraction, org_keys, known, doc_key)
    keys.update({(Label.PERSON, name): key for name, key in people.items()})
    return ResolvedDocument(source=source, extraction=extraction, keys=keys, possibly_same=possibly_same)
