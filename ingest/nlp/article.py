"""The organization an article is about, and the units and people it names only relative to it.

A news page names its own institution in its frame rather than its sentences: the source line
(`来源：某大学新闻网`, `信息来源：某医院`), the site name in the title (`… | 某大学·某某新闻网`), the copyright
line (`© 2012 某大学新闻中心`). `我校`, `本院` in the text are that institution, and so is the institution of
a department named alone (`材料学院李某教授`, `电子系某某教授`): the person works at both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import kind_of
from ingest.nlp.mentions import Mention, Ranges
from ingest.nlp.posts import ACADEMIES, HEAD_OF_A_KIND, is_society, post_relations, visited
from ingest.org_names import province_stem, provinces
from ingest.tables.cells import chinese_number

_SITE_WORDS = r"(?:新闻网|新闻中心|新闻办|宣传部|党委宣传部|融媒体中心|官网|官方网站|网站|新闻)"
_SOURCE = re.compile(r"(?:^|(?<=[/|｜\s]))[ \t\u3000]*(?:信息|新闻|稿件)?来源[ \t\u3000]*[：:][ \t\u3000]*"
                     r"(?P<name>[\u4e00-\u9fff·]{2,30})", re.M)
_FRAME_LABELS = re.compile(r"(?:发稿|发布|更新)?时间|日期|作者|编辑|责编|点击|浏览")
_TITLE_SITE = re.compile(r"[|｜_—-][ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,20}?)[·・][^\n]{0,20}?网")
_COPYRIGHT = re.compile(r"(?:©|版权所有|Copyright)[ \t\u3000]*(?:\d{4}[ \t\u3000]*)?(?:-[ \t\u3000]*\d{4}[ \t\u3000]*)?"
                        rf"(?P<name>[\u4e00-\u9fff]{{2,20}}?){_SITE_WORDS}")
_INSTITUTION_KINDS = frozenset({"university", "hospital", "research_institute", "company", "lab"})
OWN = re.compile(r"我校|本校|我院|本院|我所|本所|我单位|本单位|我公司|本公司")
# a signature closing the article on a line of its own: （某医院 宣传处）, （某大学新闻中心 张某）
_SIGNATURE = re.compile(r"^[ \t\u3000]*[（(][ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,30}?)[ \t\u3000]*"
                        r"(?:党委|院|校)?(?:宣传|新闻|办公室|党政办|融媒体)[\u4e00-\u9fff]{0,6}(?:[ \t\u3000/][^）)\n]{0,20})?"
                        r"[）)][ \t\u3000]*$", re.M)
# a news site's lead: `某大学新闻网讯（通讯员 某某）`, `某医院讯`, `某大学新闻网1月18日电`
# (in markdown's bold: `**某大学新闻网讯**（通讯员 某某）`)
_DATELINE = re.compile(r"(?:^|(?<=[\s】*])|(?<=&nbsp;))[ \t\u3000*]*(?P<name>[\u4e00-\u9fff]{2,20}?)(?:(?:新闻网|新闻中心|官网|融媒体中心|网)?讯"
                       r"|(?:新闻网|新闻中心|官网|融媒体中心|网)[ \t\u3000]*\d{1,2}月\d{1,2}日[ \t\u3000]*[电讯])"
                       r"(?=[ \t\u3000（(*<]|$)", re.M)  # (<: a tag after it, in a page a data file holds)
# a page's breadcrumb: `您现在的位置是某大学新闻中心 >> 要闻`, `当前位置：某医院官网 > 新闻动态`
_BREADCRUMB = re.compile(r"(?:您现在的位置|您的位置|当前位置|所在位置|现在位置)[ \t\u3000]*(?:是|：|:)[ \t\u3000]*"
                         r"(?P<name>[\u4e00-\u9fff]{2,30}?)[ \t\u3000]*(?:>>|>|»|›|→|/)")
# 供稿：某医院宣传处, 供稿单位：某研究所
_CONTRIBUTED = re.compile(r"(?:^|(?<=[\s（(]))(?:供稿|来稿|撰稿)(?:单位)?[ \t\u3000]*[：:][ \t\u3000]*"
                          r"(?P<name>[\u4e00-\u9fff]{2,30}?)(?=(?:党委|院|校)?(?:宣传|新闻|办公室|党政办|融媒体)|[\s）)，,]|$)",
                          re.M)
_SHORTEST_CONTRIBUTOR = 4  # 供稿：科研院: an office of the site's institution by its short name, no frame
# a department: a school or department of a university, a clinical department of a hospital
_DEPARTMENT = re.compile(r"(?:学院|系|研究所|研究室|教研室|科|部|处|中心)$")
_OFFICE_LEN = 6
# a partner named after the own institution's words: 联合某大学, 与某大学, 以及某研究所
_PARTNER_BEFORE = re.compile(r"(?:联合|会同|携手|协同|与|和|同|及|以及)了?[ \t\u3000]*$")
_INSTITUTE_LEN = 12  # 某某某某研究所: an institute's own short name, no compound one
_PLACES = ("国家", "中国", "全国", *provinces(), *(province_stem(p) for p in provinces()))


@dataclass(frozen=True)
class Frame:
    """The institution an article is about (`name`), as the page's frame writes it."""

    name: str
    start: int
    end: int


