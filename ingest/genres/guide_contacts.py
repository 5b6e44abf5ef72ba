"""Contact persons of a funding guide (联系人), their phones and the office each works at.

A contact line often names the office alone (`联系人：社会发展科技处 张某`): it is an office of the
agency the guide names it under elsewhere, else of the guide's lead issuing agency (the first one of
the letterhead or signature), and is named `<agency><office>` like an office written after its agency.
An office may stand before the label instead (`科技处联系人：张某 李某`): of no agency the guide names, it is
named as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ingest.genres.guide_bodies import is_office
from ingest.genres.guide_orgs import AgencyResolver, OrgMention, expand, office_kind
from ingest.genres.guide_tables import ContactRow
from ingest.genres.guide_text import Line, lines_of, squeeze
from ingest.model import Span
from ingest.org_names import kind_suffix, org_kind

# Labels are often spaced out to line up (`联 系 人:`).
_CONTACT = re.compile(r"(?:项目)?(?:业务|技术|系统|政策)?(?:咨询)?(?:联\s*系\s*人(?:及?(?:联系)?电话(?:及(?:QQ|qq|微信|邮箱|传真))?)?"
                      r"|联系方式)\s*[：:]\s*"
                      r"|承\s*办\s*人\s*[：:]?\s*(?=[\u4e00-\u9fff])")  # 承辦人高某某小姐：電話 (as Taiwan writes it)
_PHONE_LABEL = re.compile(r"(?:联\s*系|咨\s*询|办\s*公)?电\s*话(?:号码)?\s*[：:]?\s*")
_PHONE = re.compile(r"(?<!\d)(?:0\d{1,2}[-－]\d{3,4}[-－]\d{3,4}|0\d{2,3}[-－—]\d{7,11}|1[3-9]\d{9}|\d{3,4}[-－—]\d{7,8}(?:[-－—]\d{1,4})?)(?!\d)")
# After a phone label a local number without its area code is a phone too (`电话：3222297、3417895`).
_LOCAL_PHONE = re.compile(r"(?<![\d-])(?:[(（]0\d{2,3}[)）]\s*|0\d{2,3})?\d{7,8}(?![\d-])")  # (also 02866366275)
_BARE_LOCAL_PHONE = re.compile(r"(?<![\w@.\-])(?:[(（]0\d{2,3}[)）]\s*)?\d{7,8}(?![\w@.\-])")
_EMAIL = re.compile(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+")
# Labels and marks a contact line may carry besides its people, office, phones and e-mail.
_CONTACT_WORDS = re.compile(r"(?:联\s*系|咨\s*询|办\s*公)?电\s*话(?:号码)?|手\s*机|传\s*真|电子邮[箱件]|邮\s*箱|[Ee]-?mail"
                            r"|[：:()（）。.]")
_SECTION_LINES = 8
_CONTACTS_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*[\u4e00-\u9fff]{0,4}?"
                               r"(?:联系方式|联系人|咨询方式|联系电话)")  # (also 工作联系方式, 项目咨询方式)
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+[、.．]")
_ITEM_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．])")
_SEPARATOR = re.compile(r"[\s，,、；;（）()/：:]+")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BARE_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,14}(?:处|科|室|办公室)")
_NOT_OFFICE = re.compile(r"[的将在为]|对(?!外)")  # 对外合作处 is an office
_INSTITUTION_INSIDE = re.compile(r"大学|学院|医院|研究院|研究所|科学院|公司|集团|学校")


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    span: Span
    phone: str | None
    office: OrgMention | None
    line_span: Span


@cache
def _surnames() -> frozenset[str]:
    raw = resources.files("ingest").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    return frozenset(s.strip() for s in raw.splitlines() if s.strip() and not s.startswith("#"))


@cache
def _honorifics() -> tuple[str, ...]:
    """Words written after a contact's name (老师, 女士, 处长 …), longest first: not part of the name."""
    data = resources.files("ingest").joinpath("data")
    words = {"老师", "女士", "先生", "同志", "小姐"}
    for name in ("titles.txt", "positions.txt"):
        raw = data.joinpath(name).read_text(encoding="utf-8")
        words.update(w.strip().rstrip("*") for w in raw.splitlines() if w.strip() and not w.startswith("#"))
    return tuple(sorted(words, key=len, reverse=True))


