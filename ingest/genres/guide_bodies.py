"""Bodies a call names besides the province's agencies: its issuer however written, the issuer's offices,
offices named by what they do, and the bodies of its 抄送/报送 lists.

- The issuer is named in full once (signature, letterhead) and short elsewhere: without its city
  (`云溪区X局` of `青枫市云溪区X局`), with its own level only (`区X局`), or as `我局`/`本校`. A call whose
  header names no issuer is resolved from `我局` to the one body of that ending the text names at the
  start of a clause (`二、市科技局受理分工`).
- Offices follow their agency (`X局社会发展科`), or stand alone where a call says who handles what
  (`由社发科负责受理`, `报送至科研处`, `科研处组织论证`): then they are offices of the issuer.
- 抄送/报送 lists name one body per item, and the printing line one body; `市X委科教处` is an office of
  `市X委`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.genres.guide_header import NATIONAL, Header, is_body_name
from ingest.genres.guide_orgs import AgencyResolver, OrgMention, contractions, office_kind
from ingest.genres.guide_text import lines_of, squeeze
from ingest.genres.literal import occurrences
from ingest.model import Span
from ingest.nlp.orgs import someone_s_place
from ingest.org_names import org_kind, second_body_at

_LEVEL = "省市区县州盟旗镇乡"
_LEVEL_CUT = re.compile(rf"[{_LEVEL}]|自治区|地区")
_SELF = re.compile(r"(?:我|本)(局|厅|委|校|院|处|办|所|中心)(?!级|属|内|外)")
_SELF_KINDS = {"校": ("university",), "院": ("university", "research_institute", "hospital")}
# A level-prefixed body at the start of a clause (`二、市科技局项目…`, `关于转发区科技厅《…》`): a candidate for `我局`.
_CLAUSE_BODY = re.compile(rf"(?:^|(?<=[、，,。；;：:\s]))(?:关于)?(?:转发|印发)?(?P<name>[\u4e00-\u9fff]{{0,8}}?[{_LEVEL}][\u4e00-\u9fff]{{1,10}}?"
                          r"(?:委员会|局|厅|委))")
_NOT_CLAUSE_BODY = re.compile(r"^[请各本该将由为对在向经按据现]|的")
# `市X局` at the start of a clause or after a word that introduces an actor: an agency of the issuer's place.
_LEVEL_AGENCY = re.compile(r"(?:^|(?<=[、，,。；;：:\s（(由向经报至与和及]))(?P<name>[省市区县][\u4e00-\u9fff]{1,6}?(?:委员会|局|厅|委))",
                           re.M)
_NOT_LEVEL_AGENCY = re.compile(r"^[省市区县](?:级|属|内|外|直|场|委|域)|[在将为对与和及]")
_OFFICE_PART = r"[\u4e00-\u9fff]{1,10}?(?:办公室|处|科|室)"
_OFFICE_AFTER = re.compile(rf"(?P<office>{_OFFICE_PART})(?=[\s，,、；;。（(：:）)]|$)")
# Offices named by what they do: who handles the work, where papers go, who acts.
_ROLE_OFFICES = (
    re.compile(rf"由(?P<office>{_OFFICE_PART})(?:负责|统一|牵头|受理|办理|组织|审核|汇总)"),
    re.compile(rf"(?:报送至|报送到|送交|送至|提交至|提交到|交至|交到|反馈至|报至)(?P<office>{_OFFICE_PART})"
               r"(?=[\s，,、；;。（(：:]|$)"),
    re.compile(rf"向(?P<office>{_OFFICE_PART})(?:提交|报送|申请|咨询|反馈|报备)"),
    re.compile(rf"(?:^|(?<=[。；;，,：:\n]))(?P<office>{_OFFICE_PART})(?:邀请|组织|负责|转发|对|反馈|统一|审核|受理|汇总|会同|牵头)"),
)
_NOT_OFFICE = re.compile(r"^(?:[各本该此其我每由并向至经请将报送交及和与再]|相关|有关|所在|上述|以上)|的|[将在为或等]|对(?!外)|(?:科室|处室|学科|专科|本科"
                         r"|外科|内科|教室|实验室|之处|到处|好处|用处|出处)$")
_LIST_LINE = re.compile(r"^\s*(?P<label>抄送|报送|主送|抄报|分送)\s*[：:]\s*(?P<items>.+?)\s*$")
_LIST_SPLIT = re.compile(r"[，,、；;]")
# `市X委科教处`, `国家X委科教司`: an office or a department written after its agency.
_AGENCY_OFFICE = re.compile(r"^(?P<agency>.{2,}?(?:委员会|人民政府|政府|委|局|厅|部|署))(?P<office>[\u4e00-\u9fff]{2,8}(?:处|科|室|司)|办公厅)$")
_INSTITUTION_OFFICE = re.compile(r"^(?P<parent>.{2,}?(?:大学|学院|学校|研究院|研究所|科学院|医院|委员会|局|厅|委|政府)"
                                 r"(?:[（(][\u4e00-\u9fff]{2,4}[）)])?)"  # 某石油大学（华东）: the campus is the school's
                                 r"(?P<office>[\u4e00-\u9fff]{2,8}?(?:处|科|室|办公室|部|中心))$")
_OFFICE_NAME = re.compile(r"(?:处|科|室|办公室)$")
_SCHOOL_WORDS = re.compile(r"学校|我校|本校|全校|各学院|二级学院|校内|院系")
_GOVERNMENT_END = re.compile(r"(?:办|科|室|处|人大|政协)$")


@dataclass(frozen=True, slots=True)
class Bodies:
    lead: str | None  # the issuer offices named alone belong to
    mentions: tuple[OrgMention, ...]
    handling: tuple[OrgMention, ...]  # offices a call says handle part of the work (`由X负责办理`)


def find_bodies(text: str, header: Header, issuers: list[OrgMention], resolver: AgencyResolver) -> Bodies:
    school = bool(_SCHOOL_WORDS.search(text))
    mentions: list[OrgMention] = []
    named = [] if issuers else _named_issuer(header, school) or _self_named(text, header)
    lead = issuers[0] if issuers else named[0] if named else None
    mentions += named
    if lead is not None:
        mentions += _written_forms(text, lead.name, {squeeze(m.surface) for m in issuers})
    # Offices belong to an agency or an institution, never to another office.
    home = lead.name if lead is not None and not _OFFICE_NAME.search(lead.name) else None
    home_kind = org_kind(home) if home is not None else None
    if home is not None:
        mentions += _offices_after(text, home, mentions, home_kind)
    mentions += _lists(text, resolver)
    mentions += [m for m in _level_agencies(text, resolver) if not _overlaps(m.span, mentions)]
    if header.printed_by is not None and not _covered(header.printed_by.span, mentions):
        mentions += body_mentions(header.printed_by.name, header.printed_by.span, resolver)
    taken = [m.span for m in mentions]
    handling = [m for m in _role_offices(text, home, home_kind, school)
                if not any(s.start <= m.span.start < s.end for s in taken)]
    return Bodies(lead.name if lead else None, tuple(mentions + handling),
                  tuple(m for m in handling if text.startswith("由", m.span.start - 1)))


def _named_issuer(header: Header, school: bool) -> list[OrgMention]:
    """The first body the header names (signature, letterhead); an office of an institution or agency
    (`X学院科研处`) is named with the institution, which is then the issuer."""
    named = header.issuers[0] if header.issuers else None
    if named is None:
        return []
    m = _INSTITUTION_OFFICE.match(named.name)
    if m is None:
        kind = office_kind(None, school) if _OFFICE_NAME.search(named.name) else _kind(named.name)
        return [OrgMention(named.name, named.name, named.span, kind=kind)]
    parent = m.group("parent")
    parent_kind = _kind(parent)
    return [OrgMention(parent, parent, Span(named.span.start, named.span.start + len(parent)), kind=parent_kind),
            OrgMention(named.name, named.name, named.span, parent=parent,
                       kind=office_kind(parent_kind, school=False))]


def _self_named(text: str, header: Header) -> list[OrgMention]:
    """`我局` of a call whose header names no issuer: the one body ending in 局 named at a clause start."""
    upstream = header.cited.issuer.name if header.cited and header.cited.issuer else None
    for m in _SELF.finditer(text):
        ending = m.group(1)
        names = {c.group("name"): c for c in _CLAUSE_BODY.finditer(text) if c.group("name").endswith(ending)
                 and c.group("name") != upstream and not _NOT_CLAUSE_BODY.search(c.group("name"))}
        if len(names) == 1:
            name, found = names.popitem()
            return [OrgMention(name, name, Span(found.start("name"), found.end("name")), kind=_kind(name))]
    return []


def _written_forms(text: str, lead: str, aliases: set[str]) -> list[OrgMention]:
    """Where the text names the issuer short: without the places before it (an alias), with its own level
    only or by its core (a mention, not an alias: every district has one), or as 我局/本校."""
    out: list[OrgMention] = []
    taken: list[Span] = []
    for form, is_alias in _short_forms(lead):
        for at in occurrences(form, text):
            span = Span(at, at + len(form))
            if any(s.start <= at < s.end or at <= s.start < span.end for s in taken):
                continue
            if not is_alias and text[at - 1:at] in ("各", *_LEVEL):
                continue
            taken.append(span)
            out.append(OrgMention(lead, form if is_alias or form in aliases else lead, span))
    for m in _SELF.finditer(text):
        if _self_fits(m.group(1), lead):
            out.append(OrgMention(lead, lead, Span(m.start(), m.end())))
    return out


def _short_forms(name: str) -> Iterator[tuple[str, bool]]:
    """(form, is an alias) for the full name and the tails of `name` after each place (longest first), each
    also as agencies' names are usually written short (`市科技局` of `X市科学技术局`)."""
    for form, is_alias in _place_forms(name):
        yield form, is_alias
        for short in contractions(form):
            yield short, is_alias


