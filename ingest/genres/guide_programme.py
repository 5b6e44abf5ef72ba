"""The programme a call is for, the standing programme it belongs to, and the bodies the text shows running it.

Where the programme is named, in order: the call's own title (`关于申报2030年X计划项目的通知`,
`关于印发《X项目指南》的通知`), the upstream notice a relayed call forwards (`现将《Y关于组织申报X的通知》
转发`, `现将Y《关于…的通知》转发`), else the first programme the text calls for: a year's
(`为做好2030年度X基金项目的申报工作`, `2030年度X计划面上项目申报工作已经开始`, `X基金2030年度滚动项目的申报`) or one
named in its own right (`为做好“X”重点专项的立项工作`, `启动X奖提名工作`, `现决定组织申报X计划青年项目，…`). Two
programmes a title joins (`关于申报X计划项目和Y团队的通知`) are both the call's.
The bodies that run it: the upstream body of a relayed call (also where the call's own title repeats the
relayed notice's, or where the sentence naming the programme opens `接甲、乙通知，…`), a body named after the programme
(`X基金委`), one that publishes the programme's call or calls for proposals itself (`X司现征集…`). Who funds it otherwise is ingest.genres.guide_funders'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.guide_bodies import is_office
from ingest.genres.guide_header import CALL_WORDS, NATIONAL, Header, Named, Title, is_body_name
from ingest.genres.guide_parts import Part, drop_trailing_verb, parts_of, round_of
from ingest.genres.guide_text import squeeze, to_fullwidth_brackets
from ingest.genres.literal import occurrences
from ingest.kit.text import DASHES
from ingest.model import Span
from ingest.org_names import org_kind, province_stem, provinces

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_VERBS = r"(?:转发|印发|发布|下达|公布|组织|做好|开展|启动|申报|申请|征集|推荐|实施|受理)*"
_CALL_TITLE = re.compile(
    rf"关于{_VERBS}(?P<open>《)?(?P<name>[^《》]{{4,80}}?)(?:项目(?:资助)?)?(?:指南)?(?:建议案|建议书|建议|需求)?"
    r"(?:的?(?:组织|做好))?(?:候选人|人选|候选项目)?"
    r"(?:申报|申请|征集|推荐|遴选|提名|评选|评审){0,2}"  # (申报评审: two of them)
    r"(?:指南|工作|公告|通告)?》?(?:(?:有关|相关)?(?:事项|事宜)|(?:有关|相关)(?:工作|问题))?"
    r"(?:及(?:组织|做好|开展)?(?:申报|申请|推荐|征集)[^《》]{0,16}?)?的?(?:通知|公告|通告|函)$"
)
_SELECTION = re.compile(r"奖[^《》]{0,4}(?:评选|评审)")  # a round of an award chooses its winners
_PROGRAMME_WORD = re.compile(r"(?:计划|基金|专项|工程|资金|项目)(?:[（(][^（()）]*[）)])?$")
_GUIDE_SUFFIX = re.compile(r"(?:项目)?(?:申报|申请)?指南$")
# what a notice about a programme's paperwork names after it: the forms, their receipt, the matters around it
_PAPERWORK = re.compile(r"(?<=项目)(?:申请书|申报书|申请材料|申报材料|材料|集中|接收|受理|相关|有关|事宜|结题|验收"
                        r"|(?:申请|申报)(?:与|和|及|工作|安排|等))")
# A programme the running text calls for: a year's (`2024年度X基金项目的申报工作`, `2030年度X计划面上项目申报
#工作已经开始`, `2030年度X项目（Y类项目）申报时间`), or one named in its own right after what the call is for
# (`为做好X重大项目（以下简称“Y”）的立项工作`). A name may quote (`X-“Y”重大项目`) and carry its batch in brackets.
_NAME_PART = r"(?:[^\s，。；：:;,、《》“”()（）]|“[^”\n]{1,60}”)"
_BATCH = r"(?:[（(](?:第[一二三四五六七八九十\d]{1,3}批|[^（()）\n]{0,8}批次?)[）)])?"
_CLASS_OF = r"(?:[A-Z甲乙丙丁]类|重点|一般|青年|面上|重大|培育|自筹|指导性|指令性)项目"
_CALL_AFTER = (r"(?:[（(](?!(?:以下)?(?:简|统|下)称)(?P<cls>[^（()）\n]{2,20}?(?:项目|类))[）)])?(?:[（(]以下(?:简|统)称[^（()）\n]{1,40}[）)])?"
               r"(?:项目)?的?(?:已经|已|现已)?(?:开始|正式)?(?:申报|申请|预申报|组织|征集|推荐|立项|遴选|提名)")
# a fund's numbered round in place of its year (`第十二批某基金面上资助的申报`), and a fund's class of grant
_ROUND = r"第[一二三四五六七八九十百\d]{1,6}批次?"
_GRANT_CLASS = r"(?:面上|特别|专项)?资助"
_CLASS_SUFFIX = re.compile(rf"(?<=基金|计划|专项|工程|资金){_CLASS_OF}$")
_PROGRAMME_END = re.compile(r"(?:基金|计划|专项|工程|资金)$")
# (the standing programme may come first: `X基金2030年度滚动项目的申报`, where a clause starts with it)
_NAMED_CALL = re.compile(
    rf"(?P<name>(?:(?:^|(?<=[，。；：,;:\s])){_NAME_PART}{{2,30}}?(?:基金|计划|专项|工程))?(?:(?:(?:19|20)\d{{2}}\s*[{DASHES}~至]\s*)?(?:19|20)\d{{2}}\s*年度?(?!\s*\d{{1,2}}\s*月)|{_ROUND}){_NAME_PART}{{2,40}}?(?:(?:基金|计划|专项|工程|专项资金)(?:{_CLASS_OF}|{_GRANT_CLASS})?|项目|规划课题|奖){_BATCH})"
    + _CALL_AFTER
)
_OWN_NAMED_CALL = re.compile(
    r"(?:为了?(?:做好|组织|推进|加强|做实)|做好|组织开展|启动)"
    rf"(?P<name>{_NAME_PART}{{2,40}}?(?:基金|计划|专项|工程|专项资金|重大项目|重点项目|奖){_BATCH})" + _CALL_AFTER
)
# the call's verb before the programme, nothing after it (`现决定组织申报省软科学研究计划青年项目，具体通知要求如下`)
_CALLED_FOR = re.compile(
    r"(?:现决定|决定|现)(?:组织申报|组织开展|开展|启动)"
    rf"(?P<name>{_NAME_PART}{{2,40}}?(?:基金|计划|专项|工程|专项资金)(?:{_CLASS_OF})?{_BATCH})(?:项目)?(?=[，。；,;]|的?(?:申报|申请|通知))"
)
# a programme named in quotes alone, whatever its ending (`开展2030年度某省“某某学者”申报工作`): a talent
# programme's name is often a title it confers, no 计划 after it
_QUOTED_CALL = re.compile(r"(?:(?:19|20)\d{2}\s*年度?)?[\u4e00-\u9fff]{0,8}?“(?P<name>[^“”\n，。；]{2,24})”" + _CALL_AFTER)
# a programme the bodies quoted before it run together, as Taiwan's universities write a joint call
# (`115年度「甲大學、乙大學」三校學術合作專題研究計畫申請`, read in Simplified): the bodies, then the name
_JOINT_CALL = re.compile(r"(?:(?:19|20)\d{2}|1[0-2]\d)\s*年度?\s*“(?P<bodies>[^“”\n]{2,60}?(?:、[^“”\n]{2,60}?)+)”\s*"
                         r"(?P<name>[\u4e00-\u9fff]{2,30}?(?:计划|基金|专项|项目))" + _CALL_AFTER)
_PUBLISHED = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<org>[\u4e00-\u9fff（）()]{3,30}?)(?:已经|已|近日|日前)?(?:正式)?"
                        r"(?:发布|印发|下发|公布)了?《(?P<title>[^《》]{4,80})》", re.M)
# (the verb may follow the title: `X《2030年度Y项目申报公告》已经发布`)
_PUBLISHED_AFTER = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<org>[\u4e00-\u9fff（）()]{3,30}?)《(?P<title>[^《》]{4,80})》"
                              r"(?:（以下简称[^（）]{1,12}）)?(?:已经|已|近日|日前)?(?:正式)?(?:发布|印发|下发|公布)", re.M)
# `X现征集…建议`, `X决定组织申报`: the body that calls for proposals runs the programme.
_CALLS = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<org>[\u4e00-\u9fff（）()]{3,30}?)(?:现|拟|将|决定|特|今年)?"
                    r"(?:面向[^，。；\n]{1,20}?)?(?:征集|组织申报|组织开展[^，。；\n]{0,20}?申报|启动[^，。；\n]{0,20}?申报)", re.M)
# A body the text says publishes the programme's guide or runs it (`X近日发布Y项目指南`, `Y由X组织实施`),
# in the sentence that names the programme.
_RELEASES = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<org>[\u4e00-\u9fff]{2,14}?)(?:近日|日前|已经|现已|已|正式|今年)*"
                       r"(?:发布|印发|下发|公布)了?(?P<what>[^。；\n]{4,80}?(?:指南|通知|公告))", re.M)
_RUN_BY = re.compile(r"由(?P<org>[\u4e00-\u9fff]{2,14}?)(?:负责|统一|共同)?(?:组织实施|组织|资助|主管|管理)")
# a government body right before its programme's year (`科技部2030年某计划项目申报工作暂未启动`)
_OWN_BEFORE = r"(?:^|(?<=[，。；：,;:\s]))(?P<org>[\u4e00-\u9fff]{2,14}?)(?:19|20)\d{2}年度?"
# the programme said to be a component of a larger one (`某专项是某省某计划的组成部分`)
_COMPONENT_OF = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<name>[^\s，。；：,;:、“”《》]{2,40}?)(?:是|为|系|属于)"
                           r"(?P<parent>[^\s，。；：,;:、“”《》的]{4,40}?)的(?:重要)?(?:组成部分|一部分|子计划|专项)", re.M)


def _component_of(text: str, child: str, called: set[str]) -> tuple[Part, ...]:
    """The larger programme the text says the call's programme (by any name it goes by, or the end of its name:
    `某某专项` of `某计划某某专项`) is a component of."""
    names = {n for n in called if len(n) >= 4} | {child}
    for m in _COMPONENT_OF.finditer(text):
        said, parent = m.group("name"), m.group("parent")
        if len(said) >= 4 and any(n == said or n.endswith(said) for n in names) and parent != child \
                and _PROGRAMME_END.search(parent):
            return (Part(child, Span(m.start("name"), m.end("name")), parent, Span(m.start("parent"), m.end("parent"))),)
    return ()


# a body that carries the programme out, its year before it (`2030年某省科协继续实施某某项目资助`)
_CARRIES_OUT = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?:(?:19|20)\d{2}年度?)?(?P<org>[\u4e00-\u9fff]{2,14}?)"
                          r"(?:决定|继续|将|今年|正式|组织|拟|将继续)*实施(?P<what>[^，。；\n]{2,40})", re.M)
# bodies that founded it together (`由X与Y共同发起设立`, `由X、Y联合主办`)
_FOUNDED_BY = re.compile(r"由(?P<orgs>[\u4e00-\u9fff、]{4,60}?)(?:共同|联合)(?:发起设立|发起|设立|主办|资助)")
_JOINED = re.compile(r"[与、及]|(?<=[会院部局委所司])和")
# A department (司) of a national ministry or commission: a body no ending in the kinds' list names.
_NATIONAL_DEPARTMENT = re.compile(r"(?:国家|国务院|中国|全国)[\u4e00-\u9fff]{1,16}(?:部|委|局|署|院)[\u4e00-\u9fff]{1,8}司")
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
# the year written after the programme's name (`X专项2030年度项目`, `X基金2030年度滚动项目`)
_MIDDLE_YEAR = re.compile(r"(?<=基金|计划|专项|工程|资金)(?:19|20)\d{2}年度?(?:[和、及至到\-](?:19|20)\d{2}年度?)?"
                          r"(?:[^批\W\d]{0,6}?(?:项目|专项))?$")  # (two years: X专项2030年度和2031年度项目; not a batch: 第一批项目)
# A sentence about who may apply (`2030年结题的青年科学基金负责人符合面上项目…`), never a programme's name.
_SENTENCE = re.compile(r"的|负责人|申请人|主持人|符合|满足|结题|获得|获批|承担|具有|须|应|可以")
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[）)]$")
# A body named after the programme it runs (`X基金委`, `X计划管理办公室`).
_BODY_AFTER = r"(?:管理)?(?:委员会|委|办公室)"


@dataclass(frozen=True, slots=True)
class Programme:
    name: str
    year: int | None
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Call:
    programme: Programme | None
    standing: Programme | None  # the programme the year's call belongs to, where the text names it alone
    funders: tuple[Named, ...]  # bodies the text shows running the programme; empty: its issuers
    own_title: bool  # the programme comes from the call's own title
    sub_class: Named | None = None  # the class of the programme the call is for (`X项目（Y类项目）`)
    parts: tuple[Part, ...] = ()  # programmes its name holds: a quoted special programme and its parent
    founders: tuple[Named, ...] = ()  # bodies the text shows founding the programme (its standing one's)
    also: tuple[Programme, ...] = ()  # a second programme called for with it (`关于申报X计划项目和Y团队的通知`)


# a call's title with no 关于, a year in the programme's name (`某医院2030年度院级科研课题申报通知`): all before the verb
_BARE_CALL_TITLE = re.compile(r"^(?P<open>(?!))?(?P<name>[^《》，。；\s]{0,40}?(?:19|20)\d{2}年度?[^《》，。；\s]{2,60}?)(?:项目)?"
                              r"(?:申报|申请|征集|遴选)(?:工作)?的?(?:通知|公告|通告)$")


def programme_in_title(title: str) -> tuple[str, int, int] | None:
    """The programme a call's title (`关于…的通知`, white space removed) calls for: (name, start, end)."""
    m = _CALL_TITLE.search(title) or _BARE_CALL_TITLE.match(title)
    if not m or not (CALL_WORDS.search(title) or _PROGRAMME_WORD.search(m.group("name"))
                     or title.startswith("项目", m.end("name")) or _SELECTION.search(title)):
        return None
    raw = m.group("name")
    if "关于" in raw:  # `关于转发《关于组织申报X的通知》的通知`: the relayed notice's programme
        inner = raw[raw.index("关于"):]
        found = programme_in_title(inner if inner.endswith("通知") else inner + "的通知")
        if found is not None:
            offset = m.start("name") + raw.index("关于")
            return found[0], offset + found[1], offset + found[2]
    name = _GUIDE_SUFFIX.sub("", raw) if m.group("open") else raw
    paperwork = _PAPERWORK.search(name)
    if paperwork:  # `X基金项目申请书集中接收相关工作`: the programme is what the paperwork is for
        name = name[:paperwork.start()]
        name = name.removesuffix("项目") if _PROGRAMME_END.search(name.removesuffix("项目")) else name
    after = m.start("name") + len(name)
    if not _PROGRAMME_WORD.search(name) and title.startswith("项目", after):
        name += "项目"  # `省引导性项目`: the projects are the programme's name, not a word after it
    if len(name) < 4:
        return None
    return to_fullwidth_brackets(name), m.start("name"), m.start("name") + len(name)