def contact_name(token: str) -> str | None:
    """The person a contact token names, without a title after the name; None for `王老师` (a surname and a
    title name nobody) and for tokens that are no person's name."""
    for word in _honorifics():
        if token.endswith(word) and len(token) > len(word):
            token = token[: -len(word)]
            return token if len(token) >= 2 and token not in _surnames() and is_person_name(token) else None  # 欧阳老师
    return token if is_person_name(token) else None


def is_person_name(token: str) -> bool:
    if not _NAME.fullmatch(token) or org_kind(token) != "other":
        return False
    names = _surnames()
    return token[0] in names or token[:2] in names


@dataclass(frozen=True, slots=True)
class OfficeHome:
    """Where an office a contact line names without its agency belongs."""

    lead_agency: str | None = None  # the guide's first issuing agency
    named_offices: tuple[OrgMention, ...] = ()  # offices the guide names after their agency

    def named(self, office: str) -> OrgMention | None:
        """The office the guide names in full elsewhere, when `office` is written so too, or after its agency
        written short (`市科技局社会发展科` for `X市科学技术局社会发展科`)."""
        return next((m for m in self.named_offices if office in (m.name, squeeze(m.surface))
                     or m.parent and _short_for(office, m.name, m.parent)), None)

    def agency_of(self, office: str) -> str | None:
        named = {m.parent for m in self.named_offices if m.parent and m.name == m.parent + office}
        if len(named) == 1:
            return named.pop()
        return self.lead_agency if not named else None


def table_contacts(rows: Sequence[ContactRow], resolver: AgencyResolver, home: OfficeHome) -> list[Contact]:
    """The contacts of a table of contacts: each person of a row's person cell, with the row's phone and
    the office its office cell names."""
    out: list[Contact] = []
    for row in rows:
        office = None
        if row.office is not None:
            office = _office_in(row.office.text, row.office.span.start, resolver, home)
        for token, start, _ in _tokens(row.person.text):
            name = contact_name(token)
            if name is not None:
                at = row.person.span.start + start
                out.append(Contact(name, Span(at, at + len(name)), row.phone, office, row.span))
    return out


def _short_for(written: str, office: str, agency: str) -> bool:
    part = office[len(agency):]
    before = written[: len(written) - len(part)]
    return bool(part) and written.endswith(part) and len(before) >= 2 and agency.endswith(expand(before))


def find_contacts(text: str, resolver: AgencyResolver, home: OfficeHome = OfficeHome(),
                  handling: Sequence[OrgMention] = ()) -> list[Contact]:
    """Contacts of every 联系人 line; one whose line names no office works at the office its section says
    handles the work (`由社发科负责受理。` above it, under the same item heading)."""
    lines = lines_of(text)
    out: list[Contact] = []
    for i, line in enumerate(lines):
        m = _CONTACT.search(line.text)
        body_start = m.end() if m else _unlabelled(lines, i)
        if body_start is None:
            out += _asked(line)
            continue
        if m is not None and not line.text[m.end():].strip() and (below := _mailed_people_below(lines, i)):
            office = _office_before(line.text[:m.start()], line.start, resolver, home) if m.start() else None
            out += [replace(c, office=office) if c.office is None and office else c
                    for c in _contacts_of(below.text, below.start, [], resolver, home, Span(line.start, below.end))]
            continue
        found: list[Contact] = []
        segments = _segments(line.text, body_start)
        office = _section_office(lines, i, handling)
        if m is not None and m.start() > 0:  # `科技处联系人：张三 李四`: the office the label is for
            phoned = _PHONE_LABEL.search(line.text, 0, m.start())  # (`某办公室联系电话：…联系人：甲`: its phones between)
            office = _office_before(line.text[:m.start()], line.start, resolver, home) \
                or _office_before_in_clause(line.text, m.start(), line.start, resolver, home) \
                or (phoned and phoned.start() > 0 and _office_before(line.text[:phoned.start()], line.start, resolver, home)) \
                or office
        else:
            office = _office_above(lines, i, resolver, home) or office
        for k, (start, end) in enumerate(segments):
            body = line.text[start:end]
            phones = _phones(body)
            if k == len(segments) - 1:
                for follow in _phone_lines(lines, i):
                    phones += _phones(follow.text)
            if not phones and k == 0 and m is not None:  # the phone written first (`电话：… 联系人：张三`)
                phones = _phones(line.text[:m.start()])
            own = _CONTACT.search(body) if k > 0 else None  # `…；乙单位联系人：李四（电话）`: the next one's label
            at = start + own.end() if own else start
            contacts = _contacts_of(line.text[at:end], line.start + at, phones, resolver, home, Span(line.start, line.end))
            unit = _office_before(body[:own.start()], line.start + start, resolver, home) if own and own.start() else None
            unit = unit or (office if k == 0 or own is None else None)
            found += [replace(c, office=unit) if c.office is None and unit else c for c in contacts]
        out.extend(found)
    return out


