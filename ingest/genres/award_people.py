"""完成人情况表 and 完成单位情况表: completers with rank, units, title and position; completing units.

A completer row reads `姓名 排名 完成单位 工作单位 职称 行政职务`, but the PDF wraps every
cell, so a row is re-joined first and then cut by meaning: the title is the run of title
words, the units are what comes before it (split where the completing unit ends), the
position what comes after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.award_orgs import ends_with_org_suffix
from ingest.kit.text import Joined, Line, clean_value, is_person_name
from ingest.model import Span

TITLE_WORDS = (
    "正高级工程师", "高级工程师", "助理工程师", "工程师", "副主任医师", "主任医师", "主治医师", "住院医师",
    "执业医师", "医师", "副主任技师", "主任技师", "主管技师", "技师", "副主任药师", "主任药师", "主管药师",
    "药师", "副主任护师", "主任护师", "主管护师", "护师", "护士", "助理研究员", "副研究员", "研究员",
    "副教授", "教授", "讲师", "助教", "高级实验师", "实验师", "研究馆员", "副编审", "编审",
    "高级经济师", "高级会计师", "高级农艺师", "农艺师", "博士后", "其他", "其它",
)
_ANY_TITLE = "|".join(TITLE_WORDS)
_TITLE_RUN = re.compile(f"(?:{_ANY_TITLE})(?:[,，、/和及](?:{_ANY_TITLE}))*")
HEADER = re.compile(r"姓\s*名.{0,8}?排\s*名")
CONTRIBUTION = re.compile(r"^\s*(对本项目(的)?(主要)?(贡献|创造性贡献)?|主要贡献|贡\s*献)\s*[:：]?")
_UNIT_ROW = re.compile(r"单位名称[:：]?(.+?)排名[:：]?(\d{1,2})")
_STUDENT_NOTE = re.compile(r"[（(][^（）()]*(?:在读|博士|硕士|研究生|学生|退休|返聘)[^（）()]*[）)]?")
_RANK = re.compile(r"\d{1,2}")
_NAME_THEN_RANK = re.compile(r"([\u4e00-\u9fff·]{2,4})(\d{1,2})(?!\d)")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_OPEN_PARENTHESIS = re.compile(r"[（(][^（）()]+$")
_UNIT_CONTRIBUTION = re.compile(r"对本项目的?(?:主要)?贡献[:：]?")


@dataclass(frozen=True, slots=True)
class Completer:
    name: str
    rank: int
    completing_unit: str | None
    work_unit: str | None
    title: str | None
    position: str | None
    span: Span  # the whole row
    name_span: Span
    completing_span: Span | None
    work_span: Span | None
    contribution: Joined


@dataclass(frozen=True, slots=True)
class CompletingUnit:
    name: str
    rank: int
    span: Span
    contribution: Joined


def completer_blocks(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """(row lines, contribution lines) for every header-led block of the completer table."""
    heads = [i for i, ln in enumerate(lines) if HEADER.search(ln.text)]
    blocks = []
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = lines[h + 1:stop]
        cut = next((i for i, ln in enumerate(body) if CONTRIBUTION.match(ln.text)), len(body))
        blocks.append((body[:cut], body[cut:]))
    return blocks


# a completer or a unit listed as an item of its own: `1. 某某，排名1，教授，某大学，主要贡献：…`, `2、某大学，排名2`
_ITEM = re.compile(r"\s*(?P<number>\d{1,2})\s*[.、．]\s*(?P<name>[^，,；;：:\s]{2,40})\s*[，,；;]\s*(?P<rest>.*)$")
_ITEM_RANK = re.compile(r"(?:排名|排序|第)\s*[：:]?\s*(?P<rank>\d{1,2})\s*(?:位|名)?")
_PIECES = re.compile(r"[^，,；;]+")
_SAID = re.compile(r"(?:对本项目的?)?(?:主要|创造性)?贡献\s*[:：]")  # the item's contribution, after its facts
_UNIT_LABEL = re.compile(r"(?P<which>工作|完成|所在)单位\s*[：:]\s*")


def listed_completers(lines: list[Line]) -> list[Completer]:
    """Completers listed an item each (`1. 某某，排名1，教授，某大学，主要贡献：…`): the name, the rank (the item's
    number where none is written), the title and the work unit the pieces before the contribution give."""
    out: list[Completer] = []
    for line in lines:
        m = _ITEM.match(line.text)
        if m is None or not is_person_name(m.group("name")):
            continue
        rest_at = line.start + m.start("rest")
        rest = m.group("rest")
        said = _SAID.search(rest)
        facts = rest[:said.start()] if said else rest
        rank = _ITEM_RANK.search(facts)
        title = work = None
        work_span = None
        completing = completing_span = None
        for piece in _PIECES.finditer(facts):
            text = piece.group().strip()
            if _ITEM_RANK.fullmatch(text):
                continue
            label = _UNIT_LABEL.match(text)  # 工作单位：某大学, 完成单位：某大学
            unit = text[label.end():].strip() if label else text
            at = rest_at + piece.start() + piece.group().find(text) + (len(text) - len(unit) if label else 0)
            if title is None and _TITLE_RUN.fullmatch(text):
                title = text
            elif label is not None and label.group("which") == "完成" and ends_with_org_suffix(unit):
                completing, completing_span = unit, Span(at, at + len(unit))
            elif work is None and ends_with_org_suffix(unit):
                work, work_span = unit, Span(at, at + len(unit))
        name_at = line.start + m.start("name")
        contribution = Joined([(rest[said.end():], rest_at + said.end())]) if said else Joined()
        out.append(Completer(name=m.group("name"), rank=int(rank.group("rank") if rank else m.group("number")),
                             completing_unit=completing, work_unit=work, title=title, position=None,
                             span=line.span, name_span=Span(name_at, name_at + len(m.group("name"))),
                             completing_span=completing_span, work_span=work_span, contribution=contribution))
    return out


def listed_units(lines: list[Line]) -> list[CompletingUnit]:
    """Completing units listed an item each (`1. 某大学，排名1，主要贡献：…`)."""
    out: list[CompletingUnit] = []
    for line in lines:
        m = _ITEM.match(line.text)
        if m is None or not ends_with_org_suffix(m.group("name")):
            continue
        rank = _ITEM_RANK.search(m.group("rest"))
        name_at = line.start + m.start("name")
        out.append(CompletingUnit(m.group("name"), int(rank.group("rank") if rank else m.group("number")),
                                  Span(name_at, name_at + len(m.group("name"))), Joined()))
    return out


def parse_completers(lines: list[Line], known_units: list[str]) -> list[Completer]:
    out: list[Completer] = []
    for rows, contribution in completer_blocks(lines):
        starts = [i for i, ln in enumerate(rows) if _row_start(ln.text)]
        for n, i in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(rows)
            completer = _parse_row(rows[i:stop], known_units,
                                   _contribution_text(contribution) if n == len(starts) - 1 else Joined())
            if completer:
                out.append(completer)
    return out or listed_completers(lines)


def _row_start(text: str) -> bool:
    return _name_and_rank(text) is not None


def _name_and_rank(text: str) -> tuple[str, int, int, int] | None:
    """(name, rank, where the name starts, where the row's other cells start) in the glued row.

    Either `姓名 排名` or `排名 姓名` opens a row.
    """
    tokens = text.split()
    if len(tokens) >= 2:
        a, b = tokens[0], tokens[1]
        if _RANK.fullmatch(b) and _completer_name(a):
            return a, int(b), 0, len(a) + len(b)
        if _RANK.fullmatch(a) and _completer_name(b):
            return b, int(a), len(a), len(a) + len(b)
    m = _NAME_THEN_RANK.match(tokens[0]) if tokens else None
    if m and _completer_name(m.group(1)):
        return m.group(1), int(m.group(2)), 0, m.end()
    return None


def _completer_name(name: str) -> bool:
    """In the name column, followed by a rank, any two to four Han characters are a name."""
    return is_person_name(name) or (bool(_HAN_NAME.fullmatch(name)) and not HEADER.search(name)
                                    and name not in ("姓名", "排名", "单位"))


def _contribution_text(lines: list[Line]) -> Joined:
    if not lines:
        return Joined()
    pieces: list[tuple[str, int]] = []
    for ln in lines:
        m = CONTRIBUTION.match(ln.text) if not pieces else None
        if m and not ln.text[m.end():].strip():
            continue
        pieces.append((ln.text[m.end():], ln.start + m.end()) if m else (ln.text, ln.start))
    return Joined(pieces)


def _parse_row(rows: list[Line], known_units: list[str], contribution: Joined) -> Completer | None:
    joined = Joined.of_lines(rows)
    head = _name_and_rank(rows[0].text)
    if head is None:
        return None
    name, rank, name_at, rest_start = head
    title_m = _find_title(joined, rest_start)
    units_end = title_m.start() if title_m else _units_end(joined.text, rest_start)
    completing, work, c_span, w_span = _split_units(joined, rest_start, units_end, known_units)
    title = clean_value(title_m.group(0)) if title_m else None
    position_start = title_m.end() if title_m else units_end
    position = clean_value(joined.text[position_start:])
    return Completer(
        name=name, rank=rank, completing_unit=completing, work_unit=work, title=title, position=position,
        span=joined.span(0, len(joined.text)), name_span=joined.span(name_at, name_at + len(name)),
        completing_span=c_span, work_span=w_span, contribution=contribution,
    )


def _find_title(joined: Joined, start: int) -> re.Match[str] | None:
    """The first run of title words that opens a cell: after a unit name, or after white space."""
    text = joined.text
    for m in _TITLE_RUN.finditer(text, start):
        before = text[start:m.start()]
        cell_start = m.start() > start and joined.offsets[m.start()] - joined.offsets[m.start() - 1] > 1
        if ends_with_org_suffix(_STUDENT_NOTE.sub("", before)) or before.endswith(("）", ")")) or not before \
                or cell_start:
            return m
    return None


def _units_end(text: str, start: int) -> int:
    """Without a title, the units end at the last organization suffix."""
    best = start
    for i in range(start + 1, len(text) + 1):
        if ends_with_org_suffix(text[start:i]) or text[start:i].endswith(("）", ")")):
            best = i
    return best


def _split_units(joined: Joined, start: int, end: int, known: list[str]
                 ) -> tuple[str | None, str | None, Span | None, Span | None]:
    """Cut `完成单位工作单位` in two: a known unit, a doubled name, or a white-space boundary between two names."""
    text = joined.text[start:end]
    if not text:
        return None, None, None, None
    cut = _cut_point(joined, start, text, known)
    if cut is None:
        value = _clean_unit(text)
        span = joined.span(start, end)
        return value, value, span, span
    first, second = _clean_unit(text[:cut]), _clean_unit(text[cut:])
    return first, second, joined.span(start, start + cut), joined.span(start + cut, end)


def _cut_point(joined: Joined, start: int, text: str, known: list[str]) -> int | None:
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        return half
    for unit in sorted(known, key=len, reverse=True):
        if text.startswith(unit) and len(text) > len(unit):
            return len(unit)
    candidates = []
    for k in range(2, len(text) - 1):
        gap = joined.offsets[start + k] - joined.offsets[start + k - 1] > 1
        if gap and ends_with_org_suffix(text[:k]) and _unit_like(text[k:]):
            candidates.append(k)
    if candidates:
        return min(candidates, key=lambda k: abs(k - half))
    return None


def _unit_like(text: str) -> bool:
    head = _STUDENT_NOTE.sub("", text)
    return ends_with_org_suffix(head) or bool(_OPEN_PARENTHESIS.search(head))


def _clean_unit(text: str) -> str | None:
    return clean_value(_STUDENT_NOTE.sub("", text))


def parse_units(lines: list[Line]) -> list[CompletingUnit]:
    """Rows `单位名称 X 排名 N`, each with the contribution text that follows it."""
    joined = Joined.of_lines(lines)
    matches = list(_UNIT_ROW.finditer(joined.text))
    out = []
    for n, m in enumerate(matches):
        stop = matches[n + 1].start() if n + 1 < len(matches) else len(joined.text)
        body = joined.sub(m.end(), stop)
        cm = _UNIT_CONTRIBUTION.match(body.text)
        if cm:
            body = body.sub(cm.end(), len(body.text))
        name = clean_value(m.group(1))
        if name:
            out.append(CompletingUnit(name, int(m.group(2)), joined.span(m.start(1), m.end(1)), body))
    return out or listed_units(lines)