def find_call(text: str, header: Header) -> Call:
    titled = _from_title(header)
    own_title = titled is not None and header.cited is None
    found = (*titled, None, None) if titled is not None else _from_text(text)
    if found is None:
        return Call(None, None, (), False)
    name, at, sub_class, short = found
    bare = drop_trailing_verb(name, text)
    if bare != name:
        name, at = bare, Span(at.start, at.start + len(bare)) if at.end - at.start >= len(bare) else at
    name, at, also = _joined(text, name, at)
    also += _quoted_beside(text, at)
    programme = Programme(name, _year(name), _spans(text, name, at))
    standing = _standing(text, name)
    funders: list[Named] = [header.cited.issuer] if header.cited and header.cited.issuer else []
    base = standing.name if standing else standing_name(name)
    relayed = header.relayed
    if not funders and relayed is not None and relayed.issuer is not None:
        upstream = programme_in_title(relayed.title.text)  # a call titled as the notice it relays
        if upstream is not None and _same_range(standing_name(upstream[0])) == _same_range(standing_name(name)):
            funders.append(relayed.issuer)
    funders += _joint_bodies(text, at)
    funders += _bodies_named_after(text, base)
    funders += [org for org, title in _publishers(text) if base in title and org not in funders]
    funders += [org for org in _callers(text) if org not in funders]
    called = {name, base, *([short] if short else [])}  # (the name the running text calls it by, too)
    funders += [org for org in _runners(text, called) if org not in funders]
    funders += [org for org in _notifiers(text, called) if org not in funders]
    funders += [org for org in _opening_body(name, at) if org not in funders]
    parts = tuple(parts_of(name, programme.spans, text)) + _component_of(text, standing.name if standing else name, called)
    founders = tuple(_founders(text, called))
    return Call(programme, standing, tuple(funders), own_title, sub_class, parts, founders, also)


