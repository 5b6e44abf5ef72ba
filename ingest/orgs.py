"""One entity per organization a document names: spellings merged, fullest name, kind, parent.

What a name means (its kind, its normal form, which name is a short form of which) is in
`ingest.org_names`; this module applies it to one document's organizations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graph.schema import Label, RelType
from ingest.model import Entity, Extraction, Relation, merge_spans
from ingest.nlp.lexicon import common_word
from ingest.nlp.orgs import SOCIETY_OF_UNITS
from ingest.org_names import (
    LEGAL_FORMS,
    LIST_SEPARATORS,
    clean,
    detect_province,
    is_abbreviation_of,
    is_distinctive,
    is_former_name,
    kind_suffix,
    normal_form,
    official_name,
    org_kind,
    split_parenthesised,
    without_province_mark,
)

_OPEN, _CLOSE = "（(", "）)"
_NOTE_WORDS = frozenset({"筹", "筹建", "试行", "暂行", "原", "简称"})
_WHITE = re.compile(r"\s+")
_UNIVERSITY_UNIT = re.compile(r"(.{2,}?大学)(.{2,})$")
_LOCAL_MARKS = "市省区县州"
_LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}[市省区县州]")  # 长春市 of 长春市某学会
_PARENTHESIS_AFTER = re.compile(r"\s*[（(]\s*(?:(?:以下)?(?:简称|下称)[：:为]?\s*[“\"「]?)?([^（()）、，,；;\s“”\"「」]{3,40})[”\"」]?\s*[）)]?")



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
    parts = [p.strip() for p in LIST_SEPARATORS.split(inner) if p.strip()]
    separate = len(parts) > 1 or org_kind(inner) not in (org_kind(main), "other")
    if not separate:
        aliases.append(inner)
    extra = [p for p in parts if separate and kind_suffix(p) and p not in known_names]
    return replace(org, name=main, aliases=tuple(dict.fromkeys(a for a in aliases if a != main))), extra


_FOUNDER_MARK = re.compile(r"^(?:国立|省立|市立|私立)(?=[\u4e00-\u9fff]{4})")  # the public body that founded a school
_SCHOOL = re.compile(r"(?:大学|学院)$")


def _merge_by_rules(groups: _Groups, province: str | None) -> None:
    forms = [[normal_form(n, province) for n in names] for names in groups.names]
    first: dict[str, int] = {}
    for i, fs in enumerate(forms):
        for f in {*fs, *(without_province_mark(f) for f in fs), *(_FOUNDER_MARK.sub("", f) for f in fs if _SCHOOL.search(f))}:
            groups.union(first.setdefault(f, i), i)  # 国立某某大学 is 某某大学
    org_forms = {f for fs in forms for f in fs}
    for reading in (_local_short_form, _placeless_agency, _numbered_hospital, _hospital_without_parent):
        _merge_unique(groups, forms, reading)
    every = [(j, long) for j, other in enumerate(forms) for long in other]
    ending: dict[str, list[tuple[int, str]]] = {}  # every ending of a form -> (entity, form) of the forms
    for j, long in every:
        for cut in range(len(long) + 1):
            ending.setdefault(long[cut:], []).append((j, long))
    for i, fs in enumerate(forms):
        for short in fs:
            own, company = groups.find(i), org_kind(short) == "company"  # only a company has abbreviations
            targets = {groups.find(j) for j, long in (every if company else ending.get(short, []))
                       if groups.find(j) != own and _contains_as_unit(long, short, org_forms)}
            if len(targets) == 1:
                groups.union(i, targets.pop())


def _merge_unique(groups: _Groups, forms: list[list[str]], reading: Callable[[str], Callable[[str], bool] | None]) -> None:
    """Join each form to the one other entity whose forms the short form reads as (`reading(short)`: the test of a
    longer form, or None where the form is no such short one), where exactly one entity passes."""
    for i, fs in enumerate(forms):
        for short in fs:
            matches = reading(short)
            if matches is None:
                continue
            targets = {groups.find(j) for j, other in enumerate(forms) for long in other if j != i and matches(long)}
            if len(targets) == 1:
                groups.union(i, targets.pop())


def _local_short_form(short: str) -> Callable[[str], bool] | None:
    """`市医药学会联合会` is `长春市医药学会联合会` where the document names exactly one such unit of a place:
    a unit of the city (province, district) the text is about, written without its place."""
    if len(short) < 5 or short[0] not in _LOCAL_MARKS:
        return None
    return lambda long: bool(_LOCAL_PLACE.fullmatch(long[: len(long) - len(short) + 1] or "")) \
        and long.endswith(short[1:]) and long[len(long) - len(short)] == short[0]


_NUMBERED_SHORT = re.compile(r"(?:附属)?第?(?P<n>[一二三四五六七八九十]{1,3})院")


def _numbered_hospital(short: str) -> Callable[[str], bool] | None:
    """`附属三院`, `三院` is `某大学医学院附属第三人民医院` where the document names exactly one hospital numbered so: a
    numbered hospital's short form (附属 is kept only where the hospital's name has it)."""
    m = _NUMBERED_SHORT.fullmatch(short)
    if m is None:
        return None
    number = f"第{m.group('n')}"
    return lambda long: long.endswith("医院") and number in long \
        and long[long.index(number) + len(number):][:1] not in "一二三四五六七八九十" \
        and (not short.startswith("附属") or "附属" in long)


# what a hospital's name says of its kind, no short name of one hospital (人民医院, 肿瘤医院, 第一医院)
_HOSPITAL_KIND_WORDS = frozenset({"人民", "中心", "附属", "肿瘤", "口腔", "中医", "儿童", "妇幼", "眼科", "传染病", "胸科",
                                  "精神", "骨科", "皮肤", "妇产", "儿科", "康复", "中西医", "结合", "市立", "省立", "综合",
                                  "专科", "医学", "总", "中医药", "妇女", "职工", "工人", "心血管", "心血管病", "脑科"})


def _hospital_without_parent(short: str) -> Callable[[str], bool] | None:
    """`南岭医院` is `某医学科学院南岭胸科医院` where the document names exactly one hospital whose name goes on from its
    parent's with those words: a hospital called by its own name, its parent's and its kind's words left out."""
    own = short.removesuffix("医院")
    if own == short or not 2 <= len(own) <= 4 or own in _HOSPITAL_KIND_WORDS or re.search(r"[第一二三四五六七八九十\d]", own):
        return None
    return lambda long: long != short and long.endswith("医院") and long.find(own) > 0 \
        and long[long.find(own) - 1] in "院学部所会司"


