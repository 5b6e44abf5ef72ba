"""Organization names: their kind, their normal form, and one entity per organization a document names.

Generic knowledge only, kept in data files (ingest/data/org_*.txt): kind suffixes, standard short
forms of agency names, province names, and the words that do not tell organizations apart.
The kinds are those of kgx/1 (../shared/gold/SCHEMA.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path

from graph.schema import Label, RelType
from ingest.model import Entity, Extraction, Relation, merge_spans

_DATA = Path(__file__).parent / "data"
_OPEN, _CLOSE = "（(", "）)"
_LIST_SEPARATORS = re.compile(r"[、，,；;]")
_NOTE_WORDS = frozenset({"筹", "筹建", "试行", "暂行", "原", "简称"})


def _rows(filename: str) -> list[list[str]]:
    lines = (_DATA / filename).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def _suffix_kinds() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((s, k) for s, k in _rows("org_kinds.txt")), key=lambda sk: -len(sk[0])))


@cache
def _abbreviations() -> tuple[tuple[str, str], ...]:
    return tuple((short, full) for short, full in _rows("org_abbreviations.txt"))


@cache
def provinces() -> tuple[str, ...]:
    return tuple(row[0] for row in _rows("org_provinces.txt"))


@cache
def _generic_words() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in _rows("org_generic_words.txt")), key=len, reverse=True))


ORG_SUFFIXES: tuple[str, ...] = tuple(s for s, _ in _suffix_kinds())


def clean(name: str) -> str:
    """NFKC, no white space: how names are compared and keyed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def kind_suffix(name: str) -> str:
    """The longest kind suffix `name` ends with, or ''."""
    return next((s for s, _ in _suffix_kinds() if name.endswith(s)), "")


def _suffix_kind(name: str) -> str:
    if name.startswith("联合国"):  # bodies of the United Nations are not a government's
        return "other"
    suffix = kind_suffix(name)
    if not suffix:
        return "other"
    kind = dict(_suffix_kinds())[suffix]
    if kind == "university" and suffix.endswith("学院") and "大学" in name[: -len(suffix)]:
        return "other"  # a school of a university, not a university
    return kind


def split_parenthesised(name: str) -> tuple[str, str | None]:
    """`A（B）` -> (A, B); an unclosed `A（B` too. (name, None) when there is nothing to split."""
    m = re.fullmatch(r"(.+?)[（(]([^（()）]+)[）)]?", name.strip())
    if not m:
        return name.strip(), None
    return m.group(1).strip(), m.group(2).strip()


@lru_cache(maxsize=1 << 16)
def org_kind(name: str) -> str:
    """The kgx/1 kind of an organization name, `other` when no suffix says."""
    main, inner = split_parenthesised(clean(name))
    kind = _suffix_kind(main)
    if kind == "other" and inner and not _LIST_SEPARATORS.search(inner):
        return _suffix_kind(inner)
    return kind


def expand_abbreviations(name: str) -> str:
    """Standard short forms spelled out: 科技厅 -> 科学技术厅, 发展改革委 -> 发展和改革委员会."""
    out, i = [], 0
    pairs = sorted(_abbreviations(), key=lambda sf: -len(sf[0]))
    while i < len(name):
        for short, full in pairs:
            if name.startswith(full, i):
                out.append(full)
                i += len(full)
                break
            if name.startswith(short, i) and not name.startswith("员", i + len(short)):
                out.append(full)
                i += len(short)
                break
        else:
            out.append(name[i])
            i += 1
    return "".join(out)