# a contact named in a sentence, its phone after it: `请联系某院负责人甲老师，联系电话：…`, `报某办公室甲处（电话：…）`
_ASKED = re.compile(r"(?:请|可)?(?:联系|咨询)(?P<who>[^，,。；;（(\n]{2,30}?)(?:老师|同志|女士|先生)?[，,]?[ \t\u3000]*"
                    r"(?:联系)?电话[：:]?[ \t\u3000]*(?P<phone>[\d\-－ ]{7,20})"
                    r"|(?:报|交|送)(?:至|到)?(?P<desk>[^，,。；;（(\n]{2,30}?)处[ \t\u3000]*[（(][ \t\u3000]*(?:联系)?电话[：:]?"
                    r"[ \t\u3000]*(?P<desk_phone>[\d\-－ ]{7,20})[）)]")


def _asked(line: Line) -> list[Contact]:
    """The contacts a line names in its sentences (`请联系某院负责人甲老师，联系电话：…`, `报某办公室甲处（电话：…）`): the
    person at the end of the words before the phone, with the phone; none where no person's name ends them."""
    out = []
    for m in _ASKED.finditer(line.text):
        group = "who" if m.group("who") else "desk"
        who = m.group(group)
        phone = (m.group("phone") or m.group("desk_phone")).strip()
        name = next((who[-n:] for n in (4, 3, 2) if len(who) >= n and contact_name(who[-n:]) == who[-n:]), None)
        if name is None:
            continue
        at = line.start + m.end(group) - len(name)
        out.append(Contact(name, Span(at, at + len(name)), phone, None, Span(line.start, line.end)))
    return out


_CLAUSE_BREAK = re.compile(r"[，,。；;：:]")
# an item of a contacts section that is only an office and a colon, its people and phones on the line below
_OFFICE_LINE = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)]?[、.．]?)?\s*(?P<office>[^\s：:，,。；;、]{3,30})\s*[：:]\s*$")


def _office_above(lines: list[Line], i: int, resolver: AgencyResolver, home: OfficeHome) -> OrgMention | None:
    """`１、某市科技局高新技术科：` / `甲、乙，电话`: the office the item above the contact line names."""
    above = next((line for line in reversed(lines[max(0, i - 2):i]) if line.stripped), None)
    written = _OFFICE_LINE.match(above.text) if above is not None else None
    if above is None or written is None:
        return None
    return _office_before(written.group("office"), above.start + written.start("office"), resolver, home)


def _office_before_in_clause(line: str, label_at: int, offset: int, resolver: AgencyResolver,
                             home: OfficeHome) -> OrgMention | None:
    """The office or institution written right before the 联系人 label, back to the clause's start (`…沟通，甲厂联系人：`)."""
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(line, 0, label_at)]
    start = breaks[-1] if breaks else 0
    return _office_before(line[start:label_at], offset + start, resolver, home) if start < label_at else None


def _unlabelled(lines: list[Line], i: int) -> int | None:
    """Where a contact line without a 联系人 label starts: a line with a full phone number among the few
    under a contacts heading (`三、联系方式` / `省科技厅国际合作处 陈立平，0591-…`), and anywhere a line made
    only of an office, people and their phone (`科研处 张三 0571-…`, also after a phone label: `咨询电话：
    财务处 李四 0571-…`, and the lines under a label left alone: `联系人：`)."""
    line = lines[i]
    label = _PHONE_LABEL.match(line.stripped)
    lead = len(line.text) - len(line.text.lstrip())
    if label is not None:
        start = lead + label.end()
        return start if _contact_shaped(line.text[start:]) else None
    if not (_PHONE.search(line.text) or _BARE_LOCAL_PHONE.search(line.text)):
        return lead if _people_under_heading(lines, i) else None
    if _contact_shaped(line.text):
        return lead
    if not _PHONE.search(line.text):
        return None
    for above in reversed(lines[max(0, i - _SECTION_LINES):i]):
        if _CONTACTS_HEADING.match(above.text):
            return lead
        if _TOP_HEADING.match(above.text) or not (_PHONE.search(above.text) or _CONTACT.search(above.text)) \
                and above.stripped:
            return None  # (a contact line above, its phone local, is the same section's)
    return None


