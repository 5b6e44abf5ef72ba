"""Organizations of one nomination: the fullest name, shorter forms as aliases, parents by name.

Tables give the official names (`某某大学附属第一医院`); prose uses short forms (`第一医院`)
and states memberships. The registry collects every mention with its span and decides,
from the document alone, what is an alias and what is a parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.schema import Label, RelType
from ingest.genres.literal import occurrences
from ingest.model import Entity, Relation, Span, merge_spans
from ingest.org_names import ORG_SUFFIXES, org_kind

# Prefixes that name a parent institution inside a longer name: `某某大学` + `附属医院`.
_PARENT_PREFIX = re.compile(r"^(.{2,16}?(?:医科大学|中医药大学|大学|医学院|科学院|学院))(附属)?(.+)$")
_HOSPITAL_TAIL = re.compile(r"(医院|卫生院|中心|研究所|研究院|实验室)$")
_PAREN = re.compile(r"[（(]([^（）()]*)[）)]?$")
_PLAIN_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·“”\"、（）()]+$")
_WHITE = re.compile(r"\s+")
_UNIT_SEPARATORS = re.compile(r"[、，,；;]")
_NATIONAL = ("中国", "国家")


def ends_with_org_suffix(name: str) -> bool:
    return name.rstrip("）)").endswith(ORG_SUFFIXES)


def split_parenthetical(cell: str) -> tuple[str, list[str]]:
    """`甲中心（乙医院）` → (`甲中心`, [`乙医院`]); a note such as `（在读博士）` is dropped."""
    m = _PAREN.search(cell)
    if not m or m.start() == 0:
        return cell, []
    inner = m.group(1).strip()
    head = cell[: m.start()].strip()
    aliases = [a for a in _UNIT_SEPARATORS.split(inner) if a and ends_with_org_suffix(a)]
    return head, aliases


@dataclass
class _Org:
    name: str
    aliases: set[str] = field(default_factory=set)
    parent: str | None = None
    spans: set[Span] = field(default_factory=set)
    from_table: bool = False


class OrgRegistry:
    """Every organization the document names, keyed by its fullest name."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._orgs: dict[str, _Org] = {}
        self._alias_to: dict[str, str] = {}
        self.part_of: dict[tuple[str, str], set[Span]] = {}
        self.collaborations: dict[tuple[str, str], set[Span]] = {}
        self._forms: dict[str, str] | None = None  # short_forms(), until a name or alias is added
        self._stems: frozenset[str] | None = None

    # ---- collecting -------------------------------------------------------------------------

    def add(self, name: str, span: Span | None = None, *, from_table: bool = False,
            aliases: tuple[str, ...] = ()) -> str:
        """Register a mention; returns the name relations should use."""
        name = _WHITE.sub("", name).strip("，,;；、。")
        canonical = self.resolve(name) or name
        org = self._orgs.get(canonical)
        if org is None:
            org = self._orgs[canonical] = _Org(canonical)
            self._names_changed()
        org.from_table = org.from_table or from_table
        if span:
            org.spans.add(span)
        for alias in aliases:
            alias = _WHITE.sub("", alias)
            if alias and alias != canonical and alias not in self._orgs:
                org.aliases.add(alias)
                self._alias_to[alias] = canonical
                self._names_changed()
        return canonical

    def add_alias(self, canonical: str, alias: str) -> None:
        if alias != canonical and alias not in self._orgs and canonical in self._orgs:
            self._orgs[canonical].aliases.add(alias)
            self._alias_to[alias] = canonical
            self._names_changed()

    def _names_changed(self) -> None:
        self._forms = self._stems = None

    def resolve(self, name: str) -> str | None:
        name = _WHITE.sub("", name)
        if name in self._orgs:
            return name
        return self._alias_to.get(name)

    def names(self) -> list[str]:
        return list(self._orgs)

    def short_forms(self) -> dict[str, str]:
        """Every name and alias → the canonical name. Shared until the names change: do not modify."""
        if self._forms is None:
            self._forms = {alias: canon for alias, canon in self._alias_to.items()}
            self._forms.update({n: n for n in self._orgs})
        return self._forms

    def stems(self) -> frozenset[str]:
        """The first two characters of every name and alias, but for names opening with 中国 or 国家."""
        if self._stems is None:
            self._stems = frozenset(form[:2] for form in self.short_forms() if not form.startswith(_NATIONAL))
        return self._stems

    def add_part_of(self, child: str, parent: str, span: Span | None) -> None:
        child, parent = self.resolve(child) or child, self.resolve(parent) or parent
        if child == parent:
            return
        self.part_of.setdefault((child, parent), set()).update([span] if span else [])
        org = self._orgs.get(child)
        if org and org.parent is None:
            org.parent = parent

    def add_collaboration(self, a: str, b: str, span: Span | None) -> None:
        a, b = self.resolve(a) or a, self.resolve(b) or b
        if a != b and (b, a) not in self.collaborations:
            self.collaborations.setdefault((a, b), set()).update([span] if span else [])

    # ---- inference ---------------------------------------------------------------------------

    def infer_structure(self) -> None:
        """Parents from names (`某大学附属医院` → `某大学`), short forms used in the text as aliases."""
        for name in list(self._orgs):
            m = _PARENT_PREFIX.match(name)
            if not m or not _HOSPITAL_TAIL.search(m.group(3)):
                continue
            parent, attached, rest = m.group(1), m.group(2), m.group(3)
            stated = attached or "附属" in rest or self._standalone_parent(parent)
            if stated:
                span = self._first_span(parent)
                self.add(parent, span)
                child_span = self._first_span(name) or min(self._orgs[name].spans, default=None,
                                                           key=lambda sp: sp.start)
                self.add_part_of(name, parent, child_span)
            short = rest[2:] if rest.startswith("附属") else rest
            if len(short) >= 4 and ends_with_org_suffix(short) and self._standalone(short):
                self.add_alias(name, short)
                self._orgs[name].spans.update(self._standalone_spans(short))

    def _standalone_spans(self, short: str) -> list[Span]:
        longer = [n for n in [*self._orgs, *self._alias_to] if short in n and n != short]
        spans = []
        for at in occurrences(short, self._text):
            covered = any(self._text.startswith(n, at - n.index(short)) for n in longer)
            if not covered:
                spans.append(Span(at, at + len(short)))
        return spans

    def _standalone_parent(self, parent: str) -> bool:
        """The parent is named on its own: not as the head of a longer name (`某大学精神卫生研究所`)."""
        for at in occurrences(parent, self._text):
            after = self._text[at + len(parent):at + len(parent) + 1]
            if not (after and "\u4e00" <= after <= "\u9fff") or after in "的和与及、等":
                return True
        return False

    def _standalone(self, short: str) -> bool:
        return bool(self._standalone_spans(short))

    def _first_span(self, name: str) -> Span | None:
        i = self._text.find(name)
        return Span(i, i + len(name)) if i >= 0 else None

    # ---- output ------------------------------------------------------------------------------

    def entities(self) -> list[Entity]:
        out = []
        for org in self._orgs.values():
            spans = set(org.spans)
            for form in (org.name, *org.aliases):
                first = self._first_span(form)
                if first and not spans:
                    spans.add(first)
            out.append(Entity(
                type=Label.ORGANIZATION, name=org.name, kind=org_kind(org.name),
                aliases=tuple(sorted(org.aliases)), parent=org.parent,
                spans=merge_spans(tuple(spans)),
            ))
        return out

    def relations(self) -> list[Relation]:
        out = [Relation(RelType.PART_OF, c, p, spans=merge_spans(tuple(s)))
               for (c, p), s in self.part_of.items()]
        out += [Relation(RelType.COLLABORATES_WITH, a, b, spans=merge_spans(tuple(s)))
                for (a, b), s in self.collaborations.items()]
        return out


def plausible_org_name(name: str) -> bool:
    return 3 <= len(name) <= 40 and bool(_PLAIN_NAME.match(name)) and ends_with_org_suffix(name)
