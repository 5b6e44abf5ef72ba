"""Staff pages: a heading that is a person's name, and under it the lines that describe the person.

Each line is read for what it is: a title (`教授/博士生导师`, `博士后/讲师 (已出站)`), a unit named
alone (`某大学计算机系`: where the person works, with the title), a post in a unit (`某中心主任`: a head
post LEADS the unit, any other is an affiliation with the position; a past one, `(曾任)…`, is an
affiliation), or an editorial post on a journal (`《某刊》编委`). Key–value lines (`Email: …`) say
nothing of these and are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from graph.schema import Label, RelType
from ingest.blocks import Block, BlockKind
from ingest.genres.award_people import TITLE_WORDS
from ingest.kit.orgbook import institutions_of, unit_name
from ingest.kit.text import EDITOR_POST, strip_titles
from ingest.model import Entity, Span
from ingest.nlp.lexicon import common_word, load_lexicon
from ingest.org_names import ORG_SUFFIXES, is_distinctive
from ingest.reading import Coverage, Document, Facts
from ingest.tables.cells import is_name

_LINE = re.compile(r"[^\n|]+")
_BLANKS = re.compile(r"[\s\u3000]+")
_CJK_BLANKS = re.compile(r"(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])")  # spacing inside a Chinese name
_NOTE = re.compile(r"\s*[（(][^（）()]{1,8}[）)]\s*")
_PAST = re.compile(r"^\s*[（(]?\s*(?:曾任|原任|原|前)\s*[）)]?\s*")
_KEY_VALUE = re.compile(r"^\s*[\w\u4e00-\u9fff ]{1,12}\s*[:：]")
JOURNAL_POST = re.compile(rf"《([^《》]{{1,60}})》\s*(?:[（(][^（）()]{{0,60}}[）)])?\s*(?:杂志|期刊)?\s*{EDITOR_POST}")
UNIT_ENDINGS = ("系", "学院", "研究所", "研究院", "中心", "实验室", "研究室", "教研室", "部", "处", "科", "所", "院")
_TITLE_SEPARATORS = re.compile(r"\s*[/、，,及和]\s*|(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")  # (主治医师 讲师)


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    span: Span


def read_profiles(document: Document, taken: Coverage, facts: Facts) -> None:
    for heading, person, body in _sections(document, taken):
        lines = [_Line(m.group().strip(), Span(m.start() + _lead(m.group()), m.start() + len(m.group().rstrip())))
                 for b in body for m in _LINE.finditer(document.text, b.span.start, b.span.end) if m.group().strip()]
        title = next((t for ln in lines if (t := title_of(ln.text)) is not None), None)
        facts.out.person(person, heading.span)
        facts.read(heading.span)
        worked = False
        for line in lines:
            if _KEY_VALUE.match(line.text):
                continue
            if title_of(line.text) is not None:
                facts.read(line.span)
            elif (journal := JOURNAL_POST.search(line.text)) is not None:
                facts.out.entity(Entity(Label.JOURNAL, journal.group(1), spans=(line.span,)))
                facts.read(line.span)
            elif _post(line, person, facts, title if not worked else None):
                worked = worked or _is_unit_alone(line.text)
                facts.read(line.span)


def _sections(document: Document, taken: Coverage) -> Iterator[tuple[Block, str, list[Block]]]:
    blocks = document.blocks
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or taken.covers(block.span):
            continue
        name = strip_titles(_CJK_BLANKS.sub("", block.text(document.text).strip()))  # 林 小溪 (not Chinese Patent)
        if not is_name(name) or common_word(name):  # 毕业生: a heading's word, not a person's name
            continue
        body = []
        for after in blocks[i + 1:]:
            if after.kind is BlockKind.HEADING and (after.level or 9) <= (block.level or 9):
                break
            if not taken.covers(after.span):
                body.append(after)
        yield block, name, body


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def title_of(line: str) -> str | None:
    """The line as a title, if it is nothing but title words (`教授/博士生导师`), notes dropped."""
    bare = _NOTE.sub("", line).strip()
    parts = [p for p in _TITLE_SEPARATORS.split(bare) if p]
    if parts and all(p in _titles() or p in _DEGREES or _FELLOW.fullmatch(p) or _FIELD_DEGREE.fullmatch(p) for p in parts) \
            and any(p in _titles() or _FELLOW.fullmatch(p) for p in parts):
        return "/".join(parts) if "/" in bare else bare  # (教授，博导，博士: the degree among them, no title of its own)
    return None


_DEGREES = frozenset({"博士", "硕士", "学士", "博士研究生", "硕士研究生"})
_FIELD_DEGREE = re.compile(r"[\u4e00-\u9fff]{1,8}学(?:博士|硕士|学士)")  # 肿瘤学博士: a degree in its field


def degrees_only(line: str) -> bool:
    """The line names nothing but degrees (`，博士（某大学）`, `医学博士`): a person's, no title of a work."""
    parts = [p for p in _TITLE_SEPARATORS.split(_NOTE.sub("", line).strip()) if p]
    return bool(parts) and all(p in _DEGREES or _FIELD_DEGREE.fullmatch(p) for p in parts)
_FELLOW = re.compile(r"[A-Z]{2,8}\s*Fellow")  # IEEE Fellow


@cache
def _titles() -> frozenset[str]:
    return frozenset(load_lexicon().titles) | frozenset(TITLE_WORDS) - {"其他", "其它"}


def _is_unit_alone(line: str) -> bool:
    name = unit_name(line)
    return name is not None and _unit_and_post(name)[1] == ""


def _unit_and_post(text: str) -> tuple[str | None, str]:
    """(the unit a line names at its start, the words after it): `某中心主任` -> (`某中心`, `主任`)."""
    lex = load_lexicon()
    for n in range(len(text), 1, -1):
        head, rest = text[:n], text[n:]
        if rest and rest not in lex.positions and not any(rest.endswith(p) for p in lex.positions):
            continue
        if head.endswith(ORG_SUFFIXES) or head.endswith(UNIT_ENDINGS) and institutions_of(head):
            return head, rest
    return None, text


def _post(line: _Line, person: str, facts: Facts, title: str | None) -> bool:
    """A unit named alone (where the person works) or a post in a unit; False if the line is neither."""
    past = _PAST.match(line.text)
    text = _BLANKS.sub("", line.text[past.end():] if past else line.text)
    unit, post = _unit_and_post(text)
    if unit is None or unit_name(unit) is None or not is_distinctive(unit):
        return False
    start = line.span.start + (past.end() if past else 0)
    org = facts.orgs.add(unit, Span(start, start + len(unit)))
    if org is None:
        return False
    if past:
        facts.out.relation(RelType.AFFILIATED_WITH, person, org, line.span)
    elif not post:
        facts.out.relation(RelType.WORKS_AT, person, org, line.span, title=title)
    elif post in load_lexicon().head_positions:
        facts.out.relation(RelType.LEADS, person, org, line.span, role=post)
    else:
        facts.out.relation(RelType.AFFILIATED_WITH, person, org, line.span, position=post)
    return True
