"""The organizations a document names where the layout says a unit stands (a table's unit column, a
`获奖单位：` field, a staff page's unit line): each with its kind and the institutions it is part of.

The layout vouches for the whole text being a unit's name, so the name is taken as written (without
blanks); the recogniser only tells where the institutions it belongs to end (`某某科学院` in
`某某科学院某某研究所`, `某大学` in `某大学计算机系`). `ingest.orgs.consolidate` later merges spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span, merge_spans
from ingest.nlp.lexicon import kind_of
from ingest.org_names import ORG_SUFFIXES, RELATIVE_BODY, agency_then_ending, is_distinctive, kind_suffix

_WHITE = re.compile(r"\s+")
CHOICE_MARKS = "□■☐☑☒✓✔£○●◇◆"
_EDGE_MARKS = "，,;；、。:：“”\"'《》 "
_PLAIN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&\-（）()]+")
_MAX_LEN = 50
_MAX_LATIN_LEN = 120
_LATIN_BLANK = re.compile(r"(?<=[A-Za-z0-9.,&'’)])[ \t\u3000\u00a0]+(?=[A-Za-z0-9(&])")  # a blank between English words
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&'’.,\- ()]*[A-Za-z.)]")  # an English name: `Co., Ltd.`, `People's`
# institutions whose units are named after them (某大学计算机系, 某科学院某研究所, 某集团第三研究所)
_INSTITUTION_ENDINGS = ("大学", "科学院", "研究院", "工程院", "医院", "集团", "有限公司", "学会", "协会")
# `某某教育部重点实验室`, `某某技术国家工程研究中心`: the ministry names who accredited the lab, not its parent
_ACCREDITED = re.compile(r"(?:省部共建)?(?:重点|工程|野外|国际|协同|联合)?(?:实验室|(?:技术)?研究中心|中心|基地|研究院)")
TERM = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+|新一|首|上一|下一)届")  # the term of a body, not its name
# a committee's kind, all a committee's name may say (专家委员会, 学术委员会)
KIND_OF_COMMITTEE = re.compile(r"(?:专家|学术|咨询|指导|评审|顾问|伦理|技术|战略)(?:咨询)?委员会")
_BODIES = ("委员会", "理事会", "董事会", "监事会", "主席团")  # what a term alone names: the body named before it
_UNIT_ENDINGS = ("系", "所", "院", "室", "中心", "部", "处", "科", "站", "队", "委员会", "会", "组")


@dataclass
class _Unit:
    name: str
    parent: str | None = None
    spans: list[Span] = field(default_factory=list)
    kind: str | None = None  # the kind the layout says (a column of labs), where the name does not


def unit_name(text: str) -> str | None:
    """The name a unit cell gives, or None when the cell cannot be one (empty, a number, a sentence)."""
    # blanks go (`青溪 大学`), but one between English words stays (`Xi'an Jiaotong University`)
    name = _WHITE.sub("", _LATIN_BLANK.sub("\x00", text.strip())).replace("\x00", " ").strip(_EDGE_MARKS)
    if name[:1] in CHOICE_MARKS:
        return None  # □智能工厂: a form's box to tick beside a kind, no unit
    opened, closed = name.count("（") + name.count("("), name.count("）") + name.count(")")
    if opened > closed:  # a note cut short (`某大学（牵头`): the name before it
        name = name[:max(name.rfind("（"), name.rfind("("))]
    elif closed > opened:
        name = name.lstrip("）)") if name[0] in "）)" else name.rstrip("）)")
    term = TERM.match(name)
    if term and KIND_OF_COMMITTEE.fullmatch(name, term.end()):
        pass  # 第三届学术委员会: a committee named by its kind alone is known by its term
    elif term:  # 第一届|某某分会: the body without its term; a term alone (第二届委员会) names no body
        name = name[term.end():]
        bare = name.removeprefix("管理").removeprefix("常务")
        if not name or bare in ORG_SUFFIXES or bare in _BODIES:
            return None
    if RELATIVE_BODY.fullmatch(name):
        return None  # 系党支部: the party branch of the person's own department, no name
    latin = _LATIN_NAME.fullmatch(name) is not None
    if not 2 <= len(name) <= (_MAX_LATIN_LEN if latin else _MAX_LEN) or not (latin or _PLAIN.fullmatch(name)) or name.isdigit():
        return None
    return name


def names_a_unit(text: str) -> bool:
    """Whether a short text is a unit's name and nothing else (`某某功能材料实验室`, not `某实验室简介`)."""
    name = unit_name(text)
    return name is not None and name == text.strip() and bool(kind_suffix(name)) and is_distinctive(name)