def _place_forms(name: str) -> Iterator[tuple[str, bool]]:
    yield name, True
    cuts = [m.end() for m in _LEVEL_CUT.finditer(name) if m.end() < len(name) - 1]
    for cut in cuts:
        yield name[cut:], cut != cuts[-1] and len(name) - cut >= 4
    if cuts:
        last = cuts[-1]
        level = name[last - 1:last]
        if level and level in _LEVEL:
            yield level + name[last:], False
        if len(name) - last >= 5:
            yield name[last:], False


def _self_fits(ending: str, lead: str) -> bool:
    kinds = _SELF_KINDS.get(ending)
    if kinds is not None:
        return org_kind(lead) in kinds
    return lead.endswith(ending) or ending == "委" and lead.endswith("委员会")


def _offices_after(text: str, lead: str, mentions: list[OrgMention], lead_kind: str | None) -> list[OrgMention]:
    """Offices written right after the issuer (`云溪区X局社会发展科`), and the same office after its bare
    ending (`局社会发展科`)."""
    out: list[OrgMention] = []
    parts: set[str] = set()
    for mention in [m for m in mentions if m.name == lead and m.span.end > m.span.start + 1]:
        m = _OFFICE_AFTER.match(text, mention.span.end)
        if not m or _NOT_OFFICE.search(m.group("office")) or len(m.group("office")) < 2:
            continue
        part = m.group("office")
        parts.add(part)
        surface = text[mention.span.start:m.end()] if mention.surface != lead else lead + part
        out.append(OrgMention(lead + part, squeeze(surface), Span(mention.span.start, m.end()), parent=lead,
                              kind=office_kind(lead_kind, school=False)))
    for part in parts:
        short = lead[-1] + part
        for at in occurrences(short, text):
            if not any(o.span.start <= at < o.span.end for o in out):
                out.append(OrgMention(lead + part, lead + part, Span(at, at + len(short)), parent=lead,
                                      kind=office_kind(lead_kind, school=False)))
    return out