def article_institution(text: str) -> Frame | None:
    """The institution the page's frame names: its source line, the site in its title, its copyright line."""
    for pattern in (_SOURCE, _TITLE_SITE, _COPYRIGHT, _CONTRIBUTED, _SIGNATURE, _DATELINE, _BREADCRUMB):
        for m in pattern.finditer(text):
            name = _without_site(m.group("name"))
            if pattern is _CONTRIBUTED and len(name) < _SHORTEST_CONTRIBUTOR:
                continue
            if name and is_institution(name):
                start = m.start("name")
                return Frame(name, start, start + len(name))
    return None


def own_institution(text: str, mentions: Sequence[Mention]) -> Frame | None:
    """Where no frame names the article's institution but the text says 本校 or 我院: the one institution the
    text names that such a word can stand for (the one university for 本校), where there is exactly one that the
    text does not name as a partner (我校与某大学合作)."""
    words = {m.group() for m in OWN.finditer(text)}
    if not words:
        return None
    named: dict[str, Mention] = {}
    partners = {m.ref for m in mentions if m.label == "ORG" and _PARTNER_BEFORE.search(text, max(0, m.start - 4), m.start)}
    for m in mentions:
        if m.label == "ORG" and is_institution(m.ref) and any(own_word_of(w, m.ref) for w in words) \
                and not ACADEMIES.fullmatch(m.ref):  # 中国工程院院士: an honour's academy, not the article's unit
            named.setdefault(m.ref, m)
        elif m.label == "ORG" and words & {"我校", "本校"} and m.ref.endswith("学院") and _SCHOOL_HEAD.match(text, m.end):
            named.setdefault(m.ref, m)  # 某某学院党委书记、校长: a college that is a university, which 我校 may be
    if len(named) > 1:  # 我校与甲大学合作…为乙大学的发展: the one the text does not name as 我校's partner
        ours = {m.ref for m in mentions if m.label == "ORG" and _OWN_PARTNER.search(text, max(0, m.start - 6), m.start)}
        named = {ref: m for ref, m in named.items() if ref not in ours}
    if len(named) > 1 and (title := _TITLE_LINE.search(text)) is not None:
        in_title = {ref: m for ref, m in named.items() if title.start() <= m.start < title.end()}
        named = in_title if len(in_title) == 1 else named  # 甲大学->我校18项成果获奖 … 仅次于乙大学: the title's
    if len(named) != 1 or next(iter(named)) in partners:
        return None  # 我校…联合某大学: the one university named is the partner, not the article's own
    name, first = next(iter(named.items()))
    return Frame(name, first.start, first.end)


_TITLE_LINE = re.compile(r"^[^\n]*[\u4e00-\u9fff][^\n]*$", re.M)  # the first line with Chinese words: the page's title
_OWN_PARTNER = re.compile(r"(?:我校|本校|我院|本院|我所|本所)(?:与|同|和|联合|携手)$")


_SCHOOL_HEAD = re.compile(r"[、，,\s]*(?:党委)?(?:常务)?(?:副)?(?:书记|校长)")


