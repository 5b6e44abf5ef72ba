"""Project classes and funding areas a short call lists as items, without topic codes.

A short call lists its classes as items (`（一）社会发展科技计划A类项目`, `1. 重点项目：…`) and may give a
cap per class anywhere (`重点项目 2万元，一般项目 1万元`); it may list the areas it funds as items too
(`（一）先进制造领域、生物医药领域`), several to an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.guide_text import lines_of
from ingest.genres.guide_topics import ProjectClass
from ingest.genres.literal import occurrences
from ingest.model import Span

_ITEM = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}、)\s*"
    r"(?P<title>[^，。；：:,;\s]{2,80}?)\s*(?:[：:，,。]\s*(?P<rest>.*?))?\s*$"
)
# How a class of projects is named: by a letter or number class, or by its weight.
_CLASS_TAIL = re.compile(
    r"(?:[A-Z甲乙丙丁一二三四]类(?:项目)?|[（(][A-Z甲乙丙丁一二三四]类(?:项目)?[）)]"  # (the class in brackets: 某活动（A类）)
    r"|(?:重点|一般|青年|面上|重大|培育|自筹|指令性|指导性|自由探索)(?:类)?项目)$"
)
_CAPPED_CLASS = re.compile(r"(?P<name>(?:[A-Z甲乙丙丁]类|(?:重点|一般|青年|面上|重大|培育)(?:类)?)项目)[^。；;，,]{0,12}?"
                           r"(?P<n>\d+(?:\.\d+)?)\s*万元")
_CLASS_HEADING = re.compile(r"(?:申报|项目|资助|支持|计划)(?:类别|类型)|(?:类别|类型)$")
_CAP_AFTER = r"[^。；;\n]{0,16}?(?P<n>\d+(?:\.\d+)?)\s*万元"
_AREA_END = ("领域", "方向", "专题")
_GENERIC_AREA = re.compile(r"^(?:支持|重点|研究|申报|资助|主要|指南|优先|征集)(?:领域|方向|专题)$")
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")
# a clause's words: `高创新性且有机会引领该领域研发方向` is a criterion, no area's name
_CLAUSE = re.compile(r"[且并该其]|有机会|能够|可以|引领|鼓励|符合")
_TOPIC_HEADING = re.compile(r"(?:支持|资助|申报|重点|研究|征集)(?:方向|领域|重点|内容|范围|专题)|指南$")
_TOPIC_TITLE_MAX = 24
# `申报范围及要求`, `申报条件`: a heading of what applicants must meet, not of what is funded
_REQUIREMENTS = re.compile(r"要求|条件|资格")
# an item that states a condition (`基本条件`, `所在单位为非企业主体的`, `截至2026年1月1日`), no topic
_CONDITION = re.compile(r"(?:条件|要求|资格|的|以后|以前|之前|之后)$|^(?:截至|截止)")
_ITEM_CAP = re.compile(r"(?:资助|支持|补助|经费)[^。；;]{0,10}?(?P<n>\d+(?:\.\d+)?)\s*万元")


@dataclass(frozen=True, slots=True)
class Area:
    """A funding area a call lists (`现代农业领域`)."""

    title: str
    span: Span
    budget_cap_wan: float | None = None


def find_item_classes(text: str) -> list[ProjectClass]:
    """Classes listed as items, each with the cap the call gives it, in the order listed."""
    classes: dict[str, ProjectClass] = {}
    under_heading = False
    for line in lines_of(text):
        m = _ITEM.match(line.text)
        if not m:
            continue
        title = m.group("title")
        if _TOP_HEADING.match(line.text):
            under_heading = bool(_CLASS_HEADING.search(title))
            if not _CLASS_TAIL.search(title):
                continue
        if _CLASS_TAIL.search(title) or (under_heading and title.endswith("项目")):
            span = Span(line.start + m.start("title"), line.start + m.end("title"))
            classes.setdefault(title, ProjectClass(title)).spans.append(span)
    out = list(classes.values())
    for cls in out:
        _cap_of(text, cls, out)
    return out


def capped_classes(text: str) -> list[ProjectClass]:
    """Classes a call names only in a sentence with their caps (`重点项目每项支持不超过50万元，一般项目…`),
    each with the first cap the call gives it."""
    classes: dict[str, ProjectClass] = {}
    for m in _CAPPED_CLASS.finditer(text):
        cls = classes.setdefault(m.group("name"), ProjectClass(m.group("name")))
        cls.spans.append(Span(m.start("name"), m.end("name")))
        if cls.budget_cap_wan is None:
            cls.budget_cap_wan = float(m.group("n"))
            cls.cap_spans.append(Span(m.start(), m.end()))
    return list(classes.values())


def capped_class_names(text: str) -> list[str]:
    """Classes a call names only in a sentence with their caps (`A类项目每项资助不超过50万元`): the rules
    of such a sentence bind them, though the call lists no class to make a project of."""
    return list(dict.fromkeys(m.group("name") for m in _CAPPED_CLASS.finditer(text)))


def _cap_of(text: str, cls: ProjectClass, classes: list[ProjectClass]) -> None:
    """The first amount in 万元 written right after the class's name or its tail (`A类项目`, `重点项目`)."""
    others = [c.title for c in classes if c is not cls]
    for name in _names(cls.title):
        for at in occurrences(name, text):
            if any(o.endswith(name) and len(o) > len(name) and text.startswith(o, at - len(o) + len(name)) for o in others):
                continue  # 青年科学基金项目 inside 杰出青年科学基金项目: the other class's name, not this one's
            m = re.compile(_CAP_AFTER).match(text, at + len(name))
            if m is None or any(o in m.group() or _tail(o) in m.group() for o in others):
                continue
            cls.budget_cap_wan = float(m.group("n"))
            cls.cap_spans.append(Span(at, m.end()))
            return