def _placeless_agency(short: str) -> Callable[[str], bool] | None:
    """`教育厅` is `西藏自治区教育厅` where the document names exactly one such agency of a place: a government
    body written without its place, as a chain of posts does after naming the place once."""
    if len(short) < 3 or org_kind(short) != "government" or _PLACE_OF_AGENCY.match(short):
        return None
    return lambda long: len(long) > len(short) and long.endswith(short) \
        and bool(_PLACE_OF_AGENCY.fullmatch(long[: -len(short)]))


_PLACE_OF_AGENCY = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|特别行政区|区|县|州|盟)")


def _contains_as_unit(long: str, short: str, org_forms: set[str]) -> bool:
    if long.startswith(short) and len(long) > len(short) and org_kind(short) != "other" \
            and long[len(short):] not in LEGAL_FORMS:
        return False  # 某有限公司 of 某有限公司某分公司: the parent named whole, not an abbreviation of its branch
    if long.endswith(short) and len(long) > len(short):
        prefix = long[: -len(short)]
        return (org_kind(short) != "other" and is_distinctive(short)
                and (prefix in org_forms or org_kind(prefix) != "other" or any(s in prefix for s in ("大学", "学院"))))
    return is_abbreviation_of(short, long)


def _canonical(members: list[Entity], province: str | None) -> str:
    candidates = [e.name for e in members]
    candidates += [o for e in members for n in (e.name, *e.aliases) if (o := official_name(n, province))]
    return max(candidates, key=lambda n: (not is_former_name(n), len(n), -candidates.index(n)))