def frame_of(text: str, mentions: Sequence[Mention]) -> Frame | None:
    """The article's own institution: the one its frame names, else the one its text names (`text_frame`)."""
    return article_institution(text) or text_frame(text, mentions)


def text_frame(text: str, mentions: Sequence[Mention]) -> Frame | None:
    """The article's own institution where no frame names it: the one 我校 stands for, the one a short site name names,
    or the one the text names as its work's first unit."""
    return own_institution(text, mentions) or site_of_short_name(text, mentions) or first_unit_of_the_work(text, mentions)


# 某大学为该论文第一署名单位, 某研究所为本成果第一完成单位
_FIRST_UNIT = re.compile(r"\s*(?:是|为)(?:该|本|此|这篇|这项)?(?:论文|文章|成果|研究|工作)?的?第一(?:署名|完成|作者)单位")


def first_unit_of_the_work(text: str, mentions: Sequence[Mention]) -> Frame | None:
    """`某大学为该论文第一署名单位`: a page that names no frame reports its own institution's work, the one institution it
    names as the work's first unit."""
    named = {m.ref: m for m in mentions if m.label == "ORG" and is_institution(m.ref) and _FIRST_UNIT.match(text, m.end)}
    if len(named) != 1:
        return None
    first = next(iter(named.values()))
    return Frame(first.ref, first.start, first.end)


def site_of_short_name(text: str, mentions: Sequence[Mention]) -> Frame | None:
    """A frame that names the site by its institution's short name (`北辰新闻网讯`, `来源：北辰新闻网`): the one
    institution the text names that opens with it (北辰大学, also where its schools are named with it)."""
    for pattern in (_DATELINE, _SOURCE, _TITLE_SITE, _COPYRIGHT):
        for m in pattern.finditer(text):
            short = _without_site(m.group("name"))
            if len(short) < 2 or is_institution(short):
                continue
            named = [x for x in mentions if x.label == "ORG" and x.ref.startswith(short) and is_institution(x.ref)]
            whole = min(named, key=lambda x: len(x.ref), default=None)  # (北辰大学 of 北辰大学某学院 too)
            if whole is not None and all(x.ref.startswith(whole.ref) for x in named):
                return Frame(whole.ref, whole.start, whole.end)
    return None


def own_mentions(text: str, frame: Frame, ranges: Sequence[tuple[int, int]], taken: Sequence[Mention]) -> list[Mention]:
    """`我校`, `本院`, `我所` where they can only be the article's own institution (我校 of a university, 我院 of a
    hospital or an academy, not of a university, where 我院 is one of its schools): mentions of it, for the
    relations of the sentences they stand in. They are not names of the institution (never an alias)."""
    out = []
    covered = Ranges((t.start, t.end) for t in taken)
    for m in OWN.finditer(text):
        if not own_word_of(m.group(), frame.name) or not any(s <= m.start() < e for s, e in ranges):
            continue
        if covered.overlap(m.start(), m.end()):
            continue
        out.append(Mention("ORG", m.start(), m.end(), m.group(), kind_of(frame.name), ref=frame.name))
    return out


_THIS = re.compile(r"该(?:校|院|所|单位|公司)")
_THIS_REACH = 300  # characters back to the unit `该院` stands for, within its paragraph


