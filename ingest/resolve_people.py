"""Person identity across documents: a name alone never makes two people one.

A person the document ties to an organization is `person:<name>@<org key>`, so the same name at
the same organization is the same person in every document (where the namesake was first placed to work,
not merely a unit one of them completed a project with); a unit and the organization it is part of (a
hospital and its university), or a unit the document writes short (景和医院 for 柳岚医科大学景和医院), count as
one when a single namesake fits. Otherwise the person is local to the document (`person:<name>@doc:<id>`)
unless a known namesake shares at least two co-workers (co-authors, co-inventors, co-members of a project,
co-contacts of a programme), or one co-worker who is the same person, or is the one namesake whose unit the
document names right beside them, or is placed with a colleague named beside them (a byline, a list). Unit
evidence never outweighs co-workers: a person with co-workers is matched by it only to a namesake sharing
one. Namesakes that are not merged, and names one character apart with co-workers in common (OCR variants),
become `PossiblySame` candidates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from graph.evidence import RULES, KnownEntities, KnownPerson
from graph.schema import Label, RelType
from ingest.model import Extraction, PossiblySame
from ingest.org_names import abbreviates, clean

# the evidence the graph keeps of a person (graph.evidence), read the same way in a document
_TIES = RULES.units  # in order of preference for the key
_SHARED_WORK = RULES.shared_work
MIN_SHARED_COWORKERS = 2
MAX_CANDIDATES = 10  # possibly-same pairs kept per person, best first
NAMED_TOGETHER = 6  # characters at most between two names of one byline or list (张三 通讯员 李四, 张三、李四)
NAMED_NEAR = 12  # characters at most between a name and a unit the text names with it (某医院主任医师李某)


@dataclass(frozen=True, slots=True)
class PersonEvidence:
    """What this document says about one person, to tell namesakes apart."""

    name: str
    org_keys: tuple[str, ...]  # tied units, the one that keys the person first
    related_org_keys: frozenset[str]  # the tied units and the organizations they are part of
    coworkers: frozenset[str]
    unit_names: frozenset[str] = frozenset()  # how the document spells the tied units
    named_with: frozenset[str] = frozenset()  # the people named right beside them (a byline, a list)
    units_near: frozenset[str] = frozenset()  # keys of the organizations named right beside them
    work_keys: frozenset[str] = frozenset()  # the tied units they work at or lead (not only completed a project with)


def evidence(extraction: Extraction, org_keys: dict[str, str]) -> dict[str, PersonEvidence]:
    """Per person name: the organizations the document ties them to, and their co-workers."""
    people = [e.name for e in extraction.entities if e.type is Label.PERSON]
    orgs = [e for e in extraction.entities if e.type is Label.ORGANIZATION]
    beside, near = _neighbours(extraction, org_keys)
    parents = {e.ref: e.parent for e in orgs if e.parent}
    spellings = {e.ref: {clean(n) for n in (e.name, *e.aliases)} for e in orgs}
    ties: dict[str, list[str]] = {p: [] for p in people}
    work: dict[str, set[str]] = {p: set() for p in people}
    for rel_type in _TIES:
        for r in extraction.relations:
            if r.type is rel_type and r.source in ties and r.target in org_keys:
                if org_keys[r.target] not in ties[r.source]:
                    ties[r.source].append(org_keys[r.target])
                if rel_type is not RelType.AFFILIATED_WITH:
                    work[r.source].add(org_keys[r.target])
    teams: dict[str, set[str]] = {}
    for r in extraction.relations:
        if r.type in _SHARED_WORK and r.source in ties:
            teams.setdefault(r.target, set()).add(r.source)
    out = {}
    for p in people:
        coworkers = {clean(q) for team in teams.values() if p in team for q in team if q != p}
        units = [ref for ref, key in org_keys.items() if key in ties[p]]
        related = set(ties[p]) | {org_keys[parents[u]] for u in units if parents.get(u) in org_keys}
        names = frozenset(n for u in units for n in spellings.get(u, ()))
        out[p] = PersonEvidence(p, tuple(ties[p]), frozenset(related), frozenset(coworkers), names,
                                frozenset(beside.get(p, ())), frozenset(near.get(p, ())), frozenset(work[p]))
    return out


def _neighbours(extraction: Extraction, org_keys: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per person: the people named within NAMED_TOGETHER characters of them, and the keys of the
    organizations named within NAMED_NEAR (one pass over the spans in text order)."""
    spans = sorted((s.start, s.end, e.type is Label.PERSON, e.name if e.type is Label.PERSON else org_keys[e.ref])
                   for e in extraction.entities for s in e.spans
                   if e.type is Label.PERSON or (e.type is Label.ORGANIZATION and e.ref in org_keys))
    beside: dict[str, set[str]] = {}
    near: dict[str, set[str]] = {}
    reach = max(NAMED_TOGETHER, NAMED_NEAR)
    for i, (_, end, is_person, what) in enumerate(spans):
        for start, _, other_is_person, other in spans[i + 1:]:
            if start - end > reach:
                break
            if start < end or not (is_person or other_is_person) or what == other:
                continue  # overlapping, two organizations, or one name twice
            if is_person and other_is_person:
                if start - end <= NAMED_TOGETHER:
                    beside.setdefault(what, set()).add(other)
                    beside.setdefault(other, set()).add(what)
            elif start - end <= NAMED_NEAR:
                person, unit = (what, other) if is_person else (other, what)
                near.setdefault(person, set()).add(unit)
    return beside, near