def _role_offices(text: str, lead: str | None, lead_kind: str | None, school: bool) -> list[OrgMention]:
    out: list[OrgMention] = []
    for pattern in _ROLE_OFFICES:
        for m in pattern.finditer(text):
            office = m.group("office")
            if _NOT_OFFICE.search(office) or not is_body_name(office) or org_kind(office) not in ("government", "other") \
                    or office.endswith("处") and someone_s_place(office, len(office) - 1):  # 某办公室甲某某处: a desk
                continue
            span = Span(m.start("office"), m.end("office"))
            if lead is None:
                out.append(OrgMention(office, office, span, kind=office_kind(None, school)))
            else:
                out.append(OrgMention(lead + office, office, span, parent=lead, kind=office_kind(lead_kind, school)))
    return sorted(out, key=lambda m: m.span.start)


def _lists(text: str, resolver: AgencyResolver) -> list[OrgMention]:
    """One body per item of a 抄送/报送 line; an agency's office written after it is that agency's."""
    out: list[OrgMention] = []
    for line in lines_of(text):
        m = _LIST_LINE.match(line.text)
        if not m:
            continue
        start = line.start + m.start("items")
        pos = 0
        for raw in _LIST_SPLIT.split(m.group("items")):
            at = start + m.group("items").index(raw, pos) if raw else start + pos
            pos = at - start + len(raw)
            item = squeeze(raw).rstrip("。.")
            if not is_body_name(item):
                continue
            out += body_mentions(item, Span(at, at + len(item)), resolver)
    return out


