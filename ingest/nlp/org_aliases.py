"""Spellings of one organization within one article, folded into its fullest name.

- a society branch written with and without `学` (`某医学会心血管病学分会` / `…心血管病分会`);
- a university's two-character short form before a unit (`西大口腔医院` of `西岭大学口腔医院`);
- a bare generic name (`口腔医院`, `第一医院`) that ends exactly one organization the article names in full;
- a name that is already an alias of another organization (a branch written alone, `心律学组`);
- an abbreviation of one organization the article names in full (`某光机所` of `某光学精密机械研究所`).
The folded names become aliases; relations follow the fullest name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph.schema import Label
from ingest.model import Entity, Relation, merge_spans
from ingest.org_names import is_contraction_of, is_distinctive, is_university_short_form, kind_suffix

_SOCIETY_BRANCH = re.compile(r"学(?=分会$|专业委员会$)")


def fold_spellings(entities: list[Entity], relations: list[Relation]) -> tuple[list[Entity], list[Relation]]:
    orgs = {e.name: e for e in entities if e.type is Label.ORGANIZATION}
    names = _Names.of(orgs)
    rename: dict[str, str] = {}
    for name in orgs:
        full = _fuller(name, names)
        if full and full != name:
            rename[name] = full
    if not rename:
        return entities, relations
    for short, full in list(rename.items()):  # follow chains: a -> b -> c
        while full in rename and rename[full] != short:
            full = rename[full]
        rename[short] = full
    merged: dict[str, Entity] = {}
    for e in entities:
        if e.type is not Label.ORGANIZATION:
            continue
        key = rename.get(e.name, e.name)
        old = merged.get(key) or orgs[key]
        aliases = (*old.aliases, *((e.name,) if e.name != key else ()), *e.aliases)
        merged[key] = replace(old, aliases=tuple(dict.fromkeys(a for a in aliases if a != key)),
                              spans=merge_spans(old.spans, e.spans), parent=old.parent or e.parent)
    out = [e for e in entities if e.type is not Label.ORGANIZATION]
    out += [replace(e, parent=rename.get(e.parent, e.parent)) if e.parent else e for e in merged.values()]
    moved = [replace(r, source=rename.get(r.source, r.source), target=rename.get(r.target, r.target)) for r in relations]
    return out, [r for r in moved if r.source != r.target]


@dataclass(frozen=True)
class _Names:
    """The article's organization names, in order, by the ways one may be written for another: looked up
    once per name instead of compared with every other name."""

    owners: dict[str, list[str]]  # an alias -> the names that have it
    without_xue: dict[str, list[str]]  # a name less its society branch's 学 -> the names
    university_tail: dict[tuple[str, str], list[str]]  # (first character, what follows 大学) -> the names
    endings: dict[str, list[str]]  # every ending of a name -> the names
    first_and_last: dict[tuple[str, str], list[str]]  # (first character, last character) -> the names

    @classmethod
    def of(cls, orgs: dict[str, Entity]) -> _Names:
        names = cls({}, {}, {}, {}, {})
        for name, org in orgs.items():
            for alias in dict.fromkeys(org.aliases):
                names.owners.setdefault(alias, []).append(name)
            names.without_xue.setdefault(_SOCIETY_BRANCH.sub("", name), []).append(name)
            at = name.find("大学")
            if at >= 1:
                names.university_tail.setdefault((name[0], name[at + 2:]), []).append(name)
            for i in range(len(name) + 1):
                names.endings.setdefault(name[i:], []).append(name)
            if name:
                names.first_and_last.setdefault((name[0], name[-1]), []).append(name)
        return names


def _fuller(name: str, names: _Names) -> str | None:
    owners = [o for o in names.owners.get(name, []) if o != name]
    if owners:
        return owners[0]
    with_xue = [o for o in names.without_xue.get(name, []) if o != name]
    if with_xue:
        return with_xue[0]
    short = [o for o in names.university_tail.get((name[:1], name[2:]), [])
             if o != name and is_university_short_form(name, o)]
    if short:
        return short[0]
    abbreviated = [o for o in names.first_and_last.get((name[:1], name[-1:]), []) if o != name and is_contraction_of(name, o)]
    if len(abbreviated) == 1:
        return abbreviated[0]
    if not is_distinctive(name) and kind_suffix(name):
        ends = [o for o in names.endings.get(name, []) if o != name and is_distinctive(o)]
        if len(ends) == 1:
            return ends[0]
    return None