def _shared(mine: PersonEvidence, known: KnownPerson) -> set[str]:
    return set(mine.coworkers) & {clean(n) for n in known.coworker_names}


def _choose(mine: PersonEvidence, namesakes: list[KnownPerson]) -> KnownPerson | None:
    """The known namesake this person is: same organization, else the one at a unit nested in or around
    theirs or at the unit the document writes short, else enough shared co-workers without a unit clash, else
    (for a person the document ties to no unit) the one namesake whose unit the document names. The weaker
    unit evidence (nested, short, named) never outweighs co-workers: a person the document gives co-workers
    is matched by it only to a namesake who shares one."""
    same_unit = [k for k in namesakes if set(k.org_keys) & set(mine.org_keys) and _anchor_fits(mine, k)]
    if same_unit:
        return max(same_unit, key=lambda k: (len(set(k.org_keys) & set(mine.org_keys)), len(_shared(mine, k))))
    fitting = [k for k in namesakes if not mine.coworkers or _shared(mine, k)]
    nested = [k for k in fitting if _nested_units(mine, k)]
    if len(nested) == 1:
        return nested[0]
    written_short = [k for k in fitting if _unit_written_short(mine, k)]
    if len(written_short) == 1:
        return written_short[0]
    no_clash = [k for k in namesakes if not (k.org_keys and mine.org_keys)]
    by_coworkers = [k for k in no_clash if len(_shared(mine, k)) >= MIN_SHARED_COWORKERS]
    if by_coworkers:
        return max(by_coworkers, key=lambda k: len(_shared(mine, k)))
    if mine.org_keys:
        return None
    unit_named = [k for k in fitting if set(k.org_keys) & mine.units_near]
    return unit_named[0] if len(unit_named) == 1 else None


def _anchor_fits(mine: PersonEvidence, known: KnownPerson) -> bool:
    """The unit that keys the namesake (where they were first placed to work) is where this person works (or,
    for someone the document gives only a completing unit, among their units): a unit two people share may be
    one's completing unit (完成单位) and the other's workplace."""
    anchor = known.key.partition("@")[2]
    return not anchor.startswith("org:") or anchor in (mine.work_keys or mine.org_keys)


def _by_resolved_coworker(mine: PersonEvidence, namesakes: list[KnownPerson],
                          keys: dict[str, str]) -> KnownPerson | None:
    """The one namesake with a co-worker this document resolved to that very co-worker: one shared person,
    not merely one shared name, is enough for someone the document ties to no unit."""
    mine_keys = {keys[c] for c in mine.coworkers if c in keys}
    fitting = [k for k in namesakes if mine_keys & set(k.coworker_keys)]
    return fitting[0] if len(fitting) == 1 else None


def _by_colleagues(facts: dict[str, PersonEvidence], namesakes: dict[str, list[KnownPerson]],
                   keys: dict[str, str], doc_key: str) -> dict[str, str]:
    """People the document ties to no unit, named beside a colleague (a byline, a list of names): the one
    namesake placed where that colleague is (at their unit, or beside them in an earlier document) when the
    colleague is resolved (`某日报记者 甲 通讯员 乙`); when neither is, the one pair of their namesakes placed
    together (`本报讯（记者 甲，乙）` twice). Two names together again, like co-authors, are more than a name."""
    local = {name for name in facts if keys[name] == f"person:{name}@doc:{doc_key}"}
    chosen = {name: next((k for k in namesakes[name] if k.key == keys[name]), None) for name in facts}
    found: dict[str, str] = {}
    for name in sorted(local):
        mine = facts[name]
        fitting = [k for k in namesakes[name] if not mine.coworkers or _shared(mine, k)]
        placed = {o for q in mine.named_with - local for o in facts[q].org_keys}
        placed |= {o for q in mine.named_with if (c := chosen[q]) for o in _places(c)}
        by_placed = [k for k in fitting if _places(k) & placed]
        pairs = {(k.key, c.key, c.name) for q in mine.named_with & local if chosen[q] is None
                 for k in fitting for c in namesakes[q] if _places(k) & _places(c) and k.key != c.key}
        if len(by_placed) == 1:
            found[name] = by_placed[0].key
        elif not by_placed and len(pairs) == 1:
            key, colleague_key, colleague = pairs.pop()
            found[name] = key
            found.setdefault(colleague, colleague_key)
    return found


