"""One row of facts, whatever layout it came from (a table row, a list item, a form's fields), into
entities and relations, by the gold conventions of ../shared/realdev/README.md:

- a project row: the Project (code, year, budget in 万元, award) with LEADS of its leader, MEMBER_OF of
  its members (with rank), UNIT_OF of its host or completing units (with rank), and WORKS_AT where
  the row pairs a person with a unit;
- a row of people without a project: WORKS_AT with title (职称) and position (行政职务);
- a row about a unit (a table of labs: 实验室名称, 依托单位, 实验室主任, 学术委员会主任): the unit, of the kind
  its header names, PART_OF its host; LEADS of its head and AFFILIATED_WITH of a board's post holder, each
  in the header's words;
- a paper row: the Paper, its journal and authors; a patent row: the Patent, inventors and owners.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from graph.schema import Label, RelType
from ingest.kit.builder import Builder
from ingest.kit.orgbook import CHOICE_MARKS, OrgBook, unit_name
from ingest.kit.text import DASHES, clean_value, has_cjk
from ingest.model import Entity, Span
from ingest.nlp.appointments import is_society_post
from ingest.nlp.bodies import is_body
from ingest.nlp.grants import is_class_of_programme
from ingest.nlp.lexicon import jieba_dictionary, kind_of, load_lexicon
from ingest.nlp.posts import ACADEMY_HONOURS, is_honorary
from ingest.org_names import is_distinctive, kind_suffix, org_kind, provinces
from ingest.tables.cells import (
    PATENT_NUMBER,
    PersonValue,
    Piece,
    is_name,
    people_in,
    rank_of,
    split_list,
    unquoted,
    wan,
    year_in,
)
from ingest.tables.people_lists import is_noted_person, note_units, noted_people
from ingest.tables.profiles import UNIT_ENDINGS, title_of
from ingest.tables.typing import FUNDER_FIRST, STUDY_NOTE, Content, content_of, post_role
from ingest.tables.vocabulary import PEOPLE, Role, header_of
from ingest.tables.works import paper_of, patent_of, patents_listed, unnumbered_patent_of
from names.script import simplified

_PERIOD_AFTER = re.compile(rf"\s*[（(]\s*(?P<since>(?:19|20)\d{{2}})\s*[{DASHES}~至]\s*(?P<until>(?:19|20)\d{{2}})?[^()（）]*[）)]\s*$")
_LONGEST_TERM = 10  # years: a project runs no longer; a longer span in brackets is the era a title studies (1920—1949)
# a title written after its programme: `某某专业综合改革子项目:<title>`, `2011年“某某支持计划:<title>`
# (`国家重点基础研究计划（973计划）课题: __<title>__,`: a task of the programme, its short name in brackets; the title
# in markdown's emphasis, the comma before the item's next field)
_PROGRAMME_FIRST = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:第[一二三四五六七八九十\d]{1,3}[期批])?[“\"]?(?P<programme>[^:：“”\"]{4,40}?(?:计划|项目|子项目|专项|基金|建设|工程)"
                              r"(?:\s*[（(][^（）()]{1,20}[）)])?(?:课题|项目)?)"
                              r"[”\"]?\s*[:：]\s*[“\"]?(?:__|\*\*)?(?P<title>[^:：_*]{4,120}?)(?:__|\*\*)?[”\"]?\s*[,，;；]?$")
# a cell of two lines: the programme, then the project's title (`某基金面上项目` <br> `<title>`)
_PROGRAMME_OVER = re.compile(r"[ \t]*(?P<programme>[^\n]{4,40}?(?:计划|项目|子项目|专项|基金|工程)(?:\s*[·・]\s*子?课题[一二三四五六七八九十\d]{1,2})?)"
                             r"[ \t]*\n\s*(?P<title>[^\n]{4,120}?)\s*")
_PROGRAMME_SEPARATORS = re.compile(r"\s*[，,、；;]\s*|\s+[·・]\s+")  # 某基金项目 · 51474153: the programme, then a number
_TITLE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# a category of projects that any funder has (重点项目, 一般课题, 校级项目): no programme of its own
_CATEGORY = re.compile(r"(?:横向|纵向|其他|其它|校企合作|产学研合作)(?:项目|课题|类)?|(?:国家级|省部级|部委级|省级|市级|厅局级|厅级|校级|院级|部级)?"
                       r"(?:[(（]?哲学[)）]?)?(?:社科|社会科学|人文社科|科研|科技|教研|教改)?(?:基金)?"
                       r"(?:重点|重大|一般|面上|青年|培育|自筹|指导性|委托|自主|滚动|应急|特别|横向|纵向)*(?:项目|课题|类)")
_MIN_PROGRAMME = 4
_KIND_LABEL = re.compile(r"类别|类型|分类|方向$")
_NAMES_A_PROGRAMME = re.compile(r"计划|基金|专项|工程|资助|奖|行动|项目$")
_PART_TAKEN = re.compile(r"(?:主持|负责|参与|参加|主研)人?")
_AWARD_LEVEL = re.compile(r"^[一二三四五六七八九十特]等奖?$")


@dataclass
class Record:
    """The values of one row by what they are, in reading order, and the units headers state."""

    span: Span
    values: dict[Role, list[Piece]] = field(default_factory=dict)
    units: dict[Role, str] = field(default_factory=dict)
    labels: dict[Role, str] = field(default_factory=dict)  # the words of the header or label, by role
    awarded: bool = False  # the row is an award's (completers are members, not leaders)
    post_with_unit: bool = False  # the post was written in the unit's own cell (某学院院长): a post in that unit
    numbered: bool = False  # the table's rows give patents' numbers: a row that gives none is no patent's

    def add(self, role: Role, value: Piece, unit: str | None = None, label: str | None = None) -> None:
        after_comma: tuple[Role, Piece] | None = None
        if role is Role.WORK_UNIT:
            value = _without_former(value)
            comma = _POST_AFTER_COMMA.fullmatch(value.text)
            held = post_role(comma.group("post")) if comma is not None else None
            if comma is not None and held is not None:  # 某大学，副教授: the unit, the post
                at = value.span.start + comma.start("post")
                after_comma = (held, Piece(comma.group("post"), Span(at, at + len(comma.group("post")))))
                value = Piece(comma.group("unit"), Span(value.span.start, value.span.start + len(comma.group("unit"))))
        if role in PEOPLE and (note := STUDY_NOTE.search(value.text)) is not None and note.start() >= 2:
            value = Piece(value.text[:note.start()], Span(value.span.start, value.span.start + note.start()))  # 某某在读博士
        if role in PEOPLE and (title := _title_after_name(value.text)) is not None:
            at = value.span.end - len(title)  # 林某教授 in a name's cell: the name, and the title
            self.values.setdefault(Role.TITLE, []).append(Piece(title, Span(at, value.span.end)))
        post = _post_after_unit(value.text) if role is Role.WORK_UNIT else None
        if post is not None:  # 工作单位和职务: 某中心常务副主任 -> the unit, and the post (or title) held in it
            cut = len(value.text) - len(post[0])
            self.values.setdefault(post[1], []).append(Piece(post[0], Span(value.span.start + cut, value.span.end)))
            self.post_with_unit = self.post_with_unit or post[1] is Role.POSITION
            value = Piece(value.text[:cut], Span(value.span.start, value.span.start + cut))
        if after_comma is not None:  # after the post in the unit's own words: 某研究院院长，联合主席
            self.values.setdefault(after_comma[0], []).append(after_comma[1])
        self.values.setdefault(role, []).append(value)
        if unit:
            self.units.setdefault(role, unit)
        if label:
            self.labels.setdefault(role, label)

    def first(self, role: Role) -> Piece | None:
        found = self.values.get(role)
        return found[0] if found else None

    def every(self, role: Role) -> list[Piece]:
        return list(self.values.get(role, []))

    def has(self, *roles: Role) -> bool:
        return any(r in self.values for r in roles)


def _title_after_name(cell: str) -> str | None:
    """The title a name's cell writes after the one name it holds (`林某教授`, `林某 研究员`), or None."""
    body = cell.strip()
    for size in (3, 2, 4):
        name, title = body[:size], body[size:].strip()
        if title and is_name(name) and title_of(title) == title:
            return title
    return None


