"""What resolution reads of the graph, defined once: the rules of the evidence that tells namesakes and
organizations apart, the records it gives, and the statements made from those rules.

`graph.known` runs the statements on a store; `graph.known_mirror` answers the same reads from a copy in
memory, and both take the same `EvidenceRules`: a rule changed here (which relationships make a unit, how
far up an organization's parents count, which works make co-workers) changes the store's reads and the
copy's answers alike, and the resolver's reading of a document (`ingest.resolve_people`) with them.

Labels and types enter the statements only from the enums of graph.schema; every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from graph.schema import Label, RelType

LAST_CHARACTER = chr(0x10FFFF)  # every name starting with p sorts below p + this
# The counts compared before each document of a mirrored batch, to notice another writer.
COUNTED: tuple[Label, ...] = (Label.DOCUMENT, Label.PERSON, Label.ORGANIZATION)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person already in the graph, with what tells namesakes apart."""

    key: str
    name: str
    org_keys: tuple[str, ...] = ()  # units worked at, affiliated with or led
    coworker_names: tuple[str, ...] = ()  # co-authors, co-inventors, co-members of a project (those asked about)
    related_org_keys: tuple[str, ...] = ()  # the organizations those units are part of
    coworker_keys: tuple[str, ...] = ()  # the co-workers' own keys


@dataclass(frozen=True, slots=True)
class KnownOrganization:
    """An organization already in the graph, by its key and name."""

    key: str
    name: str


class KnownEntities(Protocol):
    """What the resolver asks of what the graph knows (graph.known reads it from a store, graph.known_mirror
    from a copy in memory; ingest.resolve.NoKnownEntities is an empty graph)."""

    def prefetch(self, names: list[str], coworkers: Sequence[str] = ()) -> None:
        """The people of these names, and spelling variants among their ``coworkers``' co-workers, will be
        asked for next (a read or two for the document instead of some per name). The known people's
        co-worker names and keys are those among ``coworkers``: all the resolver compares."""
        ...

    def people_named(self, name: str) -> list[KnownPerson]:
        """Every known person with exactly this name (co-workers: those among the last prefetch's)."""
        ...

    def people_like(self, name: str, coworkers: Sequence[str]) -> list[KnownPerson]:
        """Known people sharing work with one of ``coworkers`` whose name has the same length and surname
        and differs in exactly one character."""
        ...

    def org_keys_for_aliases(self, aliases: Sequence[str]) -> dict[str, str]:
        """Spelling -> the key of the one known organization with this name or alias (spellings that name
        none or several are left out)."""
        ...

    def orgs_starting_with(self, prefixes: Sequence[str]) -> list[KnownOrganization]:
        """Known organizations whose name starts with one of ``prefixes``: the candidates for short forms."""
        ...


@dataclass(frozen=True, slots=True)
class EvidenceRules:
    """Which facts of the graph tell a person or an organization apart."""

    # a person's units: the organizations they work at, are affiliated with or lead, in order of preference
    # for the key a person is given
    units: tuple[RelType, ...] = (RelType.WORKS_AT, RelType.AFFILIATED_WITH, RelType.LEADS)
    # PART_OF steps from a unit up to the organizations it is part of (a hospital's university, its group)
    unit_ancestry: int = 2
    # co-workers share one of these works: a paper, a patent, a project; co-contacts of one programme are
    # colleagues of the agencies that issue it, as co-authors are of a paper
    shared_work: tuple[RelType, ...] = (RelType.AUTHORED, RelType.INVENTED, RelType.MEMBER_OF, RelType.CONTACT_FOR)
    # a spelling variant (OCR) counts only with co-workers of these
    variant_work: tuple[RelType, ...] = (RelType.AUTHORED, RelType.INVENTED, RelType.MEMBER_OF)
    # spelling variants are looked up for names of this length or more: in a two-character name, "one
    # character apart" is any other given name under the same surname, not an OCR slip but another person,
    # and for common surnames hundreds of them
    variant_min_length: int = 3
    # more organizations than this starting with one prefix: too many to tell which a short form means
    orgs_per_prefix: int = 50

    @property
    def person_edges(self) -> tuple[RelType, ...]:
        """Every relationship of a person these rules read."""
        return tuple(dict.fromkeys((*self.units, *self.shared_work, *self.variant_work)))


