"""Lists of people, each with what the list says of them: a committee's or a panel's members with their
unit and post in brackets (`某某（某大学教务处处长）`, `某某（某大学副校长、教授）`), and staff lists of
names with titles (`- 某某 教授`).

A line is read as such a list only when it is nothing but its items (separated by 、，；or blanks): a
sentence that names a person with a bracket is prose's. The lines are those of list items, of table
cells no other reading took, and of short paragraphs.

- bracketed: the unit the note opens with and the post after it (a post in a unit: WORKS_AT with the
  position, and a head post LEADS the unit with that role), the titles among its parts (WORKS_AT's
  title); a section (`某处某科科长`) is a post in its office.
- a name and its titles: the person, and where the heading above the list names a unit, WORKS_AT
  that unit with the title;
- a post's label on a line of its own (`委员：`) over a list of plain names, however long (`甲、乙、…`): each holds the
  post in the unit the heading or the caption above names; a list of names is never a caption itself;
- one person a line, described in short parts (`某某 某大学`, `某某，教授，博士生导师`, `某某 某研究所所长`,
  `某某 某大学副校长、教授`): each part a title, a unit (with a post) or a post; WORKS_AT each unit, or the heading's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from graph.schema import RelType
from ingest.blocks import Block, BlockKind
from ingest.kit.builder import Builder
from ingest.kit.orgbook import (
    KIND_OF_COMMITTEE,
    TERM,
    OrgBook,
    institution_of_school,
    institutions_of,
    unit_name,
)
from ingest.kit.text import BRACKET_NOTE, Joined, strip_titles, unwrapped
from ingest.model import Span
from ingest.nlp.bodies import SOCIETY_POSTS, is_body
from ingest.nlp.lexicon import common_word, kind_of, load_lexicon
from ingest.nlp.orgs import ACRONYM, MEMBERS_OF_ACRONYMS
from ingest.nlp.posts import former, gives_honours
from ingest.org_names import ORG_SUFFIXES, is_distinctive
from ingest.reading import Coverage, Document, Facts
from ingest.tables.cells import Piece, is_name
from ingest.tables.profiles import UNIT_ENDINGS, degrees_only, title_of
from names.script import simplified

_LINE = re.compile(r"[^\n]+")
_BRACKETED = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,5}?)\s*[（(](?P<note>[^（）()]{2,60})[）)]")
_TITLED = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,5}?)[ \u3000]+(?P<title>[\u4e00-\u9fff/、]{2,20})")
_PART = re.compile(r"[^\s，,；;|]+")
_MAX_ITEM = 60
_NAME_DASH = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,5}?)[ \t\u3000]*(?:[-–—]{1,2}|——)[ \t\u3000]*(?=\S)")
_DASHED_PART = re.compile(r"[^\s，,；;|、]+")  # a dashed line's parts: its list of posts parted by 、 too
_NUMBER = re.compile(r"\s*(?:[（(]\s*\d{1,3}\s*[）)]|\d{1,3}\s*[.、．)）]|[-•·▪●○◆■►*](?=[ \t\u3000]))\s*")  # 1. (2) or a bullet
_BETWEEN = re.compile(r"[\s、，,；;]*")
# …、乙（某医院）等专家。, …、乙等31人 (the line's end)
_LIST_END = re.compile(r"[\s、，,；;]*(?:等(?:\d+|[一二三四五六七八九十]+)?(?:位|名|人)?(?:专家|同志|学者|老师)?)?(?:[。；;]\s*|(?<=[位名人家志者师])\s*$)")
# a student's level or year of entry, as a part of the line that describes them
STUDY = re.compile(r"(?:本科|硕士|博士)(?:研究)?生?|博士后|(?:19|20)\d{2}\s*(?:年入学|年级|级|届)(?:(?:本科|硕士|博士)(?:研究)?生?|研究生)?")
# where a student went after graduating: 毕业后前往某大学攻读博士学位, 毕业后进入某公司工作
WENT_ON = re.compile(r"\s*毕业后(?:前往|进入|赴|到|去|加入|留在|就职于|任职于|入职)(?P<unit>[^，,。；;\s]{2,40}?)"
                      r"(?:攻读(?:博士|硕士)(?:学位|研究生)?|读博|深造|从事博士后研究|(?P<work>工作|任职|任教|就职))\s*")
_NOTE_IN_BRACKETS = re.compile(r"[（(][^（）()]{2,40}[）)]\s*$|[（(][^（）()]{2,40}[）)](?=\s*[，,；;])")
# a person, then a note on their unit after a comma, up to the semicolon that parts the items: 甲，某大学，教授；
# (a rank in brackets may follow the name: 甲（排名1），教授，某大学；)
_COMMA_NOTED = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})\s*(?:[（(]\s*(?:排名|排序|第)?\s*\d{1,2}\s*[名位]?\s*[）)])?"
                          r"\s*[，,]\s*(?P<note>[^；;\n]{2,60}?)(?=\s*[；;。]|\s*$)")
_NOTE_PARTS = re.compile(r"\s*[、，,；;/]\s*")
_INSTITUTIONS = ("大学", "学院", "研究院", "研究所", "科学院", "医院", "中心", "实验室", "公司", "集团")
_MAX_LINE = 200  # a longer paragraph is prose
_SHORT_LINE = 60  # a line of a long paragraph that may be a person's line, not prose
_MAX_POST = 15
_LISTED = re.compile(r"[、，,；;]")
_HOLDING = re.compile(r"^(?:现任|现为|兼任)")
_FORMERLY = ("曾任", "历任", "原任")
_WARDS = ("科", "病区", "病房", "教研室")  # a hospital's departments
# a part that tells a move in a career (`回国后任某大学教授`, `博士毕业后在某研究所工作`): a sentence, prose's to read
_CAREER = re.compile(r"回国|毕业|[后时]任|后在|期间|先后|担任|出任|调任|任职|就职|工作于|受聘")
# a name, with a title after a blank (`甲 副教授`), as an item of a list after a post's label
# (a two-character name padded to a three-character one's width, `李  征`, before a separator or a wider gap; the last
# name before a count of them, `乙等31人`, without the 等)
_COUNTED = r"等(?:\d|[一二三四五六七八九十两位名人])"  # 等31人, 等十位: the count of the names before
_NAME = (r"(?P<name>[\u4e00-\u9fff·]{2,4}?(?=" + _COUNTED + r"|[^\u4e00-\u9fff·]|$)"
         r"|[\u4e00-\u9fff](?P<pad>[ \u3000]{1,2})[\u4e00-\u9fff](?=$|[、，,；;]|(?P=pad)[ \u3000]))")
_NAME_ITEM = re.compile(_NAME + r"(?:[ \u3000]+(?P<title>[\u4e00-\u9fff]{2,8}))?(?![\u4e00-\u9fff])")
_NAME_ONLY = re.compile(_NAME + r"(?=" + _COUNTED + r"|[^\u4e00-\u9fff]|$)")
_PAD = re.compile(r"[ \u3000]+")
_ODD_NAMES = 10  # in a list of this many names, one the surname list lacks (a rare surname's) is still a name
# a plain text's title on a line of its own: short, no sentence's or label's punctuation
_CAPTION = re.compile(r"[ \t\u3000]*[^\n，,。；;：:！？!?]{4,40}?[ \t\u3000]*")
_LABEL_LINE = re.compile(r"[ \t\u3000]*[^\n，,。；;：:！？!?]{2,40}?[：:][ \t\u3000]*")


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    start: int
    headings: tuple[Block, ...]  # the headings of the sections the line is in, outermost first
    label: str = ""  # what the colon introduced the line with (`副理事长：`), without it
    caption: Block | None = None  # a short line of its own above, since the last heading: a plain text's title
    set_up: Block | None = None  # the last paragraph above that sets a body up (国务院决定成立某领导小组), headings or not


def read_people_lists(document: Document, taken: Coverage, facts: Facts) -> None:
    lines = list(_lines(document, taken))
    for k, line in enumerate(lines):
        _bracketed(document, line, facts) or _seated(document, line, facts) or _titled(document, line, facts) \
            or _described(document, line, facts) \
            or _posted(document, line, facts) or _under_a_title(document, line, facts) \
            or _carded(document, line, lines[k + 1] if k + 1 < len(lines) else None, facts)


def _lines(document: Document, taken: Coverage) -> Iterator[_Line]:
    headings: list[Block] = []
    caption: Block | None = None
    label = ""  # a post's label on a line of its own (`委员（按姓氏笔画排序）：`): the lines below are its list
    carried = ""  # the post of a roster's line `委 员：甲 某单位`, over the lines of names right below it
    set_up: Block | None = None
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            _open_section(headings, block)
            caption, label, carried = None, "", ""
            continue
        heading = tuple(headings)
        if block.kind is BlockKind.TABLE:
            for row in block.rows:
                for cell in row:
                    if cell.text.strip() and taken.free(cell.span):
                        yield from _split(document.text, cell.span, heading, caption, set_up=set_up)
        elif taken.free(block.span) and (block.kind is BlockKind.LIST_ITEM or block.span.end - block.span.start <= _MAX_LINE
                                         or label and block.kind is BlockKind.PARAGRAPH):  # 委员： over a long list
            lines = list(_split(document.text, block.span, heading, caption, label or carried, set_up))
            yield from lines
            carried = _carried(lines, carried) if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) else ""
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and block.span.end - block.span.start <= _MAX_LINE:
            # a roster's labelled line another mechanism read (`成 员：甲 某职` as a field): its post goes on below
            carried = _carried(list(_split(document.text, block.span, heading, caption, carried, set_up)), carried)
        elif block.kind is BlockKind.PARAGRAPH and taken.free(block.span) \
                and "\n" in document.text[block.span.start:block.span.end]:
            # a long paragraph of lines broken by <br>: its short lines (`某某 某医院某科主任` over a card's prose) are read
            yield from (line for line in _split(document.text, block.span, heading, caption, "", set_up)
                        if len(line.text) <= _SHORT_LINE)
            carried = ""
        else:
            carried = ""
        if block.kind is BlockKind.PARAGRAPH \
                and _SETS_UP.search(simplified(unwrapped(document.text[block.span.start:block.span.end]))):
            set_up = block
        if block.kind is BlockKind.PARAGRAPH and (alone := _post_label(document.text[block.span.start:block.span.end])):
            label = alone  # `主席`, `主任委员` alone on its line: the post of the lines below, no caption
        elif block.kind is BlockKind.PARAGRAPH and _CAPTION.fullmatch(document.text, block.span.start, block.span.end) \
                and (not _NUMBER.match(document.text, block.span.start, block.span.end)
                     or _numbered_body(document.text[block.span.start:block.span.end])) \
                and not opens_with_a_person(document.text[block.span.start:block.span.end]):
            caption, label = block, ""  # `2. 某某 某大学`: a numbered item, `某某教授  某大学`: a person's line, no title
            # (`2、某某委员会`: a numbered body's name alone, the title of the roster below it)
        elif block.kind is BlockKind.PARAGRAPH and introduces_a_roster(document.text[block.span.start:block.span.end]):
            caption, label = block, ""  # `…决定成立某某领导小组，组成人员名单如下：`: the body of the lines below
        elif block.kind is BlockKind.PARAGRAPH and _LABEL_LINE.fullmatch(document.text, block.span.start, block.span.end):
            label = _post_label(document.text[block.span.start:block.span.end])
            caption = caption if label else None  # `某某委员会：`: a new section's label, the title above no longer its


def _hospital_of_ward(unit: str) -> str | None:
    """The hospital a ward or department is named inside (某医院|神经外科, 某医院|神外三病区), as prose reads it: the
    person works at the hospital, the ward is in the post."""
    if not unit.endswith(_WARDS):
        return None
    hospital = next((i for i in reversed(institutions_of(unit)) if kind_of(i) == "hospital"), None)
    return hospital if hospital is not None and unit.startswith(hospital) and len(unit) > len(hospital) else None


def _numbered_body(line: str) -> bool:
    """`2、某市某某委员会`: a numbered line that is nothing but a body's name (the roster below is its)."""
    name = line[_number_end(line):].strip()
    return bool(name) and not re.search(r"\s", name) and is_body(name)