# a unit's cell with the post after a comma (`某大学，副教授`), and a former unit in brackets (`（前：某公司）`)
_POST_AFTER_COMMA = re.compile(r"(?P<unit>[^，,]+?)\s*[，,]\s*(?P<post>[^，,（）()]{2,12})")
_FORMER_NOTE = re.compile(r"\s*[（(](?:前|原|曾)\s*[：:]?[^（）()]*[）)]\s*$")


def _without_former(value: Piece) -> Piece:
    """A unit's cell without the note of where the person was before (`某大学（前：某公司）`)."""
    note = _FORMER_NOTE.search(value.text)
    if note is None or note.start() == 0:
        return value
    return Piece(value.text[:note.start()], Span(value.span.start, value.span.start + note.start()))


_TITLE_PARTS = re.compile(r"\s*[、，,/；;]\s*")


def _title_and_post(cell: Piece) -> tuple[Piece | None, Piece | None]:
    """A cell of titles and posts together (`研究员、所长`, `教授/院长`): the titles (joined by /) and the posts, each
    with the cell's span; the cell as a title where no part is a post."""
    parts = [p for p in _TITLE_PARTS.split(cell.text.strip()) if p]
    roles = [post_role(p) for p in parts]
    if len(parts) < 2 or Role.POSITION not in roles or None in roles:
        return cell, None
    titles = [p for p, r in zip(parts, roles, strict=True) if r is Role.TITLE]
    posts = [p for p, r in zip(parts, roles, strict=True) if r is Role.POSITION]
    return (Piece("/".join(titles), cell.span) if titles else None), Piece("、".join(posts), cell.span)


def _post_after_unit(text: str) -> tuple[str, Role] | None:
    """The post or title written after a unit in one cell (`某中心常务副主任`, `某研究院研究员`), the longest our
    lists know, where what is before it ends like a unit; with the role it has in the record."""
    lex = load_lexicon()
    body = text.strip()
    posts = sorted((p for p in (*lex.positions, *lex.titles) if body.endswith(p) and len(p) < len(body)), key=len,
                   reverse=True)
    if body != text:
        return None
    # the longest post after which a unit is left (某大学材料系|系主任: a department of a named institution too)
    post = next((p for p in posts if kind_suffix(unit := body[:-len(p)])
                 or unit.endswith(UNIT_ENDINGS) and unit_name(unit) is not None and _institution_inside(unit)), None)
    if post is None:
        return None
    return post, Role.POSITION if post in lex.positions else Role.TITLE


def _institution_inside(unit: str) -> bool:
    """A department's name that opens with a named institution (某大学材料系): a unit in its own right."""
    return any(kind_suffix(unit[:k]) and kind_of(unit[:k]) in ("university", "research_institute", "hospital", "company")
               for k in range(3, len(unit) - 1))


@dataclass(frozen=True, slots=True)
class Context:
    """What the document says around its rows: the project a table of completers belongs to."""

    project: str | None = None
    awarded: bool = False
    # contacts the fields named before any project (the project of a notice may come in its table)
    contacts: tuple[tuple[str, str | None, Span], ...] = ()
    # the society or committee the heading above names: the posts of its rows are posts in it (某学会理事名单)
    body: str | None = None
    owner: str | None = None  # the one person whose record the document is (a CV): the rows' `角色` are theirs


NO_CONTEXT = Context()


def emit(record: Record, out: Builder, orgs: OrgBook, context: Context = NO_CONTEXT) -> str | None:
    """Write the facts of one record; the project it is about, if any."""
    project = _project(record, out) or context.project
    awarded = record.awarded or context.awarded or record.has(Role.AWARD)
    if project is not None:
        _programmes(record, out, orgs, project)
    leaders = people_of(record, Role.LEADER)
    members = people_of(record, Role.MEMBER)
    generic = one_in_two_scripts(people_of(record, Role.PERSON))
    part = record.first(Role.OWN_ROLE)
    if project is not None and generic:
        if len(generic) == 1 and not leaders and part is not None and _MEMBER_PART.search(part.text) \
                and not _LEADING_PART.search(part.text):
            members += generic  # 阿某 | 2013年某计划“…”，主要参加人: the row's one person took part
        elif awarded or len(generic) > 1 or leaders or context.project:
            members += generic
        else:
            leaders += generic
        generic = []
    span = record.span
    for person in leaders:
        out.person(person.name, person.span)
        if project is not None:
            out.relation(RelType.LEADS, person.name, project, span)
    row_rank = _row_rank(record) if len(members) == 1 else None
    for n, person in enumerate(members, start=1):
        out.person(person.name, person.span)
        if project is not None:
            rank = person.rank or row_rank or (n if len(members) > 1 else None)
            out.relation(RelType.MEMBER_OF, person.name, project, span, rank=rank)
    for person in generic:
        out.person(person.name, person.span)
    for role in (Role.LEADER, Role.MEMBER, Role.PERSON):  # 甲（某学院）、乙: the unit in brackets is the person's
        for cell in record.values.get(role, []):
            for name, note, at in noted_people(cell):
                note_units(name, note, at, span, out, orgs)
    if project is not None:  # 成果完成者 | 某研究室: a unit among the completers completed it
        for unit in _member_units(record, orgs):
            out.relation(RelType.UNIT_OF, unit, project, span)
    if project is not None and context.owner and not leaders + members + generic and part is not None:
        _owner_part(context.owner, part.text, project, out, record.span)
    _joined(record, out, leaders + members + generic)
    _contacts(record, out, project)
    if project is None and record.has(Role.UNIT_NAME):
        _own_unit(record, out, orgs, leaders)
    supervisors = people_of(record, Role.SUPERVISOR)
    for person in supervisors + people_of(record, Role.OUTSIDE_SUPERVISOR):
        out.person(person.name, person.span)
    if not leaders + members + generic:
        generic, supervisors = supervisors, []  # a list of supervisors alone (优秀指导教师): the row's people
    _units(record, out, orgs, project, leaders, members + generic, context.body, supervisors)
    if record.has(Role.PAPER_TITLE):
        paper_of(record, out, people_of)
    if record.has(Role.PATENT_NUMBER):
        patent_of(record, out, lambda role: _unit_names(record, role, orgs), people_of)
    elif record.numbered or _pending(record) or not unnumbered_patent_of(record, out, people_of):
        if (titles := record.first(Role.PATENT_TITLE)) is not None:
            patents_listed(titles, out)  # titles each with its number
        for person in people_of(record, Role.INVENTORS):
            out.person(person.name, person.span)
    if not record.has(Role.PAPER_TITLE):
        for person in people_of(record, Role.AUTHORS) + people_of(record, Role.CORRESPONDING):
            out.person(person.name, person.span)  # a byline: the people, if nothing they wrote
    return project