RULES = EvidenceRules()


def _types(types: tuple[RelType, ...]) -> str:
    return "|".join(str(RelType(t)) for t in types)


def _resolve_people(rules: EvidenceRules, dialect: str) -> str:
    """The Person nodes with one of $names, with what tells namesakes apart: their units, the organizations
    those are part of, and which of the document's $coworkers share a work with them (only those: a common
    name's namesakes can have thousands of co-workers, and the resolver only asks which of this document's
    people are among them). FalkorDB 4.16 plans a WHERE written on an OPTIONAL MATCH into the traversal and
    runs it several times slower; reading q.name into a column first and nulling the non-co-workers keeps it
    a plain expansion.
    params: $names (person names), $coworkers (the co-workers' names in the document at hand)
    columns: query, key, name, org_keys, related_org_keys, coworker_names, coworker_keys"""
    work = _types(rules.shared_work)
    return f"""UNWIND $names AS nm
MATCH (p:{Label.PERSON} {{name: nm}})
OPTIONAL MATCH (p)-[:{_types(rules.units)}]->(o:{Label.ORGANIZATION})
WITH nm, p, collect(DISTINCT o) AS units
UNWIND CASE WHEN size(units) = 0 THEN [null] ELSE units END AS unit
OPTIONAL MATCH (unit)-[:{RelType.PART_OF}*1..{int(rules.unit_ancestry)}]->(up:{Label.ORGANIZATION})
WITH nm, p, [u IN units | u.key] AS org_keys, collect(DISTINCT up.key) AS related_org_keys
OPTIONAL MATCH (p)-[:{work}]->(work)
WITH nm, p, org_keys, related_org_keys, work
OPTIONAL MATCH (work)<-[:{work}]-(q:{Label.PERSON})
WITH nm, p, org_keys, related_org_keys, q, q.name AS qn
WITH nm, p, org_keys, related_org_keys, CASE WHEN qn IN $coworkers AND q <> p THEN q END AS coworker
RETURN nm AS query, p.key AS key, p.name AS name, org_keys, related_org_keys,
       collect(DISTINCT coworker.name) AS coworker_names, collect(DISTINCT coworker.key) AS coworker_keys"""


def _resolve_people_like(rules: EvidenceRules, dialect: str) -> str:
    """Names of people who share a work with one of $coworkers and have the length and first character
    (surname) of one of a document's $names, other than those names. A spelling variant counts only with
    shared co-workers, so the search starts from them (indexed names, local expansion) instead of scanning
    every person; the co-workers are matched first through the name index (written as one pattern,
    FalkorDB's planner would start from every Person). The caller keeps the names one character apart:
    FalkorDB 4.16 can abort the whole server on substring() inside a list comprehension.
    params: $names, $lengths and $initials (their lengths and first characters), $coworkers
    columns: name"""
    work = _types(rules.variant_work)
    return f"""MATCH (c:{Label.PERSON}) WHERE c.name IN $coworkers
MATCH (c)-[:{work}]->(work)
WITH DISTINCT work
MATCH (work)<-[:{work}]-(p:{Label.PERSON})
WHERE size(p.name) IN $lengths AND left(p.name, 1) IN $initials AND NOT p.name IN $names
RETURN DISTINCT p.name AS name"""


def _resolve_org_alias(rules: EvidenceRules, dialect: str) -> str:
    """For each spelling, the keys of the Organization nodes named so or listing it among their aliases
    (both properties are indexed; a spelling that names several organizations gives several rows).
    params: $aliases (organization names as written)
    columns: alias, key"""
    return f"""UNWIND $aliases AS alias
MATCH (o:{Label.ORGANIZATION})
WHERE o.name = alias OR alias IN o.aliases
RETURN DISTINCT alias, o.key AS key"""


