"""The project classes of a funding guide with their budget caps, and its topic codes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.genres.guide_programme import Programme
from ingest.genres.guide_text import Line, lines_of, squeeze, to_fullwidth_brackets
from ingest.genres.literal import occurrences
from ingest.model import Span

# A topic line: a guide code, then its title. The code must not be a year, a count or a phone.
# A short call may number its topic lines as items first (`（一）A01 …`).
# (a code of letters and a number may have a colon after it, in a list's item or not: `- R1：…`, `D12: …`)
_TOPIC_LINE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]\s*)?"
                         r"(?:(?P<code>[A-Z]{0,3}\d{2,6})[ \t]*|(?:[-*+•][ \t]*)?(?P<item>[A-Z]{1,3}\d{1,4})[ \t]*[:：.．、][ \t]*)"
                         r"(?=[^\s\d年月日号.．、%\-:：~～])(?P<title>\S.*?)\s*$")
# Headings that introduce the topic list rather than name a project class.
_NOT_CLASS = re.compile(r"指南|方向|内容|要求|事项|附件|联系|重点$")
_MEASURE_START = tuple("例项个万年人篇种套台次家所元倍岁天月级")
_HEADING = re.compile(r"^\s*(?P<num>[一二三四五六七八九十]+)[、.．]\s*(?P<title>\S.{1,40}?)\s*$")
_HEADING_ANYWHERE = re.compile(_HEADING.pattern, re.M)
# Where a guide's own body starts after the notice that issues it: an attachment marker alone on its line
# (`附件1`), or the guide's title line (the programme's title, or a title opening with the year, then 指南).
# A notice heading's block ends there.
_ATTACHMENT_MARK = re.compile(r"^\s*附\s*件\s*\d{0,2}\s*[:：]?\s*$")
_TITLE_LINE = re.compile(r"^\s*(?P<title>[^\s一二三四五六七八九十（(\-•·][^，。；：:,;、]{3,78}指南)\s*$")
_YEAR_START = re.compile(r"(?:19|20)\d{2}年")
_CAP = re.compile(
    r"(?:支持强度|资助强度|资助额度|资助金额|支持经费|资助经费|财政经费|经费支持|(?:每项|单项)(?:资助|支持|补助))[^。；\n]{0,24}?"
    r"(?:原则上)?(?:不超过|不高于|最高|上限为?|为)\s*(?P<n>\d+(?:\.\d+)?)\s*万元"
)
_CLASS_WINDOW = 400


@dataclass(frozen=True, slots=True)
class Topic:
    code: str
    title: str
    span: Span
    line_end: int


@dataclass(slots=True)
class ProjectClass:
    title: str
    spans: list[Span] = field(default_factory=list)
    code: str | None = None  # when the class is itself a single coded topic
    budget_cap_wan: float | None = None
    cap_spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Structure:
    programme: Programme | None
    classes: list[ProjectClass]
    topics: list[Topic]
    topic_class: dict[str, str]  # topic code -> class title
    topic_caps: dict[str, float]  # topic code -> cap in 万元, when a topic states its own


def find_topics(text: str) -> list[Topic]:
    candidates: list[Topic] = []
    for line in lines_of(text):
        m = _TOPIC_LINE.match(line.text)
        if not m or " | " in line.text:
            continue  # (a table's row, `10 | 某学院 | …`: the table's reading)
        title = squeeze(m.group("title"))
        if len(title) < 4 or title.startswith(_MEASURE_START) or re.search(r"[，。；：:,;]", title):
            continue
        group = "code" if m.group("code") else "item"
        candidates.append(Topic(m.group(group), title, Span(line.start + m.start(group), line.start + m.end("title")),
                                line.end))
    return _dominant_code_family(candidates) or _numbered_topics(text)


# A list of topics with no codes but their numbers, under a line that announces them (`选题指南如下。` /
# `1. 黄河流域生态保护和高质量发展` / `2. 中部地区崛起` …): three items at least, numbered from 1 in order.
_ANNOUNCED = re.compile(r"(?:选题指南|指南方向|选题方向|研究方向|支持方向|重点方向|申报方向|研究领域|选题范围|参考选题)(?:如下|包括)?\s*[。:：]?\s*$")
_NUMBERED_ITEM = re.compile(r"^\s*(?P<code>\d{1,2})\s*[.．、]\s*(?P<title>[^，。；：:,;\s][^，。；：:,;]{2,38}?)\s*$")
_LEAST_TOPICS = 3


def _numbered_topics(text: str) -> list[Topic]:
    lines = lines_of(text)
    for i, line in enumerate(lines):
        if not _ANNOUNCED.search(line.text):
            continue
        out: list[Topic] = []
        for below in lines[i + 1:]:
            if not below.stripped:
                continue
            m = _NUMBERED_ITEM.match(below.text)
            if m is None or int(m.group("code")) != len(out) + 1:
                break
            out.append(Topic(m.group("code"), squeeze(m.group("title")),
                             Span(below.start + m.start("code"), below.start + m.end("title")), below.end))
        if len(out) >= _LEAST_TOPICS:
            return out
    return []


def _dominant_code_family(topics: list[Topic]) -> list[Topic]:
    """Keep topics whose code is shaped like most codes (same length, same number of letters)."""
    if not topics:
        return []
    family = Counter(_code_shape(t.code) for t in topics).most_common(1)[0][0]
    seen: set[str] = set()
    out: list[Topic] = []
    for t in topics:
        if _code_shape(t.code) == family and t.code not in seen:
            seen.add(t.code)
            out.append(t)
    return out


def _code_shape(code: str) -> tuple[int, int]:
    """(number of letters, length): A01 and B02 are one family, 2101 another."""
    return (sum(c.isalpha() for c in code), len(code))


def find_structure(text: str, programme: Programme | None) -> Structure:
    topics = find_topics(text)
    headings = _class_headings(lines_of(text), topics, programme)
    classes: dict[str, ProjectClass] = {}
    topic_class: dict[str, str] = {}
    for t in topics:
        title = _class_over(headings, t.span.start)
        if title is None:
            continue
        cls = classes.setdefault(title, ProjectClass(title))
        if t.title == title:
            cls.code = t.code
            cls.spans.append(t.span)
        else:
            topic_class[t.code] = title
    for title, cls in classes.items():
        cls.spans.extend(Span(at, at + len(title)) for at in occurrences(title, text))
        cls.spans[:] = sorted(set(cls.spans), key=lambda s: (s.start, s.end))
    ordered = sorted(classes.values(), key=lambda c: c.spans[0].start if c.spans else 0)
    topic_caps = _assign_caps(text, ordered, topics)
    return Structure(programme, ordered, [t for t in topics if t.code not in
                                          {c.code for c in ordered}], topic_class, topic_caps)


def _class_headings(lines: list[Line], topics: list[Topic],
                    programme: Programme | None) -> list[tuple[str, int, int]]:
    """Top-level headings (一、…) under which topic codes follow: these name the project classes.

    Each is (title, start, reach): a heading takes the topics after it up to the next class heading, but
    none past the start of the guide body (`reach`), so the issuing notice's last heading (三、联系方式)
    cannot take the guide's topics."""
    heads = [(squeeze(m.group("title")), line.start) for line in lines
             if (m := _HEADING.match(line.text)) and not re.search(r"[，。；：:]", m.group("title"))]
    body_starts = [line.start for line in lines if _starts_guide_body(line.text, programme)]
    out: list[tuple[str, int, int]] = []
    for i, (title, start) in enumerate(heads):
        reach = min((at for at in body_starts if at > start), default=10**12)
        end = min(heads[i + 1][1] if i + 1 < len(heads) else 10**12, reach)
        if not _NOT_CLASS.search(title) and any(start < t.span.start < end for t in topics):
            out.append((title, start, reach))
    return out