# a province or city in brackets after a title: the place that nominated the project, no part of its name
_PLACE_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,8}?(?:省|市|自治区|特别行政区)[）)]\s*$")
_PENDING = re.compile(r"受理|申请中|审查|审中")


def _pending(record: Record) -> bool:
    """The row says its application is still under examination (已受理): no patent yet."""
    return any(_PENDING.search(v.text) for values in record.values.values() for v in values)


def one_in_two_scripts(people: list[PersonValue]) -> list[PersonValue]:
    """A row's name in Chinese and in Latin letters (`姓名 | Name`: 林某 | Mou Lin): one person, by the Chinese."""
    chinese = [p for p in people if has_cjk(p.name)]
    if len(chinese) == 1 and len(people) == 2:
        return chinese
    return people


_LEADING_PART = re.compile(r"主持|负责|牵头|首席|组长")
_MEMBER_PART = re.compile(r"参与|参加|骨干|成员|主研|研究人员")


def _owner_part(owner: str, part: str, project: str, out: Builder, span: Span) -> None:
    """The CV's own person in a row's project, as its `角色` cell says: 主持 leads it, 参与 is a member."""
    if _LEADING_PART.search(part):
        out.relation(RelType.LEADS, owner, project, span)
    elif _MEMBER_PART.search(part):
        out.relation(RelType.MEMBER_OF, owner, project, span)


# 2022年获某省教学成果奖一等奖；: an honour the row's person received, no project's title
_HONOUR_ONLY = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?\s*)?(?:获|荣获|获得|被评为)?[^“”《》\"]{2,40}?(?:奖|称号)"
                          r"(?:[一二三四五六七八九十特]等奖)?(?:指导教师)?\s*[；;。.]?\s*")
# a document's own title, its number before it or not (`某政[2031]81号 某市人民政府关于表彰…的决定`): no project's
_DOCUMENT_TITLE = re.compile(r"[^\n]{0,40}?关于[^\n]{2,80}的(?:决定|通知|公告|通报|批复|意见|函)\s*")
_PATENT_OPENING = re.compile(r"\s*(?:发明|实用新型|外观设计|国家发明|国际)?专利\s*[：:]")  # 发明专利：<date>，<title>（<number>）


def _term_after(title: str) -> re.Match[str] | None:
    """The project's term in brackets after its title (`（2013-2017）`); not an era the title studies (`(1920—1949)`)."""
    m = _PERIOD_AFTER.search(title)
    if m is None or m.group("until") and int(m.group("until")) - int(m.group("since")) > _LONGEST_TERM:
        return None
    return m


def project_name(value: Piece) -> Piece | None:
    """A project's title as a cell or field gives it: without quotes and a trailing (2013-2017); None for an
    honour received (`2022年获某奖一等奖`), a patent (`发明专利：…`), a tally of work (`主持项目12项，…`) or the
    document's own title (`某市人民政府关于表彰…的决定`), which name no project."""
    if _HONOUR_ONLY.fullmatch(value.text) or _PATENT_OPENING.match(value.text) or _tally(value.text) \
            or _DOCUMENT_TITLE.fullmatch(value.text):
        return None
    value = unquoted(value)
    m = _term_after(value.text)
    if m:
        value = unquoted(Piece(value.text[:m.start()], Span(value.span.start, value.span.start + m.start())))
    text = value.text.strip()
    if len(text) < 4 or not _TITLE.search(text):
        return None
    return value


_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*余?\s*(?:项|篇|部|件)(?![目])")  # 12项, 120余篇
_CLAUSE = re.compile(r"[,，；;]")


# a kind of work counted at the text's end (`国际期刊/会议学术论文70余篇`): a tally however short
_WORKS_COUNTED = re.compile(r"(?:论文|专利|著作|成果|项目|课题|奖励?)\s*(?:共|累计)?\s*\d+\s*(?:余|多)?"
                            r"\s*[篇项部件个本]\s*$")


def _tally(text: str) -> bool:
    """A summary of a person's work in counts (`主持纵向项目12项,横向项目8项`, `发表论文120余篇`): no project's title."""
    counts = len(_COUNTED.findall(text))
    return counts >= 2 or counts == 1 and _CLAUSE.search(text) is not None or _WORKS_COUNTED.search(text) is not None


_FORM_NOTE = re.compile(r"\s*(?:注|备注|说明|填表说明)\s*[：:]")


def _project(record: Record, out: Builder) -> str | None:
    raw = record.first(Role.PROJECT)
    value = project_name(raw) if raw is not None else None
    if value is None or _FORM_NOTE.match(value.text) or value.text.lstrip()[:1] in CHOICE_MARKS:
        return None  # 注：以…命名, □智能工厂 □数字化车间: a form's note on how to fill the cell or its boxes, no project
    over = _PROGRAMME_OVER.fullmatch(value.text)
    if over and not record.has(Role.PROGRAMME):  # 某基金面上项目 <br> <title>: the programme on the line above
        record.add(Role.PROGRAMME, _part_of(value, over, "programme"))
        value = _part_of(value, over, "title")
    name = re.sub(r"\s*\n\s*", "", value.text)
    year = _year(record, raw)
    said = _QUOTED_SENTENCE.fullmatch(value.text)
    if said is not None:  # 2014年作为负责人承担“<title>”项目, 2017年“<title>”获某奖: the title in quotes
        sentence = value
        value, name = _group(sentence, said, "title"), said.group("title")
        year = int(said.group("year")) if said.group("year") else year
        if said.group("verb") and not record.has(Role.OWN_ROLE):
            record.add(Role.OWN_ROLE, _group(sentence, said, "verb"))
        if said.group("award") and not record.has(Role.AWARD):
            record.add(Role.AWARD, _group(sentence, said, "award"))
    described = _described(value) if said is None else None
    if described is not None:  # 某基金项目（编号）：<title>，2019.1-2021.12，结题，项目负责人: one cell of a CV
        value, year, part = described.title, described.year or year, described.part
        name = value.text
        if part is not None and not record.has(Role.OWN_ROLE):
            record.add(Role.OWN_ROLE, part)
        if described.code is not None and not record.has(Role.CODE):
            record.add(Role.CODE, described.code)
        given = record.first(Role.PROGRAMME)
        if described.funder is not None and (given is None or _CATEGORY.fullmatch(given.text)):
            # an organization here names the funder (_programmes); a category's column (纵向) names no programme
            record.values[Role.PROGRAMME] = [described.funder]
    prefixed = _PROGRAMME_FIRST.match(name)
    if prefixed:  # 某某改革子项目：<title>: the title, part of the programme written before it
        at = value.text.find(prefixed.group("title"))
        value = Piece(prefixed.group("title"), Span(value.span.start + at, value.span.start + at + len(prefixed.group("title"))))
        name = value.text
    placed = _PLACE_NOTE.search(name)
    if placed is not None and placed.start() >= _MIN_PROGRAMME:  # 某某研究（某省）: the province that put it forward
        name = name[:placed.start()]
        value = Piece(name, Span(value.span.start, value.span.start + len(name))) if value.text.startswith(name) else value
    budget_cell = record.first(Role.BUDGET)
    budget = wan(budget_cell.text, record.units.get(Role.BUDGET)) if budget_cell else None
    code = record.first(Role.CODE)
    code = code if code is not None and re.search(r"\d", code.text) else None  # 已结题 in the column: no number
    award = record.first(Role.AWARD)
    spans = tuple(v.span for v in (value, code, budget_cell) if v is not None)
    project = out.entity(Entity(Label.PROJECT, name, kind="research_project", year=year,
                                code=code.text if code else None, budget_cap_wan=budget,
                                award=award.text if award and not _AWARD_LEVEL.match(award.text) else None,
                                spans=spans))
    if prefixed and raw is not None:
        # `某某改革子项目：<title>`: the title is part of the programme itself (某某改革)
        whole = prefixed.group("programme")
        whole = whole.removesuffix("子项目") if len(whole) - len("子项目") >= _MIN_PROGRAMME else whole
        programme = out.entity(Entity(Label.PROJECT, whole, kind="programme", spans=(raw.span,)))
        out.relation(RelType.PART_OF, project, programme, raw.span)
    return project