def detect_province(text: str, metadata: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The province a document is about: metadata `province`, else the one the text names most."""
    given = dict(metadata).get("province")
    if given:
        return next((p for p in provinces() if p.startswith(given.strip()) or given.startswith(p)), None)
    counts = Counter({p: text.count(p) for p in provinces()})
    (best, n), *rest = counts.most_common(2)
    if n == 0 or (rest and rest[0][1] == n):
        return None
    return best


def official_name(name: str, province: str | None) -> str | None:
    """The official name of a bare provincial short form (省科技厅 -> <province>科学技术厅), else None."""
    rest = name[1:]
    if not province or not province.endswith("省") or not name.startswith("省") or not rest:
        return None
    if rest == "委":
        return f"中共{province}委员会"
    if rest in ("政府", "人民政府"):
        return f"{province}人民政府"
    return province + expand_abbreviations(rest)


@lru_cache(maxsize=1 << 16)
def normal_form(name: str, province: str | None = None) -> str:
    """What two spellings of one organization have in common."""
    main, _ = split_parenthesised(clean(name))
    if _is_former_name(main):
        main = main[1:]
    return clean(official_name(main, province) or expand_abbreviations(main))


def _is_former_name(name: str) -> bool:
    """`原X`: the former name of X (an X that is a province's or the state's body)."""
    return name.startswith("原") and any(name.startswith(p, 1) for p in (*provinces(), "国家", "中国"))


@lru_cache(maxsize=1 << 16)
def is_distinctive(short: str) -> bool:
    """Whether a short name says which organization (青松二医院) or only what kind (第一附属医院)."""
    core = short[: len(short) - len(kind_suffix(short))]
    for word in _generic_words():
        core = core.replace(word, "")
    return len(core) >= 2


def is_abbreviation_of(short: str, full: str) -> bool:
    """`云岭重机公司` of `云岭重型机械有限公司`: same first character, characters in order, same suffix family."""
    if org_kind(short) != "company" or org_kind(full) != "company":
        return False
    s_core = short[: len(short) - len(kind_suffix(short))]
    f_core = full[: len(full) - len(kind_suffix(full))]
    if len(s_core) < 2 or len(s_core) >= len(f_core) or s_core[0] != f_core[0]:
        return False
    chars = iter(f_core)
    return all(c in chars for c in s_core)


@cache
def _province_stems() -> tuple[tuple[str, str], ...]:
    """(official name, the short form prose uses): 湖北省 -> 湖北, 广西壮族自治区 -> 广西."""
    stems = ((p, re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区)$", "", p)) for p in provinces())
    return tuple((p, stem) for p, stem in stems if stem != p)


def without_province_mark(name: str) -> str:
    """`湖北省人民医院` -> `湖北人民医院`: how prose shortens a provincial body; other names unchanged."""
    for province, stem in _province_stems():
        if name.startswith(province):
            return stem + name[len(province):]
    return name


def is_short_form_of(short: str, full: str) -> bool:
    """A short form prose uses for the organization `full` names.

    `湖北人民医院` of `湖北省人民医院` (the province written without 省), or a name of the same kind with
    the same first two characters, its characters in order in `full` and an abbreviated ending (`甲医大`
    of `甲医科大学`, `甲医大附一院` of `甲医科大学附属第一医院`); company abbreviations as in
    `is_abbreviation_of`. A name with the full ending (`甲大学`) is never the short form of another
    (`甲师范大学`): it names an organization of its own.
    """
    if is_abbreviation_of(short, full):
        return True
    s, f = normal_form(short), normal_form(full)
    if len(s) >= len(f) or org_kind(s) == "other" or org_kind(s) != org_kind(f):
        return False
    if without_province_mark(f) == s:
        return True
    if kind_suffix(s) == kind_suffix(f) or s[:2] != f[:2] or not is_distinctive(s):
        return False
    chars = iter(f)
    return all(c in chars for c in s)


# ---- consolidation of one document's organizations -------------------------------------------------


class _Groups:
    """Union-find over a document's organization entities (indices into `names`)."""

    def __init__(self, names: list[list[str]]) -> None:
        self.names = names
        self.up = list(range(len(names)))

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.up[max(a, b)] = min(a, b)

    def members(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.up)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _split_entity(org: Entity, known_names: set[str]) -> tuple[Entity, list[str]]:
    """`A（B）` -> entity A with alias B; `A（B、C）` or a B of another kind -> A, plus names B, C to add."""
    main, inner = split_parenthesised(clean(org.name))
    if inner is None or main == clean(org.name) or inner in _NOTE_WORDS or len(inner) < 3:
        return org, []
    aliases = [*org.aliases, org.name]
    parts = [p.strip() for p in _LIST_SEPARATORS.split(inner) if p.strip()]
    separate = len(parts) > 1 or org_kind(inner) not in (org_kind(main), "other")
    if not separate:
        aliases.append(inner)
    extra = [p for p in parts if separate and kind_suffix(p) and p not in known_names]
    return replace(org, name=main, aliases=tuple(dict.fromkeys(a for a in aliases if a != main))), extra


def _merge_by_rules(groups: _Groups, province: str | None) -> None:
    forms = [[normal_form(n, province) for n in names] for names in groups.names]
    first: dict[str, int] = {}
    for i, fs in enumerate(forms):
        for f in {*fs, *(without_province_mark(f) for f in fs)}:
            groups.union(first.setdefault(f, i), i)
    org_forms = {f for fs in forms for f in fs}
    for i, fs in enumerate(forms):
        for short in fs:
            targets = {groups.find(j) for j, other in enumerate(forms) for long in other
                       if groups.find(j) != groups.find(i) and _contains_as_unit(long, short, org_forms)}
            if len(targets) == 1:
                groups.union(i, targets.pop())


def _contains_as_unit(long: str, short: str, org_forms: set[str]) -> bool:
    if long.endswith(short) and len(long) > len(short):
        prefix = long[: -len(short)]
        return (org_kind(short) != "other" and is_distinctive(short)
                and (prefix in org_forms or org_kind(prefix) != "other" or any(s in prefix for s in ("大学", "学院"))))
    return is_abbreviation_of(short, long)


def _canonical(members: list[Entity], province: str | None) -> str:
    candidates = [e.name for e in members]
    candidates += [o for e in members for n in (e.name, *e.aliases) if (o := official_name(n, province))]
    return max(candidates, key=lambda n: (not _is_former_name(n), len(n), -candidates.index(n)))


def _parent_by_name(name: str, names: dict[str, str]) -> str | None:
    """The canonical name of the longest other organization whose name `name` starts with."""
    best = ""
    for known in names:
        rest = name[len(known):]
        if (len(known) > len(best) and name.startswith(known) and len(rest) >= 2
                and rest[0] not in _OPEN + _CLOSE and names[known] != name and not _is_institution_suffix(rest)):
            best = known
    return names[best] if best else None


def _is_institution_suffix(rest: str) -> bool:
    """`大学` after `中国科学院` names a separate institution; `党组` after an agency names one of its units."""
    return rest == kind_suffix(rest) and org_kind(rest) not in ("government", "society")


def _university_named_alone(name: str, text: str) -> str | None:
    """`X大学` when `name` is `X大学<unit>` and the text also names `X大学` on its own."""
    m = re.match(r"(.{2,}?大学)(.{2,})$", name)
    if not m or m.group(2) == kind_suffix(m.group(2)):
        return None
    university = m.group(1)
    alone = re.search(re.escape(university) + r"(?![\u4e00-\u9fff])", text)
    return university if alone else None


def _short_forms_in_text(name: str, parent: str, text: str, taken: set[str]) -> list[str]:
    """`青松二医院` for `<parent>青松二医院` when the text uses it on its own, outside every longer name."""
    rest = name[len(parent):] if name.startswith(parent) else ""
    out = []
    for short in dict.fromkeys((rest, rest.removeprefix("附属"))):
        if not short or short in taken or org_kind(short) == "other" or not is_distinctive(short):
            continue
        alone = text
        for longer in sorted((n for n in taken if n.endswith(short) and n != short), key=len, reverse=True):
            alone = alone.replace(longer, "")
        if short in alone.replace(name, ""):
            out.append(short)
    return out


def consolidate(extraction: Extraction, text: str) -> Extraction:
    """One entity per organization: merged spellings, fullest name, kind, parent, PART_OF; relations rewritten.

    Pure and idempotent. Merges only on rules that cannot join two different organizations of one
    document: equal normal forms, a distinctive short form that ends exactly one longer name whose
    prefix is an organization, a company abbreviation of exactly one company, `A（B）`.
    """
    orgs = [replace(e, name=_tidy(e.name)) for e in extraction.entities if e.type is Label.ORGANIZATION]
    if not orgs:
        return extraction
    province = detect_province(text, extraction.metadata)
    known = {clean(n) for e in orgs for n in (e.name, *e.aliases)}
    split: list[Entity] = []
    added: list[str] = []
    for org in orgs:
        entity, extra = _split_entity(org, known)
        in_text = _parenthesised_in_text(entity.name, text)
        split.append(replace(entity, aliases=tuple(dict.fromkeys((*entity.aliases, *in_text)))))
        added += [n for n in extra if n not in added]
    split += [Entity(type=Label.ORGANIZATION, name=n, kind=org_kind(n)) for n in added]
    groups = _Groups([[clean(n) for n in (e.name, *e.aliases)] for e in split])
    _merge_by_rules(groups, province)

    merged: list[Entity] = []
    rename: dict[str, str] = {}
    for members_idx in groups.members().values():
        members = [split[i] for i in members_idx]
        name = _canonical(members, province)
        seen = [n for e in members for n in (e.name, *e.aliases)]
        aliases = tuple(dict.fromkeys(n for n in seen if n != name))
        head = next((e for e in members if e.name == name), members[0])
        kind = head.kind or next((e.kind for e in members if e.kind), None) or org_kind(name)
        parent = next((e.parent for e in members if e.parent), None)
        merged.append(Entity(type=Label.ORGANIZATION, name=name, kind=kind, aliases=aliases, parent=parent,
                             spans=merge_spans(*(e.spans for e in members))))
        for n in (name, *aliases):
            rename[n] = rename[clean(n)] = name
    for original in extraction.entities:
        if original.type is Label.ORGANIZATION:
            rename.setdefault(original.name, rename[clean(original.name)])
    return _with_hierarchy(extraction, merged, rename, text)


def _tidy(name: str) -> str:
    return re.sub(r"\s+", "", name)


def _parenthesised_in_text(name: str, text: str) -> list[str]:
    """`B` where the text writes `name（B）` and B is another name of the same organization."""
    out = []
    for m in re.finditer(re.escape(name) + r"\s*[（(]\s*([^（()）、，,；;\s]{3,40})\s*[）)]?", text):
        inner = m.group(1)
        if inner not in _NOTE_WORDS and org_kind(inner) == org_kind(name) != "other":
            out.append(inner)
    return out


def _with_hierarchy(extraction: Extraction, merged: list[Entity], rename: dict[str, str], text: str) -> Extraction:
    names = {e.name: e.name for e in merged}
    names.update({a: e.name for e in merged for a in e.aliases if a not in names})
    out: list[Entity] = []
    new_parents: dict[str, Entity] = {}
    taken = set(rename)
    for org in merged:
        given = org.parent and rename.get(org.parent, rename.get(clean(org.parent), org.parent))
        parent = given or _parent_by_name(org.name, names) or _university_named_alone(org.name, text)
        if parent and parent not in names and parent not in new_parents:
            new_parents[parent] = Entity(type=Label.ORGANIZATION, name=parent, kind=org_kind(parent))
        aliases = org.aliases
        if parent:
            extra = _short_forms_in_text(org.name, parent, text, taken)
            aliases = tuple(dict.fromkeys((*aliases, *extra)))
            taken.update(extra)
        out.append(replace(org, parent=parent, aliases=aliases))
    non_org_refs = {e.ref for e in extraction.entities if e.type is not Label.ORGANIZATION}
    relations = [_rewrite(r, rename, non_org_refs) for r in extraction.relations]
    relations += [Relation(type=RelType.PART_OF, source=o.name, target=o.parent) for o in out if o.parent]
    return replace(extraction, entities=_ordered(extraction, out + list(new_parents.values()), rename),
                   relations=_deduplicated(relations))


def _rewrite(rel: Relation, rename: dict[str, str], non_org_refs: set[str]) -> Relation:
    def one(ref: str) -> str:
        return ref if ref in non_org_refs else rename.get(ref, rename.get(clean(ref), ref))

    return replace(rel, source=one(rel.source), target=one(rel.target))


def _deduplicated(relations: list[Relation]) -> tuple[Relation, ...]:
    by_key: dict[tuple[object, ...], Relation] = {}
    for r in relations:
        if r.type is RelType.PART_OF and r.source == r.target:
            continue
        key = (r.type, r.source, r.target)
        if key in by_key:
            old = by_key[key]
            filled = {f: getattr(r, f) for f in ("rank", "order", "corresponding", "title", "position", "role", "phone")
                      if getattr(old, f) is None and getattr(r, f) is not None}
            by_key[key] = replace(old, spans=merge_spans(old.spans, r.spans), **filled)  # type: ignore[arg-type]
        else:
            by_key[key] = r
    return tuple(by_key.values())


def _ordered(extraction: Extraction, orgs: list[Entity], rename: dict[str, str]) -> tuple[Entity, ...]:
    """Organizations where their first spelling stood, new ones after everything else."""
    by_name = {o.name: o for o in orgs}
    out: list[Entity] = []
    placed: set[str] = set()
    for e in extraction.entities:
        if e.type is not Label.ORGANIZATION:
            out.append(e)
            continue
        canonical = rename.get(e.name, rename.get(clean(e.name), e.name))
        if canonical not in placed and canonical in by_name:
            out.append(by_name[canonical])
            placed.add(canonical)
    out += [o for o in orgs if o.name not in placed]
    return tuple(out)
