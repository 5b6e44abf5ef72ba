"""What the graph already knows, as the resolver asks for it (`ingest.resolve.KnownEntities`): read through
the evidence statements of `graph.evidence`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from graph.evidence import LAST_CHARACTER, RULES, EvidenceRules, KnownOrganization, KnownPerson, statement


def blanked(name: str) -> list[tuple[int, str]]:
    """The name with each character but the surname left out, by position: two names are one character
    apart when they share one of these (and differ)."""
    return [(i, name[:i] + name[i + 1:]) for i in range(1, len(name))]


def variants_among(names: Sequence[str], candidates: Iterable[str]) -> dict[str, list[str]]:
    """Each name -> the candidates one character apart from it (`one_character_apart`), sorted; by
    lookup, not by comparing every pair (an award's co-workers bring thousands of candidates)."""
    by_blank: dict[tuple[int, str], set[str]] = {}
    for c in candidates:
        for b in blanked(c):
            by_blank.setdefault(b, set()).add(c)
    return {n: sorted({c for b in blanked(n) for c in by_blank.get(b, ()) if c != n}) for n in names}


class ReadStore(Protocol):
    """The part of `graph.stores.base.Store` resolution needs."""

    dialect: str

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...


def _person(row: Mapping[str, Any]) -> KnownPerson:
    def strings(column: str) -> tuple[str, ...]:
        return tuple(sorted({str(v) for v in row.get(column) or () if v is not None}))

    return KnownPerson(
        key=str(row["key"]), name=str(row["name"]), org_keys=strings("org_keys"),
        coworker_names=strings("coworker_names"), related_org_keys=strings("related_org_keys"),
        coworker_keys=strings("coworker_keys"),
    )


class GraphKnownEntities:
    """`KnownEntities` over a store. Only what `prefetch` read for the document at hand is kept, so each
    document sees what the ones before it loaded."""

    def __init__(self, store: ReadStore, rules: EvidenceRules = RULES) -> None:
        self._store = store
        self.rules = rules
        self._named: dict[str, list[KnownPerson]] = {}
        self._like: dict[str, list[KnownPerson]] = {}
        self._coworkers: list[str] = []

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self._store.read(statement(query, self._store.dialect, self.rules), params)

    def prefetch(self, names: list[str], coworkers: Sequence[str] = ()) -> None:
        """Two reads for a whole document: the spelling variants among the co-workers' co-workers, then
        the evidence of every name and variant (with, of their co-workers, those among ``coworkers``)."""
        self._coworkers = sorted(set(coworkers))
        long_names = [n for n in names if len(n) >= self.rules.variant_min_length]
        variants = self._variants(long_names, coworkers) if long_names and coworkers else {}
        wanted = sorted({*names, *(v for vs in variants.values() for v in vs)})
        found: dict[str, list[KnownPerson]] = {}
        for person in self._people(wanted, self._coworkers) if wanted else []:
            found.setdefault(person.name, []).append(person)
        self._named = {name: found.get(name, []) for name in names}
        self._like = {name: [p for v in variants.get(name, ()) for p in found.get(v, [])] for name in names}

    def _variants(self, names: Sequence[str], coworkers: Sequence[str]) -> dict[str, list[str]]:
        """Name -> the names one character apart from it of people sharing work with one of ``coworkers``."""
        return variants_among(names, self._like_names(names, coworkers))

    def people_named(self, name: str) -> list[KnownPerson]:
        if name in self._named:  # each prefetched answer serves once: later documents read afresh
            return self._named.pop(name)
        return self._people([name], self._coworkers)

    def people_like(self, name: str, coworkers: Sequence[str]) -> list[KnownPerson]:
        if name in self._like:  # prefetched, and like people_named served once
            return self._like.pop(name)
        if len(name) < self.rules.variant_min_length:
            return []
        variants = self._variants([name], coworkers)[name]
        return self._people(variants, sorted(set(coworkers))) if variants else []

    def _people(self, names: list[str], coworkers: list[str]) -> list[KnownPerson]:
        """In key order, so that ties between namesakes fall the same way whoever answers."""
        return sorted((_person(r) for r in self._people_rows(names, coworkers) if r.get("key")),
                      key=lambda p: p.key)

    def org_keys_for_aliases(self, aliases: Sequence[str]) -> dict[str, str]:
        keys: dict[str, set[str]] = {}
        for r in self._alias_rows(sorted(set(aliases))) if aliases else []:
            if r.get("key"):
                keys.setdefault(str(r["alias"]), set()).add(str(r["key"]))
        return {alias: found.pop() for alias, found in keys.items() if len(found) == 1}

    def orgs_starting_with(self, prefixes: Sequence[str]) -> list[KnownOrganization]:
        rows = self._prefix_rows(sorted(set(prefixes)))
        counts: dict[str, int] = {}
        for r in rows:
            counts[str(r["prefix"])] = counts.get(str(r["prefix"]), 0) + 1
        crowded = {p for p, n in counts.items() if n > self.rules.orgs_per_prefix}  # too many to tell which one
        found = {KnownOrganization(str(r["key"]), str(r["name"])) for r in rows
                 if r.get("key") and r.get("name") and str(r["prefix"]) not in crowded}
        return sorted(found, key=lambda o: (o.name, o.key))

    # ---- the four reads; graph.known_mirror answers the same from memory ---------------------------

    def _people_rows(self, names: list[str], coworkers: list[str]) -> list[dict[str, Any]]:
        """resolve_people's rows: query, key, name, org_keys, related_org_keys, coworker_names, coworker_keys."""
        return self._read("resolve_people", names=names, coworkers=coworkers)

    def _like_names(self, names: Sequence[str], coworkers: Sequence[str]) -> set[str]:
        """resolve_people_like: names of the same length and surname as one of ``names`` (and not one of them)
        of people sharing a paper, patent or project with one of ``coworkers``."""
        rows = self._read("resolve_people_like", names=list(names), coworkers=list(coworkers),
                          lengths=sorted({len(n) for n in names}), initials=sorted({n[:1] for n in names}))
        return {str(r["name"]) for r in rows if r.get("name")}

    def _alias_rows(self, aliases: list[str]) -> list[dict[str, Any]]:
        """resolve_org_alias's rows: alias, key."""
        return self._read("resolve_org_alias", aliases=aliases)

    def _prefix_rows(self, prefixes: list[str]) -> list[dict[str, Any]]:
        """resolve_org_prefix's rows: prefix, key, name (at most `orgs_per_prefix` + 1 per prefix)."""
        return self._read("resolve_org_prefix", ranges=[[p, p + LAST_CHARACTER] for p in prefixes])