def _part_of(value: Piece, m: re.Match[str], group: str) -> Piece:
    return Piece(m.group(group), Span(value.span.start + m.start(group), value.span.start + m.end(group)))


@dataclass(frozen=True, slots=True)
class _Described:
    title: Piece
    year: int | None
    part: Piece | None  # 项目负责人, 主要参与人: the CV's person's part
    code: Piece | None
    funder: Piece | None  # the organization that funds it, written as a piece of its own


_QUOTED_SENTENCE = re.compile(
    r"\s*(?:(?P<year>(?:19|20)\d{2})\s*年度?\s*)?(?P<verb>作为(?:项目|课题)?负责人(?:承担|主持)|主持|承担|参与|参加)?\s*"
    r"[“\"](?P<title>[^“”\"]{4,120})[”\"]\s*(?:项目|课题)?\s*"
    r"(?:(?:获|荣获|获得)\s*(?P<award>[^，,。；;“”]{2,40}?奖(?:[一二三四五六七八九十特]等奖)?))?\s*[；;。.]?\s*")
_PIECE_CUT = re.compile(r"[，,]")
_PERIOD_PIECE = re.compile(rf"\s*((?:19|20)\d{{2}})\s*(?:[.\-/年]\s*\d{{0,2}}\.?\s*(?:月)?\s*(?:[{DASHES}~至]\s*(?:(?:19|20)\d{{2}})?[.\-/年]?\s*\d{{0,2}}\.?\s*月?)?"
                           rf"|年?\s*[{DASHES}~至]\s*(?:(?:19|20)\d{{2}}|至今|今)\s*年?)\s*")  # 2019.01-2021.12; 2019–2021
_STATUS_PIECE = re.compile(r"\s*(?:在研|结题|已结题|已结项|结项|完成|已完成|进行中)\s*")
_PART_PIECE = re.compile(r"\s*(?:项目|课题)?(?:负责人|主持人?|主持|参与人?|主要参与人|主要参加人|参加人?|骨干|成员|第[一二三四五六七八九十\d]+(?:参与人|完成人))\s*")
_CODED_PROGRAMME = re.compile(r"^(?P<programme>[^：:（(]{2,40}?)\s*[（(]\s*(?P<code>[A-Za-z0-9\-]{4,20})\s*[）)]\s*[：:]\s*(?P<title>.+)$")
# 2017年 某某研发计划某某专项“<title>”（2017YFB1002304）: the year, the programme, the title in quotes, its number
_QUOTED_UNDER_PROGRAMME = re.compile(r"^\s*(?:(?P<year>(?:19|20)\d{2})\s*年?\s*)?(?P<programme>[^“”\"（()）]{2,40}?)\s*"
                                     r"[“\"](?P<title>[^“”\"]{4,120})[”\"]\s*(?:[（(]\s*(?P<code>[A-Za-z0-9\-]{4,20})\s*[）)])?\s*$")


def _described(value: Piece) -> _Described | None:
    """A project written as one cell of pieces parted by commas: its programme (with its number) before a colon,
    or a funder and a kind of project as pieces of their own, then the title, the period, the state and the
    part taken. None unless a period, a state or a part stands among the pieces."""
    pieces = split_list(value, _PIECE_CUT)
    if len(pieces) < 2:
        return None
    year: int | None = None
    part: Piece | None = None
    code: Piece | None = None
    funder: Piece | None = None
    rest: list[Piece] = []
    signal = False
    for p in pieces:
        if (m := _PERIOD_PIECE.fullmatch(p.text)) is not None:
            year, signal = year or int(m.group(1)), True
        elif _STATUS_PIECE.fullmatch(p.text):
            signal = True
        elif _PART_PIECE.fullmatch(p.text.rstrip("。.；;")):
            part, signal = p, True
        else:
            rest.append(p)
    if not signal or not rest:
        return None
    title: Piece | None = None
    for p in rest:
        if (m := _CODED_PROGRAMME.match(p.text)) is not None:
            at = p.text.find(m.group("title"))
            title = Piece(m.group("title").strip(), Span(p.span.start + at, p.span.end))
            code = Piece(m.group("code"), Span(p.span.start + m.start("code"), p.span.start + m.end("code")))
            break
        if (m := _QUOTED_UNDER_PROGRAMME.match(p.text)) is not None:
            title, funder = _group(p, m, "title"), _group(p, m, "programme")
            code = _group(p, m, "code") if m.group("code") else None
            year = year or (int(m.group("year")) if m.group("year") else None)
            break
    if title is None:
        named = [p for p in rest if org_kind(p.text) != "other" and kind_suffix(p.text)]
        funder = named[0] if named else None
        candidates = [p for p in rest if p is not funder and not _CATEGORY_WORDS.search(p.text)]
        title = max(candidates, key=lambda p: len(p.text), default=None)
    if title is None or len(title.text) < _MIN_PROGRAMME:
        return None
    return _Described(title, year, part, code, funder)


def _group(piece: Piece, m: re.Match[str], group: str) -> Piece:
    return Piece(m.group(group), Span(piece.span.start + m.start(group), piece.span.start + m.end(group)))


_CATEGORY_WORDS = re.compile(r"^(?:横向|纵向|产学研|校企)?[^，,]{0,8}(?:项目|基金|课题)$")


def _year(record: Record, title: Piece | None) -> int | None:
    for role in (Role.YEAR, Role.PERIOD):
        cell = record.first(role)
        if cell is not None and (year := year_in(cell.text)) is not None:
            return year
    if title is not None and (m := _term_after(title.text)):
        return int(m.group("since"))
    return None


_ACRONYM_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*[A-Z]{2,8}$")  # a body's English acronym after its name