# a sentence that introduces a body's roster below it (`成立某领导小组，组成人员名单如下：`, `某委员会委员如下：`)
_INTRO = re.compile(r"如下\s*[：:]\s*$")
_BODY_WORD = re.compile(r"委员会|理事会|小组|专家组|工作组|学会|协会|研究会")


def introduces_a_roster(paragraph: str) -> bool:
    """The paragraph ends by introducing a list (`…名单如下：`) and names a body whose list it may be."""
    return _INTRO.search(paragraph) is not None and _BODY_WORD.search(simplified(paragraph)) is not None


# a sentence that sets a body up (`国务院决定成立某某领导小组`): the body the roster below it is of, headings between
_SETS_UP = re.compile(r"(?:成立|组建|设立|调整|建立)[^，。；,;\n]{2,40}?(?:领导小组|委员会|工作组|专家组|小组|联席会议)")


_HONORIFICS = ("先生", "女士", "博士")  # forms of address after a name


def opens_with_a_person(line: str) -> bool:
    """The line's first part names a person (`某某教授  某大学`, `某某先生`): an item of a list, no caption over one."""
    first = _PART.match(line.strip())
    if first is None:
        return False
    word = first.group()
    if all(is_name(item.strip()) for item in word.split("、")) and "、" in word:
        return True  # 甲、乙: the list of a post's label above, no caption over the lists below
    return is_name(strip_titles(word)) and (len(word) < len(line.strip()) or word.endswith(_HONORIFICS))


