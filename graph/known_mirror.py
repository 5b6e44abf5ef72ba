"""`KnownEntities` for a bulk ingest: the graph's resolution evidence kept in memory.

Reading the evidence of a document's names from the store costs a few reads per document, and those
reads grow with the graph: at 10k documents they took three quarters of the ingest time. A bulk ingest
loads every document through this process, in order, so the evidence can be read once and then kept
up to date from what each document writes (the loader's own row planning). The four resolve_* reads
of `GraphKnownEntities` are answered from memory with the same rows; everything above them is shared.

Another writer (a second `kg ingest`, an upload through the API) would leave the copy behind. Before
each document is written the counts of documents, people and organizations are read (one small read)
and compared with the copy's; on a difference, after a write that did not do what the copy expected,
or after this process replaced an older version of a document (which deletes facts), the copy is read
again. After MAX_REFRESHES of those the copy is dropped and every answer is read from the store, as
`GraphKnownEntities` does.

Since a new document enters the copy before it is written, the next one can be resolved while the
store writes it (`ingest.pipeline`).

The copy answers the reads of `graph.evidence` under the same `EvidenceRules` as the statements it stands
in for: which relationships make a unit, how far up a unit's parents count, which works make co-workers.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from typing import Any

from graph.evidence import LAST_CHARACTER, RULES, EvidenceRules, statement
from graph.known import GraphKnownEntities, ReadStore, blanked
from graph.loader import LoadResult, older_versions
from graph.rows import DocumentNode, GraphDocument
from graph.schema import Label, RelType

MAX_REFRESHES = 3
# Reading the copy costs about what resolving one document through the store costs per 20 documents the
# graph holds (at 10k documents: 37 s to read, against about 75 ms per document). A smaller batch reads
# the store; so does one of fewer than MIN_FILES, whatever the graph.
DOCUMENTS_PER_FILE = 20
MIN_FILES = 16

Node = tuple[str, str]  # (label, key)

_PART_OF = str(RelType.PART_OF)
_ORG, _PERSON = str(Label.ORGANIZATION), str(Label.PERSON)


def version_key(path: str | None, name: str) -> str:
    """Documents replace those of their path; one of no path (written by an older version, or given
    without one), those of its name and no path."""
    return f"path:{path}" if path else f"name:{name}"


class EvidenceIndex:
    """People, organizations and the relationships resolution reads (under ``rules``), as the graph holds them."""

    def __init__(self, rules: EvidenceRules = RULES) -> None:
        self.rules = rules
        self._unit_types = frozenset(str(t) for t in rules.units)
        self._shared_types = frozenset(str(t) for t in rules.shared_work)
        self._variant_types = frozenset(str(t) for t in rules.variant_work)
        self.document_ids: set[str] = set()
        self.versions: dict[str, dict[str, int]] = {}  # `version_key` -> {id: part} of the documents read there
        self.pathless: set[str] = set()  # ids of documents written before documents had paths
        self.person_name: dict[str, str] = {}
        self.people_by_name: dict[str, set[str]] = {}
        self.by_blank: dict[tuple[int, str], set[str]] = {}  # `blanked` forms of names long enough for variants
        self.units: dict[str, set[str]] = {}  # person key -> Organization keys
        # works by key alone: keys name their kind (paper:, patent:, project:), so no two labels share one
        self.shared_works: dict[str, set[str]] = {}  # person key -> works of the rules' shared_work
        self.variant_works: dict[str, set[str]] = {}  # person key -> works of the rules' variant_work
        self.part_of: dict[Node, set[Node]] = {}
        self.org_name: dict[str, str] = {}
        self.org_aliases: dict[str, list[str]] = {}
        self.orgs_by_spelling: dict[str, set[str]] = {}
        self.org_names: list[tuple[str, str]] = []  # (name, key), sorted: the range reads of resolve_org_prefix

    def counts(self) -> dict[str, int]:
        return {str(Label.DOCUMENT): len(self.document_ids),
                str(Label.PERSON): len(self.person_name),
                _ORG: len(self.org_name)}

    def older_versions(self, source: DocumentNode) -> list[str]:
        """The documents ``source`` replaces, as `graph.loader.load_document` finds them."""
        found = dict(self.versions.get(version_key(source.path, source.name), {}))
        if source.path and source.text_id in self.pathless:
            found[source.text_id] = 0
        return older_versions(source, found)

    def add_document_node(self, doc_id: str, name: str, path: str | None, part: int | None) -> None:
        self.document_ids.add(doc_id)
        self.versions.setdefault(version_key(path, name), {})[doc_id] = part or 0
        if not path:
            self.pathless.add(doc_id)

    # ---- writes, as the loader's statements make them ----------------------------------------------

    def set_person(self, key: str, name: str) -> None:
        old = self.person_name.get(key)
        if old == name:
            return
        if old is not None:
            self.people_by_name[old].discard(key)
        self.person_name[key] = name
        if name not in self.people_by_name and len(name) >= self.rules.variant_min_length:
            for b in blanked(name):
                self.by_blank.setdefault(b, set()).add(name)
        self.people_by_name.setdefault(name, set()).add(key)

    def set_organization(self, key: str, name: str, aliases: Iterable[str]) -> None:
        """Create or update: the name is overwritten, new aliases are appended (the node statement's SET)."""
        old_name = self.org_name.get(key)
        old_aliases = self.org_aliases.get(key, [])
        new_aliases = old_aliases + [a for a in aliases if a not in old_aliases]
        for spelling in {old_name, *old_aliases} - {None}:
            self.orgs_by_spelling[str(spelling)].discard(key)
        if old_name is not None and old_name != name:
            self.org_names.pop(bisect_left(self.org_names, (old_name, key)))
        if old_name != name:
            insort(self.org_names, (name, key))
        self.org_name[key] = name
        self.org_aliases[key] = new_aliases
        for spelling in {name, *new_aliases}:
            self.orgs_by_spelling.setdefault(spelling, set()).add(key)

    def add_relationship(self, rel_type: str, source: Node, target: Node) -> None:
        if rel_type == _PART_OF:
            self.part_of.setdefault(source, set()).add(target)
        if source[0] != _PERSON:
            return
        if rel_type in self._unit_types and target[0] == _ORG:
            self.units.setdefault(source[1], set()).add(target[1])
        if rel_type in self._shared_types:
            self.shared_works.setdefault(source[1], set()).add(target[1])
        if rel_type in self._variant_types:
            self.variant_works.setdefault(source[1], set()).add(target[1])

    def add_document(self, doc: GraphDocument) -> None:
        """What `graph.loader` writes for a new document, from the rows its statements take."""
        for row in doc.nodes.get(Label.PERSON, []):
            self.set_person(row["key"], row["props"]["name"])
        for row in doc.nodes.get(Label.ORGANIZATION, []):
            self.set_organization(row["key"], row["props"]["name"], row["aliases"])
        for (rel_type, source_label, target_label), group in doc.relations.items():
            for rel in group:
                self.add_relationship(str(rel_type), (str(source_label), rel["source"]), (str(target_label), rel["target"]))
        source = doc.document
        self.add_document_node(source.id, source.name, source.path, source.part)

    # ---- the resolve_* reads ------------------------------------------------------------------------

    def people_rows(self, names: Sequence[str], coworkers: Sequence[str]) -> list[dict[str, Any]]:
        # from the co-workers' side: a common name's namesakes share works with thousands of people, the
        # document's co-workers with a few hundred
        wanted: dict[str, set[str]] = {}
        for coworker in set(coworkers):
            for q in self.people_by_name.get(coworker, ()):
                for work in self.shared_works.get(q, ()):
                    wanted.setdefault(work, set()).add(q)
        rows = []
        for name in names:
            for key in self.people_by_name.get(name, ()):
                units = self.units.get(key, set())
                related = {up[1] for unit in units for up in self._parents((_ORG, unit)) if up[0] == _ORG}
                found = {q for work in self.shared_works.get(key, ()) if work in wanted for q in wanted[work]} - {key}
                rows.append({"query": name, "key": key, "name": self.person_name[key], "org_keys": sorted(units),
                             "related_org_keys": sorted(related),
                             "coworker_names": sorted({self.person_name[q] for q in found}),
                             "coworker_keys": sorted(found)})
        return rows

    def _parents(self, node: Node) -> set[Node]:
        """What ``node`` is part of, up to the rules' unit_ancestry steps."""
        found: set[Node] = set()
        step = {node}
        for _ in range(self.rules.unit_ancestry):
            step = {up for n in step for up in self.part_of.get(n, ())} - found
            found |= step
        return found

    def variants(self, names: Sequence[str], coworkers: Sequence[str]) -> dict[str, list[str]]:
        """`GraphKnownEntities._variants` (resolve_people_like, then `variants_among`) from the other side:
        the names one character apart from each name, kept if one of their people shares a paper, patent or
        project with one of ``coworkers``."""
        works = {work for coworker in set(coworkers) for c in self.people_by_name.get(coworker, ())
                 for work in self.variant_works.get(c, ())}
        excluded = set(names)

        def shares_work(name: str) -> bool:
            return any(not works.isdisjoint(self.variant_works.get(p, ())) for p in self.people_by_name[name])

        return {n: sorted({v for b in blanked(n) for v in self.by_blank.get(b, ())
                           if v not in excluded and shares_work(v)}) for n in names}

    def alias_rows(self, aliases: Sequence[str]) -> list[dict[str, Any]]:
        return [{"alias": a, "key": k} for a in dict.fromkeys(aliases) for k in sorted(self.orgs_by_spelling.get(a, ()))]

    def prefix_rows(self, prefixes: Sequence[str]) -> list[dict[str, Any]]:
        rows = []
        for prefix in prefixes:
            end = prefix + LAST_CHARACTER
            i = bisect_left(self.org_names, (prefix, ""))
            found = 0
            while i < len(self.org_names) and self.org_names[i][0] < end and found <= self.rules.orgs_per_prefix:
                name, key = self.org_names[i]
                rows.append({"prefix": prefix, "key": key, "name": name})
                found += 1
                i += 1
        return rows


def known_for_batch(store: ReadStore, files: int, rules: EvidenceRules = RULES) -> GraphKnownEntities:
    """What a batch of ``files`` documents resolves against: a copy, if it is worth reading one."""
    if files < MIN_FILES:
        return GraphKnownEntities(store, rules)
    documents = next((int(r["n"]) for r in store.read(statement("known_counts", store.dialect, rules))
                      if r["label"] == Label.DOCUMENT), 0)
    if files * DOCUMENTS_PER_FILE >= documents:
        return MirroredKnownEntities(store, rules)
    return GraphKnownEntities(store, rules)


class MirroredKnownEntities(GraphKnownEntities):
    """`GraphKnownEntities` answered from an `EvidenceIndex` kept in step with what this process loads.

    For each document: `document_starts` (is the copy still the graph?), resolve, `loading` (a new
    document enters the copy before it is written, so that the next one can be resolved while it is),
    then `loaded` with the outcome of the write."""

    def __init__(self, store: ReadStore, rules: EvidenceRules = RULES) -> None:
        super().__init__(store, rules)
        self._index: EvidenceIndex | None = None
        self._stale = True
        self._expected: dict[str, str] = {}  # document id -> the status the copy expects of its write
        self.refreshes = 0

    @property
    def index(self) -> EvidenceIndex | None:
        """The copy answers come from (None: given up, or not read yet)."""
        return self._index

    @property
    def mirrored(self) -> bool:
        """Answers still come from memory (not given up after MAX_REFRESHES)."""
        return self.refreshes <= MAX_REFRESHES

    def document_starts(self) -> bool:
        """Compare the copy with the graph (one small read) and read it again if they differ. True when
        the answers may have changed since the last call: a document resolved before must be again."""
        if not self.mirrored:
            return False
        if not self._stale and self._index is not None:
            counts = {str(r["label"]): int(r["n"]) for r in self._read("known_counts")}
            self._stale = counts != self._index.counts()
        if not self._stale:
            return False
        self.refreshes += 1
        self._index = self._read_index() if self.mirrored else None
        self._stale = False
        return True

    def loading(self, doc: GraphDocument) -> list[str] | None:
        """``doc`` is about to be written: if it is new, it enters the copy now. Returns the ids of the
        older versions of its file the write must remove (as `graph.loader.load_document` would read
        them), or None when the copy cannot tell: already loaded, or no copy."""
        if self._index is None:
            return None
        doc_id = doc.document.id
        older = self._index.older_versions(doc.document)
        expected = "unchanged" if doc_id in self._index.document_ids else "replaced" if older else "added"
        self._expected[doc_id] = expected
        if expected == "added":
            self._index.add_document(doc)
        return None if expected == "unchanged" else older

    def loaded(self, doc: GraphDocument, result: LoadResult | None) -> None:
        """The write of ``doc`` ended with ``result`` (None: it failed and wrote nothing). A replaced older
        version took facts with it, and an outcome the copy did not expect means another writer: either
        way the copy is read again before the next document."""
        expected = self._expected.pop(doc.document.id, None)
        if self._index is not None and (result is None or result.status != expected or expected == "replaced"):
            self._stale = True

    def _read_index(self) -> EvidenceIndex:
        index = EvidenceIndex(self.rules)
        for r in self._read("known_documents"):
            index.add_document_node(str(r["id"]), str(r["name"]), r["path"], r["part"])
        for r in self._read("known_people"):
            index.set_person(str(r["key"]), str(r["name"]))
        for r in self._read("known_organizations"):
            index.set_organization(str(r["key"]), str(r["name"]), [str(a) for a in r["aliases"] or ()])
        for r in self._read("known_person_edges"):
            index.add_relationship(str(r["type"]), (str(Label.PERSON), str(r["person"])), (str(r["label"]), str(r["key"])))
        for r in self._read("known_part_of"):
            index.add_relationship(str(RelType.PART_OF), (str(r["source_label"]), str(r["source"])),
                                   (str(r["target_label"]), str(r["target"])))
        return index

    def _people_rows(self, names: list[str], coworkers: list[str]) -> list[dict[str, Any]]:
        return self._index.people_rows(names, coworkers) if self._index else super()._people_rows(names, coworkers)

    def _variants(self, names: Sequence[str], coworkers: Sequence[str]) -> dict[str, list[str]]:
        return self._index.variants(names, coworkers) if self._index else super()._variants(names, coworkers)

    def _alias_rows(self, aliases: list[str]) -> list[dict[str, Any]]:
        return self._index.alias_rows(aliases) if self._index else super()._alias_rows(aliases)

    def _prefix_rows(self, prefixes: list[str]) -> list[dict[str, Any]]:
        return self._index.prefix_rows(prefixes) if self._index else super()._prefix_rows(prefixes)