def _programmes(record: Record, out: Builder, orgs: OrgBook, project: str) -> None:
    """A programme cell (`某某研发计划，某某专项`): each a programme, a later one part of the one
    before, and the project part of the last. A cell that names an organization (`项目来源: 教育部`) names the
    project's funder."""
    cell = record.first(Role.PROGRAMME)
    if cell is None or _funder_first(cell, out, orgs, project):
        return
    names = [p for p in split_list(cell, _PROGRAMME_SEPARATORS) if len(p.text) >= 2 and _TITLE.search(p.text)
             and not _PART_TAKEN.fullmatch(p.text)]  # `主持 · 某基金项目`: the part taken, no programme
    if len(names) > 1:  # `国自然、面上`: the programme, then its class (no programme of its own)
        names = [p for p in names if not is_class_of_programme(p.text)] or names
    if len(names) == 1 and (not is_distinctive(names[0].text) or names[0].text in provinces()
                            or _CATEGORY.fullmatch(names[0].text)):
        return  # `学校`, `四川省`, `重点项目`: a kind of body, a place or a category, no programme and no body's name
    if names and _KIND_LABEL.search(record.labels.get(Role.PROGRAMME, "")) \
            and not any(_NAMES_A_PROGRAMME.search(n.text) for n in names):
        return  # 类别 over 社会实践, 项目类型 over 工业智能算法: the kind of the project in words, no programme's name
    body = _ACRONYM_AFTER.sub("", names[0].text) if len(names) == 1 else ""  # 某署EPA: the body, less its acronym
    if body and org_kind(body) != "other":
        funder = orgs.add(body, Span(names[0].span.start, names[0].span.start + len(body)))
        if funder is not None:
            out.relation(RelType.FUNDED_BY, project, funder, cell.span)
        return
    previous = None
    for item in names:
        name = out.entity(Entity(Label.PROJECT, item.text, kind="programme", spans=(item.span,)))
        if previous is not None:
            out.relation(RelType.PART_OF, name, previous, item.span)
        previous = name
    if previous is not None and previous != project:
        out.relation(RelType.PART_OF, project, previous, cell.span)


def _funder_first(cell: Piece, out: Builder, orgs: OrgBook, project: str) -> bool:
    """A source cell that names the funding body, then the kind of its funding (`某省科学技术厅 · 重点研发计划项目`,
    `某有限公司 · 横向`, `某基金 · 51474153`): the project is FUNDED_BY the body; what follows the dot is the body's
    kind of project or its number, no programme of its own."""
    first = FUNDER_FIRST.match(cell.text)
    if first is None or org_kind(first.group("funder")) == "other":
        return False
    funder = orgs.add(first.group("funder"), Span(cell.span.start, cell.span.start + first.end("funder")))
    if funder is not None:
        out.relation(RelType.FUNDED_BY, project, funder, cell.span)
    return funder is not None


_JOINED_SEPARATORS = re.compile(r"\s*[；;\n]\s*")


def _joined(record: Record, out: Builder, people: list[PersonValue]) -> None:
    """A roster's cell of the projects its row's person took part in (`参与计划: 甲计划；乙计划`): each a project,
    the row's person a member of it."""
    for cell in record.values.get(Role.JOINED, []):
        for item in split_list(cell, _JOINED_SEPARATORS):
            name = unquoted(item)
            if len(name.text) < _MIN_JOINED or not has_cjk(name.text) and len(name.text.split()) < 3:
                continue
            ref = out.entity(Entity(Label.PROJECT, name.text, kind="research_project", spans=(name.span,)))
            for person in people:
                out.relation(RelType.MEMBER_OF, person.name, ref, record.span)


_MIN_JOINED = 6


def people_of(record: Record, role: Role) -> list[PersonValue]:
    """The people a record names in the cells of one role; a name with its Latin spelling after a blank
    (`沈某某 Shen Mou-Mou`) is one person."""
    out = []
    for cell in record.values.get(role, []):
        people = people_in(cell)
        if len(people) == 2 and has_cjk(people[0].name) and not has_cjk(people[1].name) \
                and _SPELLED.fullmatch(cell.text[people[0].span.end - cell.span.start:]):
            people = people[:1]
        out += people
    return out


_SPELLED = re.compile(r"[ \u3000]+[A-Za-z][A-Za-z\-' ]{1,40}")  # 沈某某 Shen Yu-Feng: the name as spelt in Latin



def _row_rank(record: Record) -> int | None:
    """The rank a row gives its one member: a rank column, or the row's number in a table of people
    (in a table of projects the number counts projects)."""
    for role in (Role.RANK,) if record.has(Role.PROJECT) else (Role.RANK, Role.COUNTER):
        cell = record.first(role)
        if cell is not None and (rank := rank_of(cell)) is not None:
            return rank
    return None


def contacts_of(record: Record) -> list[tuple[str, str | None, Span]]:
    """The contacts a record names, each with the record's phone: (name, phone, span)."""
    phone = record.first(Role.PHONE)
    return [(p.name, _phone(phone), record.span) for p in people_of(record, Role.CONTACT)]


def _phone(value: Piece | None) -> str | None:
    """A phone field's number, without the stop a sentence closed it with (`电话：0731-88880000。`)."""
    return value.text.rstrip("。；;，,. ") or None if value is not None else None


def _contacts(record: Record, out: Builder, project: str | None) -> None:
    phone = record.first(Role.PHONE)
    for person in people_of(record, Role.CONTACT):
        out.person(person.name, person.span)
        if project is not None:
            out.relation(RelType.CONTACT_FOR, person.name, project, record.span, phone=_phone(phone))


def _own_unit(record: Record, out: Builder, orgs: OrgBook, leaders: list[PersonValue]) -> None:
    """A row about a unit (`实验室名称 | 依托单位 | 实验室主任 | 学术委员会主任`): the unit, of the kind its
    header names, part of the unit it is hosted by (or, in a row naming no one, the unit `学校` names); its head LEADS it, in the header's words; a board's
    post holder is AFFILIATED_WITH it in the post."""
    value = record.first(Role.UNIT_NAME)
    label = record.labels.get(Role.UNIT_NAME, "")
    kind = _kind_of_label(label)
    if value is None or not clean_value(value.text):
        return
    if Content.PERSON in content_of(value.text):  # a list of units with its committee's rows: people, no unit
        for person in people_of(record, Role.UNIT_NAME):
            out.person(person.name, person.span)
        return
    unit = orgs.add(value.text, value.span, kind=kind)
    if unit is None:
        return
    span = record.span
    # `学校名称 | 实验室名称`: with no one in the row, the row's work unit is where the unit is hosted
    host_role = Role.HOST_UNIT if record.has(Role.HOST_UNIT) or record.has(*PEOPLE) else Role.WORK_UNIT
    for host in _unit_names(record, host_role, orgs):
        if host != unit:
            orgs.part_of(unit, host)
    for person in leaders:
        out.relation(RelType.LEADS, person.name, unit, span, role=record.labels.get(Role.LEADER))
    post = record.labels.get(Role.BOARD_POST)
    for person in people_of(record, Role.BOARD_POST):
        out.person(person.name, person.span)
        out.relation(RelType.AFFILIATED_WITH, person.name, unit, span, position=post)


def _kind_of_label(label: str) -> str | None:
    """The kind of unit a header names (`实验室名称`: a lab), or None when it names none."""
    from ingest.nlp.lexicon import kind_of

    body = re.sub(r"\s|名称$", "", label)
    return kind_of(body) if kind_suffix(body) else None


_BRACKETED = re.compile(r"[（(]([^（）()]+)[）)]")
_UNIT_DOT = re.compile(r"\s*[·・•]\s*")
_UNITS_AND_MORE = re.compile(r"等(?:单位|\d+家(?:单位)?)?$")  # 某研究所等: the first of the units, the rest not named