def _places(known: KnownPerson) -> set[str]:
    """Where a known person is placed: their units, or the document their key is local to."""
    return {*known.org_keys, known.key.partition("@")[2]}


def _unit_written_short(mine: PersonEvidence, known: KnownPerson) -> bool:
    """The document names the unit in a short form of the namesake's unit (景和医院 for 柳岚医科大学景和医院)
    that the graph does not know as an alias."""
    return any(abbreviates(spelled, org_name(key)) for spelled in mine.unit_names for key in known.org_keys)


def org_name(key: str) -> str:
    """The name an organization key was made from (ingest.resolve keys organizations `org:<normal form>`)."""
    return key.removeprefix("org:")


def _nested_units(mine: PersonEvidence, known: KnownPerson) -> bool:
    """One side names the unit, the other the organization it is part of (a hospital and its university):
    prose often gives only the parent."""
    units = set(mine.org_keys)
    return bool(units & set(known.related_org_keys) or (mine.related_org_keys - units) & set(known.org_keys))


def _score(mine: PersonEvidence, other_orgs: Iterable[str], other_related: Iterable[str],
           shared: set[str], variant: bool) -> tuple[float, str]:
    score = 0.15 if variant else 0.3
    reasons = ["name one character apart" if variant else "same name"]
    if shared:
        score += min(0.45, 0.15 * len(shared))
        reasons.append(f"{len(shared)} shared co-workers: {'、'.join(sorted(shared))}")
    if set(other_orgs) & set(mine.org_keys):
        score += 0.3
        reasons.append("same organization")
    elif set(other_related) & mine.related_org_keys:
        score += 0.15
        reasons.append(f"same parent organization {min(set(other_related) & mine.related_org_keys)}")
    return round(min(score, 0.95), 2), "; ".join(reasons)


def one_character_apart(a: str, b: str) -> bool:
    """OCR variants (氵-radical look-alikes): same length, same surname (first character), exactly one other character differs."""
    if len(a) != len(b) or len(a) < 2 or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _pair(a: str, b: str, score: float, reason: str) -> PossiblySame:
    first, second = sorted((a, b))
    return PossiblySame(first, second, score, reason)


def resolve_people(extraction: Extraction, org_keys: dict[str, str], known: KnownEntities,
                   doc_key: str) -> tuple[dict[str, str], tuple[PossiblySame, ...]]:
    """Person name -> key for one document, and the possibly-same pairs found on the way."""
    facts = evidence(extraction, org_keys)
    keys: dict[str, str] = {}
    pairs: dict[tuple[str, str], PossiblySame] = {}

    def add(candidates: list[PossiblySame]) -> None:
        for c in sorted(candidates, key=lambda c: -c.score)[:MAX_CANDIDATES]:
            old = pairs.get((c.a, c.b))
            if c.a != c.b and (old is None or c.score > old.score):
                pairs[(c.a, c.b)] = c

    known.prefetch(sorted(facts), sorted({c for f in facts.values() for c in f.coworkers}))
    namesakes = {name: known.people_named(name) for name in facts}
    for name, mine in facts.items():
        chosen = _choose(mine, namesakes[name])
        own = f"person:{name}@{mine.org_keys[0]}" if mine.org_keys else f"person:{name}@doc:{doc_key}"
        keys[name] = chosen.key if chosen else own
    for name, mine in facts.items():  # with every co-worker's key known
        if keys[name] == f"person:{name}@doc:{doc_key}" and (by_coworker := _by_resolved_coworker(mine, namesakes[name], keys)):
            keys[name] = by_coworker.key
    for _ in range(2):  # a colleague resolved in the first round can place the next
        keys.update(_by_colleagues(facts, namesakes, keys, doc_key))

    for name, mine in facts.items():
        key = keys[name]
        found = []
        for k in namesakes[name]:
            if k.key != key:
                score, reason = _score(mine, k.org_keys, k.related_org_keys, _shared(mine, k), variant=False)
                found.append(_pair(key, k.key, score, reason))
        for k in known.people_like(name, sorted(mine.coworkers)) if mine.coworkers else ():
            shared = _shared(mine, k)
            if shared and k.name != name and one_character_apart(name, k.name):
                score, reason = _score(mine, k.org_keys, k.related_org_keys, shared, variant=True)
                found.append(_pair(key, k.key, score, reason))
        add(found)

    names = sorted(facts)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            common = (facts[a].coworkers & facts[b].coworkers) - {clean(a), clean(b)}
            if common and one_character_apart(a, b):
                score, reason = _score(facts[a], facts[b].org_keys, facts[b].related_org_keys, set(common), variant=True)
                add([_pair(keys[a], keys[b], score, reason + " (same document)")])
    return keys, tuple(sorted(pairs.values(), key=lambda p: (p.a, p.b)))
