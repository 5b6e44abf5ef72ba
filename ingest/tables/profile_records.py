"""A person's page in machine records and dated career lines.

- records of `key: value` (or TOML `key = "value"`) lines with machine keys (a page's front matter, a
  YAML or TOML block in a Markdown page, as the readers keep them; keys that open a nested list or
  table, `organizations:` or `[author]`, go on with the record): the values are read by what they are, whatever the key
  (`title: 某某` a person's name, `role: 教授/博士生导师` titles, `name: 某大学` a unit); a record of one
  person gives that person WORKS_AT each unit, with the titles;
- career lines (`2018.12 - present 教授,博士生导师, 某大学某实验室`, `2010.7 - 2012.9 讲师，某研究所`): the
  page's person (of its record, or of the heading above) WORKS_AT the unit of a current post with the
  titles, and is AFFILIATED_WITH the unit of a past one; advisers named in brackets (`导师：甲、乙`)
  are people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graph.schema import Label, RelType
from ingest.blocks import BlockKind
from ingest.kit.orgbook import SCHOOL_ENDINGS, institution_of_school, institutions_of, unit_name
from ingest.kit.text import BRACKET_NOTE, DASHES, strip_titles
from ingest.model import Entity, Span
from ingest.nlp.lexicon import load_lexicon
from ingest.org_names import kind_suffix
from ingest.reading import Coverage, Document, Facts
from ingest.tables.cells import Piece, is_name, split_list
from ingest.tables.people_lists import unit_and_post
from ingest.tables.profiles import JOURNAL_POST, title_of

_KEY_VALUE = re.compile(r"^\s*(?:-\s+)?(?P<key>[A-Za-z_][\w\-. ]{0,30}?)\s*[:=]\s*(?P<value>\S.*?)\s*$")
_OPENS = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w\-. ]{0,30}?\s*:\s*$|^\s*\[\[?[\w.\-]+\]\]?\s*$|^\s*-{3}\s*$|^\s*```")
_TABLE_HEADER = re.compile(r"^\s*\[\[?[\w.\-]+\]\]?\s*$")
_QUOTES = "\"'“”‘’"
_DATE = r"(?:19|20)\d{2}(?:\s*[.\-/年]\s*\d{1,2}\s*月?|\s*年)?"  # (a year alone may carry 年: `2019 年 - 至今`)
_CAREER = re.compile(
    rf"^\s*\**\s*(?P<since>{_DATE})\s*(?:[{DASHES}~～至到]+|to)\s*(?:(?P<until>{_DATE}|至今|今|现在|present|now)|(?=[\s,，]))"
    r"\s*\**\s*[:：,，]?\s*(?P<rest>.+)$", re.I)  # (`2022-，某大学`: a post with no end, held now)
_CURRENT = ("至今", "今", "现在", "present", "now")
_PARTS = re.compile(r"[^,，、;；|\s]+(?:[ \u3000][^,，、;；|\s]+)*")  # `|`: a table's cells read as a line
_LATIN = re.compile(r"[A-Za-z]")
_ADVISERS = re.compile(r"[（(]\s*(?:合作)?导师\s*[:：]\s*([^（）()]+)[）)]")
_LATIN_NOTE = re.compile(r"\s*[（(][A-Za-z][A-Za-z .,'\-]*[）)]\s*$")  # 王某（Mou WANG）: the name in Latin letters
_FIRST_NAME = ("first_name", "firstname", "given_name", "given")
_LAST_NAME = ("last_name", "lastname", "family_name", "surname", "family")


@dataclass(frozen=True, slots=True)
class KeyValue:
    key: str
    text: str
    span: Span
    opens_item: bool = False  # the line opens an item of a list (`- course: …`)


def read_profile_records(document: Document, taken: Coverage, facts: Facts) -> None:
    person: tuple[str, Span] | None = None
    for record in machine_records(document, taken):
        found = _record(record, facts)
        person = person or found
    if person is None and (person := _resume_owner(document)) is not None:
        facts.out.person(*person)
    _careers(document, taken, facts, person)


# a résumé's marks: a contact line, or the headings of its sections
_CONTACT = re.compile(r"[\w.\-]+@[\w\-]+\.[\w.\-]+|(?:电话|手机|邮箱|E-?mail|Tel)\s*[:：]", re.I)
_RESUME_SECTION = re.compile(r"^\W{0,3}(?:教育背景|教育经历|学习经历|工作经历|工作经验|科研经历|研究经历|实习经历|研究领域|研究方向|"
                             r"个人简介|个人简历|论文发表|发表论文|学术论文|科研项目|主持项目|获奖情况|荣誉奖励|学术兼职|社会兼职|"
                             r"研究兴趣|课程教学|教学工作)\s*[:：]?[\s|]*$", re.M)
# the first line: a name (its characters may be set apart: `胡 志成`), a title after it perhaps
_OWNER_LINE = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})"
                         r"(?:\s+(?:[\u4e00-\u9fff]{0,8}(?:博士|硕士|教授|研究员|讲师)|Ph\.?\s*D\.?|PhD|Dr\.?|Prof\.?))?[\s|]*$")
# a page's title naming the résumé it is: 某某-环境经济学-简历, 某某的个人主页, 某某 个人简历
_OWNER_TITLE = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?:\s*[-–—_|·]\s*[^\n]{0,30}?\s*[-–—_|·]\s*|的|\s+)?"
                          r"(?:个人|中文)?(?:简历|履历|主页|网站|[Hh]omepage|CV)\s*$")
_NAME_FIELD = re.compile(r"^\s*(?:姓\s*名|Name)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})(?:\s*[（(][^（）()\n]*[）)])?\s*$",
                         re.I)  # 姓名：某某 (Mou MOU)
_OWNER_LINES = 3  # lines from the top where the name's line may stand (under a page's title and a section's)
_OWNER_REACH = 5  # lines from the top where a résumé's contact line stands


def _resume_owner(document: Document) -> tuple[str, Span] | None:
    """A résumé's person: its first line is a name (`某某`, `某某 某学博士`, `某某 Ph. D.`, `姓名：某某`; under a page's
    title and a section's heading perhaps), and a contact line follows within a few lines, or the page has a résumé's sections
    (教育背景, 工作经历 …)."""
    text = document.text
    lead = len(text) - len(text.lstrip())
    lines = text[lead:].split("\n", _OWNER_LINES + _OWNER_REACH + 1)  # the first lines, not the whole page
    k, first = next(((k, m) for k, line in enumerate(lines[:_OWNER_LINES]) if (m := _OWNER_LINE.match(line)
                                                                         or _NAME_FIELD.match(line) or _OWNER_TITLE.match(line))),
                    (0, None))
    name = re.sub(r"[ \u3000]", "", first.group("name")) if first is not None else ""
    if first is None or not is_name(name):
        return None
    if _CONTACT.search("\n".join(lines[k + 1:k + _OWNER_REACH + 1])) is None and len(_RESUME_SECTION.findall(text)) < 2:
        return None
    start = lead + sum(len(line) + 1 for line in lines[:k]) + first.start("name")
    return name, Span(start, start + len(first.group("name")))


def machine_records(document: Document, taken: Coverage) -> Iterator[list[KeyValue]]:
    """Runs of consecutive `key: value` lines (two at least), in blocks no mechanism has read: lines of
    one-line blocks in a row (front matter as the readers keep it), or of one block of several lines (a
    code block); a TOML table's header (`[member]`) starts a record."""
    run: list[KeyValue] = []
    for block in document.blocks:
        body = document.text[block.span.start:block.span.end]
        if block.kind is BlockKind.TABLE or taken.covers(block.span) or "\n" in body.strip():
            if len(run) >= 2:
                yield run
            run = []
            if block.kind is BlockKind.TABLE or taken.covers(block.span):
                continue
        for m in re.finditer(r"[^\n]+", body):
            kv = _KEY_VALUE.match(m.group())
            if kv is None and _OPENS.match(m.group()) and not _TABLE_HEADER.match(m.group()):
                continue  # a key that opens a list (`organizations:`): the record goes on
            if kv is None:
                if len(run) >= 2:
                    yield run
                run = []
                continue
            value = kv.group("value").strip(_QUOTES + " ")
            start = block.span.start + m.start() + m.group().find(value, kv.start("value"))
            run.append(KeyValue(kv.group("key").lower(), value, Span(start, start + len(value)),
                                m.group().lstrip().startswith("- ")))
        if "\n" in body.strip():
            if len(run) >= 2:
                yield run
            run = []
    if len(run) >= 2:
        yield run