def _unit_items(cell: Piece, joined: bool = False) -> list[Piece]:
    """The units a cell names: its list's items, an item of two whole units parted by one blank
    (`某研究院 某有限公司`) as two, each without the `等` that says more units are left out; with `joined`
    (a list of a project's units), an item of whole units joined by 和 or 及 as each of them."""
    out = []
    for item in split_list(cell):
        dotted = _UNIT_DOT.split(item.text)
        halves = dotted if len(dotted) == 2 else item.text.split(" ")  # 某科学院 · 某研究所: the institute, its unit
        if len(halves) == 2 and all(len(h) >= 4 and kind_suffix(h) for h in halves):
            out += [Piece(halves[0], Span(item.span.start, item.span.start + len(halves[0]))),
                    Piece(halves[1], Span(item.span.end - len(halves[1]), item.span.end))]
            continue
        if joined and len(parts := _joined_units(item)) > 1:
            out += parts
            continue
        bracketed = _BRACKETED.fullmatch(item.text)
        if bracketed is not None:  # （某大学等）: a unit written in brackets, as a host is beside its unit
            item = Piece(bracketed.group(1), Span(item.span.start + 1, item.span.end - 1))
        text = _UNITS_AND_MORE.sub("", item.text)
        out.append(Piece(text, Span(item.span.start, item.span.start + len(text))) if text else item)
    return _without_address(out)


_AND = re.compile(r"以及|和|及")
# the roles whose cells list a project's units, where 和 joins two of them (a person's unit may be one name holding 和)
_UNITS_OF_A_PROJECT = frozenset({Role.COMPLETING_UNIT, Role.HOST_UNIT, Role.NOMINATOR, Role.PATENTEE})
_JOINT = re.compile(r"联合|共建|合作|协同")  # 某大学和某研究院联合实验室: one unit the two run together


def _joined_units(item: Piece) -> list[Piece]:
    """The whole units an item joins with 和 or 及 (`某制药有限公司和某中医院`, a list's last two), each ending as a
    unit does; a 和 inside a name (`某和某堂制药有限公司`) parts nothing. A 和 that opens a word (`和平`, `和谐`) or a unit
    the two run together is no joint."""
    text = item.text
    cuts = [m for m in _AND.finditer(text) if jieba_dictionary()[0].get(text[m.start():m.start() + 2]) is None]
    if not cuts or _JOINT.search(text):
        return [item]

    def unit(start: int, end: int) -> bool:
        return end - start >= 4 and bool(kind_suffix(text[start:end].strip()))

    def parts(start: int) -> list[tuple[int, int]] | None:
        for m in cuts:
            if m.start() > start and unit(start, m.start()) and (rest := parts(m.end())):
                return [(start, m.start()), *rest]
        return [(start, len(text))] if unit(start, len(text)) else None

    found = parts(0) or []
    if len(found) < 2:
        return [item]
    return [Piece(text[start:end], Span(item.span.start + start, item.span.start + end)) for start, end in found]


TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]*[）)]$")
_ADDRESS_PART = 4  # characters of a place after a unit (横琴, 上海, 中国)


def _without_address(items: list[Piece]) -> list[Piece]:
    """The units without the place written after them (`某实验室，横琴，中国`, `某大学，上海`): the items after the last
    that ends as a unit does, short, none a unit's, the last a place's name."""
    last = max((k for k, item in enumerate(items) if kind_suffix(TRAILING_NOTE.sub("", item.text.strip()))),
               default=-1)
    tail = items[last + 1:]
    if last < 0 or not tail or any(len(t.text.strip()) > _ADDRESS_PART for t in tail) \
            or jieba_dictionary()[0].get(tail[-1].text.strip()) != "ns":
        return items
    return items[:last + 1]


def _a_label(text: str) -> bool:
    """A cell's text that is a column's label (`统一社会信用代码`, `地址`), as a blank form's cells are."""
    header = header_of(re.sub(r"\s", "", text))
    return header is not None and header.exact


def _member_units(record: Record, orgs: OrgBook) -> list[str]:
    """The units the cells of the completers and members name among (or instead of) people."""
    out = []
    for cell in record.values.get(Role.MEMBER, []):
        for item in _unit_items(cell):
            text = item.text.strip()
            if len(text) >= 4 and not is_name(text) and not is_noted_person(text) and org_kind(text) != "other" \
                    and (name := orgs.add(text, item.span)) is not None and name not in out:
                out.append(name)
    return out


def _unit_names(record: Record, role: Role, orgs: OrgBook) -> list[str]:
    names = []
    for cell in record.values.get(role, []):
        items = _unit_items(cell, joined=role in _UNITS_OF_A_PROJECT)
        if role is Role.PATENTEE and all(is_name(item.text.strip()) for item in items):
            continue  # 专利权人 | 甲、乙: the inventors own it themselves, no unit
        added = [orgs.add(item.text, item.span) if clean_value(item.text) and not _a_label(item.text) else None
                 for item in items]  # (a blank form's cell beside a label is the next label, no unit)
        if len(added) == 2:
            first, second = added
            between = cell.text[items[0].span.end - cell.span.start:items[1].span.start - cell.span.start]
            if first is not None and second is not None and _UNIT_DOT.search(between):
                orgs.part_of(second, first)  # 某科学院 · 某研究所: the institute's unit
        for name in added:
            if name is not None and name not in names:
                names.append(name)
    return names