def _people_under_heading(lines: list[Line], i: int) -> bool:
    """`四、联系人及联系方式` / `科 发 院：杨 毅、梅方竹` / `联系方式：87282014`: the first line under a contacts
    heading, made of an office and people with no phone, the phone on a line right below it."""
    above = next((line for line in reversed(lines[max(0, i - 2):i]) if line.stripped), None)
    if above is None or not _CONTACTS_HEADING.match(above.text):
        return False
    below = [line for line in lines[i + 1:i + 3] if line.stripped][:1]
    if not below or not (_PHONE.search(below[0].text) or _LOCAL_PHONE.search(below[0].text)):
        return False
    people = re.split(r"[：:]", lines[i].text)[-1]  # (the office before a colon: 科发院：)
    tokens = _tokens(people)
    return bool(tokens) and all(contact_name(token) is not None for token, _, _ in tokens)


def _mailed_people_below(lines: list[Line], i: int) -> Line | None:
    """`某院联系人：` | `甲、乙，某某@某.edu.cn`: the line below a label left alone, made of people and their e-mail."""
    below = next((line for line in lines[i + 1:i + 3] if line.stripped), None)
    if below is None or not _EMAIL.search(below.text) or _CONTACT.search(below.text):
        return None
    rest = _CONTACT_WORDS.sub(" ", _EMAIL.sub(" ", below.text))
    tokens = _tokens(rest)
    return below if tokens and all(contact_name(token) is not None for token, _, _ in tokens) else None


def _contact_shaped(body: str) -> bool:
    """A line made only of people, the office they sit in and their phones and e-mail (every word one of
    these, at least one person and one phone)."""
    if not (_PHONE.search(body) or _BARE_LOCAL_PHONE.search(body)):
        return False
    rest = _BARE_LOCAL_PHONE.sub(" ", _PHONE.sub(" ", _EMAIL.sub(" ", body)))
    rest = _CONTACT_WORDS.sub(" ", rest)
    people = 0
    for token, _, _ in _tokens(rest):
        if contact_name(token) is not None:
            people += 1
        elif not (_BARE_OFFICE.fullmatch(token) and not _NOT_OFFICE.search(token)) and org_kind(token) == "other":
            return False
    return people > 0


