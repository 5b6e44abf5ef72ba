"""Government bodies in a funding guide: province, issuing agencies, offices, named agencies.

Guides write agencies in three ways: the full name with the province (`<省>科学技术厅`)
in the letterhead and signature, and short forms in the body (`省科技厅`, or the province
without its 省: `<省名>卫健委`). All are resolved to one canonical name: province + the
official (expanded) agency name, with the short form kept as an alias. Only generic
knowledge is used: province names and the usual abbreviations of agency names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from ingest.genres.guide_text import Line, lines_of, squeeze
from ingest.model import Span
from ingest.org_names import abbreviations, province_stem, provinces

_SUFFIX = r"(?:委员会|办公室|厅|委|局|研究院|院|中心|处)"
# what makes the ending part of a longer unit's name (某市中心|医院, 某县中心|小学): no agency ends there, nor in 医院 or
# 学院 (a hospital, a school)
_LONGER_UNIT = r"医院|卫生院|小学|中学|学校|大学|学院|公司|集团|银行"
# Words that follow 省 without making an agency name (省级, 省属, 省内 ...).
_NOT_AGENCY_START = ("级", "属", "内", "外", "域", "份", "市", "委", "政府", "有关", "直", "部")
_BODY = r"[\u4e00-\u9fff]{1,14}?"
# After the province written without its mark (江西卫健委), only a government body's ending
# makes an agency: 江西医科大学附属医院 is a hospital, not 江西省's 医科大学附属医院.
_STEM_BODY = r"[\u4e00-\u9fff]{1,10}?(?:委员会|厅|委|局)"
# Nor does prose that happens to end in 局/厅/委 (湖南已精准布局).
_NOT_STEM_AGENCY = re.compile(r"大学|学院|医院|公司|集团|研究|学会|协会|中心|银行|^[各全本该有相]|[已将在对为了是把被从向及等]"
                              r"|(?:布|格|大|全|结|开|变|当|棋)局$|(?:大|餐|展|客)厅$")
# words of a clause, never of an agency's name (山东省软科学研究计划将围绕|省委: a sentence, then another body)
_CLAUSE_WORDS = re.compile(r"[将是把被]|围绕|根据|按照|通过|关于")
_NOT_AFTER = "我全本各该外两跨"  # 全省, 本省, 各省 ... say which province, not an agency's name
_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:处|办公室))(?=[\s，,、（(：:]|$)")
_NOT_OFFICE = re.compile(r"[的将在为]|对(?!外)")  # 对外合作处 is an office
_HEADER_STOP = re.compile(r"文件|〔\d{4}〕|关于|通知")


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str  # canonical: province + official name
    surface: str  # as written
    span: Span
    parent: str | None = None
    kind: str | None = None  # when the place it is named in says more than its ending (an office of a school)


@dataclass(slots=True)
class OrgBook:
    """Everything known about the organizations of one guide, keyed by canonical name."""

    mentions: list[OrgMention] = field(default_factory=list)

    def add(self, mention: OrgMention) -> None:
        self.mentions.append(mention)

    def names(self) -> list[str]:
        return list(dict.fromkeys(m.name for m in self.mentions))

    def aliases(self, name: str) -> tuple[str, ...]:
        seen = dict.fromkeys(squeeze(m.surface) for m in self.mentions if m.name == name)
        return tuple(s for s in seen if s != name)

    def spans(self, name: str) -> tuple[Span, ...]:
        return tuple(sorted({m.span for m in self.mentions if m.name == name}, key=lambda s: s.start))

    def parent(self, name: str) -> str | None:
        return next((m.parent for m in self.mentions if m.name == name and m.parent), None)

    def kind(self, name: str) -> str | None:
        return next((m.kind for m in self.mentions if m.name == name and m.kind), None)


def office_kind(parent_kind: str | None, school: bool) -> str:
    """An office is a government body when its agency is one; a school's or a company's office is not.
    Without a known parent, a school's call (学校, 各学院) speaks of the school's offices."""
    if parent_kind is None:
        return "other" if school else "government"
    return "government" if parent_kind == "government" else "other"


def find_province(text: str) -> str | None:
    """The province the guide belongs to: the one its letterhead names, else the one named most."""
    head = "\n".join(line.text for line in _header_lines(text))
    for province in provinces():
        if province in head:
            return province
    counts = Counter({p: text.count(p) for p in provinces()})
    best, n = counts.most_common(1)[0]
    return best if n else None


def expand(short: str) -> str:
    """Official form of an agency name written short (科技厅 -> 科学技术厅)."""
    for abbr, full in abbreviations():  # longest first
        if short.endswith(abbr) and not short.endswith(full):
            return short[: -len(abbr)] + full
    return short


def contractions(name: str) -> list[str]:
    """The usual short forms of an agency name written in full (科学技术局 -> 科技局), if any."""
    out = []
    for short, full in abbreviations():
        if name.endswith(full) and len(full) > len(short):
            out.append(name[: -len(full)] + short)
    return list(dict.fromkeys(out))


class AgencyResolver:
    """Finds agency names written with the province, with its short prefix (省, 市, 自治区), or with
    the province's name without its mark (安徽卫健委 for 安徽省卫生健康委员会)."""

    def __init__(self, province: str | None) -> None:
        self.province = province
        # a guide that names no province (a city relaying its province's call) writes the province's agencies as 省某厅
        self._pattern = _agency_pattern(province) if province is not None else _UNNAMED_PROVINCE_AGENCY
        self._stem_pattern = _stem_agency_pattern(province) if province is not None else None

    def find(self, text: str, offset: int = 0) -> list[OrgMention]:
        """Agency mentions in `text` (offsets shifted by `offset`), with an office that follows."""
        found = [m for m in self._pattern.finditer(text)
                 if not (m.group("body").startswith(_NOT_AGENCY_START) or "的" in m.group("body")
                         or _CLAUSE_WORDS.search(m.group("body")))]
        found += [m for m in (self._stem_pattern.finditer(text) if self._stem_pattern is not None else ())
                  if not (_NOT_STEM_AGENCY.search(m.group("body")) or "的" in m.group("body"))
                  and not any(f.start() < m.end() and m.start() < f.end() for f in found)]
        out: list[OrgMention] = []
        for m in sorted(found, key=lambda m: m.start()):
            agency = self._canonical(m.group("body"))
            out.append(OrgMention(agency, m.group(), Span(offset + m.start(), offset + m.end())))
            office = _OFFICE.match(text, m.end())
            if office and not _NOT_OFFICE.search(office.group(1)):
                out.append(OrgMention(
                    agency + office.group(1), m.group() + office.group(1),
                    Span(offset + m.start(), offset + office.end()), parent=agency,
                ))
        return out

    def _canonical(self, body: str) -> str:
        """Province + the official name; 省 + the name as written where the guide names no province."""
        return self.province + expand(body) if self.province is not None else "省" + body