@lru_cache(maxsize=4096)
def institutions_of(name: str) -> tuple[str, ...]:
    """The institutions `name` is a unit of, outermost first: the prefixes the recogniser ends there."""
    from ingest.nlp.pipeline import get_nlp  # the pipeline is built on first use, not at import

    doc = get_nlp()(name)
    first = next((e for e in doc.ents if e.start_char == 0 and e.label_ == "ORG"), None)
    prefixes = [name[:end] for end in first._.parts] if first is not None else []
    if first is not None and first.end_char < len(name) - 1:
        prefixes.append(name[:first.end_char])
    prefixes = [p for p in prefixes if kind_suffix(p) and not _ACCREDITED.match(name, len(p))]
    if not prefixes:
        prefixes = _named_institutions(name)
    prefixes = [_with_campus(name, p) for p in prefixes if not agency_then_ending(p)]
    return tuple(dict.fromkeys(p for p in prefixes if 2 <= len(p) < len(name) and _balanced(p)))


_CAMPUS = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")  # 某矿业大学（北京）: the campus is part of the name


def _with_campus(name: str, prefix: str) -> str:
    """The prefix with the campus written after it in brackets (`某大学（北京）` of `某大学（北京）某学院`)."""
    campus = _CAMPUS.match(name, len(prefix))
    return name[:campus.end()] if campus is not None and prefix.endswith(("大学", "学院")) else prefix


def without_campus(name: str) -> str:
    """The name without the campus it ends with (`某大学（北京）` -> `某大学`)."""
    campus = _CAMPUS.search(name)
    return name[:campus.start()] if campus is not None and campus.end() == len(name) else name


def _balanced(text: str) -> bool:
    """Every bracket opened is closed: `某装备（集团` of `某装备（集团）有限公司` is no institution."""
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def _named_institutions(name: str) -> list[str]:
    """Where the recogniser reads a compound name as one: the institutions its own words end inside it
    (`某某大学` in `某某大学计算机科学与技术系`), each followed by a unit's name, not a bare suffix."""
    out = []
    for ending in _INSTITUTION_ENDINGS:
        at = name.find(ending)
        while at >= 0:
            end = at + len(ending)
            rest = name[end:]
            if end >= 4 and len(rest) >= 2 and rest.endswith(_UNIT_ENDINGS + ORG_SUFFIXES) \
                    and rest not in ORG_SUFFIXES and not name[:end].endswith(("附属医院",)):
                out.append(name[:end])
            at = name.find(ending, at + 1)
    return sorted(set(out), key=len)


class OrgBook:
    """Units named by the layout, with their parents; the names relations should use."""

    def __init__(self) -> None:
        self._units: dict[str, _Unit] = {}

    def add(self, text: str, span: Span | None = None, kind: str | None = None) -> str | None:
        """Register a unit named by `text`; the name to relate to, or None when it is no name. `kind`: what
        the layout says the unit is, for a name that does not say it itself (a lab's name without 实验室)."""
        name = unit_name(text)
        if name is None:
            return None
        parents = institutions_of(name)
        start = span.start + (len(text) - len(text.lstrip())) if span else None
        parent = None
        for outer in parents:
            self._note(outer, parent, Span(start, start + len(outer)) if start is not None else None)
            parent = outer
        self._note(name, parent, span)
        if kind is not None and not kind_suffix(name):
            self._units[name].kind = self._units[name].kind or kind
        return name

    def part_of(self, name: str, parent: str) -> None:
        """What the layout says a unit is part of (a lab's host), where its name does not say."""
        unit = self._units.get(name)
        if unit is not None and unit.parent is None and parent in self._units:
            unit.parent = parent

    def parent_of(self, name: str) -> str | None:
        unit = self._units.get(name)
        return unit.parent if unit is not None else None

    def _note(self, name: str, parent: str | None, span: Span | None) -> None:
        unit = self._units.setdefault(name, _Unit(name))
        unit.parent = unit.parent or parent
        if span is not None:
            unit.spans.append(span)

    def names(self) -> list[str]:
        return list(self._units)

    def entities(self) -> list[Entity]:
        return [Entity(Label.ORGANIZATION, u.name, kind=u.kind or kind_of(u.name), parent=u.parent,
                       spans=merge_spans(tuple(u.spans))) for u in self._units.values()]

    def relations(self) -> list[Relation]:
        return [Relation(RelType.PART_OF, u.name, u.parent, spans=merge_spans(tuple(u.spans))[:1])
                for u in self._units.values() if u.parent]


# what a school, department or lab of an institution is named with (某大学|物理学院, 某医院|心内科研究室)
SCHOOL_ENDINGS = ("学院", "系", "研究所", "研究中心", "中心", "实验室", "研究室", "医院")
INSTITUTION_KINDS = ("university", "hospital")  # the institutions whose schools and departments are named inside them


def institution_of_school(unit: str) -> str | None:
    """The university or hospital a school, department or lab is named inside (某大学|物理学院), or None (not an
    academy's institute, not a system's campus)."""
    institution = next(iter(institutions_of(unit)), None)
    if institution is not None and unit.startswith(institution) and kind_of(institution) in INSTITUTION_KINDS \
            and unit[len(institution):].endswith(SCHOOL_ENDINGS):
        return institution
    return None