# Two programmes one call is for, joined (`2030年度X计划项目和Y创新团队`, `X项目和专项任务项目`): each ends as a
# programme or what it funds does.
_TWO = re.compile(r"^(?P<first>.{4,}?(?:项目|计划|基金|专项|工程))(?:和|及|以及)"
                  r"(?P<second>[^和及与]{4,40}?(?:项目|计划|基金|专项|工程|团队|人才|学者|奖|平台|基地))$")


def _joined(text: str, name: str, at: Span) -> tuple[str, Span, tuple[Programme, ...]]:
    """The first of two programmes a name joins, where it is, and the second; else the name alone."""
    m = _TWO.match(name)
    if m is None or _SENTENCE.search(m.group("second")):
        return name, at, ()
    first, second = m.group("first"), m.group("second")
    whole = at.end - at.start == len(name)
    first_at = Span(at.start, at.start + len(first)) if whole else at
    second_at = Span(at.start + m.start("second"), at.end) if whole else at
    return first, first_at, (Programme(second, _year(second), _spans(text, second, second_at)),)


# a programme quoted right before or after the one found, the two joined (`“甲计划”和“乙基金”（以下统称“丙”）的申报`)
_QUOTED_BEFORE = re.compile(r"“(?P<name>[^“”\n，。；]{2,30})”(?:和|及|与|、)$")
_QUOTED_AFTER = re.compile(r"”(?:和|及|与|、)“(?P<name>[^“”\n，。；]{2,30})”")