def _segments(line: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each contact a line lists apart, each with its phone (`科A 张三，电话：…；科B 李四，电话：…`);
    the whole line when its parts do not each give a phone (`张三、李四；电话：…`)."""
    out = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^；;]+", line[start:])]
    if len(out) > 1 and all(_phones(line[a:b]) for a, b in out):
        return out
    return [(start, len(line))]


def _phones(part: str) -> list[str]:
    """Phone numbers of a line: full numbers anywhere, local numbers after a phone label."""
    label = _PHONE_LABEL.search(part) or _WAYS_LABEL.match(part)
    found = [(p.start(), p.group()) for p in _PHONE.finditer(part)]
    if label is not None:
        taken = [(p.start(), p.end()) for p in _PHONE.finditer(part)]
        found += [(p.start(), re.sub(r"\s+", "", p.group())) for p in _LOCAL_PHONE.finditer(part, label.end())
                  if not any(s <= p.start() < e for s, e in taken)]
    return [number for _, number in sorted(found)]


def _office_before(part: str, offset: int, resolver: AgencyResolver, home: OfficeHome) -> OrgMention | None:
    """The office a line writes before its 联系人 label, where it is the whole of what stands there; one of no
    agency the guide names is named as written."""
    written = part.strip()
    numbered = _ITEM_HEADING.match(written)  # 六、科研处联系人: the item's number is no part of the office
    written = written[numbered.end():].strip() if numbered else written
    if not written:
        return None
    start = offset + part.index(written)
    noted = _NOTED_UNIT.search(written)
    if noted is not None and noted.start() > 0:  # 项目受理（某服务中心）联系人: the unit the line's note names
        return _office_before(noted.group("unit"), start + noted.start("unit"), resolver, home)
    office = _office_in(part, offset, resolver, home)
    if office is not None:
        return office if office.span == Span(start, start + len(written)) else None
    if _is_bare_office(written):
        return OrgMention(written, written, Span(start, start + len(written)), kind=office_kind(None, school=True))
    agency = _AGENCY_OFFICE.fullmatch(written)
    if agency is not None and org_kind(agency.group("agency")) == "government" \
            and _is_bare_office(written[agency.end("agency"):]):  # 某市科技局高新技术发展及产业化科: an office of a local agency
        return OrgMention(written, written, Span(start, start + len(written)), agency.group("agency"), "government")
    if len(written) >= 3 and kind_suffix(written) and org_kind(written) != "other" and not _NOT_OFFICE.search(written):
        return OrgMention(written, written, Span(start, start + len(written)), kind=org_kind(written))  # 市科技局
    return None


_AGENCY_OFFICE = re.compile(r"(?P<agency>[\u4e00-\u9fff]{2,10}?(?:局|厅|委))[\u4e00-\u9fff]{2,16}")
_NOTED_UNIT = re.compile(r"[（(](?P<unit>[^（()）]{4,30})[）)]$")


def _section_office(lines: list[Line], i: int, handling: Sequence[OrgMention]) -> OrgMention | None:
    """The office said to handle the work of the section a contact line stands in: the section opens with
    an item heading (`（一）…领域`), and says `由X负责办理` between it and the contact line."""
    found: OrgMention | None = None
    for above in reversed(lines[max(0, i - _SECTION_LINES):i]):
        inside = [h for h in handling if above.start <= h.span.start < above.end]
        if inside and found is None:
            found = inside[-1]
        if _CONTACT.search(above.text):
            return None
        if _ITEM_HEADING.match(above.text):
            return found  # the section's own heading: the office handles this section's work
    return None


def _phone_lines(lines: list[Line], i: int) -> list[Line]:
    """Lines right below a contact line that give its phone numbers."""
    out: list[Line] = []
    for follow in lines[i + 1:i + 4]:
        if not follow.stripped:
            continue
        if _NUMBERS_ONLY.match(follow.text):  # `联系方式：87282014`: the numbers alone, after their label
            out.append(follow)
            continue
        if _CONTACT.search(follow.text) or not _PHONE_LABEL.match(follow.stripped):
            break
        out.append(follow)
    return out


_WAYS_LABEL = re.compile(r"\s*联\s*系\s*(?:方\s*式|电\s*话)\s*[：:]\s*")  # 联系方式：, 联系电话：
_NUMBERS_ONLY = re.compile(_WAYS_LABEL.pattern + r"[\d\-－—()（）、，, ]{7,}$")  # the label, then numbers alone


def _contacts_of(body: str, offset: int, phones: list[str], resolver: AgencyResolver, home: OfficeHome,
                 line_span: Span) -> list[Contact]:
    cut = _PHONE_LABEL.search(body)
    people_part = body[:cut.start()] if cut else body
    office = _office_in(people_part, offset, resolver, home)
    names: list[tuple[str, Span]] = []
    for token, start, end in _tokens(people_part):
        if office and office.span.start <= offset + start < office.span.end:
            continue
        name = contact_name(token)
        if name is not None:
            names.append((name, Span(offset + start, offset + end - (len(token) - len(name)))))
    if names and not phones:  # a number written after the names without a label (`科A 张三 李四 88230061`)
        after = names[-1][1].end - offset
        phones = [m.group() for m in _BARE_LOCAL_PHONE.finditer(people_part, after)]
    out = []
    for k, (name, span) in enumerate(names):
        phone = phones[k] if len(phones) == len(names) else (phones[0] if phones else None)
        out.append(Contact(name, span, phone, office, line_span))
    return out


def _office_in(part: str, offset: int, resolver: AgencyResolver, home: OfficeHome) -> OrgMention | None:
    mentions = resolver.find(part, offset)
    offices = [m for m in mentions if m.parent]
    if not offices:
        bare = _bare_office(part, offset, mentions, home)
        offices = [bare] if bare else mentions or _institutions_in(part, offset)
    return max(offices, key=lambda m: m.span.end - m.span.start) if offices else None


_INSTITUTION_KINDS = frozenset({"research_institute", "university", "hospital", "company", "center"})


def _institutions_in(part: str, offset: int) -> list[OrgMention]:
    """An institution no agency's name the guide knows, or an office of one (`某大学科技处`), written whole as a token
    of the line before its contact (`某省科学技术信息研究院：某某 0371-…`): the place the contact works."""
    out = []
    for token, start, _ in _tokens(part):
        name = token.split("：")[0].split(":")[0]
        if len(name) >= 4 and org_kind(name) in _INSTITUTION_KINDS:
            out.append(OrgMention(name, name, Span(offset + start, offset + start + len(name))))
        elif _BARE_OFFICE.fullmatch(name) and _INSTITUTION_INSIDE.search(name) and not _NOT_OFFICE.search(name):
            out.append(OrgMention(name, name, Span(offset + start, offset + start + len(name)),
                                  kind=office_kind(None, school=True)))  # 某大学科技处: an institution's office
    return out


def _bare_office(part: str, offset: int, agencies: list[OrgMention], home: OfficeHome) -> OrgMention | None:
    """An office written without its agency (`社会发展科技处`), as an office of the agency written before
    it on the line (`省科技厅 高新处`), else of the agency it belongs to in this guide."""
    for token, start, end in _tokens(part):
        if not _is_bare_office(token):
            continue
        span = Span(offset + start, offset + end)
        known = home.named(token)
        if known is not None:
            return OrgMention(known.name, token, span, parent=known.parent, kind=known.kind)
        before = [m for m in agencies if m.span.end <= offset + start]
        agency = before[-1].name if before else home.agency_of(token)
        if agency is None:
            return None
        if not before and is_office(agency):  # a school's office signs the call: its offices stand alone
            return OrgMention(token, token, span, kind=office_kind(None, school=True))
        if before:
            span = Span(before[-1].span.start, span.end)
        return OrgMention(agency + token, part[span.start - offset:span.end - offset], span, parent=agency,
                          kind=office_kind(org_kind(agency), school=False))
    return None


def _is_bare_office(token: str) -> bool:
    """An office written without its agency (`科研处`, `社会发展科技处`), no person's name."""
    return _BARE_OFFICE.fullmatch(token) is not None and not _NOT_OFFICE.search(token) and not is_person_name(token) \
        and not _INSTITUTION_INSIDE.search(token)  # 某大学科技处: the office of the institution it names, no agency's


def _tokens(part: str) -> list[tuple[str, int, int]]:
    """White-space separated tokens, an office glued to a name cut in two (`农村科技科邱文博`)."""
    out: list[tuple[str, int, int]] = []
    for token, start, end in _spaced_tokens(part):
        cut = _glued_office(token)
        if cut is None:
            out.append((token, start, end))
        else:
            out += [(token[:cut], start, start + cut), (token[cut:], start + cut, end)]
    return out


def _glued_office(token: str) -> int | None:
    """Where an office written against the name after it ends (`科研处王五` -> 3), if the token is one."""
    if is_person_name(token):
        return None
    for size in (2, 3, 4):
        office, name = token[:-size], token[-size:]
        if _BARE_OFFICE.fullmatch(office) and not _NOT_OFFICE.search(office) and is_person_name(name):
            return len(office)
    return None


# a token: up to a blank or a mark, or to a number written right after a word (`王某0431-5550101`: a name, a phone)
_PIECE = re.compile(r"[^\s，,、；;。（）()/：:]+?(?=[\s，,、；;。（）()/：:]|(?<=[\u4e00-\u9fff])\d|$)")  # (甲、乙。电话：…)


def _spaced_tokens(part: str) -> list[tuple[str, int, int]]:
    """White-space separated tokens; runs of single characters are joined (`宋 青` -> `宋青`)."""
    pieces = [(m.group(), m.start(), m.end()) for m in _PIECE.finditer(part)]
    out: list[tuple[str, int, int]] = []
    run: list[tuple[str, int, int]] = []
    for piece in pieces + [("", -1, -1)]:
        gap_ok = run and piece[1] >= 0 and part[run[-1][2]:piece[1]].strip() == ""
        if len(piece[0]) == 1 and (not run or gap_ok):
            run.append(piece)
            continue
        if run:
            out.append(("".join(p[0] for p in run), run[0][1], run[-1][2]))
            run = []
        if len(piece[0]) == 1:
            run.append(piece)
        elif piece[0]:
            out.append(piece)
    return out