def _record(values: list[KeyValue], facts: Facts) -> tuple[str, Span] | None:
    """One person's record: the person, WORKS_AT each unit with the titles; the person, or None."""
    people = {name: Span(v.span.start, v.span.start + len(name)) for v in values
              if is_name(strip_titles(name := _LATIN_NOTE.sub("", v.text))) and len(name) >= 2}
    if not people:
        people = _composed_name(values)
    if len(people) != 1:
        return None
    name, span = next(iter(people.items()))
    titles = [t for v in values if (t := title_of(v.text)) is not None]
    units = [v for v in values if v.text not in people and (_is_unit(v.text) or len(_units_listed(v)) > 1)]
    if not titles and not units:
        return None
    name = strip_titles(name)
    facts.out.person(name, span)
    facts.read(span)
    for unit in units:
        past = _studied_or_visited(values, values.index(unit))
        for text, at in _units_listed(unit):
            org = facts.orgs.add(text, at)
            if org is not None and past:
                facts.out.relation(RelType.AFFILIATED_WITH, name, org, at)
            elif org is not None:
                facts.out.relation(RelType.WORKS_AT, name, org, at, title=titles[0] if titles else None)
        facts.read(unit.span)
    return name, span


# an item of a career or an education that is no job held: a degree earned, a visit
_NO_JOB = re.compile(r"(?:学士|硕士|博士)学位|访问学者|访问教授|客座|博士后|(?:本科|硕士|博士)(?:生|研究生)|bachelor|master|ph\.?d|visiting",
                     re.I)