def _quoted_beside(text: str, at: Span) -> tuple[Programme, ...]:
    """The programmes quoted right before and after the quoted one at `at`, joined to it."""
    if text[at.start - 1:at.start] != "“" or text[at.end:at.end + 1] != "”":
        return ()
    before = _QUOTED_BEFORE.search(text, max(0, at.start - 40), at.start - 1)
    after = _QUOTED_AFTER.match(text, at.end)
    return tuple(Programme(m.group("name"), _year(m.group("name")), (Span(m.start("name"), m.end("name")),))
                 for m in (before, after) if m is not None and not _SENTENCE.search(m.group("name")))


def runs_above(programme: str, issuer: str) -> bool:
    """Whether a programme is run above the body calling for it: a national programme called for by any
    body but a national one, a provincial one by a body that is not the province's (a city's bureau, a
    school), a city's by a district's. Such a body relays the call; it does not fund the programme."""
    above = level_of(programme)
    if above is None:
        return False
    if above == NATIONAL_LEVEL:
        return not (NATIONAL.match(issuer) or issuer.endswith("部"))
    below = level_of(issuer)
    return below is None or below < above


NATIONAL_LEVEL = 4
_LEVELS = {"省": 3, "自治区": 3, "市": 2, "州": 2, "盟": 2, "区": 1, "县": 1, "旗": 1}
_CITY_MARKS = ("市", "州", "盟", "区", "县", "")
_PLACES = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:自治区|省|市|州|盟|区|县|旗))+")


