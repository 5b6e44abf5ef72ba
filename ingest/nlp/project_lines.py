"""A project listed on a line of a CV or a profile, its pieces parted by commas, in the orders CVs use:

- `• 某某方法研究, 国家自然科学基金青年科学基金项目, 直接经费 ¥24 万, 编号: 11801268, 2019.01.01 - 2021.12.31, 参与`
- `1. 国家自然科学基金面上项目，某某机理研究（12371234），2024.01-2027.12，主持。`
- `江苏省自然科学基金，某某特性研究，BK20210775，2021.07-2024.06，在研，参与`
- `1. [省部级] [在研] 2015-01-01~2018-12-31 某某研究，某省自然科学基金，资金：6.0，参与者：甲，乙，丙` (a research office's
  export: the participants after their label, members in the order written)

A line is a project when, besides a title, it gives a period or a project number, and a programme or the part
the person took (主持, 参与); an item wrapped over the lines after it (up to the next item) is read whole. Each
piece is read for what it is: the period (its first year is the project's year), the number (`编号：`, `批准号：`,
or a bare code such as 11801268 or BK20170775, also in brackets after the title), the budget (`¥24 万`,
`经费50万元`), the state (在研, 结题), the part, the programme (a piece naming a fund, a plan or a special
programme: 国家自然科学基金 of `国家自然科学基金青年科学基金项目`, the class of it cut off), and the title (the
longest piece left); a piece that names a unit (`某中心（某大学）`) is the one that funds it. A table's row is read
cell by cell (an exported CV's `实验教学项目 | <the project's pieces>`). The part is the CV's own person's: the
person whose name opens the document (on a line of its own, opening its first lines: `林某，某大学教授`, or after
`姓名`/`name`) LEADS a project they 主持 or 负责 and is MEMBER_OF one they
参与; where no one opens the document, the project stands without them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import islice

from graph.schema import Label, RelType
from ingest.blocks import row_cells
from ingest.kit.text import DASHES
from ingest.model import Entity, Relation, Span
from ingest.nlp.grants import programme_of_class
from ingest.org_names import kind_suffix, org_kind
from ingest.tables.cells import Piece, is_name, unquoted, wan
from ingest.tables.patent_lines import read_patent_line

ITEM_MARK = re.compile(r"[ \t\u3000]*(?:[•·▪●○◆■►\-–—]{1,3}|\*(?=[ \t\u3000])|\d{1,3}[.、．)）](?!\d)|[(（]\d{1,3}[)）]|\[\d{1,3}\])[ \t\u3000]*")
# pieces part at commas, and at 、 beside a number or a date (`某某研究、ZDYF2022SHFZ039、2022.3.16 – 2024.3.15`)
# and at a line break before a quoted title (`某基金，主持，2018-2022` over `“某某研究”`), and at # before a number
_CUT = re.compile(r"[，,；;]|、(?=\s*(?:[A-Za-z]{0,8}\d{4}|(?:19|20)\d{2}))|(?<=[A-Za-z\d])\s*、"
                  r"|\n(?=[ \t\u3000]*[“\"《])|#(?=\s*[A-Za-z]{0,6}\d)"
                  # a stop after Chinese or a bracket (`某某研究（92471036）.国家自然科学基金. 2035-2038.`), or after a
                  # number when a blank follows (a date's stop, 2013.12, parts nothing)
                  r"|(?<=[\u4e00-\u9fff）)”》])[ \t]*[.．。](?=[ \t]*[\u4e00-\u9fff（(\d“《])|(?<=\d)[.．。](?=[ \t]+\S)")
# and at the quote that opens a title right after its programme (`- 某基金青年项目“某某研究”`), at the bracket that
# holds the period or the number after the title (`“某某研究”（2031-2033）`, `“某某研究”（52036004）`) and at one that
# holds the amount after another (`（52036004）（380万元）`)
# (not the quoted field of a plan's special programme: 某计划“某某”重点专项)
_QUOTED_CUT = re.compile(_CUT.pattern + r"|(?<=项目|基金|计划|专项|课题)[ \t]*[“\"《](?=[^“”\"《》\n]{4,80}[”\"》](?!\s*(?:重点|重大)?专项))"
                       r"|(?<=项目|基金|计划|专项|课题|资助)[ \t]*[：:](?=[ \t]*[\u4e00-\u9fff“])"  # 某基金重点项目：某某研究
                       r"|(?<=[”\"》])[ \t]*[（(](?=(?:19|20)\d{2}[^（()）]*[）)]|[^（()）]*\d{4}[^（()）]*[）)])"
                       r"|(?<=[）)])[ \t]*[（(](?=[^（()）]*(?:万元|万|千元|元)\s*[）)])")
# the part taken written in brackets after a piece: `2020.01-2023.12（参与第二）`, `核心成员（第六）`
_PART_NOTE = re.compile(r"\s*[（(]\s*(?P<part>(?:参与|参加|主持|负责)?\s*(?:第[一二三四五六七八九十\d]+)?)\s*[)）]\s*$")
_DATE = r"(?:19|20)\d{2}(?:\s*[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2})?\s*[日月]?)?(?:\s*年)?"
_PERIOD = re.compile(rf"(?:起止(?:时间|年月|年限)?|执行(?:期|期限|时间)|研究期限|时间)?\s*[：:]?\s*(?P<year>(?:19|20)\d{{2}})"
                     rf"(?:\s*[.\-/年]\s*\d{{1,2}}(?:\s*[.\-/月]\s*\d{{1,2}})?\s*[日月]?\s*(?:[{DASHES}~～至到]+\s*(?:{_DATE}|至今|今))?"
                     rf"|\s*(?:年)?\s*[{DASHES}~～至到]+\s*(?:{_DATE}|至今|今))")
_YEAR_THEN_TEXT = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年度?[ \t\u3000]+(?=[\u4e00-\u9fff])")
_PERIOD_THEN_TEXT = re.compile(rf"{_PERIOD.pattern}[ \t\u3000\n]+(?=[\u4e00-\u9fff])")
_CODE = re.compile(r"(?:(?:项目|课题|合同)?(?:编号|批准号|合同号|项目号|批号)\s*[：:]?\s*)?"
                   r"(?P<code>(?=[A-Za-z\d\-]*\d{4})[A-Za-z]{0,6}\d[A-Za-z\d\-]{3,19})")
_BRACKET_CODE = re.compile(r"\s*[（(]\s*(?:(?:项目|课题)?(?:编号|批准号)\s*[：:]?\s*)?"
                           r"(?P<code>(?=[A-Za-z\d\-]*\d{4}|\d{2}&[A-Z]{2,4}\d{2,4})[A-Za-z]{0,6}\d[A-Za-z\d\-&]{3,19})"  # (31&ZD417)
                           r"(?:\s*/\s*[A-Z]\d{2,6})?\s*[)）]\s*$")  # (92270845/Z0402: the number, then the discipline's code)
_BUDGET = re.compile(r"(?:(?:直接|总|资助|项目)?(?:经费|金额|资助)\s*[：:]?\s*)?[¥￥]?\s*(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>万元|万|千元|元)")
_BARE_CLASS = re.compile(r"(?:[A-Z甲乙丙丁]类|重点|一般|青年|面上|重大|培育|自筹|指导性|指令性|专项)项目")
_STATE = re.compile(r"(?:在研|结题|已结题|已结项|结项|完成|已完成|进行中|验收|已验收)")
_LEADS = re.compile(r"(?:项目|课题)?(?:第一)?(?:负责人?|主持人?|主持|牵头人?|首席(?:科学家)?)")
# (the head of a sub-project is one of the project's members: 子课题负责人)
_MEMBER = re.compile(r"(?:项目组)?(?:主要|核心)?(?:参与人?|参与者|参加人?|骨干|成员|研究人员|主研)|第[一二三四五六七八九十\d]+(?:参与人|完成人|参加人)"
                     r"|第[二三四五六七八九十2-9]\d?(?:负责人|主持人)"  # 第二负责人: one of the heads, not the head
                     r"|子(?:课题|项目)(?:负责人|主持人?)"
                     r"|(?:参与|参加)?第[一二三四五六七八九十\d]+")
_PROGRAMME = re.compile(r"基金|计划|专项|资助|工程(?:项目)?$|(?:项目|课题)$")
_QUOTES = "“”\"《》「」"
# a line of a CV's education: the degree or stage studied for, alone in its piece (a note in brackets after it)
_STUDY = re.compile(r"(?:(?:访问|联合培养|在读|直博|硕博连读)?(?:博士|硕士)(?:研究生|生)?|本科生?|学士|博士后|访问学者|交换生)"
                    r"\s*(?:[（(][^（）()]*[)）])?$")
_HAN = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_MIN_TITLE = 6
_MAX_TITLE = 60
_QUOTED_LINE = re.compile(r"[ \t\u3000]*[“\"《][^“”\"《》\n]{4,80}[”\"》][ \t\u3000]*")  # a title alone on its line
_MAX_LINE = 300
_MAX_PROGRAMME = 40
_SENTENCE_END = re.compile(r"[。！？!?](?=[^\n]*\S)|<")  # a stop inside the line: sentences, not an item
_DIGIT = re.compile(r"\d")
_WRAPPED = 3  # lines an item may run on over
# a label on a line of its own for the projects listed under it: the part the CV's person took in them
# (主持/参与科研项目: either, said by each item)
_PART_HEADING = re.compile(r"[ \t\u3000]*(?:(?P<both>(?:主持|负责)\s*[/／、和及与或]\s*(?:参与|参加))|(?P<leads>主持|负责|牵头)"
                           r"|(?:主要)?(?:参与|参加))(?:的)?(?:项目|课题|科研项目|研究课题)?"
                           r"(?:情况)?[ \t\u3000]*[：:]?[ \t\u3000|]*")
_HEADING_CHARS = 12
_OPENING_LINES = 3


@dataclass(frozen=True, slots=True)
class ProjectLine:
    title: str
    title_span: Span
    year: int | None
    code: str | None
    budget: float | None
    programme: str | None
    programme_span: Span | None
    leads: bool | None  # True: 主持, False: 参与, None: not said
    span: Span
    funder: str | None = None
    funder_span: Span | None = None
    leader: tuple[str, Span] | None = None  # a name written before the title (某基金项目，甲，“…”)
    members: tuple[tuple[str, Span], ...] = ()  # names written after the title
    ranked: bool = False  # the members are a labelled list, in their order (参与者：甲，乙)


def project_lines(text: str, lines: list[tuple[int, int]], owner: str | None,
                  entities: list[Entity], relations: list[Relation]) -> None:
    """The projects listed on the lines, each with its programme, and the part in it of the CV's person
    (`owner`, ingest.nlp.project_lines.cv_owner)."""
    k = 0
    part: bool | None = None  # the part a label line of its own gives the lines under it (主持, 参与)
    while k < len(lines):
        start, end = lines[k]
        k += 1
        heading = _PART_HEADING.fullmatch(text, start, end)
        if heading is not None:
            part = None if heading.group("both") else heading.group("leads") is not None
            continue
        funded = _FUNDING_LABEL.match(text, start, end)
        if funded is not None:  # 基金项目：甲基金面上项目（123）；乙计划（456）: the programmes that funded a paper
            _funding_items(text, funded.end(), end, entities)
            continue
        found = None
        if k < len(lines) and _QUOTED_LINE.fullmatch(text, *lines[k]):
            found = read_project_line(text, start, lines[k][1])  # 某基金，主持，2018-2022 | “某某研究”: the title below
            k += 1 if found is not None else 0
        if found is None:
            found = next((p for c in row_cells(text, start, end) if (p := read_project_line(text, c.start, c.end))
                          is not None), None)
        if found is None and ITEM_MARK.match(text, start):
            for more in range(k, min(k + _WRAPPED, len(lines))):
                if ITEM_MARK.match(text, lines[more][0]) and text[lines[more][0]:lines[more][1]].strip():
                    break  # the next item
                found = read_project_line(text, start, lines[more][1])
                if found is not None:
                    k = more + 1
                    break
        if found is not None:
            _add(found if found.leads is not None or part is None else replace(found, leads=part), owner, entities,
                 relations)
        elif len(text[start:end].strip()) <= _HEADING_CHARS:
            part = None  # another section's heading: the label's lines are over


# a paper's line of the programmes that funded it (an article page's `基金项目：…`), its items parted by semicolons
_FUNDING_LABEL = re.compile(r"[ \t\u3000]*(?:基金项目|资助项目|基金资助|项目资助|项目基金|课题来源|项目来源)[ \t\u3000]*[：:][ \t\u3000]*")
_FUNDING_ITEM = re.compile(r"[ \t\u3000]*(?P<name>[^；;，,。（()）\n]{4,60}?(?:基金|计划|专项|工程|项目|资金))[ \t\u3000]*"
                           r"(?:[（(][^（()）\n]{0,60}[）)]|No\.?\s*[\w\-]+|[A-Za-z0-9][\w\-/]{3,})?[ \t\u3000]*[；;，,。.]?[ \t\u3000]*$")


def _funding_items(text: str, start: int, end: int, entities: list[Entity]) -> None:
    """Each programme a paper's line of funding names, without the grant's number after it."""
    for item in re.finditer(r"[^；;]+", text[start:end]):
        m = _FUNDING_ITEM.fullmatch(item.group())
        if m is not None:
            at = start + item.start() + m.start("name")
            entities.append(Entity(type=Label.PROJECT, name=m.group("name"), kind="programme",
                                   spans=(Span(at, at + len(m.group("name"))),)))


def read_project_line(text: str, start: int, end: int, quoted: bool = True) -> ProjectLine | None:
    """The project text[start:end] lists (one item, perhaps over several lines), or None. `quoted`: a title in quotes
    right after its programme is a piece of its own (not where a table's column asks whether it holds such lines)."""
    if "|" in text[start:end] or end - start > _MAX_LINE or _SENTENCE_END.search(text, start, end) \
            or not _DIGIT.search(text, start, end) or read_patent_line(text, start, end) is not None:
        return None  # a table's row (the table's reading), prose, no period and no number, or a patent
    item = ITEM_MARK.match(text, start, end)
    at = item.end() if item else start
    key = _DATA_KEY.match(text, at, end)
    at = key.end() if key else at  # - name: "2023.1 – 2025.12 <br> 某某研究（…）": a data file's key and its quote
    label = _CLASS_LABEL.match(text, at, end)
    at = label.end() if label else at  # 【国家级纵向项目】: the CV's class of the project, no part of its programme
    head = _LEADER_LABEL.match(text, at, end)
    named: list[tuple[int, int, str]] = []  # pieces that are people's names: the leader, then the members
    heads: list[int] = []  # where the names stand that a note marks as the project's head
    if head is not None and _person_piece(head.group("name")) == head.group("name"):
        named.append((head.start("name"), head.end("name"), head.group("name")))  # 甲项目：某某研究，…: the leader, then the title
        at = head.end()
    if quoted and _HELD_BEFORE_QUOTE.search(text, at, end):
        return None  # 甲团队承担了某计划项目“某某研究”（编号），…: a sentence of news, read as prose
    pieces = _pieces(text, at, end, quoted)
    if (grant := _named_grant(text, pieces, Span(at, end))) is not None:
        return grant
    if any(_STUDY.match(_joined(text[a:b])) for a, b in pieces):
        return None  # 2021.03–2025.09，某大学，土木工程，博士研究生（导师：…）: a line of study, its field no programme
    if len(pieces) < 3 and not _dated_and_numbered(text, pieces):
        return None
    year = code = budget = None
    leads: bool | None = None
    state = False
    funder: tuple[int, int] | None = None
    rest: list[tuple[int, int]] = []
    listed = labelled = False  # past a members' label: each piece a name, or names parted by blanks
    for a, b in pieces:
        if (label := _MEMBERS_LABEL.match(text, a, b)) is not None:
            listed = labelled = True
            a = label.end()
        if listed:
            names = [(m.start(), m.end() - len(m.group()) + len(bare), _person_piece(bare))
                     for m in _NAMES_APART.finditer(text, a, b) if (bare := m.group().removesuffix("等"))]  # 甲等
            if names and all(name is not None for _, _, name in names):
                named += [(s, e, name) for s, e, name in names if name is not None]
                continue
            listed = False
        if (opening := _PERIOD_THEN_TEXT.match(text, a, b) or _YEAR_THEN_TEXT.match(text, a, b)) is not None:
            year = year or int(opening.group("year"))
            a = opening.end()  # 2019.01-2022.12 某某委员会, 2017年 某计划: the period, then a piece of its own after the blank
        note = _PART_NOTE.search(text, a, b)
        if note is not None and note.group("part") and note.start() > a:  # 2020.01-2023.12（参与第二）: the part taken
            part = note.group("part")
            if leads is None and (_LEADS.match(part) or _MEMBER.fullmatch(part)):
                leads = _LEADS.match(part) is not None
            b = note.start()
        if code is None and (bracket := _BRACKET_CODE.search(text, a, b)) is not None and bracket.start() > a \
                and (_MEMBER.fullmatch(_joined(text[a:bracket.start()])) or _LEADS.fullmatch(_joined(text[a:bracket.start()]))):
            code, b = bracket.group("code"), bracket.start()  # 项目组核心成员（614220）: the part, the number after it
        piece = _joined(text[a:b])
        person = _person_piece(piece)
        noted = _NAME_NOTE.search(piece)
        if person is not None and noted is not None and _LEADS.fullmatch(noted.group().strip(" （()）")):
            heads.append(a)  # 甲（主持人）: the person leads the project
        last = _NAME_THEN_PERIOD.fullmatch(piece)  # 甲 2015-01-01--2016-12-31: the list's last name, then the period
        if person is None and last is not None and (person := _person_piece(last.group("name"))) is not None \
                and (period := _PERIOD.fullmatch(last.group("period"))) is not None:
            year = year or int(period.group("year"))
        if person is not None:
            named.append((a, a + len(person), person))
            continue
        if year is None and (m := _PERIOD.fullmatch(piece)):
            year = int(m.group("year"))
        elif code is None and (m := _CODE.fullmatch(piece) or _BRACKET_CODE.fullmatch(piece)) and not _PERIOD.fullmatch(piece):
            code = m.group("code")  # 62572108, (62572108)
        elif budget is None and (m := _BUDGET.fullmatch(piece)):
            budget = wan(m.group("amount") + m.group("unit"), m.group("unit"))
        elif budget is None and (m := _LABELLED_AMOUNT.fullmatch(piece)):
            budget = float(m.group("amount"))
        elif _STATE.fullmatch(piece) or _BARE_CLASS.fullmatch(piece):
            state = state or _STATE.fullmatch(piece) is not None
            continue  # 在研; 面上项目 (a class, its programme unnamed: the funder's piece says whose)
        elif year is None and (m := _YEAR_STATE.fullmatch(piece)):
            year, state = int(m.group("year")), True  # 2016结项, 2016年结项: the year it closed
        elif leads is None and _LEADS.fullmatch(_PART_ASIDE.sub("", piece)):
            leads = True
        elif leads is None and _MEMBER.fullmatch(_PART_ASIDE.sub("", piece)):
            leads = False  # 参与, 参与（某方主持）: the part taken, with who led the whole aside
        elif funder is None and _is_unit(piece):
            funder = (a, b)  # 某中心（某大学）: the unit that funds it, written as a piece of its own
        elif code is None and (m := _PROGRAMME_CODE.fullmatch(piece)) and _PROGRAMME.search(m.group("programme")):
            code = m.group("code")  # 某基金青年项目：52209103: the programme, and the project's number after its colon
            rest.append((a, a + len(m.group("programme"))))
        elif year is None and (m := _TITLE_THEN_PERIOD.fullmatch(text, a, b)) and len(m.group("title")) >= _MIN_TITLE:
            year = int(m.group("year"))  # 某某研究 2013.1-2015.12: the title, then the period after a blank
            rest.append((a, m.end("title")))
        else:
            rest.append((a, b))
    if funder is not None and rest and all(_PROGRAMME.search(_joined(text[a:b])) for a, b in rest):
        rest, funder = sorted([*rest, funder]), None  # 某专项，编号，某某服务平台，2014-2017: a platform's name, the title
    programme = _programme_piece(text, rest)
    titles = [(a, b) for a, b in rest if (a, b) != programme]
    if not titles:
        return None
    ts, te = max(titles, key=lambda p: len(_joined(text[p[0]:p[1]])))
    if code is None and (m := _BRACKET_CODE.search(text, ts, te)):
        code, te = m.group("code"), m.start()
    unquoted_title = unquoted(Piece(text[ts:te], Span(ts, te)))
    ts, te = unquoted_title.span.start, unquoted_title.span.end
    title = _joined(text[ts:te])
    if _QUOTED_AFTER_PROGRAMME.search(title):
        return None  # 甲团队承担了某计划项目“某某研究”（编号），获得资助经费…: a sentence of news, read as prose
    if not _MIN_TITLE <= len(_HAN.findall(title)) <= _MAX_TITLE or _PROGRAMME.search(title) and programme is None:
        return None
    if year is None and code is None and not (state and named) or programme is None and leads is None:
        return None  # (甲项目：某某研究，某计划项目，在研: the leader named and the state said stand for a date)
    if len(titles) > 2 and programme is None:
        return None  # a sentence of clauses, not a listed project
    name = programme_span = None
    if programme is not None:
        piece = _joined(text[programme[0]:programme[1]])
        if (dated := _LEADING_YEAR.match(piece)) is not None and len(piece) - dated.end() >= _MIN_PROGRAMME:
            year = year or int(dated.group("year"))  # 2032年国家自然科学基金: the grant's year, then the programme
            piece = piece[dated.end():]
            written = text.find(piece, programme[0], programme[1])
            programme = (written, programme[1]) if written >= 0 else programme
        name = programme_of_class(piece) or piece  # 国家自然科学基金 of 国家自然科学基金青年科学基金项目
        root = text.startswith(name, programme[0])  # the programme's own name opens the piece
        programme_span = Span(programme[0], programme[0] + len(name)) if root else Span(*programme)
    funder_name = funder_span = None
    if funder is not None:  # 某中心（某大学）: the unit, its institution in brackets aside
        funder_name = re.split(r"\s*[（(]", _joined(text[funder[0]:funder[1]]), maxsplit=1)[0]
        funder_span = Span(funder[0], funder[0] + len(funder_name)) if text.startswith(funder_name, funder[0]) else Span(*funder)
    leader = next((p for p in named if p[1] <= ts), None)  # 国家自然科学基金项目，甲，“…”: the project's leader
    if leader is None and len(heads) == 1:
        leader = next(p for p in named if p[0] == heads[0])  # …；在研；甲（主持人）: the name the note marks
    members = tuple((n, Span(a, b)) for a, b, n in named if a >= te and (leader is None or a != leader[0]))
    return ProjectLine(title, Span(ts, te), year, code, budget, name, programme_span, leads, Span(at, end),
                       funder_name, funder_span, (leader[2], Span(leader[0], leader[1])) if leader else None, members,
                       ranked=labelled)


_HELD_BEFORE_QUOTE = re.compile(r"(?:承担|获批|主持|负责|参与|完成|申报|获得)了?[^，,。；;“”\"]{0,30}?(?:项目|课题|专项|计划|基金)[“\"《]")
# a title in quotes after the words of its programme or of holding it: the piece is a clause, not a title
_QUOTED_AFTER_PROGRAMME = re.compile(r"(?:项目|课题|专项|计划|基金|主持|承担|负责|获批|申报|完成|参与)[了的]?\s*[“《\"]")
_DATA_KEY = re.compile(r"[A-Za-z_][\w\-]{0,20}[ \t]*:[ \t]*[\"']?[ \t]*")
_PROGRAMME_CODE = re.compile(r"(?P<programme>[^：:]{2,40}?)\s*[：:]\s*(?P<code>(?=[A-Za-z\d\-]*\d{4})[A-Za-z]{0,8}[\dA-Za-z\-]{4,30})")
_TITLE_THEN_PERIOD = re.compile(rf"(?P<title>[^\s，,]+?)[ \t\u3000]+{_PERIOD.pattern}")
_YEAR_STATE = re.compile(rf"(?P<year>(?:19|20)\d{{2}})\s*年?\s*(?:{_STATE.pattern})")
# the leader's name labelling the line (`甲项目：`, `甲：`, `甲主持课题：`)
_LEADER_LABEL = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:主持)?(?:的)?(?:项目|课题)?\s*[：:][ \t\u3000]*")
_CLASS_LABEL = re.compile(r"(?:[ \t\u3000]*(?:【[^【】\n]{1,12}】|\[[^\[\]\n]{1,8}\]))+[ \t\u3000]*")  # 【国家级】, [省部级] [在研]
_NAME_THEN_PERIOD = re.compile(rf"(?P<name>[\u4e00-\u9fff·]{{2,4}})\s+(?P<period>{_PERIOD.pattern})")
# the members' label, their names after it in order (`参与者：甲，乙，丙`, `成员：甲 乙 丙`)
_MEMBERS_LABEL = re.compile(r"(?:项目|课题组?)?(?:参与者|参与人员?|参加者|参加人员?|主要成员|成员|组成人员)\s*[：:]\s*")
_NAMES_APART = re.compile(r"[^\s、，,]+")
# a budget labelled, its amount alone (`资金：75`): in 万元, as research offices' lists give it
_LABELLED_AMOUNT = re.compile(r"(?:资金|经费|金额|资助金额|项目经费)\s*[：:]\s*(?P<amount>\d+(?:\.\d+)?)")
_NAME_NOTE = re.compile(r"\s*[（(][^（）()]{1,4}[）)]$")  # 甲（外）: a member from outside the unit