def _studied_or_visited(values: list[KeyValue], k: int) -> bool:
    """The unit at `k` is of a list's item that says a degree or a visit (`- course: 某系 访问学者`), no job: a past
    affiliation."""
    start = next((i for i in range(k, -1, -1) if values[i].opens_item), None)
    if start is None:
        return False
    end = next((i for i in range(k + 1, len(values)) if values[i].opens_item), len(values))
    return any(_NO_JOB.search(v.text) for v in values[start:end] if not _is_unit(v.text))


def _units_listed(unit: KeyValue) -> list[tuple[str, Span]]:
    """The units one value lists (`某大学，某理工大学`), each with its span; the value whole otherwise."""
    parts = split_list(Piece(unit.text, unit.span))
    if len(parts) > 1 and all(_is_unit(part.text) for part in parts):
        return [(part.text, part.span) for part in parts]
    return [(unit.text, unit.span)]


def _composed_name(values: list[KeyValue]) -> dict[str, Span]:
    """`last_name: 刘` and `first_name: 鸿` of one record: the name they make."""
    first = next((v for v in values if v.key in _FIRST_NAME), None)
    last = next((v for v in values if v.key in _LAST_NAME), None)
    if first is None or last is None or not is_name(last.text + first.text):
        return {}
    return {last.text + first.text: last.span}


def _is_unit(text: str) -> bool:
    name = unit_name(text)
    return name is not None and kind_suffix(name) != "" and title_of(text) is None


def _careers(document: Document, taken: Coverage, facts: Facts, person: tuple[str, Span] | None) -> None:
    heading_person: str | None = None
    side = False
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            text = strip_titles(re.sub(r"\s", "", document.text[block.span.start:block.span.end]))
            heading_person = text if is_name(text) else heading_person
            side = _SIDE_POSTS.search(text) is not None and len(text) <= _SECTION_HEADING
            continue
        section = re.sub(r"[\s:：]", "", document.text[block.span.start:block.span.end])
        if block.kind is BlockKind.PARAGRAPH and (_RESUME_SECTION.fullmatch(section) or _SIDE_POSTS.fullmatch(section)):
            side = _SIDE_POSTS.fullmatch(section) is not None  # a section's label in a plain text, on a line of its own
            continue
        # a table no reader took may be dated career rows (`2020.08 至今 | 某研究院， 副研究员`); a table read
        # already may still hold a résumé's section in one cell, a dated line each (`教育经历 | 2021.03–2025.09，某大学…`)
        inside_cells = taken.covers(block.span)
        if inside_cells and block.kind is not BlockKind.TABLE:
            continue
        who = heading_person or (person[0] if person else None)
        if who is None:
            continue
        for m in re.finditer(r"[^\n]+", document.text[block.span.start:block.span.end]):
            at, line = block.span.start + m.start(), m.group()
            if block.kind is BlockKind.TABLE and (label := _LABEL_CELL.match(line)) is not None:
                at, line = at + label.end(), line[label.end():]  # 教育经历 | 2021.03–2025.09，某大学…: the section's first line
            elif inside_cells and "|" in line:
                continue  # a row of cells the table's reading took
            if career_line(who, line, at, facts, side):
                continue
            if (journal := JOURNAL_POST.search(m.group())) is not None:  # an editorial post: the journal
                facts.out.entity(Entity(Label.JOURNAL, journal.group(1).strip(),
                                        spans=(Span(at + journal.start(1), at + journal.end(1)),)))


_SECTION_HEADING = 8  # characters at most of a section's heading (学术兼职, 社会兼职情况)
_LABEL_CELL = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*[:：]?\s*\|\s*(?=[^|]*$)")  # a section's label in a cell of its own


def career_line(person: str, line: str, at: int, facts: Facts, side: bool = False) -> bool:
    """Read a dated career line (at `at` in the text) for the person; whether it is one. Under a section of posts
    held beside one's job (`side`), a current post is an affiliation."""
    career = _CAREER.match(line)
    if career is None:
        return False
    _career(person, career, at, facts, side)
    return True


# the heading of a résumé's section of posts held beside one's job: 社会兼职, 学术兼职, 学术任职, 社会服务
_SIDE_POSTS = re.compile(r"(?:学术|社会|校外)?兼职(?:情况)?|(?:学术|社会)(?:任职|服务|团体)(?:情况)?")