def level_of(name: str) -> int | None:
    """The level of government a programme or a body belongs to, from the places it opens with (4 national,
    3 provincial, 2 a city's, 1 a district's or county's); None where it names no place (a school's)."""
    base = _LEADING_YEAR.sub("", name)
    if NATIONAL.match(base):
        return NATIONAL_LEVEL
    province = next((p for p in provinces() if base.startswith(p)), None)
    if province is not None:
        return _last_level(base[len(province):]) or _LEVELS["省"]
    if base.startswith("省") or any(base.startswith(stem) and base[len(stem):len(stem) + 1] not in _CITY_MARKS
                                   for stem in (province_stem(p) for p in provinces())):
        return _LEVELS["省"]
    return _last_level(base)


def _last_level(name: str) -> int | None:
    m = _PLACES.match(name)
    if m is None:
        return None
    return _LEVELS[max((m.group().rfind(mark), mark) for mark in _LEVELS)[1]]


def _from_title(header: Header) -> tuple[str, Span] | None:
    title = header.cited.title if header.cited is not None else header.title
    if title is None:
        return None
    found = programme_in_title(title.text)
    if found is None:
        return None
    name, start, end = found
    return name, _title_span(title, start, end)


def _title_span(title: Title, start: int, end: int) -> Span:
    """Where in the source the programme's words stand inside a title (white space inside is allowed for)."""
    width = title.span.end - title.span.start
    if width == len(title.text):
        return Span(title.span.start + start, title.span.start + end)
    return title.span