def this_mentions(text: str, ranges: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[Mention]:
    """`该院`, `该校`, `该所`: the nearest unit named before, in the paragraph, that the word can stand for (a hospital
    for 该院, a university for 该校): mentions of it, for the relations of their sentences, never its names."""
    out = []
    orgs = [m for m in mentions if m.label == "ORG"]
    covered = Ranges((m.start, m.end) for m in mentions)
    for m in _THIS.finditer(text):
        if not any(s <= m.start() < e for s, e in ranges) or covered.overlap(m.start(), m.end()):
            continue
        word = "我" + m.group()[1:]
        unit = next((o for o in reversed(orgs) if o.end <= m.start() and m.start() - o.end <= _THIS_REACH
                     and "\n\n" not in text[o.end:m.start()] and own_word_of(word, o.ref)), None)
        if unit is not None:
            out.append(Mention("ORG", m.start(), m.end(), m.group(), kind_of(unit.ref), ref=unit.ref))
    return out


def own_word_of(word: str, name: str) -> bool:
    """Whether `word` (我校, 本院…) can stand for the institution `name` in its own article."""
    kind = kind_of(name)
    if word[1:] == "校":
        return kind == "university"
    if word[1:] == "院":
        return kind == "hospital" or (kind in ("research_institute", "university") and name.endswith("院")
                                      and not name.endswith("大学"))
    if word[1:] == "所":
        return name.endswith("所")
    if word[1:] == "公司":
        return kind == "company"
    return True  # 我单位, 本单位


def _without_site(name: str) -> str:
    """`某大学新闻网发稿时间` -> 某大学: the name without the site's words and any label glued after it."""
    label = _FRAME_LABELS.search(name)
    return re.sub(f"{_SITE_WORDS}$", "", name[: label.start()] if label else name)


def is_institution(name: str) -> bool:
    """A university, hospital, institute or company in its own right, not one of its departments
    (`某某学院` with no place or university before it is a school of the article's university)."""
    kind = kind_of(name)
    if kind not in _INSTITUTION_KINDS:
        return False
    return not (name.endswith("学院") and len(name) <= 6 and not name.endswith("医学院"))


def is_department(name: str) -> bool:
    """A unit named alone that only exists inside an institution: `材料学院`, `电子系`, `胸外科`; not one a
    place or the state names (`某省某中心`, `国家某中心`)."""
    if not _DEPARTMENT.search(name) or is_institution(name) or name.startswith(_PLACES):
        return False
    if name.endswith(("处", "科")) and len(name) <= _OFFICE_LEN:
        return True  # 人事处, 胸外科: an office or clinical department
    return kind_of(name) in ("other", "university", "research_institute", "center")


_ACADEMY_ENDINGS = ("科学院", "农业科学院", "林业科学院", "医学科学院")


def _institute_of_academy(name: str, academy: str) -> bool:
    """`粮食作物研究所` in an academy's own article (`我院`, 某省农业科学院): one of the academy's institutes, named
    without a place, the state or another institution before it."""
    return academy.endswith(_ACADEMY_ENDINGS) and name.endswith("研究所") and not name.startswith(_PLACES) \
        and len(name) <= _INSTITUTE_LEN and not any(w in name[:-3] for w in ("大学", "学院", "科学院", "研究院"))


def tie_to_institutions(entities: list[Entity], relations: list[Relation], frame: Frame | None) -> list[Relation]:
    """WORKS_AT the institution for everyone who works at one of its departments: the parent a compound
    name gives (`某大学物理学院` -> 某大学), else the article's own institution (`材料学院李某教授`)."""
    orgs = {e.name: e for e in entities if e.type is Label.ORGANIZATION}
    out = []
    for r in relations:
        unit = orgs.get(r.target)
        if r.type not in (RelType.WORKS_AT, RelType.AFFILIATED_WITH) or unit is None:
            continue  # an honorary post in a department (客座教授) is an affiliation with its institution too
        if unit.parent and (is_department(unit.name[len(unit.parent):]) or kind_of(unit.parent) == "university"
                            and kind_of(unit.name) in ("research_institute", "other", "center")):
            institution = unit.parent  # 某大学某学院, 某大学交叉信息研究院: a school of the university (not its hospital)
        elif unit.parent and not unit.name.startswith(unit.parent) and not unit.name.startswith(("国家", "中国", "全国")) \
                and kind_of(unit.name) in ("lab", "research_institute", "center") and not ACADEMIES.fullmatch(unit.parent):
            institution = unit.parent  # 某中心（别名）某重点实验室: a unit the text places in its institution
        elif not unit.parent and frame and unit.name != frame.name and (is_department(unit.name)
                                                                         or _institute_of_academy(unit.name, frame.name)):
            institution = frame.name
        else:
            continue
        position = unit.name[len(unit.parent or ""):] + r.position if r.position else None
        if r.type is RelType.AFFILIATED_WITH and is_society(institution):
            continue  # a society's branch: ingest.nlp.posts already ties a post to the society
        out.append(Relation(type=r.type, source=r.source, target=institution, title=r.title,
                            position=position, spans=r.spans))
    return out


def completed_at_institutions(text: str, entities: list[Entity], relations: list[Relation],
                              frame: Frame | None) -> list[Relation]:
    """The relations with each project's completing unit written as a department alone (`材料学院潘峰教授等完成的“…”`)
    moved to the article's own institution: the institution completes a project, not one of its schools (a school
    named with its university, `某大学材料学院`, is a unit in its own right). A project whose first completer is
    written right after a department (`电子系陆某教授等完成的`, `某大学自动化系周某教授等完成的`), with no completing unit
    read, is completed at that institution."""
    orgs = {e.name: e for e in entities if e.type is Label.ORGANIZATION}

    def institution_of(name: str) -> str | None:
        """The article's institution for its department named alone; the unit itself where it is an institution
        or named with one (`某大学材料学院`)."""
        unit = orgs.get(name)
        if unit is None:
            return None
        if not unit.parent and frame and unit.name != frame.name and is_department(unit.name):
            return frame.name
        return name if unit.parent or is_institution(name) else None

    out = [replace(r, source=institution) if r.type is RelType.UNIT_OF and (institution := institution_of(r.source))
           and institution != r.source else r for r in relations]
    completed = {r.target for r in out if r.type is RelType.UNIT_OF}
    people = {e.name: e for e in entities if e.type is Label.PERSON}
    ends = {s.end: e.name for e in orgs.values() for s in e.spans}
    for r in relations:
        person = people.get(r.source)
        if r.type is not RelType.MEMBER_OF or r.rank != 1 or r.target in completed or person is None:
            continue
        institution = next((i for s in person.spans if (i := _institution_before(text, s.start, ends, frame,
                                                                                   institution_of))), None)
        if institution is not None:
            out.append(Relation(type=RelType.UNIT_OF, source=institution, target=r.target, rank=1, spans=r.spans))
            completed.add(r.target)
    return out


# the works an institution won awards for, counted (`某大学12项成果获某奖`, `我校共有12项成果获奖`), or its awarded
# works named as such (`我校获奖项目如下`)
_WORKS_WON = re.compile(r"[ \t\u3000]*(?:(?:今年|本年度|本次|此次|共有|共计|累计|共|有)[ \t\u3000]*)*"
                        r"(?:(?P<count>\d{1,3}|[一二三四五六七八九十两]{1,3})[ \t\u3000]*项(?:科研|科技|研究|教学)?(?:成果|项目)?"
                        r"[ \t\u3000]*(?:荣获|获得|获|摘得|斩获)|(?:的)?获奖(?:项目|成果))")


def awarded_at_institution(text: str, entities: list[Entity], relations: list[Relation],
                           frame: Frame | None) -> list[Relation]:
    """UNIT_OF the article's own institution for each awarded work its list names no unit of, where the text says
    the institution won awards for its works (`某大学12项成果获某奖`, `我校共有12项成果获奖`): a university's news
    listing its own works, with their completers and no unit's column. Where the text counts the works, a list of
    more works than that is no list of its own alone (the whole roll of an award) and gets none."""
    if frame is None:
        return []
    won = [m for at in _frame_words(text, frame) if (m := _WORKS_WON.match(text, at)) is not None]
    if not won:
        return []
    completed = {r.target for r in relations if r.type is RelType.UNIT_OF}
    completers: dict[str, Relation] = {}
    for r in relations:
        if r.type is RelType.MEMBER_OF and r.target not in completed:
            completers.setdefault(r.target, r)
    works = [e.name for e in entities if e.type is Label.PROJECT and e.kind == "research_project" and e.name in completers]
    counts = [n for m in won if m.group("count") and (n := chinese_number(m.group("count"))) is not None]
    if not works or counts and len(works) > max(counts):
        return []
    return [Relation(type=RelType.UNIT_OF, source=frame.name, target=w, spans=completers[w].spans) for w in works]


def _frame_words(text: str, frame: Frame) -> list[int]:
    """Where each mention of the article's institution ends: its name, or an own word (我校) that stands for it."""
    ends = [m.end() for m in re.finditer(re.escape(frame.name), text)]
    return ends + [m.end() for m in OWN.finditer(text) if own_word_of(m.group(), frame.name)]


# a department's word: 自动化系, 材料学院, 某某研究所
_DEPARTMENT_WORD = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:系|学院|研究所)")
_DEPARTMENT_REACH = 12
_OPENS_ITEM = ("，", ",", "、", "；", ";", "：", ":", " ", "\t", "\n", "\u3000", "以及", "和", "及", "与")


