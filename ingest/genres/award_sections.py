"""Where the parts of a nomination are: header fields, introduction, paper, patent, completer, unit tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.award_people import HEADER
from ingest.kit.text import Joined, Line, clean_value, is_person_name, year_of
from ingest.model import Span

_LABELS = (
    ("award", r"(?:推荐|提名)奖种|奖\s*种"),
    ("project", r"项目名称|成果名称"),
    ("expert", r"(?:提名|推荐)专家\s*\d{0,2}\s*(?:姓名|工作单位|职称|学科专业|意见)"),
    ("nominator", r"(?:推荐|提名)(?:单位|者|专家)(?:\s*/\s*(?:科学家|专家))?|推荐\s*/\s*提名单位"),
    ("intro", r"项目简介|项目介绍"),
    ("other", r"公示内容|主要完成人|主要完成单位|完成人|完成单位|(?:提名|推荐|申报|拟授奖|建议授奖|授奖|奖励|获奖)等级"),
)
_LABEL_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _LABELS))
_PATENT_HEADER = re.compile(r"授权号|知识产权(?:具体)?名称|知识产权类别|类别\s*国别|专利号")
_PAPER_HEADER = re.compile(r"^\s*代表性论文(?:专著)?(?:目录|情况)?\s*$|论文(?:专著)?名称.{0,6}刊名")
_UNIT_SECTION = re.compile(r"完成单位情况|^\s*单位名称")
_COMPLETER_SECTION = re.compile(r"完成人情况")
_INTRO = re.compile(r"项目简介|项目介绍")
_NUMBER_CELL = re.compile(r"\s*[序号]{1,2}\s*")
_ROW_ONE = re.compile(r"^\s*1(?:\s|$)")
_LIST_ITEM_ONE = re.compile(r"^\s*1\s*[.、]")
_NOMINATOR_SEPARATORS = re.compile(r"[、，,；;]")
_SENTENCE_END = re.compile(r"[。？！?!]")
_PAGE_REF = re.compile(r"\d{1,4}\s*[-–]\s*\d{0,4}|\d+\s*[卷期页]|(?:19|20)\d{2}\s*年")


@dataclass(frozen=True, slots=True)
class Field:
    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class Expert:
    """A nominating expert, as a national award's notice lists each (`提名专家1姓名 甲 提名专家1工作单位 某大学
    提名专家1职称 教授`)."""

    name: Field
    unit: Field | None
    title: str | None


@dataclass(frozen=True, slots=True)
class Header:
    award: Field | None
    project: Field | None
    nominators: tuple[Field, ...]
    year: int | None
    experts: tuple[Expert, ...] = ()
    first_label: int | None = None  # where the form's first field label is in the document


@dataclass(frozen=True, slots=True)
class Sections:
    """Line index ranges [start, stop) of each part; empty ranges where a part is absent."""

    header: tuple[int, int]
    intro: tuple[int, int]
    papers: tuple[int, int]
    patents: tuple[int, int]
    completers: tuple[int, int]
    units: tuple[int, int]


def _first(lines: list[Line], pattern: re.Pattern[str], start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if pattern.search(lines[i].text)), None)


def find_sections(lines: list[Line]) -> Sections:
    n = len(lines)
    completers = _first(lines, _COMPLETER_SECTION)
    first_header = _first(lines, HEADER)
    if completers is None or (first_header is not None and first_header < completers):
        completers = first_header
    units = _first(lines, _UNIT_SECTION, completers or 0)
    patents = _first(lines, _PATENT_HEADER)
    while patents and _NUMBER_CELL.fullmatch(lines[patents - 1].text):
        patents -= 1  # a header cell such as 序号 wrapped onto lines of its own
    intro = _first(lines, _INTRO)
    tables = [i for i in (completers, units, patents) if i is not None]
    table_start = min(tables) if tables else n
    header_stop = intro if intro is not None else table_start
    papers = _paper_start(lines, (intro + 1) if intro is not None else header_stop, table_start)
    intro_range = (intro, papers if papers is not None else table_start) if intro is not None else (0, 0)
    after = sorted(i for i in (completers, units, patents, n) if i is not None)

    def stop_after(i: int) -> int:
        return next(j for j in after if j > i)

    return Sections(
        header=(0, header_stop),
        intro=intro_range,
        papers=(papers, stop_after(papers)) if papers is not None else (0, 0),
        patents=(patents, stop_after(patents)) if patents is not None else (0, 0),
        completers=(completers, stop_after(completers)) if completers is not None else (0, 0),
        units=(units, stop_after(units)) if units is not None else (0, 0),
    )


def _paper_start(lines: list[Line], start: int, stop: int) -> int | None:
    """A 代表性论文 header, or the first row `1 …` followed by volume/page cells, before the tables."""
    for i in range(start, stop):
        if _PAPER_HEADER.search(lines[i].text):
            return i
    for i in range(start, stop):
        if _ROW_ONE.match(lines[i].text) and not _LIST_ITEM_ONE.match(lines[i].text):
            window = " ".join(ln.text for ln in lines[i:i + 40])
            if len(_PAGE_REF.findall(window)) >= 2:
                return i
    return None


def parse_header(lines: list[Line]) -> Header:
    joined = Joined.of_lines(lines)
    labels = list(_LABEL_RE.finditer(joined.text))
    found: dict[str, list[Field]] = {}
    first_field = None
    for n, m in enumerate(labels):
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(joined.text)
        raw = joined.text[m.end():stop]
        lead = len(raw) - len(raw.lstrip("：:/"))
        value = clean_value(raw.strip("：:/"))
        if value and m.lastgroup:
            span = joined.span(m.end() + lead, m.end() + lead + len(raw.strip("：:/")))
            found.setdefault(m.lastgroup, []).append(Field(value, span))
            if first_field is None and not _SENTENCE_END.search(value):
                first_field = m  # (a label a sentence of a letter before the form names is none)
    first_label = labels[0].start() if labels else len(joined.text)
    year = year_of(joined.text[:first_label])
    nominators = tuple(  # (a sentence that names the label, `提名专家推荐意见为什么…？`, is no field)
        Field(part, f.span) for f in found.get("nominator", []) if not _SENTENCE_END.search(f.value)
        for part in _NOMINATOR_SEPARATORS.split(f.value) if part
    )
    return Header(
        award=next(iter(found.get("award", [])), None),
        project=next(iter(found.get("project", [])), None),
        nominators=nominators,
        year=year,
        experts=_experts(joined),
        first_label=joined.span(first_field.start(), first_field.end()).start if first_field else None,
    )


_EXPERT_FIELD = re.compile(r"(?:提名|推荐)专家\s*(?P<n>\d{0,2})\s*(?P<field>姓名|工作单位|职称)\s*[：:]?\s*"
                           r"(?P<value>[^\s：:，。；]{2,40}?)\s*(?=(?:提名|推荐)专家|$|\n)")


def _experts(joined: Joined) -> tuple[Expert, ...]:
    """The nominating experts the header's fields name, each by its number."""
    fields: dict[str, dict[str, Field]] = {}
    for m in _EXPERT_FIELD.finditer(joined.text):
        value = m.group("value")
        fields.setdefault(m.group("n"), {}).setdefault(m.group("field"), Field(value, joined.span(*m.span("value"))))
    out = []
    for one in fields.values():
        name = one.get("姓名")
        if name is not None and is_person_name(name.value):
            title = one.get("职称")
            out.append(Expert(name, one.get("工作单位"), title.value if title else None))
    return tuple(out)