def _from_text(text: str) -> tuple[str, Span, Named | None, str | None] | None:
    """The programme the running text calls for, where it is written, the class of it a call is for
    (`（某某领域一般项目）`), and the shorter name the running text calls it by where a title names it in full."""
    m = next((m for pattern in (_JOINT_CALL, _NAMED_CALL, _OWN_NAMED_CALL, _CALLED_FOR, _QUOTED_CALL)
              for m in pattern.finditer(text)
              if not _SENTENCE.search(m.group("name"))), None)
    if not m:
        return None
    cls = Named(m.group("cls"), Span(m.start("cls"), m.end("cls"))) if m.groupdict().get("cls") else None
    name, at = to_fullwidth_brackets(squeeze(m.group("name"))), Span(m.start("name"), m.end("name"))
    full, full_at = _written_in_full(text, name, at)
    return full, full_at, cls, name if full != name else None


_TITLE_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:附件\s*\d*\s*[：:]\s*)?(?P<title>关于[^\n]{4,100}?的?(?:通知|公告|通告))[ \t\u3000]*$")


def _written_in_full(text: str, name: str, at: Span) -> tuple[str, Span]:
    """The programme's fuller name, where a notice's title on a line of its own (an attachment's) calls for it
    (`第十二批博士后基金面上资助` of `关于申报第十二批北辰省博士后科学基金面上资助的通知`): the same round or year, every
    character of the short name in order."""
    for line in _TITLE_LINE.finditer(text):
        found = programme_in_title(line.group("title"))
        if found is None or len(found[0]) <= len(name) or found[0][:3] != name[:3] or not _in_order(name, found[0]):
            continue
        start = line.start("title") + found[1]
        return found[0], Span(start, start + len(found[0]))
    return name, at


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(ch in rest for ch in short)