def _institution_before(text: str, at: int, ends: dict[int, str], frame: Frame | None,
                        institution_of: Callable[[str], str | None]) -> str | None:
    """The institution of the unit written right before `at`: a department of it (named as an organization, or a
    department's word alone opening a list's item: the article's own), or the institution before such a word
    (`某大学|自动化系|`)."""
    if at in ends:
        return institution_of(ends[at])
    for k in range(max(0, at - _DEPARTMENT_REACH), at - 1):  # the longest department's word first
        word = text[k:at]
        if not _DEPARTMENT_WORD.fullmatch(word) or not is_department(word):
            continue
        if k in ends:
            return ends[k] if is_institution(ends[k]) else None
        if k == 0 or text.endswith(_OPENS_ITEM, 0, k):
            return frame.name if frame is not None else None
    return None


def _institute(name: str) -> bool:
    return name.endswith("所")


def _university(name: str) -> bool:
    return kind_of(name) == "university" and not name.endswith("学院")


# posts only one kind of unit has: 所长 of a research institute, 校长 of a university
_POST_KINDS = ((re.compile(r"所长"), _institute), (re.compile(r"校长"), _university))
_POST_LINK = re.compile(r"[、，,\s]?")
_CLAUSE_MARKS = "，。；：、\n,;: \t"
_HOLDING_BEFORE = re.compile(r"(?:现任|时任|担任|原任)$")  # 现任|校党委书记: the verb of holding, then the marker
_BEFORE_PERSON = "由与和及同向请被了"  # 下午由校长某某授旗, 拜访了校长某某: a word that brings in a person, not a unit's name
# one character written before a post for the unit whose post it is: 校党委书记 (the university's)
_UNIT_MARKER = {"校": _university, "所": _institute}