def _starts_guide_body(line: str, programme: Programme | None) -> bool:
    if _ATTACHMENT_MARK.match(line):
        return True
    m = _TITLE_LINE.match(line)
    if not m:
        return False
    title = to_fullwidth_brackets(squeeze(m.group("title")))
    return bool(_YEAR_START.match(title)) or (programme is not None and title.startswith(programme.name))


def _class_over(headings: list[tuple[str, int, int]], pos: int) -> str | None:
    """The last class heading before `pos`, unless the guide body starts between them."""
    found = None
    for title, start, reach in headings:
        if start < pos:
            found = title if pos < reach else None
    return found


def _assign_caps(text: str, classes: list[ProjectClass], topics: list[Topic]) -> dict[str, float]:
    """A cap inside a topic's block belongs to the topic; else to the class last named before it."""
    topic_caps: dict[str, float] = {}
    starts = sorted(t.span.start for t in topics)
    previous_cap = 0
    for m in _CAP.finditer(text):
        value = float(m.group("n"))
        topic = _topic_block(topics, starts, m.start(), text)
        if topic is not None:
            topic_caps[topic.code] = value
            previous_cap = m.end()
            continue
        cls = _class_named_before(text, classes, m.start(), max(previous_cap, m.start() - _CLASS_WINDOW))
        if cls is not None and cls.budget_cap_wan is None:
            cls.budget_cap_wan = value
            cls.cap_spans.append(Span(m.start(), m.end()))
        previous_cap = m.end()
    return topic_caps


def _topic_block(topics: list[Topic], starts: list[int], pos: int, text: str) -> Topic | None:
    before = [t for t in topics if t.span.start < pos]
    if not before:
        return None
    topic = before[-1]
    following = [s for s in starts if s > topic.span.start]
    block_end = following[0] if following else len(text)
    # A topic block ends at the next topic or at a heading; caps far below belong to no topic.
    heading = _HEADING_ANYWHERE.search(text, topic.line_end, block_end)
    if heading:
        block_end = topic.line_end
    return topic if pos < block_end else None


def _class_named_before(text: str, classes: list[ProjectClass], pos: int, floor: int) -> ProjectClass | None:
    best: tuple[int, ProjectClass] | None = None
    for cls in classes:
        at = text.rfind(cls.title, floor, pos)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, cls)
    return best[1] if best else None