def _joint_bodies(text: str, at: Span) -> list[Named]:
    """The bodies quoted right before the programme, where a joint call names them so (`“甲大学、乙大学”某计划`)."""
    m = next((j for j in _JOINT_CALL.finditer(text, max(0, at.start - 120), at.end + 20) if j.start("name") == at.start),
             None)
    if m is None:
        return []
    out = []
    for piece in re.finditer(r"[^、]+", m.group("bodies")):
        name = piece.group().strip()
        if is_body_name(name):
            start = m.start("bodies") + piece.start()
            out.append(Named(name, Span(start, start + len(piece.group()))))
    return out


def _year(name: str) -> int | None:
    m = _YEAR.search(name)
    return int(m.group(1)) if m else None


def _spans(text: str, name: str, first: Span) -> tuple[Span, ...]:
    """Every place the programme is written, allowing for spaces inside and either bracket width."""
    parts = ["[(（]" if c in "(（" else "[)）]" if c in ")）" else re.escape(c) for c in name]
    pattern = re.compile(r"\s*".join(parts))
    spans = {first, *(Span(m.start(), m.end()) for m in pattern.finditer(text))}
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))


_RANGE_MARK = re.compile(r"(?<=\d)\s*[~～—–－至到]\s*(?=\d)")


def _same_range(name: str) -> str:
    """The name with a range of years written with one mark (`2031~2032年` as `2031-2032年`)."""
    return _RANGE_MARK.sub("-", name)


def standing_name(name: str) -> str:
    """The programme without its year, its trailing note in brackets, the class of it a call is for
    (`面上项目`), the quotes around it and a trailing 项目 after a programme's word (`X基金项目`, not `X重大项目`)."""
    start = round_of(name)
    base = _TRAILING_NOTE.sub("", name[start:] if start is not None else _LEADING_YEAR.sub("", name))
    base = _CLASS_SUFFIX.sub("", _MIDDLE_YEAR.sub("", base))
    if base.startswith("“") and base.endswith("”") and "“" not in base[1:-1]:
        base = base[1:-1]  # 2020年度“某某进展”: the name the quotes hold
    return base.removesuffix("项目") if _PROGRAMME_END.search(base.removesuffix("项目")) else base


def _standing(text: str, name: str) -> Programme | None:
    """The standing programme (`X基金` of `2024年度X基金`) where the text names it without a year."""
    base = standing_name(name)
    if base == name or len(base) < 4:
        return None
    spans = []
    for at in occurrences(base, text):
        before, after = text[max(0, at - 1):at], text[at + len(base):at + len(base) + 1]
        if before in ("年", "度", "届") or after in ("委", "办", "管"):
            continue
        spans.append(Span(at, at + len(base)))
    start = round_of(name)
    if not spans and start is not None and base.endswith("奖"):  # a round names its standing award
        spans = [Span(m.start() + start, m.start() + start + len(base)) for m in _exact(text, name)][:1]
    return Programme(base, None, tuple(spans)) if spans else None


def _exact(text: str, name: str) -> list[re.Match[str]]:
    return list(re.finditer(re.escape(name), text))


def _publishers(text: str) -> list[tuple[Named, str]]:
    """Bodies the text says published a call (`X已发布《2024年度Y项目申报公告》`, `X《…申报公告》已经发布`), with the
    call's title."""
    out = []
    for m in sorted([*_PUBLISHED.finditer(text), *_PUBLISHED_AFTER.finditer(text)], key=lambda m: m.start()):
        org = squeeze(m.group("org"))
        if is_body_name(org) and CALL_WORDS.search(m.group("title")):
            out.append((Named(org, Span(m.start("org"), m.end("org"))), squeeze(m.group("title"))))
    return out


def _callers(text: str) -> list[Named]:
    """Bodies the text shows calling for applications or proposals themselves (`X现征集…`, `X决定组织申报…`);
    not an office named without its body (`科研处组织开展申报` relays a call, it runs none)."""
    out = []
    for m in _CALLS.finditer(text):
        org = squeeze(m.group("org"))
        if (is_body_name(org) and not is_office(org)) or _NATIONAL_DEPARTMENT.fullmatch(org):
            out.append(Named(org, Span(m.start("org"), m.end("org"))))
    return out