def _parent_by_name(name: str, names: dict[str, str]) -> str | None:
    """The canonical name of the longest other organization whose name `name` starts with."""
    for cut in range(len(name) - 2, 0, -1):  # the longest beginning first, leaving at least two characters
        known, rest = name[:cut], name[cut:]
        if (known in names and rest[0] not in _OPEN + _CLOSE and names[known] != name
                and not _is_institution_suffix(rest) and not _alias_inside_a_word(name, known, names)):
            return names[known]
    return None


def _alias_inside_a_word(name: str, known: str, names: dict[str, str]) -> bool:
    """A short form that opens a longer word of the name (东南 of 东南大学 in 东南亚研究院): no parent's name there."""
    return names[known] != known and any(common_word(name[:k]) for k in range(len(known) + 1, len(name)))


def _is_institution_suffix(rest: str) -> bool:
    """`大学` after `中国科学院` names a separate institution; `党组` after an agency names one of its units;
    `学会` right after `中国研究型医院` names a society of such units, not one of that hospital's."""
    return rest in SOCIETY_OF_UNITS or rest == kind_suffix(rest) and org_kind(rest) not in ("government", "society")


def _university_named_alone(name: str, text: str) -> str | None:
    """`X大学` when `name` is `X大学<unit>` and the text also names `X大学` on its own."""
    m = _UNIVERSITY_UNIT.match(name)
    if not m or m.group(2) == kind_suffix(m.group(2)) or m.group(2).startswith(("（", "(")):
        return None  # 某大学（北京）: the university of that campus, not a unit of another
    university = m.group(1)
    at = text.find(university)
    while at >= 0:
        after = at + len(university)
        if after == len(text) or not "\u4e00" <= text[after] <= "\u9fff":
            return university
        at = text.find(university, at + 1)
    return None


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
    orgs = [_renamed(e, _tidy(e.name)) for e in extraction.entities if e.type is Label.ORGANIZATION]
    orgs = [_without_country(e) for e in orgs]
    if not orgs:
        return extraction
    orgs = _affiliates_of_their_owner(orgs)
    province = detect_province(text, extraction.metadata)
    known = {clean(n) for e in orgs for n in (e.name, *e.aliases)}
    split: list[Entity] = []
    added: list[str] = []
    for org in orgs:
        entity, extra = _split_entity(org, known)
        in_text = _parenthesised_in_text(entity.name, text)
        split.append(replace(entity, aliases=tuple(dict.fromkeys((*entity.aliases, *in_text)))) if in_text else entity)
        added += [n for n in extra if n not in added]
    split += [Entity(type=Label.ORGANIZATION, name=n, kind=org_kind(n)) for n in added]
    split = _without_shared_short_forms(split)
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


def _without_shared_short_forms(orgs: list[Entity]) -> list[Entity]:
    """The organizations without an alias that ends the names of two of them (`科技处` for 甲医院科技处, with 乙医院科技处
    named too): such a short form is neither's for sure, and it would join the two."""
    names = {e.name for e in orgs}
    out = []
    for e in orgs:
        shared = {a for a in e.aliases if a not in names and e.name.endswith(a)
                  and any(o.name.endswith(a) and not o.name.endswith(e.name) and not e.name.endswith(o.name)
                          and a not in o.aliases for o in orgs if o is not e)}  # (not the same name read longer)
        out.append(replace(e, aliases=tuple(a for a in e.aliases if a not in shared)) if shared else e)
    return out


def _tidy(name: str) -> str:
    """The name without blanks, but for one between two words in Latin letters (`Iowa State University`)."""
    return _WHITE.sub(lambda m: " " if _LATIN_EDGE.search(name[:m.start()]) and _LATIN_START.match(name, m.end()) else "",
                      name)


_LATIN_EDGE = re.compile(r"[A-Za-z0-9.,&'’)]$")
_LATIN_START = re.compile(r"[A-Za-z0-9&(]")


def _without_country(entity: Entity) -> Entity:
    """`中国南京大学` named by its own name, the country it is written with kept as an alias."""
    from ingest.nlp.org_bounds import country_address

    cut = country_address(entity.name)
    if not cut:
        return entity
    return replace(entity, name=entity.name[cut:], aliases=tuple(dict.fromkeys((*entity.aliases, entity.name))))


