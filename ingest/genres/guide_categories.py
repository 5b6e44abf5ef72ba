"""The categories of a programme a call enumerates in a sentence, and the sub-kinds of a category.

`某某基金设面上资助、特别资助和优秀学术专著出版资助` (`某省科学技术奖设自然科学奖、技术发明奖`) names three categories of the fund: each a programme
PART_OF it; `特别资助分为特别资助(站前)和特别资助(站中)` names the sub-kinds of a category: each PART_OF
that category. The subject of the sentence must be the programme (or its standing name) or a category
already named; a sentence of eligibility (`负责人符合面上项目申请条件`) enumerates nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.guide_parts import LEADING_YEAR
from ingest.model import Span

_ENUMERATION = re.compile(
    r"(?P<subject>[^\s，。；：:,;、“”《》]{2,40}?)(?:共|下)?(?:设立|设置|设有|设|分为|分设|包括|包含)了?[：:]?"
    r"(?P<list>[^。；;\n]{4,200})")
# a heading that says what kinds of the programme the call takes, its list on the line or the line below it
_UNDER_HEADING = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?[ \t\u3000]*"
                            r"(?:推荐|申报|提名|评审)?(?:奖种|奖项类别|资助类别|项目类别|类型|类别|项目类型|资助类型)"
                            r"[ \t\u3000]*[：:]?[ \t\u3000]*\n?"
                            r"[ \t\u3000]*(?P<list>[^\n。]{4,300})")
_SEPARATOR = re.compile(r"\s*(?:、|，|,|以及|及|和|与|或)\s*")
_CATEGORY = re.compile(r"^(?![一二三四五六七八特]等奖$)(?:[\u4e00-\u9fffA-Za-z]|[（(][\u4e00-\u9fff]{1,6}[）)]){2,30}?"
                       r"(?:资助|项目|课题|基金|计划|专项|类|奖)(?:[（(][^（）()]{1,10}[）)])?$")  # (重点国际(地区)合作研究项目)
# a count of the kinds before their list (`分为两大类：甲和乙`), and 部分 before a kind (some of its projects)
_COUNT_BEFORE = re.compile(r"^\s*(?:[一二三四五六七八九十两\d]+\s*(?:个|种|类|项|大类))\s*[：:]?\s*")
_SOME_OF = "部分"
_INNER_JOINS = ("及", "和", "与")
_ITEM_NUMBER = re.compile(r"^\d{1,2}\s*[.、．]\s*")
_COUNT_AFTER = re.compile(r"(?:等)?\s*(?:[一二三四五六七八九十两\d]+\s*(?:个|种|类|项|大类))?\s*(?:类别|类型|资助类别|资助方式)?\s*$")
# a subject that stands for the programme the call is for (`本基金设…`, `资助类别包括…`)
_THIS_PROGRAMME = re.compile(r"^(?:本次|本|该|今年|本年度)?(?:年度)?(?:基金|计划|专项|项目|课题)?(?:资助|项目|立项)?(?:类别|类型|方式)?$"
                            r"|^[\u4e00-\u9fff]{0,12}?的(?:项目|资助)(?:类型|类别)$")  # 集中接收申请的项目类型
# what a subject names of the programme after its name: 某计划项目安排 (分为…), 某计划项目 (包括…)
_ABOUT_PROGRAMME = re.compile(r"^(?:本次|本年度|今年|本)?(?P<name>[^\s]{2,40}?)(?:项目)?(?:安排|类型|类别)?$")
_BRACKET = re.compile(r"[（(]([^（）()]{1,10})[）)]$")
# kinds named in quotes, whatever their endings (`分为“某某论坛”“某某沙龙”等2个类型`): quotes mark the names
_QUOTED = re.compile(r"“(?P<name>[^“”，。；：,;:\s]{2,30})”\s*(?:、|，|,|和|及|与|以及)?\s*")
# the cap a kind named in quotes is given where the text names it again (`（一）“某某沙龙”，资助标准2万元/个`)
_QUOTED_CAP = r"”[^。；;\n]{0,16}?(?P<n>\d+(?:\.\d+)?)\s*万元"


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    parent: str
    span: Span
    budget_cap_wan: float | None = None


def find_categories(text: str, programmes: tuple[str, ...]) -> list[Category]:
    """The categories the text enumerates, each with the programme or category it is part of.
    `programmes`: the programme the call is for first, then the other names it goes by."""
    if not programmes:
        return []
    found: list[Category] = []
    headed = list(_UNDER_HEADING.finditer(text))  # 一、推荐奖种\n甲奖、乙奖、丙奖。: the programme's kinds
    for m in sorted([*_ENUMERATION.finditer(text), *headed], key=lambda m: m.start()):
        parent = programmes[0] if m in headed else _parent(  # (1.2019年度…: the item's number, the year)
            LEADING_YEAR.sub("", _ITEM_NUMBER.sub("", m.group("subject"))), programmes, found)
        if parent is None:
            continue
        if m in headed:
            found += _headed_list(m, parent)
            continue
        before = _COUNT_BEFORE.match(m.group("list"))
        skip = before.end() if before else 0
        if m.group("list").startswith("“", skip):
            found += _quoted_list(text, m.start("list") + skip, parent)
            continue
        body = _COUNT_AFTER.sub("", m.group("list")[skip:]).rstrip("。.；;")
        items: list[tuple[str, int]] = []
        pos, clause = 0, False
        for cut in [*_SEPARATOR.finditer(body), None]:
            stop = cut.start() if cut else len(body)
            item = _COUNT_AFTER.sub("", body[pos:stop]).strip()  # 甲课题和乙课题四类，…: the count no part of it
            if clause and not _CATEGORY.match(item):
                break  # 设甲奖和乙奖，|每年评审一次: the list ended with its clause
            if cut is not None and cut.group().strip() in _INNER_JOINS and not _CATEGORY.match(item):
                continue  # 海外|及|港澳学者合作研究基金项目: a conjunction inside a kind's name, no separator
            lead = len(body[pos:stop]) - len(body[pos:stop].lstrip())
            some = len(_SOME_OF) if item.startswith(_SOME_OF) and len(item) > len(_SOME_OF) + 2 else 0
            items.append((item[some:], m.start("list") + skip + pos + lead + some))
            pos = cut.end() if cut else pos
            clause = cut is not None and cut.group().strip() in ("，", ",")
        if len(items) < 2 or not all(_CATEGORY.match(item) for item, _ in items):
            continue
        for item, at in items:
            if item != parent:
                found.append(Category(item, parent, Span(at, at + len(item))))
    return found


def _quoted_list(text: str, at: int, parent: str) -> list[Category]:
    """The kinds a list names in quotes from `at` on, each with the cap the text gives it after its quoted name."""
    out: list[Category] = []
    m = _QUOTED.match(text, at)
    while m is not None:
        name = m.group("name")
        cap = re.compile("“" + re.escape(name) + _QUOTED_CAP).search(text, m.end())
        out.append(Category(name, parent, Span(m.start("name"), m.end("name")),
                            float(cap.group("n")) if cap else None))
        m = _QUOTED.match(text, m.end())
    return out if len(out) >= 2 else []


_GROUP = re.compile(r"[^；;]+")
_GROUP_HEAD = re.compile(r"(?P<head>[^：:、，,]{2,24})[：:]\s*")


def _headed_list(m: re.Match[str], programme: str) -> list[Category]:
    """The kinds a heading's list names, in groups parted by semicolons; a group's head before a colon is a kind
    whose own kinds follow it (`重点项目：创新团队项目、重点支撑项目；面上项目；青年人才项目`)."""
    out: list[Category] = []
    for group in _GROUP.finditer(m.group("list").rstrip("。.；; \t")):
        at = m.start("list") + group.start()
        parent, body = programme, group.group()
        head = _GROUP_HEAD.match(body)
        if head is not None and _CATEGORY.match(head.group("head").strip()):
            name = head.group("head").strip()
            start = at + head.start("head") + (len(head.group("head")) - len(head.group("head").lstrip()))
            out.append(Category(name, programme, Span(start, start + len(name))))
            parent, at, body = name, at + head.end(), body[head.end():]
        pos = 0
        for cut in [*_SEPARATOR.finditer(body), None]:
            stop = cut.start() if cut else len(body)
            item = body[pos:stop].strip()
            if not _CATEGORY.match(item):
                return out if len(out) >= 2 else []  # a sentence, not the list of kinds
            start = at + pos + (len(body[pos:stop]) - len(body[pos:stop].lstrip()))
            out.append(Category(item, parent, Span(start, start + len(item))))
            pos = cut.end() if cut else pos
    return out if len(out) >= 2 else []


def _parent(subject: str, programmes: tuple[str, ...], found: list[Category]) -> str | None:
    """The programme or category a sentence's subject names, if it names one."""
    about = _ABOUT_PROGRAMME.match(subject)
    for name in programmes:
        bare = LEADING_YEAR.sub("", name)
        if subject in (name, bare) or (len(subject) >= 4 and bare.endswith(subject)) \
                or about is not None and (about.group("name") in (name, bare)  # 本年度某计划项目安排
                                          or about.group("name") + "项目" in (name, bare)):  # 某某项目类型
            return programmes[0]
    if _THIS_PROGRAMME.match(subject) and subject not in ("项目", "资助"):
        return programmes[0]
    return next((c.name for c in found if c.name == subject), None)


def sub_kinds(categories: list[Category]) -> list[Category]:
    """Categories written as another's sub-kind (`特别资助(站前)` of `特别资助`) go under it."""
    names = {c.name for c in categories}
    out = []
    for c in categories:
        bracket = _BRACKET.search(c.name)
        head = c.name[:bracket.start()] if bracket else None
        out.append(Category(c.name, head, c.span, c.budget_cap_wan) if head in names and head != c.parent else c)
    return out