def _runners(text: str, names: set[str]) -> list[Named]:
    """Bodies, in their usual short form or in full (`基金委`, `科技部`, `省科技厅`), that the sentence naming
    the programme shows publishing its guide or running it."""
    names = {n for n in names if len(n) >= 4}
    out = []
    for m in _RELEASES.finditer(text):
        if any(n in m.group("what") for n in names):
            out.append(m)
    for m in _RUN_BY.finditer(text):
        sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:m.start()]
        if any(n in sentence for n in names):
            out.append(m)
    out += [m for m in _CARRIES_OUT.finditer(text) if any(n in squeeze(m.group("what")) for n in names)]
    for name in names:  # 科技部2030年某计划项目申报工作: the body whose year's programme it is
        out += [m for m in re.finditer(_OWN_BEFORE + re.escape(_LEADING_YEAR.sub("", name)), text)
                if org_kind(m.group("org")) == "government" and not runs_above(name, m.group("org"))]
    return [Named(m.group("org"), Span(m.start("org"), m.end("org"))) for m in out
            if is_body_name(m.group("org")) and not is_office(m.group("org"))]


_BODY_BEFORE_YEAR = re.compile(r"^(?P<org>[\u4e00-\u9fff（）()]{4,30}?)(?:19|20)\d{2}年度?")


def _opening_body(name: str, at: Span) -> list[Named]:
    """The unit a programme's name opens with, before its year (`某医院2030年度院级科研课题`): the unit runs it."""
    m = _BODY_BEFORE_YEAR.match(name)
    if m is None or org_kind(m.group("org")) in (None, "other") or not is_body_name(m.group("org")):
        return []
    whole = at.end - at.start == len(name)
    return [Named(m.group("org"), Span(at.start, at.start + m.end("org")) if whole else at)]


# the body whose notice the call relays, named before the programme in its sentence (`接某省卫健委通知，2030年度某项目…`)
_NOTIFIED = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?:接(?:到)?|根据)(?P<org>[\u4e00-\u9fff、]{2,40}?)(?:的)?(?:网上|网站|最新)?"
                       r"(?:通知|来函|文件)")  # (根据某基金会网上通知, 第十二批…的申报时间为)


def _notifiers(text: str, names: set[str]) -> list[Named]:
    """The bodies whose notice the sentence naming the programme says the call passes on."""
    names = {n for n in names if len(n) >= 4}
    out = []
    for m in _NOTIFIED.finditer(text):
        end = min((k for k in (text.find("。", m.end()), text.find("\n", m.end())) if k >= 0), default=len(text))
        if not any(n in text[m.end():end] for n in names):
            continue
        out += _joined_bodies(text, m, "org", also=("基金会",))  # 接甲、乙通知: each body
    return out


def _founders(text: str, names: set[str]) -> list[Named]:
    """Bodies the sentence naming the programme shows founding it together (`由X与Y共同发起设立`)."""
    names = {n for n in names if len(n) >= 4}
    found = []
    for m in _FOUNDED_BY.finditer(text):
        sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:m.end()]
        if not any(n in sentence for n in names):
            continue
        found += _joined_bodies(text, m, "orgs", also=("基金会",))
    return found


def _joined_bodies(text: str, m: re.Match[str], group: str, also: tuple[str, ...] = ()) -> list[Named]:
    """The bodies a group of the match joins (`甲、乙`, `甲与乙`), each where it is written; an office alone is none,
    and a name ending in one of `also` is one whatever its ending says."""
    out = []
    at = m.start(group)
    for part in _JOINED.split(m.group(group)):
        at = text.index(part, at)
        if (is_body_name(part) or part.endswith(also)) and not is_office(part):
            out.append(Named(part, Span(at, at + len(part))))
        at += len(part)
    return out


def _bodies_named_after(text: str, base: str) -> list[Named]:
    if len(base) < 4:
        return []
    pattern = re.compile(re.escape(base) + _BODY_AFTER)
    return [Named(m.group(), Span(m.start(), m.end())) for m in pattern.finditer(text)]