def _names(title: str) -> list[str]:
    tail = _tail(title)
    return list(dict.fromkeys(n for n in (title, tail, tail.removesuffix("项目")) if len(n) >= 2))


def _tail(title: str) -> str:
    m = _CLASS_TAIL.search(title)
    return m.group() if m else title


_ATTACHMENTS = re.compile(r"\s*附\s*件\s*[：:]\s*$")


def find_areas(text: str) -> list[Area]:
    """Areas and topics listed as items: each piece of an item ending in 领域/方向/专题 (a piece that does not
    end so belongs with the next: `孵化器、众创空间建设领域` is one area), and each short item under
    a heading that lists what is funded (`一、支持方向`), with the cap its item gives."""
    out: list[Area] = []
    under = False
    for line in lines_of(text):
        if _ATTACHMENTS.match(line.text):
            break  # the items after `附件：` are the files attached, not what is funded
        m = _ITEM.match(line.text)
        if not m:
            continue
        title, rest = m.group("title"), m.group("rest") or ""
        start = line.start + m.start("title")
        if _TOP_HEADING.match(line.text):
            under = bool(_TOPIC_HEADING.search(title)) and not rest and not _REQUIREMENTS.search(title)
            if under:
                continue
        if title.endswith(_AREA_END) and not rest:
            out += _pieces(title, start)
        elif under and len(title) <= _TOPIC_TITLE_MAX and not _CLASS_TAIL.search(title) and not _GENERIC_AREA.match(title) \
                and not _CONDITION.search(title):
            cap = _ITEM_CAP.search(rest)
            out.append(Area(title, Span(start, start + len(title)), float(cap.group("n")) if cap else None))
    return out


def _pieces(title: str, start: int) -> list[Area]:
    out = []
    piece_start = 0
    for sep in [*(i for i, c in enumerate(title) if c == "、"), len(title)]:
        piece = title[piece_start:sep]
        if sep < len(title) and not piece.endswith(_AREA_END):
            continue
        if len(piece) >= 4 and not _GENERIC_AREA.match(piece) and not _CLAUSE.search(piece):
            out.append(Area(piece, Span(start + piece_start, start + sep)))
        piece_start = sep + 1
    return out