def _units(record: Record, out: Builder, orgs: OrgBook, project: str | None, leaders: list[PersonValue],
           others: list[PersonValue], body: str | None = None, supervisors: Sequence[PersonValue] = ()) -> None:
    span = record.span
    host = _unit_names(record, Role.HOST_UNIT, orgs)
    work = _school_of(record, orgs) or _unit_names(record, Role.WORK_UNIT, orgs)
    completing = _unit_names(record, Role.COMPLETING_UNIT, orgs)
    if project is not None and not host and not completing and leaders and work:
        host, work = work, []  # the unit of a project's leader, unqualified, is the project's
    if project is not None and not completing and not leaders and not others and work:
        completing, work = work, []  # a row of units alone under a project: the project's units
    if project is None and not work and host:
        host, work = [], host  # a person's 依托单位 with no project in the row: where the person works
    if project is None:
        _unit_names(record, Role.NOMINATOR, orgs)  # a nominating body, named though no project is
    if project is not None:
        for rank, unit in enumerate(host, start=1):
            out.relation(RelType.UNIT_OF, unit, project, span, rank=rank if len(host) > 1 else None)
        row_rank = _row_rank(record) if len(completing) == 1 and not leaders + others else None
        for rank, unit in enumerate(completing, start=1):
            out.relation(RelType.UNIT_OF, unit, project, span, rank=rank if len(completing) > 1 else row_rank)
        for unit in _unit_names(record, Role.NOMINATOR, orgs):
            out.relation(RelType.NOMINATED_BY, project, unit, span)
    title = record.first(Role.TITLE)
    position, seat = _work_post_and_seat(record.every(Role.POSITION))
    if title is not None and position is None:
        title, position = _title_and_post(title)  # 职称/职务: `研究员、所长`
    people = leaders + others
    if position is not None and not work and len(people) == 1 and (named := _units_of_posts(position, orgs)):
        work = [named[0][0]]  # 职务: `某大学副校长、某实验室主任` with no unit's column: the first unit is the job's
        _held_posts(people[0].name, work[0], named[1:], out, span)
        job = Piece(named[0][1], position.span)
        if title is None and title_of(job.text) == job.text:
            title, position = job, None  # `某大学教授`: a title held there
        else:
            position, record.post_with_unit = job, True
    if seat is not None and body is not None and len(people) == 1:
        out.relation(RelType.AFFILIATED_WITH, people[0].name, body, span, position=seat.text)
        if seat.text in load_lexicon().head_positions:
            out.relation(RelType.LEADS, people[0].name, body, span, role=seat.text)
    elif position is not None and body is not None and not record.post_with_unit and len(people) == 1:
        out.relation(RelType.AFFILIATED_WITH, people[0].name, body, span, position=position.text)
        if position.text in load_lexicon().head_positions:
            out.relation(RelType.LEADS, people[0].name, body, span, role=position.text)
        position = None  # the post is in the society or committee the heading names, not at the person's unit
    society_post = position if position is not None and len(people) == 1 and len(work) == 1 and (
        record.post_with_unit and org_kind(work[0]) == "society" or is_society_post(position.text) and is_body(work[0])
    ) else None  # 某学会某分会常务副理事长 in the unit's cell, 某专业组 | 主任委员: a seat in the body, no job
    if position is not None and is_society_post(position.text):
        position = None  # 理事长, 委员 in a column of their own: a post in a society or committee, not at the unit
    if position is not None and not record.post_with_unit and len(people) == 1 and len(work) == 1:
        held = [(orgs.add(unit.text, unit.span) if unit is not None else work[0], posts)
                for unit, posts in _posts_by_unit(position)]
        if held:  # 行政职务: `某实验室主任、某研究所所长`: the posts at each unit, the rest at the work unit
            _held_posts(people[0].name, work[0], held, out, span)
            position = next((Piece(posts, position.span) for name, posts in held if name == work[0]), None)
            record.post_with_unit = position is not None
    if len(work) == 2 and orgs.parent_of(work[1]) == work[0] and not work[1].startswith(work[0]) and len(people) == 1:
        work = work[1:]  # 某科学院 · 某研究所: the person's unit is the institute's, part of it
    paired = _paired(leaders, host) + _paired(people, work)
    studies = title is not None and len(people) == 1 and _STUDENT.fullmatch(simplified(title.text).strip()) is not None
    grade = record.first(Role.DISCIPLINE)
    studies = studies or grade is not None and _GRADE.match(grade.text.strip()) is not None  # 2018级车辆工程: a student
    if supervisors or record.has(Role.OUTSIDE_SUPERVISOR):
        studies = bool(people)  # 作者 | 导师: the row's person has a supervisor, a student at the unit
        for person in supervisors:
            if len(work) == 1:
                out.relation(RelType.WORKS_AT, person.name, work[0], span)
    for person, unit in paired:
        if studies:  # 学生, 研究生 in the title's column: studying at the unit, not employed by it
            out.relation(RelType.AFFILIATED_WITH, person.name, unit, span)
            continue
        if society_post is not None and unit == work[0]:  # a member of a society holds a post there, no job
            out.relation(RelType.AFFILIATED_WITH, person.name, unit, span, position=society_post.text)
            if society_post.text in load_lexicon().head_positions:
                out.relation(RelType.LEADS, person.name, unit, span, role=society_post.text)
            continue
        out.relation(RelType.WORKS_AT, person.name, unit, span,
                     title=title.text if title and len(people) == 1 else None,
                     position=position.text if position and len(people) == 1 else None)
        if position and len(people) == 1 and (head := _head_of(position.text, unit, record.post_with_unit)):
            out.relation(RelType.LEADS, person.name, unit, span, role=head)  # 某学院院长 heads it
    works = {(p.name, u) for p, u in paired}
    if len(people) == 1 and work:  # a completer's own row: a completing unit apart from the work unit
        for unit in completing:
            if (people[0].name, unit) not in works:
                out.relation(RelType.AFFILIATED_WITH, people[0].name, unit, span)
    if len(people) == 1:  # 本科学校, 博士学校: where the row's person studied, a past affiliation
        for unit in _unit_names(record, Role.STUDIED_AT, orgs):
            if (people[0].name, unit) not in works:
                out.relation(RelType.AFFILIATED_WITH, people[0].name, unit, span)


def _work_post_and_seat(posts: list[Piece]) -> tuple[Piece | None, Piece | None]:
    """The post at the person's unit and the seat in the body the heading names, where a row has a column of each
    (`职务 | 分会职务`: 院长, 理事长; `委员会职务 | 职务`: 主任, 某大学校长, the one written at a unit the job); with one post
    column, that post and no seat (the caller tells which it is)."""
    if len(posts) < 2:
        return (posts[0] if posts else None), None
    at_units = [p for p in posts if _posts_by_unit(p)]
    if len(at_units) == 1:  # 委员会职务 | 职务: 主任, 某大学校长: the post at a unit is the job, the other the seat
        return at_units[0], next(p for p in posts if p is not at_units[0])
    seats = [p for p in posts if is_society_post(p.text)]
    work = [p for p in posts if not is_society_post(p.text)]
    if not seats:
        return posts[0], None
    if not work:  # 主任委员 | 常务理事: the first a seat on the row's own unit (a committee), the last the heading's
        return posts[0], posts[-1]
    return work[0], seats[0]


_PARTY_HEADS = frozenset({"党委书记", "党总支书记"})  # the secretary of the unit's own party committee, any unit's


def _head_of(posts: str, unit: str, with_unit: bool) -> str | None:
    """The post of a row's cell that heads the row's unit: written with the unit (`某学院院长`), or in a column of
    its own where the post is the one such a unit has (所长 of a 研究所, 校长 of a university, 主任 of a 中心): not
    院长 in a column beside a university's name (the head of one of its schools)."""
    heads = load_lexicon().head_positions
    for post in re.split(r"[、，,/；;\s]+|兼", posts):  # (党委书记兼院长助理: two posts)
        if post not in heads:
            continue
        if with_unit or post == "校长" and kind_of(unit) == "university" or post in _PARTY_HEADS \
                or post == "主任" and unit.endswith(("中心", "实验室", "委员会", "办公室")) \
                or len(post) == 2 and post[1] == "长" and post[0] in "所院局厅处部馆站社" and unit.endswith(post[0]) \
                and not (post == "院长" and kind_of(unit) == "university"):
            return post
    return None


_POST_PARTS = re.compile(r"[^，,；;。\n]+")
_MAX_POST_WORDS = 6


def _posts_by_unit(cell: Piece, titles: bool = False) -> list[tuple[Piece | None, str]]:
    """A cell of posts, some at units named before them (`某实验室主任、某所所长，某大学某所副所长、教授`): each unit
    (None for posts before any unit is named: the person's own unit) with its posts (`副所长`), titles left out
    unless `titles` (`某大学教授`; an academy's honour never: `某科学院院士`); [] when the cell names no unit."""
    lex = load_lexicon()
    groups: list[tuple[Piece | None, list[str]]] = [(None, [])]
    for part in _POST_PARTS.finditer(cell.text):
        at = cell.span.start + part.start()
        for item in re.finditer(r"[^、]+", part.group()):
            text = item.group().strip()
            unit, post = _unit_before_post(text, titles)
            if unit is not None:
                start = at + item.start() + item.group().index(unit)
                groups.append((Piece(unit, Span(start, start + len(unit))), []))
            if post in lex.positions or post.endswith(tuple(lex.head_positions)) \
                    or titles and title_of(post) == post and post not in ACADEMY_HONOURS and not is_honorary(post):
                groups[-1][1].append(post)
    held = [(unit, "、".join(posts)) for unit, posts in groups if posts]
    return held if any(unit is not None for unit, _ in held) else []