_SPACED_TITLE = re.compile(r"[ \u3000]+(?P<title>\S+)$")
_OUTER = ("大学", "分校", "科学院", "研究院", "医院")  # (某大学某分校: a university's campus)


def _school_of(before: tuple[str, Span, str], unit: str) -> bool:
    """Whether `unit`, written right after the unit `before` (no post between), is a school or department of it
    (`某大学，某学院`, `某科学院，某研究所`): a unit that names no institution of its own."""
    outer, _, post = before
    return not post and outer.endswith(_OUTER) and unit.endswith(SCHOOL_ENDINGS) and not unit.endswith(_OUTER) \
        and not institutions_of(unit)


def _career(person: str, career: re.Match[str], at: int, facts: Facts, side: bool = False) -> None:
    rest, rest_at = career.group("rest"), at + career.start("rest")
    span = Span(at + career.start("since"), at + career.end("rest"))
    for adviser in _ADVISERS.finditer(rest):
        for name in re.finditer(r"[^、，,；;和\s]+", adviser.group(1)):
            if is_name(name.group()):
                facts.out.person(name.group(), Span(rest_at + adviser.start(1) + name.start(),
                                                    rest_at + adviser.start(1) + name.end()))
    plain = BRACKET_NOTE.sub(lambda b: " " * len(b.group()), rest)
    titles: list[str] = []
    units: list[tuple[str, Span, str]] = []
    for part in _PARTS.finditer(plain):
        text = part.group().strip().removesuffix("。")  # (the stop that ends the line)
        if not text:
            continue
        if (title := title_of(text)) is not None:
            titles.append(title)
            continue
        spaced = _SPACED_TITLE.search(text)
        if spaced is not None and (title := title_of(spaced.group("title"))) is not None \
                and (kind_suffix(text[:spaced.start()]) or text[:spaced.start()].endswith(SCHOOL_ENDINGS)):
            titles.append(title)  # 某大学某系　教授: the unit, a blank, the title held there
            text = text[:spaced.start()]
        unit, post = unit_and_post(text)
        post = post.strip()
        if title_of(post) is not None:  # 某研究中心 研究员: the title after the unit
            titles.append(post)
            post = ""
        elif _LATIN.search(post):
            post = ""  # 某大学 PhD 凝聚态物理: a degree and its subject, no post
        if unit is not None:
            start = rest_at + part.start() + (len(part.group()) - len(part.group().lstrip()))
            if units and _school_of(units[-1], unit):  # `某大学，某学院`: the school of the university
                outer, outer_span, _ = units.pop()
                units.append((outer + unit, Span(outer_span.start, start + len(unit)), post))
                units.append((outer, outer_span, ""))  # and the university itself (the post is the school's)
                continue
            if units and _school_of((unit, Span(start, start), ""), units[-1][0]) and not units[-1][2] and not post:
                school, school_span, _ = units.pop()  # `某学院，某大学`: the school, then its university
                units.append((unit + school, Span(school_span.start, start + len(unit)), post))
                units.append((unit, Span(start, start + len(unit)), post))
                continue
            units.append((unit, Span(start, start + len(unit)), post))
            institution = institution_of_school(unit)  # 某大学物理学院: the university too
            if institution is not None:
                units.append((institution, Span(start, start + len(institution)), ""))
    for bracket in BRACKET_NOTE.finditer(rest):  # 某大学（某研究所）: where the student worked, a unit too
        inner = bracket.group()[1:-1].strip()
        if units and kind_suffix(inner) and unit_and_post(inner) == (inner, ""):
            units.append((inner, Span(rest_at + bracket.start() + 1, rest_at + bracket.end() - 1), ""))
    current = (career.group("until") or "至今").lower() in _CURRENT
    for unit, unit_span, post in units:
        org = facts.orgs.add(unit, unit_span)
        if org is None:
            continue
        if current and side:  # 社会兼职: a seat held beside one's job
            facts.out.relation(RelType.AFFILIATED_WITH, person, org, span, position=post or None)
        elif current:
            facts.out.relation(RelType.WORKS_AT, person, org, span, title="/".join(titles) or None,
                               position=post or None)
            if post in load_lexicon().head_positions:
                facts.out.relation(RelType.LEADS, person, org, span, role=post)
        elif not _works_within(person, org, facts):
            facts.out.relation(RelType.AFFILIATED_WITH, person, org, span, position=post or None)
    if units:
        facts.read(span)



def _works_within(person: str, org: str, facts: Facts) -> bool:
    """Whether the person works at `org` now, or at a unit of it: a past post there is no other affiliation."""
    return any(org == unit or org in institutions_of(unit) for unit in facts.out.targets(RelType.WORKS_AT, person))