def _post_label(line: str) -> str:
    """The post a label line introduces (`委员（按姓氏笔画排序）：` -> 委员), or ''."""
    post = simplified(_PAD.sub("", BRACKET_NOTE.sub("", line)).rstrip("：:"))  # (a padded label: `委  员：`)
    return post if post in ROSTER_POSTS else ""


# the posts a roster's labels give (a committee's 主任 and 成员 besides a society's posts)
ROSTER_POSTS = SOCIETY_POSTS | {"主任", "副主任", "常务副主任", "成员", "会员"}


def _split(text: str, span: Span, heading: tuple[Block, ...], caption: Block | None, above: str = "",
           set_up: Block | None = None) -> Iterator[_Line]:
    """The lines of a span, each without its number (`1.`, `（2）`) and whatever a colon introduces it with
    (`主任：`, `入选名单如下：`), or else with the post a label line `above` introduced."""
    for m in _LINE.finditer(text, span.start, span.end):
        line, at = m.group(), m.start()
        number, colon = _number_end(line), _last_open_colon(line)
        cut = max(number, colon + 1)
        own = line[number:colon].strip() if colon > number else ""
        if own and not _post_label(own) and _names_a_person(own) and line[colon + 1:].strip():
            # `某某教授：某大学某学院院长`: a person described after the colon, read as one line of parts
            yield _Line(line[number:colon] + " " + line[colon + 1:], at + number, heading, above, caption, set_up)
        elif line[cut:].strip():
            yield _Line(line[cut:], at + cut, heading, (_post_label(own) or own) if own else above, caption, set_up)


def _names_a_person(label: str) -> bool:
    """`某某`, `某某教授`, `某某女士`: a label that is a person's name with a title or a form of address (no word:
    `来源：某医院` is a source's label)."""
    name = strip_titles(label)
    return is_name(name) and not common_word(name) \
        and (name == label or label[len(name):] in _HONORIFICS or title_of(label[len(name):]) is not None)


def _carried(lines: list[_Line], carried: str) -> str:
    """The post a roster's labelled line gives the lines of names below it (`委 员：甲 某单位` over `乙 某单位`,
    `丙 某医院`): the post of the block's last labelled line, or the one carried so far, while each line after it
    opens with a person; else ''."""
    for line in lines:
        if line.label != carried and line.label in ROSTER_POSTS and line.label:
            carried = line.label
        elif line.label != carried or not (opens_with_a_person(line.text) or _names_alone(line.text)
                                           or _noted_items(line.text) is not None or _glued_name(line.text) is not None):
            carried = ""
    return carried


def _names_alone(line: str) -> list[re.Match[str]] | None:
    """The names of a line of nothing but names (`甲、乙`, a two-character name padded: `沈 慧`), or None."""
    items = _whole(line.strip(), _NAME_ONLY)
    if items is None or not all(is_name(_PAD.sub("", m.group("name"))) for m in items):
        return None
    return items


def _seated(document: Document, line: _Line, facts: Facts) -> bool:
    """`组长：甲`, `副组长：乙、丙` and the lines of names alone below (`丁`) in a body's roster (under its caption, or
    the title that sets it up): each person holds the seat, and heads the body where the post heads one."""
    if line.label not in ROSTER_POSTS or (items := _names_alone(line.text)) is None:
        return False
    body = _roster_body(document, line, facts)
    if body is None:
        return False
    lead = len(line.text) - len(line.text.lstrip())
    for m in items:
        name = _PAD.sub("", m.group("name"))
        span = Span(line.start + lead + m.start("name"), line.start + lead + m.end("name"))
        facts.out.person(name, span)
        _seat(name, body, line.label, span, facts)
    facts.read(Span(line.start + lead, line.start + len(line.text.rstrip())))
    return True


def _last_open_colon(line: str) -> int:
    """Where the line's last colon outside brackets is (`主任：甲（单位：某大学）`), or -1."""
    depth, found = 0, -1
    for i, ch in enumerate(line):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in "：:" and depth == 0:
            found = i
    return found


def _number_end(line: str) -> int:
    number = _NUMBER.match(line)
    return number.end() if number else 0