def _resolve_org_prefix(rules: EvidenceRules, dialect: str) -> str:
    """The Organization nodes whose name lies in one of $ranges, each [prefix, prefix + LAST_CHARACTER], i.e.
    starts with that prefix (the opening characters of a short form such as 某省人民医院 written without 省);
    at most one more than `orgs_per_prefix` per prefix, so the caller can tell when there are too many. A
    range on the indexed name is an index scan (FalkorDB 4.16 scans every node for STARTS WITH).
    params: $ranges (list of [low, high] name bounds)
    columns: prefix, key, name"""
    return f"""UNWIND $ranges AS r
MATCH (o:{Label.ORGANIZATION})
WHERE o.name >= r[0] AND o.name < r[1]
WITH r[0] AS prefix, collect(DISTINCT [o.key, o.name])[..{int(rules.orgs_per_prefix) + 1}] AS found
UNWIND found AS f
RETURN prefix, f[0] AS key, f[1] AS name"""


def _known_counts(rules: EvidenceRules, dialect: str) -> str:
    """How many nodes of each COUNTED label the graph holds. On FalkorDB, the label counts it keeps, read in
    well under a millisecond (three counts joined by UNION ALL scan every node there: 30 ms per document at
    10k documents).
    params: none
    columns: label, n"""
    if dialect == "falkordb":
        labels = ", ".join(f"'{Label(label)}'" for label in COUNTED)
        return f"""CALL db.meta.stats() YIELD labels
UNWIND [{labels}] AS label
RETURN label, coalesce(labels[label], 0) AS n"""
    return "\nUNION ALL\n".join(f"MATCH (x:{Label(label)}) RETURN '{Label(label)}' AS label, count(x) AS n"
                                for label in COUNTED)


def _known_documents(rules: EvidenceRules, dialect: str) -> str:
    """Every Document's id, file name, path and part of its file: whether a document of a batch is new,
    already loaded, or a new version of a loaded file.
    params: none
    columns: id, name, path, part"""
    return f"MATCH (d:{Label.DOCUMENT})\nRETURN d.id AS id, d.name AS name, d.path AS path, d.part AS part"


def _known_people(rules: EvidenceRules, dialect: str) -> str:
    """Every Person's key and name.
    params: none
    columns: key, name"""
    return f"MATCH (p:{Label.PERSON})\nRETURN p.key AS key, p.name AS name"


def _known_organizations(rules: EvidenceRules, dialect: str) -> str:
    """Every Organization's key, name and aliases.
    params: none
    columns: key, name, aliases"""
    return f"MATCH (o:{Label.ORGANIZATION})\nRETURN o.key AS key, o.name AS name, o.aliases AS aliases"


def _known_person_edges(rules: EvidenceRules, dialect: str) -> str:
    """What the resolve_* statements read around a person: their units and their works.
    params: none
    columns: person, type, label, key"""
    return f"""MATCH (p:{Label.PERSON})-[r:{_types(rules.person_edges)}]->(b)
RETURN p.key AS person, type(r) AS type, labels(b)[0] AS label, b.key AS key"""


def _known_part_of(rules: EvidenceRules, dialect: str) -> str:
    """Every PART_OF relationship, by its ends' labels and keys.
    params: none
    columns: source_label, source, target_label, target"""
    return f"""MATCH (a)-[:{RelType.PART_OF}]->(b)
RETURN labels(a)[0] AS source_label, a.key AS source, labels(b)[0] AS target_label, b.key AS target"""


# The four reads of resolution, and the reads that copy what they read for a bulk ingest.
STATEMENTS: dict[str, Callable[[EvidenceRules, str], str]] = {
    "resolve_people": _resolve_people, "resolve_people_like": _resolve_people_like,
    "resolve_org_alias": _resolve_org_alias, "resolve_org_prefix": _resolve_org_prefix,
    "known_counts": _known_counts, "known_documents": _known_documents, "known_people": _known_people,
    "known_organizations": _known_organizations, "known_person_edges": _known_person_edges,
    "known_part_of": _known_part_of,
}


@cache
def statement(name: str, dialect: str, rules: EvidenceRules = RULES) -> str:
    """The Cypher of the evidence read ``name`` under ``rules``, for ``dialect``."""
    return STATEMENTS[name](rules, dialect)


def documentation(name: str) -> str:
    """What the statement ``name`` reads, with its params and columns."""
    return (STATEMENTS[name].__doc__ or "").strip()