_UNNAMED_PROVINCE_AGENCY = re.compile(rf"(?<![{_NOT_AFTER}])(?P<prefix>省)(?P<body>{_BODY}(?:厅|委员会|委|局))")


@cache
def _agency_pattern(province: str) -> re.Pattern[str]:
    if province.endswith("特别行政区"):  # no short form: a bare 区 is any district's
        prefix = re.escape(province)
    else:
        short = "自治区" if province.endswith("自治区") else province[-1]
        prefix = rf"(?:{re.escape(province)}|(?<![{_NOT_AFTER}]){re.escape(short)})"
    return re.compile(rf"(?P<prefix>{prefix})(?P<body>{_BODY}{_SUFFIX})(?<!医院)(?<!学院)(?!{_LONGER_UNIT})")


@cache
def _stem_agency_pattern(province: str) -> re.Pattern[str]:
    """`<province without 省>` + an agency (安徽卫健委); never the stem of the full name (安徽省...)."""
    stem = re.escape(province_stem(province))
    return re.compile(rf"(?<![{_NOT_AFTER}])(?P<prefix>{stem})(?![省市]|自治区)(?P<body>{_STEM_BODY})")


def find_agencies(text: str, resolver: AgencyResolver) -> OrgBook:
    book = OrgBook()
    for line in lines_of(text):
        for mention in resolver.find(line.text, line.start):
            book.add(mention)
    return book


def issuing_bodies(text: str, resolver: AgencyResolver) -> list[OrgMention]:
    """The agencies of the letterhead; failing that, those of the signature above the date."""
    found = [m for line in _header_lines(text) for m in _whole_line_orgs(line, resolver)]
    return found or _signature_orgs(text, resolver)


def _header_lines(text: str) -> list[Line]:
    out: list[Line] = []
    for line in lines_of(text)[:15]:
        if _HEADER_STOP.search(line.text):
            break
        if line.stripped:
            out.append(line)
    return out


def _whole_line_orgs(line: Line, resolver: AgencyResolver) -> list[OrgMention]:
    """Agencies of a line made only of agency names (a letterhead or signature line)."""
    mentions = [m for m in resolver.find(line.text, line.start) if m.parent is None]
    covered = sum(m.span.end - m.span.start for m in mentions)
    return mentions if mentions and covered >= len(squeeze(line.text)) else []


def _signature_orgs(text: str, resolver: AgencyResolver) -> list[OrgMention]:
    lines = lines_of(text)
    for i, line in enumerate(lines):
        if not re.fullmatch(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*", line.text):
            continue
        block: list[OrgMention] = []
        for above in reversed(lines[max(0, i - 8):i]):
            if not above.stripped:
                continue
            orgs = _whole_line_orgs(above, resolver)
            if not orgs:
                break
            block = orgs + block
        if block:
            return block
    return []