def _units_of_posts(cell: Piece, orgs: OrgBook) -> list[tuple[str, str]]:
    """The units a cell of posts names with the posts or titles held at each (`某大学副校长、某实验室主任`,
    `某科学院院士、某大学教授`), in order."""
    named = [(orgs.add(unit.text, unit.span), posts) for unit, posts in _posts_by_unit(cell, titles=True)
             if unit is not None]
    return [(name, posts) for name, posts in named if name is not None]


def _unit_before_post(item: str, titles: bool = False) -> tuple[str | None, str]:
    """`某重点实验室室主任` -> (`某重点实验室`, `室主任`): the shortest unit's name the item opens with, followed by a
    short post our lists know the end of; (None, item) where the item is a post alone, or the unit a word of a
    kind (`党委副书记`, `设计院院长`: a post at the person's own unit)."""
    endings = _post_endings() + (_title_endings() if titles else ())
    for cut in range(max(2, len(item) - _MAX_POST_WORDS), len(item) - 1):
        unit, post = item[:cut], item[cut:]
        if post.endswith(endings) and kind_suffix(unit) and unit_name(unit) == unit and is_distinctive(unit):
            return unit, post
    return None, item


@cache
def _post_endings() -> tuple[str, ...]:
    return tuple(load_lexicon().positions)


@cache
def _title_endings() -> tuple[str, ...]:
    return tuple(load_lexicon().titles)


def _held_posts(person: str, work: str, held: Sequence[tuple[str | None, str]], out: Builder, span: Span) -> None:
    """The posts a person holds at units other than the work unit: LEADS a unit headed, AFFILIATED_WITH one
    held a deputy's or member's post in; a head post at the work unit LEADS it too."""
    heads = tuple(load_lexicon().head_positions)
    for name, posts in held:
        if name is None or not posts:
            continue
        head = next((p for p in posts.split("、") if p.endswith(heads) and not p.startswith("副")), None)
        if head is not None:
            out.relation(RelType.LEADS, person, name, span, role=head)
        elif name != work:
            out.relation(RelType.AFFILIATED_WITH, person, name, span, position=posts)


_STUDENT = re.compile(r"(?:(?:本科|硕士|博士)?(?:研究)?生|学生|在读(?:硕士|博士)?(?:研究生)?)(?:兼(?:研究生|助理|助教))?")
_GRADE = re.compile(r"(?:19|20)?\d{2}\s*级|(?:19|20)?\d{2}(?=[\u4e00-\u9fff]{2})")  # 2018级…, 18茶文: the year of entry
_SCHOOLS = ("学院", "系", "研究所", "研究院", "研究中心", "中心", "实验室", "医院")
_INSTITUTIONS = ("university", "research_institute", "hospital")


def _school_of(record: Record, orgs: OrgBook) -> list[str]:
    """`学校: 某大学` with `学院: 某学院`: the institution and its school named under it (某大学某学院), where the
    school is written without the institution; [] for any other record."""
    cells = record.values.get(Role.WORK_UNIT, [])
    if len(cells) != 2:
        return []
    top, school = (c.text.strip() for c in cells)
    if not is_school_of(school, top):
        return []
    first = orgs.add(top, cells[0].span)
    joined = orgs.add(top + school, cells[1].span)
    return [n for n in (first, joined) if n is not None]


def is_school_of(school: str, top: str) -> bool:
    """`环境学院` under `某大学`: a school or department written without the institution it is part of."""
    if school.startswith(top) or not school.endswith(_SCHOOLS) or org_kind(top) not in _INSTITUTIONS:
        return False
    return org_kind(school) not in _INSTITUTIONS or school.endswith("学院") and org_kind(top) == "university"




def ends_with_post(value: str) -> bool:
    """A unit's cell that ends with a title or a post (`某部主任`, `主治医师教授`): no unit's name alone."""
    return value.endswith(_title_and_post_endings())


@cache
def _title_and_post_endings() -> tuple[str, ...]:
    lex = load_lexicon()
    return tuple(w for w in (*lex.titles, *lex.positions) if len(w) >= 2)


def _paired(people: list[PersonValue], units: list[str]) -> list[tuple[PersonValue, str]]:
    """People with the units of the same row: one unit is everyone's; as many units as people pair in order."""
    if not people or not units:
        return []
    if len(units) == 1:
        return [(p, units[0]) for p in people]
    if len(people) == 1 and not any(ends_with_post(TRAILING_NOTE.sub("", u)) for u in units):
        return [(people[0], u) for u in units]  # 学校: 某大学, 学院: 某学院; department: 某教研室, institution: 某学院
    if len(units) == len(people):
        return list(zip(people, units, strict=True))
    return []


_COUNTRY = re.compile(r"\s*(中国|美国|日本|欧洲|欧盟|德国|英国|法国|韩国|俄罗斯|澳大利亚|加拿大)(?=\s*[·・,，;；、\s])")


def noted_patent(record: Record, cell: Piece, number: Piece) -> None:
    """A row whose note gives a patent's number is a patent's (a work's title and its authors are the patent's
    title and inventors); the note's date, and the country it opens with, are the patent's."""
    record.add(Role.PATENT_NUMBER, number)
    as_patent(record)
    if not record.has(Role.DATE):
        record.add(Role.DATE, cell)  # the patent reads its date out of the note
    country = _COUNTRY.match(cell.text)
    if country is not None and not record.has(Role.COUNTRY):
        record.add(Role.COUNTRY, Piece(country.group(1), Span(cell.span.start + country.start(1),
                                                              cell.span.start + country.end(1))))


# a patent's number: China's (granted ZL…, or CN…), or a PCT or foreign office's publication (WO2014053799-A1)
_PATENT_NUMBER = re.compile(PATENT_NUMBER.pattern + r"|(?<![A-Za-z0-9])(?:WO|EP|US|JP|KR|AU|CA|GB|DE|FR)\s?\d{6,12}(?:-?[A-Z]\d?)?(?![\dA-Za-z])")


_GRANTED = re.compile(r"ZL|CN[\s\-]*\d{9,12}[\s\-]*[BC]\d?$", re.I)


def patent_number_in(value: Piece | None) -> Piece | None:
    """The patent number a value holds; of several (`CN1234567A / CN1234567B`), the granted one (ZL…, CN…B)."""
    every = list(_PATENT_NUMBER.finditer(value.text)) if value is not None else []
    found = next((m for m in every if _GRANTED.match(m.group().strip())), every[0] if every else None)
    if value is None or found is None:
        return None
    return Piece(found.group(), Span(value.span.start + found.start(), value.span.start + found.end()))


def as_patent(record: Record) -> None:
    """A row with inventors is a patent's: its `名称` is the patent's title and its applicant (申请人) owns it (the
    layout reads so where a header names the number; here the number, if any, came from a cell of fields)."""
    for was, now in ((Role.PROJECT, Role.PATENT_TITLE), (Role.PAPER_TITLE, Role.PATENT_TITLE),
                     (Role.AUTHORS, Role.INVENTORS), (Role.LEADER, Role.PATENTEE)):
        if was in record.values and now not in record.values:
            record.values[now] = record.values.pop(was)