def posts_of_the_one_unit(text: str, mentions: Sequence[Mention], entities: list[Entity],
                          relations: list[Relation], frame: Frame | None = None) -> list[Relation]:
    """`党委书记、副所长李某同志主持会议`: posts written before a name with no unit, of a kind only one unit of
    the document can give (所长 of its one research institute, 校长 of its one university), or the article's own
    institution where the document names others of its kind (`我校聘任乙大学原校长…。校长甲出席`): the person holds
    them there, unless the text already says where the person works."""
    named = [e for e in entities if e.type is Label.ORGANIZATION]
    inside = [s for e in named for s in e.spans]
    # (a unit written only as the opening of another's name, 某大学|现代农业研究院, is that other unit's)
    orgs = [e.name for e in named if not e.spans or any(not any(o.start <= s.start and s.end <= o.end and o != s
                                                                  for o in inside) for s in e.spans)]
    placed = {r.source for r in relations if r.type is RelType.WORKS_AT}
    # a college no university is named over (某某理工学院): a school of its own, whose 校长 it has
    colleges = {e.name for e in named if e.name.endswith("学院") and e.parent is None and kind_of(e.name) == "university"}
    out: list[Relation] = []
    listed: tuple[int, str] | None = None  # (where the last item ended, its unit): 校党委书记甲、副书记乙
    for k, person in enumerate(mentions):
        if person.label != "PERSON":
            continue
        posts: list[Mention] = []
        at = person.start
        j = k - 1
        while j >= 0 and mentions[j].label in ("POSITION", "TITLE") and _POST_LINK.fullmatch(text, mentions[j].end, at):
            posts.insert(0, mentions[j])
            at = mentions[j].start
            j -= 1
        marker = _UNIT_MARKER.get(text[at - 1]) if at > 1 and (text[at - 2] in _CLAUSE_MARKS or _HOLDING_BEFORE.search(
            text, max(0, at - 4), at - 1)) else None  # ，校党委书记; 现任校党委书记
        if not posts or at > 0 and text[at - 1] not in _CLAUSE_MARKS and text[at - 1] not in _BEFORE_PERSON \
                and marker is None or person.text in placed:
            listed = None
            continue  # no posts, or a unit (or a word of its own) written right before them
        fits = marker or next((fits for post, fits in _POST_KINDS if any(post.search(m.text) for m in posts
                                                                         if m.label == "POSITION")), None)
        units = _units_of_kind(text, mentions, orgs, colleges, fits, frame)
        if fits is None and listed is not None and text[listed[0]:at] == "、":
            units = [listed[1]]  # 、副书记乙: an item of the list after one whose unit is known
        if len(units) != 1:
            listed = None
            continue
        listed = (person.end, units[0])
        written = "、".join(m.text for m in posts if m.label == "POSITION")
        title = next((m.text for m in posts if m.label == "TITLE"), None)
        out += post_relations(person.text, units[0], written, title, Span(at, person.end))
        placed.add(person.text)
    return out + _leaders_listed(text, mentions, orgs, colleges, placed, frame) \
        + _heads_after_names(text, mentions, orgs, colleges, placed, frame)