def _dated_and_numbered(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Two pieces that still make a project's line: the period opening the first, the number in brackets closing the
    last (`2031-2034 某基金重点项目：某某研究（52335007）`)."""
    return len(pieces) == 2 and _PERIOD_THEN_TEXT.match(text, *pieces[0]) is not None \
        and (code := _BRACKET_CODE.search(text, *pieces[1])) is not None and code.end() == pieces[1][1]


def _person_piece(piece: str) -> str | None:
    """A piece that is a person's name alone (`甲`, `甲（外）`), the name; else None."""
    name = _NAME_NOTE.sub("", piece).strip()
    return name if 2 <= len(name) <= 4 and is_name(name) and not _LEADS.fullmatch(name) \
        and not _MEMBER.fullmatch(name) and not _STATE.fullmatch(name) else None


_GRANT = re.compile(rf"(?P<name>[^（()）]{{4,{_MAX_PROGRAMME}}}?(?:项目|专项|专款|课题|子课题|基金|经费))\s*[（(]\s*(?P<period>{_PERIOD.pattern})\s*[)）]")


def _named_grant(text: str, pieces: list[tuple[int, int]], span: Span) -> ProjectLine | None:
    """A grant a CV names by its programme and class, with no title of its own: `某省自然科学基金面上项目
    (2025.1-2027.12)，结题，主持` (the period in brackets, then the state and the part taken; a part is needed)."""
    if not pieces or not (m := _GRANT.fullmatch(_joined(text[pieces[0][0]:pieces[0][1]]))):
        return None
    leads: bool | None = None
    for a, b in pieces[1:]:
        piece = _joined(text[a:b])
        if _STATE.fullmatch(piece):
            continue
        if leads is not None or not (_LEADS.fullmatch(piece) or _MEMBER.fullmatch(piece)):
            return None
        leads = _LEADS.fullmatch(piece) is not None
    name = m.group("name")
    if leads is None or not text.startswith(name, pieces[0][0]) or len(_HAN.findall(name)) < _MIN_TITLE:
        return None
    return ProjectLine(name, Span(pieces[0][0], pieces[0][0] + len(name)), int(m.group("year")), None, None, None,
                       None, leads, span)


def _pieces(text: str, start: int, end: int, quoted: bool = False) -> list[tuple[int, int]]:
    """The spans of the pieces between commas, each trimmed of blanks and a closing stop; the pieces a bracket at
    the item's end holds (`某某研究（主持，某基金：52209103，30万元）`) are pieces of the item too."""
    tail = _TAIL_PIECES.search(text, start, end)
    if tail is not None and tail.start() > start:
        return _pieces(text, start, tail.start(), quoted) + _pieces(text, tail.start("inside"), tail.end("inside"), quoted)
    out = []
    bounds = [start, *(m.start() for m in (_QUOTED_CUT if quoted else _CUT).finditer(text, start, end)), end]
    for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        a += 1 if k else 0
        while a < b and text[a] in " \t\u3000\n:：.．。":
            a += 1  # (the stop of a cut before blanks: `(92270845) .某基金`)
        while b > a and text[b - 1] in " \t\u3000\n。.":
            b -= 1
        for closing, opening in (("”\"》", "“\"《"), ("）)", "（(")):  # (the mark a cut above opened: 某某研究”, 2031-2033）)
            if b > a and text[b - 1] in closing and not any(c in text[a:b - 1] for c in opening):
                b -= 1
        if b > a:
            out.append((a, b))
    return out


_LEADING_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年度?\s*")
_MIN_PROGRAMME = 4
_PART_ASIDE = re.compile(r"\s*[（(][^（）()]{1,12}[）)]$")
_TAIL_PIECES = re.compile(r"[（(](?P<inside>[^（）()]*[，,][^（）()]*)[）)][\s\"”'。.]*$")


def _joined(piece: str) -> str:
    """A piece with its line breaks taken out (a word wrapped at the line's end) and its blanks made one."""
    return " ".join(re.sub(r"\s*\n\s*", "", piece).split())


_SHORT_QUOTED = re.compile(r"(?<=\S)“[^“”]{1,6}”(?=\S)")  # 某规划“十二五”一般项目: a quoted period inside a programme's name


def _programme_piece(text: str, pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The piece that names the programme: the first that names a fund, plan or special programme, where
    another piece is left for the title; one that ends as a programme's name does before one that only holds such a
    word (`某某资助制度研究.某基金第47批资助项目`: the title speaks of funding, the programme is named)."""
    named = [(a, b) for a, b in pieces
             if _PROGRAMME.search(piece := _joined(text[a:b])) and not any(c in _SHORT_QUOTED.sub("", piece) for c in _QUOTES)
             and len(piece) <= _MAX_PROGRAMME
             and len(pieces) > 1 and not _BUDGET.search(piece)]  # 获得资助经费1200万元: the budget, no programme
    return next((p for p in named if _PROGRAMME_END.search(_joined(text[p[0]:p[1]]))), named[0] if named else None)


# how a programme's name ends (some words of a year or a batch after it: 某基金项目，2012.8)
_PROGRAMME_END = re.compile(r"(?:基金|计划|专项|工程|项目|课题|资助)(?:项目|课题)?[\s\d.,，\-–~至年月]*$")


def _is_unit(piece: str) -> bool:
    """A piece that names a unit (`某中心（某大学）`, the institution in brackets aside), not a programme; a fund's
    body is a unit (`国家自然科学基金委员会`)."""
    name = re.split(r"\s*[（(]", piece, maxsplit=1)[0]
    return org_kind(name) != "other" and bool(kind_suffix(name)) and (
        not _PROGRAMME.search(name) or _BODY_OF_A_FUND.search(name) is not None)


_BODY_OF_A_FUND = re.compile(r"(?:委员会|基金会|办公室|管理中心|[局厅部署])$")


def cv_owner(text: str) -> str | None:
    """The person whose name opens the document: at the start of one of its first lines, alone there or after
    its label (`姓名：林某`; `title: 林某`, a personal site's page of its author) or before a comma or a blank
    (`林某，某大学教授`, `林某 教授`), or as the subject of a profile's first sentence (`林某主要从事某某方面的研究`)."""
    for line in islice(re.finditer(r"[^\n]*\S[^\n]*", text), _OPENING_LINES):  # (the first lines only, not all of them)
        if " | " in line.group().strip(" |") and not _NAME_LABEL.match(line.group()):
            continue  # a table's row (a roster's 某某 | 某大学): one of many people, not the document's
        m = _OPENING_NAME.match(line.group())
        if m and is_name(m.group("name")):
            return m.group("name")
        spaced = _SPACED_NAME.fullmatch(line.group())  # 胡 志成: a name whose characters the page sets apart
        if spaced and is_name(name := re.sub(r"[ \t\u3000]", "", spaced.group("name"))):
            return name
    return None


_ROW_LINE = re.compile(r"[^\n]* \| [^\n]*")


def lines_by_owner(text: str, lines: list[tuple[int, int]], owner: str | None) -> list[tuple[str | None, list[tuple[int, int]]]]:
    """The lines grouped by whose they are: those inside a table's row that names one person in a cell of its own
    (`16 | 甲 | https://… | 所属院系：…` and the lines its last cell runs on over, up to the next row or a blank line:
    a scraped staff list, each row a profile) are that person's; the others the document's `owner`."""
    rows = list(_ROW_LINE.finditer(text))
    starts = [m.start() for m in rows]
    people: dict[int, str | None] = {}  # a row's person, read when a line of it asks

    def whose(at: int) -> str | None:
        k = bisect_right(starts, at) - 1
        if k < 0:
            return owner
        blank = text.find("\n\n", rows[k].end())
        if blank >= 0 and at >= blank:
            return owner  # past the blank line that ends the row's last cell
        if k not in people:
            names = {cell for cell in (c.strip() for c in rows[k].group().split(" | ")) if is_name(cell)}
            people[k] = next(iter(names)) if len(names) == 1 else None
        return people[k] or owner

    out: list[tuple[str | None, list[tuple[int, int]]]] = []
    for line in lines:
        who = whose(line[0])
        if out and out[-1][0] == who:
            out[-1][1].append(line)
        else:
            out.append((who, [line]))
    return out


_SPACED_NAME = re.compile(r"[ \t\u3000]*(?P<name>[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]))[ \t\u3000]*")
_NAME_LABEL = re.compile(r"[ \t\u3000]*(?:姓名|name|Name)\s*(?:[：:]|\s\|\s)")
_OPENING_NAME = re.compile(r"[ \t\u3000]*#{0,6}[ \t]*(?:(?:姓名|name|Name|title)\s*(?:[：:]|\s\|\s)\s*)?(?P<name>[\u4e00-\u9fff·]{2,5}?)"
                           r"(?=[ \t\u3000]*$|[，,（(]|[ \t\u3000]+\S|(?:主要|长期|一直)从事|现任|现为"
                           r"|的?(?:个人)?(?:简历|简介|主页)[ \t\u3000]*$)")  # 某某主要从事…研究; 某某个人简历, a CV's title


def _add(line: ProjectLine, owner: str | None, entities: list[Entity], relations: list[Relation]) -> None:
    entities.append(Entity(type=Label.PROJECT, name=line.title, kind="research_project", year=line.year,
                           code=line.code, budget_cap_wan=line.budget, spans=(line.title_span,)))
    if line.programme is not None and line.programme_span is not None:
        entities.append(Entity(type=Label.PROJECT, name=line.programme, kind="programme", spans=(line.programme_span,)))
        relations.append(Relation(type=RelType.PART_OF, source=line.title, target=line.programme, spans=(line.span,)))
    if line.funder is not None and line.funder_span is not None:  # the body funds the project, and its programme
        entities.append(Entity(type=Label.ORGANIZATION, name=line.funder, spans=(line.funder_span,)))
        relations.append(Relation(type=RelType.FUNDED_BY, source=line.title, target=line.funder, spans=(line.span,)))
        if line.programme is not None and line.programme_span is not None:
            relations.append(Relation(type=RelType.FUNDED_BY, source=line.programme, target=line.funder,
                                      spans=(line.span,)))
    if line.leader is not None:
        entities.append(Entity(type=Label.PERSON, name=line.leader[0], spans=(line.leader[1],)))
        relations.append(Relation(type=RelType.LEADS, source=line.leader[0], target=line.title, spans=(line.span,)))
    for rank, (member, span) in enumerate(line.members, start=1):
        entities.append(Entity(type=Label.PERSON, name=member, spans=(span,)))
        relations.append(Relation(type=RelType.MEMBER_OF, source=member, target=line.title, spans=(line.span,),
                                  rank=rank if line.ranked else None))
    if owner is not None and line.leads is not None and (not line.leads or line.leader is None or line.leader[0] == owner):
        kind = RelType.LEADS if line.leads else RelType.MEMBER_OF
        relations.append(Relation(type=kind, source=owner, target=line.title, spans=(line.span,)))