def body_mentions(item: str, span: Span, resolver: AgencyResolver) -> list[OrgMention]:
    """A body named in one piece: under the province's official name, else split into an agency and its
    office when it is one (`X委科教处`: the office, PART_OF the agency), else as written."""
    resolved = resolver.find(item, span.start)
    if resolved and resolved[-1].span.end - resolved[0].span.start >= len(item):
        return resolved
    if (cut := second_body_at(item)) is not None:  # 某省某厅某省某协会: two bodies written together
        return body_mentions(item[:cut], Span(span.start, span.start + cut), resolver) \
            + body_mentions(item[cut:], Span(span.start + cut, span.end), resolver)
    m = _AGENCY_OFFICE.match(item)
    if m is None:
        return [OrgMention(item, item, span, kind=_kind(item))]
    agency = m.group("agency")
    return [OrgMention(agency, agency, Span(span.start, span.start + len(agency)), kind=_kind(agency)),
            OrgMention(item, item, span, parent=agency, kind=office_kind(_kind(agency), school=False))]


def _level_agencies(text: str, resolver: AgencyResolver) -> list[OrgMention]:
    """Agencies written short with their level only, where a clause names them as actors
    (`3、市卫健局网上推荐截止时间`, `由区财政局负责`)."""
    out: list[OrgMention] = []
    for m in _LEVEL_AGENCY.finditer(text):
        name = m.group("name")
        if _NOT_CLAUSE_BODY.search(name) or _NOT_LEVEL_AGENCY.search(name):
            continue
        out += body_mentions(name, Span(m.start("name"), m.end("name")), resolver)
    return out


def _overlaps(span: Span, mentions: list[OrgMention]) -> bool:
    return any(m.span.start < span.end and span.start < m.span.end for m in mentions)


def _covered(span: Span, mentions: list[OrgMention]) -> bool:
    return any(m.span.start <= span.start and span.end <= m.span.end for m in mentions)


def is_office(name: str) -> bool:
    """An office named without its body (科技处, 规划财务处): not a body of its own, as a national or a
    place's office is (全国…工作办公室, 市…办公室)."""
    return bool(_OFFICE_NAME.search(name)) and not (NATIONAL.match(name) or _LEVEL_CUT.search(name))


def _kind(name: str) -> str:
    kind = org_kind(name)
    if kind == "other" and _GOVERNMENT_END.search(name):
        return "government"
    return kind