def _units_of_kind(text: str, mentions: Sequence[Mention], orgs: list[str], colleges: set[str],
                   fits: Callable[[str], bool] | None, frame: Frame | None) -> list[str]:
    """The document's units of the kind a post or a marker is of (a college no university is named over counts as a
    university), none it names as visited; the article's own alone where it is among them (校长甲 in 我校's article)."""
    units = [name for name in orgs if fits is not None and (fits(name) or fits is _university and name in colleges)
             and not visited(text, mentions, name)]
    return [frame.name] if len(units) > 1 and frame is not None and frame.name in units else units


def _heads_after_names(text: str, mentions: Sequence[Mention], orgs: list[str], colleges: set[str], placed: set[str],
                       frame: Frame | None) -> list[Relation]:
    """`，甲副校长会见了代表团`: a head's post written right after a name that opens its clause, no unit before it: the
    post in the one unit of its kind the document names (its own where it names others), as for a post before a name."""
    out: list[Relation] = []
    for person, post in zip(mentions, mentions[1:], strict=False):
        if person.label != "PERSON" or post.label != "POSITION" or post.start != person.end or person.text in placed \
                or person.start > 0 and text[person.start - 1] not in _CLAUSE_MARKS:
            continue
        head = HEAD_OF_A_KIND.fullmatch(post.text)
        units = _units_of_kind(text, mentions, orgs, colleges, _UNIT_MARKER.get(head.group("kind")) if head else None, frame)
        if len(units) == 1:
            out += post_relations(person.text, units[0], post.text, None, Span(person.start, post.end))
            placed.add(person.text)
    return out


# the leaders of the one unit the marker stands for, listed after it: 校领导甲、乙、丙 (the university's)
_LEADERS = re.compile(r"(?:^|(?<=[，。；：、\n,;:\s]))(?P<marker>校|所)领导(?:班子成员)?[：:]?[ \t\u3000]*")
_LIST_LINK = re.compile(r"[ \t\u3000]*[、][ \t\u3000]*|[ \t\u3000]+")


def _leaders_listed(text: str, mentions: Sequence[Mention], orgs: list[str], colleges: set[str], placed: set[str],
                    frame: Frame | None) -> list[Relation]:
    """`校领导甲、乙、丙出席`: each of the listed leaders works at the one university (所领导: the one institute) the
    document names, or its own where it names others too, unless the text already says where they work."""
    people = {m.start: m for m in mentions if m.label == "PERSON"}
    out: list[Relation] = []
    for m in _LEADERS.finditer(text):
        units = _units_of_kind(text, mentions, orgs, colleges, _UNIT_MARKER[m.group("marker")], frame)
        if len(units) != 1:
            continue
        at = m.end()
        while (person := people.get(at)) is not None:
            if person.text not in placed:
                out.append(Relation(type=RelType.WORKS_AT, source=person.text, target=units[0],
                                    spans=(Span(m.start(), person.end),)))
            link = _LIST_LINK.match(text, person.end)
            if link is None:
                break
            at = link.end()
    return out


def frame_entity(frame: Frame) -> Entity:
    return Entity(type=Label.ORGANIZATION, name=frame.name, kind=kind_of(frame.name), spans=(Span(frame.start, frame.end),))