# a hospital named as a university's (复旦大学附属华山医院): the university, then 附属
_OWNED_HOSPITAL = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,}?(?:大学|学院))附属[\u4e00-\u9fff]{2,}医院")
_BARE_AFFILIATE = re.compile(r"附属[\u4e00-\u9fff]{2,}医院")


def _affiliates_of_their_owner(orgs: list[Entity]) -> list[Entity]:
    """`附属肿瘤医院` named without its university, where the document names the hospitals of one university only
    (`复旦大学附属华山医院、附属肿瘤医院`: a list names the university once): that university's, under its full name,
    the bare one an alias."""
    owners = {m.group("owner") for e in orgs for n in (e.name, *e.aliases)
              if (m := _OWNED_HOSPITAL.fullmatch(n)) and org_kind(m.group("owner")) == "university"}
    if len(owners) != 1:
        return orgs
    owner = owners.pop()
    return [replace(e, name=owner + e.name, aliases=tuple(dict.fromkeys((*e.aliases, e.name))))
            if _BARE_AFFILIATE.fullmatch(e.name) else e for e in orgs]


def _renamed(entity: Entity, name: str) -> Entity:
    return entity if name == entity.name else replace(entity, name=name)


def _parenthesised_in_text(name: str, text: str) -> list[str]:
    """`B` where the text writes `name（B）` and B is another name of the same organization."""
    out = []
    at = text.find(name)
    while at >= 0:  # each `name` followed by a parenthesis, as a regex over `name` + the parenthesis would
        m = _PARENTHESIS_AFTER.match(text, at + len(name))
        if m is None:
            at = text.find(name, at + 1)
            continue
        inner = m.group(1)
        if inner not in _NOTE_WORDS and org_kind(inner) == org_kind(name) != "other":
            out.append(inner)
        at = text.find(name, m.end())
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
        parent = None if parent == org.name else parent  # 某实验室（某别名）merged into itself: no parent of its own
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
    relations += _at_the_institution(relations, out, names)
    return replace(extraction, entities=_ordered(extraction, out + list(new_parents.values()), rename),
                   relations=_deduplicated(relations))


_OFFICE_END = re.compile(r"(?:学院|系|研究所|研究室|处|科|部|办|办公室|中心)$")


def _at_the_institution(relations: list[Relation], orgs: list[Entity], names: dict[str, str]) -> list[Relation]:
    """WORKS_AT the institution for whoever works at one of its offices named after a short form of it
    (`武大人事部副部长某某`: 人事部 of 武汉大学, 武大 being its short form in the document)."""
    offices: dict[str, tuple[str, str]] = {}
    for o in orgs:
        if not o.parent or o.name.startswith(o.parent) or org_kind(o.parent) != "university":
            continue  # (named after the parent in full: ingest.nlp.article ties those already; an academy's
            # institute, 中科院某所, is its people's workplace alone)
        short = next((a for a, full in names.items() if full == o.parent and a != full and o.name.startswith(a)), None)
        rest = o.name[len(short):] if short else ""
        if rest and len(rest) <= 8 and _OFFICE_END.search(rest):
            offices[o.name] = (o.parent, rest)
    out = []
    for r in relations:
        if r.type is RelType.WORKS_AT and r.target in offices:
            institution, office = offices[r.target]
            out.append(Relation(type=RelType.WORKS_AT, source=r.source, target=institution, title=r.title,
                                position=office + r.position if r.position else None, spans=r.spans))
    return out


def _rewrite(rel: Relation, rename: dict[str, str], non_org_refs: set[str]) -> Relation:
    def one(ref: str) -> str:
        return ref if ref in non_org_refs else rename.get(ref, rename.get(clean(ref), ref))

    source, target = one(rel.source), one(rel.target)
    if source == rel.source and target == rel.target:
        return rel
    return replace(rel, source=source, target=target)


def _deduplicated(relations: list[Relation]) -> tuple[Relation, ...]:
    by_key: dict[tuple[object, ...], Relation] = {}
    for r in relations:
        if r.type in (RelType.PART_OF, RelType.COLLABORATES_WITH) and r.source == r.target:
            continue  # two spellings of one unit merged: no unit is part of, or a partner of, itself
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