def _whole(line: str, pattern: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The items of a line made of nothing but items of `pattern`, or None."""
    items, pos = [], 0
    for m in pattern.finditer(line):
        if not _BETWEEN.fullmatch(line, pos, m.start()):
            return None
        items.append(m)
        pos = m.end()
    return items if items and (_BETWEEN.fullmatch(line, pos) or _LIST_END.fullmatch(line, pos)) else None


def _noted_items(line: str) -> list[re.Match[str]] | None:
    """The items of a line of people each with a note on their unit: in brackets (`甲（某大学）、乙（某医院）`), or
    after a comma, the items parted by semicolons (`甲，某大学，教授；乙，某公司，高级工程师`), the note opening with a
    unit; None where the line is no such list."""
    items = _whole(line, _BRACKETED)
    if items is not None and all(_named(m) for m in items):
        return items
    items = _whole(line, _COMMA_NOTED)  # (two items at least: the semicolons vouch for the layout)
    if items is not None and len(items) >= 2 and all(is_name(m.group("name")) and _unit_note(m.group("note"))
                                                     for m in items):
        return items
    return None


def _unit_note(note: str) -> bool:
    """A note that names a unit, its other parts titles or posts (`某大学，教授`, `正高级工程师，某公司`)."""
    parts = [p for p in _NOTE_PARTS.split(note.strip()) if p]
    units = [unit_and_post(p)[0] for p in parts]
    lex = load_lexicon()
    return any(units) and all(u or title_of(p) is not None or p in lex.positions for p, u in zip(parts, units, strict=True))


def _bracketed(document: Document, line: _Line, facts: Facts) -> bool:
    items = _noted_items(line.text)
    if items is None:
        return False
    body = _roster_body(document, line, facts) \
        if line.label in ROSTER_POSTS else None
    for m in items:
        name = strip_titles(m.group("name"))
        span = Span(line.start + m.start("name"), line.start + m.start("name") + len(name))
        facts.out.person(name, span)
        note_units(name, m.group("note"), line.start + m.start("note"), Span(line.start + m.start(), line.start + m.end()),
                   facts.out, facts.orgs)
        if body is not None:  # 副理事长：甲（某大学） under 某学会第十届理事会名单: a post of the society's
            _seat(name, body, line.label, span, facts)
    facts.read(Span(line.start, line.start + len(line.text.rstrip())))
    return True


def _seat(name: str, body: str, post: str, span: Span, facts: Facts) -> None:
    """The person holds the post in the body (AFFILIATED_WITH), and leads it where the post heads one (组长, 主任)."""
    facts.out.relation(RelType.AFFILIATED_WITH, name, body, span, position=post)
    if post in load_lexicon().head_positions:
        facts.out.relation(RelType.LEADS, name, body, span, role=post)


def names_people_with_notes(text: str) -> bool:
    """Whether every line of a text is a list of people with their units in brackets
    (`某某（某大学）`): this mechanism's to read, each person with their own unit."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_noted_items(line) is not None for line in lines)


def read_units_noted(document: Document, value: Piece, facts: Facts) -> None:
    """The units and posts of a list of people with notes in brackets, a field's value (`主要完成人：甲（某大学）`)."""
    for m in _LINE.finditer(value.text):
        _bracketed(document, _Line(m.group(), value.span.start + m.start(), ()), facts)


def names_before_notes(value: Piece) -> Piece:
    """A list of people with their units in brackets (`甲（某大学）、乙（某医院）`) with the notes blanked out, so
    that what is left is the list of names, each where it is written; the people lists read the units."""
    chars = list(value.text)
    for line in _LINE.finditer(value.text):
        for m in _noted_items(line.group()) or ():
            chars[line.start() + m.end("name"):line.start() + m.end()] = " " * (m.end() - m.end("name"))
    return Piece("".join(chars), value.span)


_MEASURE = re.compile(r"(?:万|千|百|亿)?元|%|‰|人|个|项|篇|次|件|台|套|年|月|日|天|小时|公斤|吨|平方米|亩|万人次|人次")


def _named(item: re.Match[str]) -> bool:
    """A person's name before a note: a name of a known surname, or two or three characters before a
    note that opens with a unit (the layout vouches for a rare surname)."""
    name = strip_titles(item.group("name"))
    first = _NOTE_PARTS.split(item.group("note"))[0]
    if _MEASURE.fullmatch(first.strip()) or common_word(name) and unit_and_post(first)[0] is None:
        return False  # 利润（万元）, 人数（人）: a form's label and its unit of measure, no one named
    if is_name(name):
        return True
    return 2 <= len(name) <= 3 and unit_and_post(first)[0] is not None


def noted_people(value: Piece) -> list[tuple[str, str, int]]:
    """The people of a list who have their unit in brackets after the name, others in it or not
    (`甲（某学院）、乙（某研究所）、丙`, a completers' cell): each name, its note and where the note opens."""
    out = []
    for m in _BRACKETED.finditer(value.text):
        opens = m.start() == 0 or value.text[m.start() - 1] in "、，,；; \t\n\u3000"
        if opens and _named(m) and _unit_note(m.group("note")):
            out.append((strip_titles(m.group("name")), m.group("note"), value.span.start + m.start("note")))
    return out


def is_noted_person(text: str) -> bool:
    """A person's name with their unit in brackets (`甲（某学院）`), no unit's name."""
    m = _BRACKETED.fullmatch(text.strip())
    return m is not None and _named(m) and _unit_note(m.group("note"))


def note_units(person: str, note: str, at: int, span: Span, out: Builder, orgs: OrgBook) -> None:
    """`某大学教务处处长、教授`: WORKS_AT the unit with the post and the title; LEADS where the post heads it."""
    parts = [(m.group(), at + m.start()) for m in re.finditer(r"[^、，,；;/]+", note)]
    titles = [p.strip() for p, _ in parts if title_of(p.strip()) is not None]
    posts: list[tuple[str, str, int]] = []  # (unit, post, start)
    for part, start in parts:
        part = part.strip()
        if title_of(part) is not None:
            continue
        unit, post = unit_and_post(part)
        if unit is not None:
            posts.append((unit, post, start))
        elif posts and part in load_lexicon().positions:
            unit, _, start = posts[-1]
            posts.append((unit, part, start))
    title = "、".join(titles) or None
    for unit, post, start in posts:
        org = orgs.add(unit, Span(start, start + len(unit)))
        if org is None:
            continue
        out.relation(RelType.WORKS_AT, person, org, span, position=post or None, title=title)
        if post in load_lexicon().head_positions:
            out.relation(RelType.LEADS, person, org, span, role=post)


def unit_and_post(text: str) -> tuple[str | None, str]:
    """(the unit a note opens with, the post after it): of the ways to read a known post at its end,
    the longest post (`某学院党委副书记` is 党委副书记 of 某学院); else an institution and any short words
    after it (`某大学某竞赛总教练`). A section of an office (`某处某科科长`) is a post of the office."""
    lex = load_lexicon()
    best: tuple[str, str] | None = None
    for n in range(len(text) - 1, 1, -1):
        head, rest = text[:n], text[n:]
        if rest in lex.positions and _is_unit(head) and (best is None or len(rest) > len(best[1])):
            best = (head, rest)
    if best is None and _is_unit(text):
        best = (text, "")
    if best is None:
        for n in range(len(text) - 1, 3, -1):
            head, rest = text[:n], text[n:]
            if head.endswith(_INSTITUTIONS) and _is_unit(head) and len(rest) <= _MAX_POST \
                    and not _LISTED.search(rest):  # 某大学教授、某研究院院长: two items, not one post
                best = (head, rest)
                break
    if best is None:
        return None, text
    unit, post = best
    office = institutions_of(unit)
    if unit.endswith("科") and office and office[-1].endswith(("处", "部", "办公室")):
        return office[-1], unit[len(office[-1]):] + post
    return unit, post


def _is_unit(text: str) -> bool:
    if text in _STATE_BODIES or _LEVEL_OFFICE.fullmatch(text):
        return True
    if unit_name(text) is None:
        return False
    if not is_distinctive(text):
        return _body_of_the_level(text)
    return text.endswith(ORG_SUFFIXES) or text.endswith(UNIT_ENDINGS) and bool(institutions_of(text))


# the state's bodies named by their own short names, with no ending a unit's name has (国务院副总理, 中央编办副主任)
_STATE_BODIES = frozenset({"国务院", "中央编办", "全国人大", "全国人大常委会", "全国政协", "中央军委", "中共中央", "党中央",
                           "人民银行", "中科院", "工程院", "社科院", "中国科协"})
# the bodies every province and city has, which its own documents name by the level alone (省政府, 市政协, 省科学院)
_LEVELS = ("省", "市", "自治区", "县", "区")
_BODIES_OF_A_LEVEL = frozenset({"政府", "人民政府", "委", "政协", "人大", "人大常委会", "纪委", "科学院", "社会科学院", "社科院",
                                "农业科学院", "农科院", "医学科学院", "科协", "社科联", "总工会", "妇联", "团委",
                                "法院", "人民法院", "中级人民法院", "检察院", "人民检察院", "工商联"})


def _body_of_the_level(text: str) -> bool:
    """A body of the province or city the document is of, named by its level alone (`省政府`, `省政协`, `市科学院`)."""
    level = next((lv for lv in _LEVELS if text.startswith(lv)), "")
    return bool(level) and text[len(level):] in _BODIES_OF_A_LEVEL


# an office of a province, city or county written short: 市编委办, 市农办, 市府办, 市委政研室, 县法制办, 市经信委
_LEVEL_OFFICE = re.compile(r"(?:省|市|县|区|自治区)[\u4e00-\u9fff]{1,4}(?:办|室|委)")


def _titled(document: Document, line: _Line, facts: Facts) -> bool:
    """`某某 教授` (a list item, a cell): the person and the title; WORKS_AT the unit the heading names."""
    items = _whole(line.text.strip(), _TITLED)
    if items is None:
        return False
    found = [(strip_titles(m.group("name")), title_of(m.group("title")), m) for m in items]
    if not all(is_name(n) and t is not None for n, t, _ in found):
        return False
    lead = len(line.text) - len(line.text.lstrip())
    unit = _heading_unit(document, line.headings, facts)
    members = _members_heading(document, line.headings)
    for name, title, m in found:
        span = Span(line.start + lead + m.start(), line.start + lead + m.end())
        facts.out.person(name, Span(span.start, span.start + len(name)))
        if unit is not None and members:  # 某局2031年度成员: the body's members, not its staff
            facts.out.relation(RelType.AFFILIATED_WITH, name, unit, span)
        elif unit is not None:
            _works_at(name, unit, span, facts, title=title, post=line.label)
    facts.read(Span(line.start + lead, line.start + len(line.text.rstrip())))
    return True


def _under_a_title(document: Document, line: _Line, facts: Facts) -> bool:
    """`某某` alone on its line under a heading that is a title (`教授`, `副教授`) on a staff page whose heading above
    names the unit (`师资队伍-某大学某学院`): the person holds the title there."""
    name = line.text.strip()
    if not line.headings or not is_name(name) or common_word(name):
        return False
    heading = line.headings[-1]
    title = title_of(BRACKET_NOTE.sub("", document.text[heading.span.start:heading.span.end]).strip())
    if title is None:
        return False
    unit = _heading_unit(document, line.headings[:-1], facts)
    return unit is not None and _on_the_staff(name, line, unit, title, facts)


def _carded(document: Document, line: _Line, below: _Line | None, facts: Facts) -> bool:
    """A staff page's card: `某某` alone on its line over a line of titles only (`教授 博士生导师`), on a page whose
    heading names the unit: the person holds the titles there."""
    name = line.text.strip()
    if below is None or not is_name(name) or common_word(name) or below.headings != line.headings:
        return False
    titles = [title_of(part) for part in below.text.split()]
    if not titles or None in titles:
        return False
    unit = _heading_unit(document, line.headings, facts)
    return unit is not None and _on_the_staff(name, line, unit, "/".join(t for t in titles if t), facts)


def _on_the_staff(name: str, line: _Line, unit: str, title: str, facts: Facts) -> bool:
    """The person a line names works at the unit with the title, and at the university a school of it is of."""
    lead = len(line.text) - len(line.text.lstrip())
    span = Span(line.start + lead, line.start + lead + len(name))
    facts.out.person(name, span)
    _works_at(name, unit, span, facts, title=title)
    if (institution := institution_of_school(unit)) is not None:  # 某大学某学院: the university too
        facts.out.relation(RelType.WORKS_AT, name, institution, span, title=title)
    facts.read(span)
    return True


def _posted(document: Document, line: _Line, facts: Facts) -> bool:
    """`副院长：甲、乙`, `副院长：甲 教授、乙 研究员` under a heading naming a unit (`某学院领导班子`): each person
    holds the post in the unit."""
    lex = load_lexicon()
    if line.label not in lex.positions or line.label in lex.titles:
        return False
    items = _whole(line.text, _NAME_ITEM)
    if items is None or not all(not m.group("title") or title_of(m.group("title")) for m in items) \
            or not _names(["".join(_PAD.split(m.group("name"))) for m in items]):
        return False
    unit = _heading_unit(document, (*line.headings, *filter(None, [line.caption])), facts)
    if unit is None:
        return False
    for m in items:
        span = Span(line.start + m.start("name"), line.start + m.end("name"))
        name = "".join(_PAD.split(m.group("name")))
        facts.out.person(name, span)
        title = title_of(m.group("title")) if m.group("title") else None
        _works_at(name, unit, Span(line.start + m.start(), line.start + m.end()), facts, title=title, post=line.label)
    facts.read(Span(line.start, line.start + len(line.text.rstrip())))
    return True


def _names(items: list[str]) -> bool:
    """Every item is a person's name; in a long list, one in ten may be a name the surname list lacks (种某某), of
    a name's length and no word of the dictionary."""
    odd = [n for n in items if not is_name(n)]
    return len(odd) <= len(items) // _ODD_NAMES and all(len(n) in (2, 3) and not common_word(n) for n in odd)


_MEMBERS_HEADING = re.compile(r"(?:成员|委员|理事|会员|成員|委員|會員)(?:名单|名單|一览|一覽)?[\s（(]*$")


def _members_heading(document: Document, headings: tuple[Block, ...]) -> bool:
    """The nearest heading says the list below is a body's members (`某局2031年度成员`, `某会委员名单`)."""
    if not headings:
        return False
    heading = headings[-1]
    return _MEMBERS_HEADING.search(document.text, heading.span.start, heading.span.end) is not None


def _works_at(name: str, unit: str, span: Span, facts: Facts, title: str | None = None, post: str = "") -> None:
    """The person works at the unit, in the post a label gave (a head post LEADS it); a post of a society or
    committee the unit is makes the person AFFILIATED_WITH it instead."""
    lex = load_lexicon()
    post = post if post in lex.positions and post not in lex.titles else ""
    if post and is_body(unit):
        facts.out.relation(RelType.AFFILIATED_WITH, name, unit, span, position=post)
    else:
        facts.out.relation(RelType.WORKS_AT, name, unit, span, title=title, position=post or None)
    if post in lex.head_positions:
        facts.out.relation(RelType.LEADS, name, unit, span, role=post)


def _posts_held_together(part: str, at: int) -> list[tuple[str, int]]:
    """`某部副部长兼某局局长`: the two posts, each in its unit (the second left out where it reads as none: never one
    unit of the two); else the part whole."""
    held, joint, rest = part.partition("兼")
    if joint and rest and (first := _unit_part(held)) is not None and first[1]:
        return [(held, at)] + ([(rest, at + len(held) + 1)] if _unit_part(rest) is not None else [])
    return [(part, at)]


def _unit_part(part: str) -> tuple[str, str, str | None] | None:
    """(unit, post, title) of a part that opens with a unit: a title after the unit (某大学教授) is no post; a
    title held with it (教授兼某学院院长) is the part's title."""
    if part.startswith(_FORMERLY) or _CAREER.search(part):
        return None  # 曾任某大学教授, 回国后任某大学教授: a former post or a move, prose's to read as one
    head, listed, more = part.partition("、")
    if listed and (more_titles := title_of(more)) is not None and (found := _unit_part(head)) is not None and found[2]:
        return found[0], found[1], f"{found[2]}/{more_titles}"  # 某大学教授、博士生导师: the unit's title, and more titles
    part = _HOLDING.sub("", part, count=1)  # 现任某大学教授: the verb, then the unit
    held, _, rest = part.rpartition("兼")
    if held and rest and (title := title_of(held)) is not None:
        found = _unit_part(rest)
        return (found[0], found[1], found[2] or title) if found is not None else None
    unit, post = unit_and_post(part)
    if unit is None:
        return None
    if post not in load_lexicon().positions and (title := title_of(post)) is not None:
        return unit, "", title
    return unit, post, None


def _described(document: Document, line: _Line, facts: Facts) -> bool:
    """One person described in a line of short parts (`某某 某大学`, `某某，教授，博士生导师`,
    `某某教授 某研究所所长`): each part a title, a unit (with a post) or a post, else the line is not such an
    item. The person WORKS_AT each unit (with the post and the titles), or the heading's unit."""
    body = line.text.strip().removesuffix("。")  # `某某，某大学教授。`: the line's closing stop is no part's
    lead = len(line.text) - len(line.text.lstrip())
    dash = _NAME_DASH.match(body)
    if dash and is_name(dash.group("name")) and not common_word(dash.group("name")):
        # `某某 - 某大学某学院教授、博士生导师`, `某某 - 2024级博士生`: a member's line; the person at least
        at = line.start + lead
        parts = [(dash.group("name"), at), *((m.group(), at + m.start()) for m in _DASHED_PART.finditer(body, dash.end()))]
        if len(body) > _MAX_LINE or not _described_parts(document, line, facts, parts):
            facts.out.person(dash.group("name"), Span(at, at + len(dash.group("name"))))
        return True
    head, stop, after = body.partition("。")
    head = _NOTE_IN_BRACKETS.sub(lambda m: " " * len(m.group()), head)  # 副教授（2020年入职，此前…）: a note aside
    went = WENT_ON.fullmatch(after) if stop else None
    if stop and went is None or len(head) > _MAX_ITEM:
        return False
    parts = [(head[m.start():m.end()], line.start + lead + m.start()) for m in _PART.finditer(_BOOKED.sub(_joined, head))]
    if parts and line.label in ROSTER_POSTS and not is_name(strip_titles(parts[0][0])) \
            and (glued := _glued_name(head)) is not None:  # `成 员：甲某省财政厅副厅长`: the name run into the post
        name, written, rest = glued
        parts = [(name, line.start + lead), (head[rest:].strip(), line.start + lead + rest)]
        if written != len(name):  # `王 曦副省长`: a padded name, read without its blank, written where it is
            facts.out.person(name, Span(line.start + lead, line.start + lead + written))
    # `某某 某大学副校长、教授`: the parts after the name's, each a list of posts and titles parted by 、
    listed = parts[:1] + [(m.group(), at + m.start()) for part, at in parts[1:] for m in re.finditer(r"[^、]+", part)]
    if not _described_parts(document, line, facts, parts) \
            and not (len(parts) >= 2 and len(listed) > len(parts) and _described_parts(document, line, facts, listed)):
        return False
    if went is not None:  # `某某，硕士，2020年入学。毕业后前往某大学攻读博士学位`: where the student went on to
        at = line.start + lead + len(head) + len(stop)
        unit = went.group("unit")
        org = facts.orgs.add(unit, Span(at + went.start("unit"), at + went.end("unit")))
        if org is not None:
            kind = RelType.WORKS_AT if went.group("work") else RelType.AFFILIATED_WITH
            facts.out.relation(kind, strip_titles(parts[0][0]), org, Span(line.start + lead, at + len(after)))
    return True


# a two-character name padded to three's width, run into what follows it (`王 曦副省长`)
_PADDED_GLUED = re.compile(r"(?P<name>[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
_LEVEL_START = ("省", "市", "县", "区", "自治区", "中央", "国务院", "全国")


def _glued_name(text: str) -> tuple[str, int, int] | None:
    """(the name, where it ends as written, where the rest starts) of a roster's line whose name runs straight into
    the unit and post after it (`林某某省委常委、常务副省长`, `张某珠海市副市长`, `王 某副省长`); the name is the one
    of three characters or two whose rest reads as posts, two first where a level's word follows them (`陈某省…`)."""
    text = text.rstrip()
    lead = len(text) - len(text.lstrip())
    padded = _PADDED_GLUED.match(text, lead)
    if padded is not None:
        name = _PAD.sub("", padded.group("name"))
        return (name, padded.end(), padded.end()) if is_name(name) and _reads_as_posts(text[padded.end():]) else None
    sizes = (2, 3) if text[lead + 2:].startswith(_LEVEL_START) else (3, 2)
    for size in sizes:
        name, rest = text[lead:lead + size], text[lead + size:]
        if is_name(name) and not common_word(name) and _reads_as_posts(rest):
            return name, lead + size, lead + size
    return None


def _reads_as_posts(rest: str) -> bool:
    """`rest` opens with a unit and its post, or a post, and each of its parts (parted by 、) is a unit with a post, a
    post (with the words that rank it before: 常务副省长, 某市副市长) or a title."""
    parts = [p for p in rest.split("、") if p]
    return bool(parts) and all(_unit_part(p) is not None or _ends_in_a_post(p) or title_of(p) is not None for p in parts) \
        and (_unit_part(parts[0]) is not None or _ends_in_a_post(parts[0]))


def _ends_in_a_post(part: str) -> bool:
    positions = load_lexicon().positions
    return any(part[k:] in positions for k in range(len(part) - 1))


# a journal's name in book marks, its blanks part of it (to the line's end, where a converter broke it: `《Journal of`)
_BOOKED = re.compile(r"《[^《》\n]*(?:》|$)")
# a post at a journal, a part of a person's line: 《某刊》杂志副主编, 《Some Journal》编委, 《Some (line broken)
_EDITING = re.compile(r"《[^《》\n]*(?:》(?:杂志|期刊)?[\u4e00-\u9fff]{0,4}?(?:主编|编委|编辑|审稿人)|$)")


def _joined(m: re.Match[str]) -> str:
    return re.sub(r"\s", "\x01", m.group())  # (the same length: the parts' offsets hold)


_POST_NOMINAL = re.compile(r"[A-Z]{2,6}|Ph\.?D\.?")  # SBS, JP, BBS, MH, OBE, FRS


_ACADEMY_HONOUR = re.compile(r"(?P<academy>[\u4e00-\u9fff]{2,16}?)(?P<title>院士|学部委员)")


def _seats_joined(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The pieces of a person's line, a society's acronym and the seat the blank parted from it one again (`IEEE`,
    `Fellow` -> `IEEE Fellow`: a seat, no post nominal)."""
    out: list[tuple[str, int]] = []
    for part, at in pieces:
        if out and ACRONYM.fullmatch(out[-1][0]) and MEMBERS_OF_ACRONYMS.fullmatch(out[-1][0] + " " + part):
            out[-1] = (out[-1][0] + " " + part, out[-1][1])
        else:
            out.append((part, at))
    return out


def _described_parts(document: Document, line: _Line, facts: Facts, parts: list[tuple[str, int]]) -> bool:
    """The person the first part names, described by the other parts (each a title, a unit with a post, or a
    post), written where each part reads so; False, writing nothing, where a part reads as none."""
    lead = len(line.text) - len(line.text.lstrip())
    if len(parts) < 2 and not (parts and parts[0][0] != strip_titles(parts[0][0])):
        return False
    first, first_at = parts[0]
    name = strip_titles(first)  # (某某先生, 某某博士: the form of address goes too)
    if not is_name(name) or (first != name and first[len(name):] not in _HONORIFICS and title_of(first[len(name):]) is None):
        return False
    titles = [t for t in [title_of(first[len(name):])] if t]
    units: list[tuple[str, str, int]] = []
    seats: list[tuple[str, str, int]] = []  # 某某，IEEE Fellow，ACM会员: a seat in a society known by its acronym
    student = False
    lex = load_lexicon()
    for part, at in _seats_joined([h for written, where in parts[1:] for h in _posts_held_together(written, where)]):
        if (member := MEMBERS_OF_ACRONYMS.fullmatch(part)) is not None:  # ACM会员, CCF高级会员, IEEE Fellow
            seats += [(a.group(), member.group("seat").strip(), at + a.start())
                      for a in ACRONYM.finditer(part, member.start("run"), member.end("run"))]
            continue
        if _POST_NOMINAL.fullmatch(part) or _EDITING.fullmatch(part):
            continue  # 某某教授，SBS，JP: an honour or degree in letters after the name; 《某刊》副主编: a journal's post
        if (title := title_of(part)) is not None:
            titles.append(title)
        elif degrees_only(part) and not STUDY.fullmatch(part):
            continue  # 甲，医学博士，某医院某科主任: a degree, no title or unit (博士研究生: a student's line)
        elif (honour := _ACADEMY_HONOUR.fullmatch(part)) is not None and gives_honours(honour.group("academy")):
            titles.append(honour.group("title"))  # 中国工程院院士: an honour the academy gives, no post in it
        elif (found := _unit_part(part)) is not None:
            unit, post, title = found
            units.append((unit, post, at + max(0, part.find(unit))))  # (现任|某大学: where the unit is written)
            titles += [title] if title else []
        elif part in lex.positions and units:
            units[-1] = (units[-1][0], part, units[-1][2])
        elif part in lex.positions and line.label in ROSTER_POSTS \
                and _roster_body(document, line, facts) is not None:
            continue  # `组长：甲 省长` under the body's caption: a post with no unit written, the seat is what it gives
        elif STUDY.fullmatch(part):
            student = True  # 本科, 硕士, 2022年入学: a student's line
        else:
            return False
    if student and (titles or any(post for _, post, _ in units)):
        student = False  # `某某，博士，研究员`: a degree beside a title or a post is the staff member's, no student's
    facts.out.person(name, Span(first_at, first_at + len(name)))
    span = Span(line.start + lead, line.start + len(line.text.rstrip()))
    for society, seat, at in seats:
        if (org := facts.orgs.add(society, Span(at, at + len(society)), kind="society")) is not None:
            facts.out.relation(RelType.AFFILIATED_WITH, name, org, span, position=seat)
    title = "/".join(dict.fromkeys(titles)) or None  # (某某院士：中国工程院院士: the one title)
    for unit, post, at in units:
        if (hospital := _hospital_of_ward(unit)) is not None:  # 某医院神经外科主任: at the hospital, its ward in the post
            unit, post = hospital, unit[len(hospital):] + post
        org = facts.orgs.add(unit, Span(at, at + len(unit)))
        if org is not None and student:
            facts.out.relation(RelType.AFFILIATED_WITH, name, org, span)
        elif org is not None:
            if post and (held := former(post)) is not None:  # 某大学原校长, 前任所长: a post held before, no job now
                facts.out.relation(RelType.AFFILIATED_WITH, name, org, span, position=held)
            elif post and (post in SOCIETY_POSTS and kind_of(org) != "government" and org not in _STATE_BODIES or is_body(org)):
                # 兼任某学会某分会常务委员: a seat, not a job (省政协副主席, 省政府副秘书长: a post in government)
                facts.out.relation(RelType.AFFILIATED_WITH, name, org, span, position=post)
            else:
                facts.out.relation(RelType.WORKS_AT, name, org, span, title=title, position=post or None)
                institution = institution_of_school(org)  # 某大学某学院院长: the university too, as prose reads it
                if institution is not None and institution != org and org.endswith(("学院", "系")) \
                        and kind_of(institution) == "university":  # (not its hospital, lab or institute)
                    facts.out.relation(RelType.WORKS_AT, name, institution, span, title=title,
                                       position=f"{org[len(institution):]}{post}" if org.startswith(institution) and post else None)
            if post in lex.head_positions:
                facts.out.relation(RelType.LEADS, name, org, span, role=post)
    if line.label in ROSTER_POSTS and (body := _roster_body(document, line, facts)) is not None:
        _seat(name, body, line.label, span, facts)  # 委员 under 某委员会名单
    if not units and (title or student) and (unit_of_heading := _heading_unit(document, line.headings, facts)) is not None:
        kind = RelType.AFFILIATED_WITH if student else RelType.WORKS_AT  # 某某，博士研究生: studying there, no job
        institution = facts.orgs.parent_of(unit_of_heading)
        for unit in (unit_of_heading, *([institution] if institution and kind_of(institution) == "university" else [])):
            facts.out.relation(kind, name, unit, span, title=None if student else title)
    facts.read(span)
    return True


def heading_unit_above(document: Document, at: int, facts: Facts) -> str | None:
    """The unit the nearest heading above offset `at` that names one names (a staff page's `某学院师资队伍` over
    its `教授` and a table of names), registered in the book; None if none does."""
    return _heading_unit(document, _headings_above(document, at), facts)


def heading_body_above(document: Document, at: int, facts: Facts) -> str | None:
    """The society or committee the nearest heading above offset `at` names (`某学会第十届理事会名单` over a table
    of its officers), or the title line right above it where a page writes its title as a plain paragraph;
    registered in the book; None if none does."""
    title = _title_line_above(document, at)
    return _heading_body(document, (*_headings_above(document, at), *filter(None, [title])), facts)


def _title_line_above(document: Document, at: int) -> Block | None:
    """The paragraph right before offset `at` where it reads as a title: short, no sentence's or label's
    punctuation, no numbered item, no person's line."""
    before = [b for b in document.blocks if b.span.end <= at]
    if not before or before[-1].kind is not BlockKind.PARAGRAPH:
        return None
    block = before[-1]
    text = document.text[block.span.start:block.span.end]
    if not _CAPTION.fullmatch(text) or _NUMBER.match(text) or opens_with_a_person(text):
        return None
    return block


def _headings_above(document: Document, at: int) -> tuple[Block, ...]:
    headings: list[Block] = []
    for block in document.blocks:
        if block.span.start >= at:
            break
        if block.kind is BlockKind.HEADING:
            _open_section(headings, block)
    return tuple(headings)


def _open_section(headings: list[Block], heading: Block) -> None:
    """The headings of the sections a heading opens within: those of a higher level, then the heading."""
    while headings and (headings[-1].level or 9) >= (heading.level or 9):
        headings.pop()
    headings.append(heading)


def _heading_unit(document: Document, headings: tuple[Block, ...], facts: Facts) -> str | None:
    """The unit the nearest heading above that names one names (`某大学化学系教师名录`), registered in the
    book; None if none does."""
    return _heading_org(document, headings, facts, lambda name: True)


def _roster_body(document: Document, line: _Line, facts: Facts) -> str | None:
    """The body a roster's line gives a seat in: the one its headings or caption name, else the one the document's
    title names (`关于成立某领导小组的通知` over `二、组成人员` and its lines), else the one the last paragraph above
    it set up."""
    body = _heading_body(document, (*line.headings, *filter(None, [line.caption])), facts)
    if body is None and document.blocks and document.blocks[0].kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) \
            and document.blocks[0] not in line.headings and document.blocks[0].span.start < line.start \
            and _CAPTION.fullmatch(document.text, document.blocks[0].span.start, document.blocks[0].span.end):
        body = _heading_body(document, (document.blocks[0],), facts)
    if body is None and line.set_up is not None:
        body = _heading_body(document, (line.set_up,), facts)
    return body


def _heading_body(document: Document, headings: tuple[Block, ...], facts: Facts) -> str | None:
    """The society or committee the nearest heading (or a plain text's title line) above that names one names
    (`某学会第十届理事会名单`), registered in the book; None if none does."""
    return _heading_org(document, headings, facts, is_body)


def _heading_org(document: Document, headings: tuple[Block, ...], facts: Facts,
                 wanted: Callable[[str], bool]) -> str | None:
    """The first organization of the kind wanted that the nearest heading naming one names, registered in the book."""
    for heading in reversed(headings):
        unwrapped = Joined.unwrapped(document.text[heading.span.start:heading.span.end], heading.span.start)
        text = unwrapped.text  # a title wrapped over two lines, read as one
        named = _orgs_in(text) or _termed_committee(text)
        for name, start in reversed(named) if introduces_a_roster(text) else named:  # 成立某小组，名单如下: the last
            if wanted(name):
                department = _HEADING_DEPARTMENT.match(text, start + len(name))
                if department and kind_of(name) in ("university", "research_institute"):
                    name += department.group("dept")  # 某大学|大气科学系师资介绍: the department the heading names
                return facts.orgs.add(name, unwrapped.span(start, start + len(name)))
    return None


# a title of a list of a body's people: 某委员会名单, 某学会理事会成员（24名）
_ROSTER_TITLE = re.compile(r"(?:名单|名录|成员|组成人员|人员组成)\s*(?:[（(][^（）()]{0,12}[）)])?\s*$")


def body_a_title_names(title: Piece, facts: Facts) -> str | None:
    """The society or committee a list's title names (`首届某委员会名单`, a data file's `title` over its records),
    registered in the book; None where the title is no list's or names no body."""
    if not _ROSTER_TITLE.search(title.text):
        return None
    for name, start in _orgs_in(title.text) or _termed_committee(title.text):
        if is_body(name):
            return facts.orgs.add(name, Span(title.span.start + start, title.span.start + start + len(name)))
    return None


# a committee whose name is a kind's alone, known by its term (第三届学术委员会名单, 首届顾问委员会成员): the term is its name's
_TERMED_COMMITTEE = re.compile(rf"{TERM.pattern}(?:{KIND_OF_COMMITTEE.pattern})(?=名单|名录|成员|组成)")


def _termed_committee(text: str) -> tuple[tuple[str, int], ...]:
    return tuple((m.group(), m.start()) for m in _TERMED_COMMITTEE.finditer(text))


# a department after the institution in a heading, before the words a staff page's heading ends with
_HEADING_DEPARTMENT = re.compile(r"(?P<dept>[\u4e00-\u9fff]{2,10}?系)(?=师资|教师|教职工|人员|成员|名录|简介|介绍|队伍|概况|[\s|（(]|$)")


@lru_cache(maxsize=256)
def _orgs_in(text: str) -> tuple[tuple[str, int], ...]:
    """The organizations the recogniser finds in a heading, with where each starts."""
    from ingest.nlp.pipeline import get_nlp  # the pipeline is built on first use, not at import

    return tuple((e.text, e.start_char) for e in get_nlp()(text).ents if e.label_ == "ORG")
