"""The lists of strings a person's record holds in a data literal (`career: ["2019.01-至今 某大学某学院，教授", …]`),
each item read for the person by what the list's key says it holds:

- a career (`career`, `work`, `experience`, `employment`, `positions`): dated career lines, read as a
  profile's are (ingest.tables.profile_records): WORKS_AT the unit of a current post, AFFILIATED_WITH that
  of a past one;
- posts in societies and boards (`appointments`, `memberships`, `services`, `societies`): `某学会某分会 副主任委员`,
  the body and the post after it: AFFILIATED_WITH the body in the post, and LEADS it for a head post;
- titles and posts (`titles`, `duties`, `职务`): `主任医师、教授`, `某医院副院长`, `某学会某分会委员`, each post in a unit
  held there (ingest.nlp.posts.post_relations); a line of titles alone is passed over;
- awards (`awards`, `honors`, `prizes`): `某省科学技术奖二等奖，某某研究，第二完成人，2015年`, the award, the
  awarded achievement and the person's rank among its completers: the achievement a Project with its award
  and year, the person MEMBER_OF it at that rank (an honour named alone, `某某人才，2019年`, is passed over);
- projects (`projects`, `grants`, `funding`): `某基金项目（2031AB123），某某研究，2018.01-2021.12，265万元，主持`,
  the programme with the project's code in brackets, the title, the period, the budget and the person's part:
  the Project with code, year and budget, PART_OF its programme, which the person LEADS (主持, 负责) or is a
  member of (参与); an item that names only its programme is passed over;
- papers (`papers`, `publications`, `论文`): references in any form a list of publications writes (ingest.nlp.papers),
  their authors as they list them; an item that gives a title alone (`1.题名#`, `题名[J]`) is the person's paper.

Education is passed over: where a person studied is no relation of the graph.
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.genres.guide_programme import standing_name
from ingest.kit.text import DASHES, LIST_MARK, is_person_name
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.loose_citations import authors_and_title
from ingest.nlp.papers import listed_paper
from ingest.nlp.posts import post_relations
from ingest.reading import Facts
from ingest.tables.cells import Piece, split_list
from ingest.tables.people_lists import unit_and_post
from ingest.tables.profile_records import career_line
from ingest.tables.records import Record, emit
from ingest.tables.vocabulary import Role

_KINDS: dict[str, tuple[str, ...]] = {
    "career": ("career", "careers", "work", "works", "experience", "experiences", "employment", "employments",
               "positions", "jobs", "resume", "cv", "履历", "经历", "工作经历", "简历"),
    "posts": ("appointments", "memberships", "services", "service", "societies", "affiliations", "兼职",
              "社会兼职", "学术兼职", "学术任职", "社会任职"),
    "titles": ("titles", "duties", "roles", "头衔", "职务", "任职", "职称职务", "职务职称"),
    "awards": ("awards", "award", "honors", "honours", "prizes", "获奖", "奖励", "获奖情况"),
    "projects": ("projects", "project", "grants", "funding", "fundings", "项目", "科研项目", "主持项目"),
    "papers": ("papers", "paper", "publications", "publication", "articles", "论文", "代表性论文", "代表论文", "代表作",
               "发表论文", "主要论文", "论文列表"),
}
_PARTS = re.compile(r"[^，,；;]+")
_POST_AFTER = re.compile(r"^(?P<unit>\S.*?)[ \u3000\t]+(?P<post>[^\s]{2,12})$")
_MEMBERSHIP = ("会员", "会士")
_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年?度?$")
_DATE = r"(?:19|20)\d{2}(?:\s*[.\-/年]\s*\d{1,2}\s*月?)?"
_PERIOD = re.compile(rf"^{_DATE}\s*(?:[{DASHES}~～至到]+\s*(?:{_DATE}|至今|今|现在))?$")
_BUDGET = re.compile(r"^\d+(?:\.\d+)?\s*(?:万元|万|元|千元)$")
_RANK = re.compile(r"^(?:排名)?第\s*([一二三四五六七八九十\d]{1,3})\s*(?:完成人|完成者|获奖人|获奖者|作者|名|位)?$|^[（(]?排\s*(\d{1,2})[）)]?$")
_AWARD = re.compile(r"奖(?:[一二三四特]等奖?)?$|等奖$")
_CODE = re.compile(r"\s*[（(]\s*(?P<code>[A-Za-z0-9][A-Za-z0-9\-]{4,})\s*[）)]\s*$")
_LEADING = ("主持", "负责", "负责人", "主持人", "项目负责人")
_MEMBER = ("参与", "参加", "骨干", "成员", "参与人", "主要参与", "主要参与者", "主研")
_CURRENT = re.compile(r"至今|现在|present|now", re.I)
_PROGRAMME_WORDS = re.compile(r"基金|计划|专项|项目|课题|工程")


def kind_of(key: str, words: list[str]) -> str | None:
    """What a list under `key` holds (one of _KINDS), by its last word or the whole key."""
    for candidate in (key, *(words[-1:])):
        for kind, keys in _KINDS.items():
            if candidate.lower() in keys:
                return kind
    return None


def read_record_lists(person: Piece, lists: list[tuple[str, list[Piece]]], words: dict[str, list[str]],
                      text: str, facts: Facts) -> None:
    """Read each list of a person's record (`words`: each key's words) for the person."""
    for key, items in lists:
        kind = kind_of(key, words[key])
        if kind == "career":  # the current posts first: a past one at the same unit is no other affiliation
            items = sorted(items, key=lambda item: not _CURRENT.search(item.text))
        for item in items:
            if kind == "career":
                career_line(person.text, item.text, item.span.start, facts)
            elif kind == "posts":
                _post(person, item, facts)
            elif kind == "titles":
                _held(person, item, facts)
            elif kind == "awards":
                _award(person, item, facts)
            elif kind == "projects":
                _project(person, item, facts)
            elif kind == "papers":
                for part in split_list(item, _ITEM_END):
                    _paper(person, part, text, facts)


def _parts(item: Piece) -> list[Piece]:
    return [Piece(m.group().strip(), Span(item.span.start + m.start() + len(m.group()) - len(m.group().lstrip()),
                                          item.span.start + m.start() + len(m.group().rstrip())))
            for m in _PARTS.finditer(item.text) if m.group().strip()]


def _post(person: Piece, item: Piece, facts: Facts) -> None:
    """`某学会 理事`, `某学会理事(2004-2012)`: a seat in a body, held over the years in brackets (an ended span:
    held no longer, so it heads the body no more)."""
    text = item.text.strip()
    period = _PERIOD_NOTE.search(text)
    text = text[:period.start()] if period else text
    m = _POST_AFTER.match(text)
    unit_written, post = (m.group("unit"), m.group("post")) if m else unit_and_post(text)
    lex = load_lexicon()
    if unit_written is None or post not in lex.positions and not post.endswith(_MEMBERSHIP):
        return
    unit = _unit(item, unit_written, facts)
    if unit is None:
        return
    facts.out.person(person.text, person.span)
    facts.out.relation(RelType.AFFILIATED_WITH, person.text, unit, item.span, position=post)
    if post in lex.head_positions and (period is None or not period.group("until")):
        facts.out.relation(RelType.LEADS, person.text, unit, item.span, role=post)
    facts.read(item.span)


def _held(person: Piece, item: Piece, facts: Facts) -> None:
    """A line of a person's titles and posts (`titles: ["主任医师、教授", "某医院副院长", "某学会某分会委员"]`): a post in
    a unit gives the relations of holding it there (a society's seat an affiliation, a hospital's post employment,
    a head post leadership); a line of titles alone gives none."""
    text = item.text.strip().rstrip("。.；;")
    unit_written, post = unit_and_post(text)
    if unit_written is None or post not in load_lexicon().positions:
        return
    unit = _unit(item, unit_written, facts)
    if unit is None:
        return
    facts.out.person(person.text, person.span)
    for relation in post_relations(person.text, unit, post, None, item.span):
        facts.out.add(relation)
    facts.read(item.span)


def _unit(item: Piece, written: str, facts: Facts) -> str | None:
    """The unit an item opens with, where the item writes it (after any blanks), if it is one."""
    start = item.span.start + (len(item.text) - len(item.text.lstrip()))
    return facts.orgs.add(written, Span(start, start + len(written)))


# the years a seat was held, in brackets after it: (2004-2012), （2005-）, (2002年至今)
_PERIOD_NOTE = re.compile(rf"\s*[（(]\s*(?:19|20)\d{{2}}\s*年?\s*(?:[{DASHES}~～至到]\s*(?P<until>(?:19|20)\d{{2}})?\s*年?(?:至今|今)?)?\s*[）)]\s*$")


def _award(person: Piece, item: Piece, facts: Facts) -> None:
    record = Record(item.span, awarded=True)
    titles: list[Piece] = []
    for part in _parts(item):
        if _YEAR.match(part.text):
            record.add(Role.YEAR, part)
        elif (rank := _RANK.match(part.text)) is not None:
            record.add(Role.RANK, Piece(rank.group(1) or rank.group(2), part.span))
        elif _AWARD.search(part.text) and not record.has(Role.AWARD):
            record.add(Role.AWARD, part)
        else:
            titles.append(part)
    if len(titles) != 1 or not record.has(Role.AWARD):
        return
    record.add(Role.PROJECT, titles[0])
    record.add(Role.MEMBER, person)
    if emit(record, facts.out, facts.orgs) is not None:
        facts.read(item.span)


def _project(person: Piece, item: Piece, facts: Facts) -> None:
    record = Record(item.span)
    texts: list[Piece] = []
    part_of: str | None = None
    for part in _parts(item):
        if _PERIOD.match(part.text):
            record.add(Role.PERIOD, part)
        elif _BUDGET.match(part.text):
            record.add(Role.BUDGET, part, "万元" if "万" in part.text else "千元" if "千" in part.text else "元")
        elif part.text in _LEADING:
            part_of = "lead"
        elif part.text in _MEMBER:
            part_of = "member"
        else:
            texts.append(part)
    code = None
    for n, part in enumerate(texts):
        if (m := _CODE.search(part.text)) is not None:
            code = Piece(m.group("code"), Span(part.span.start + m.start("code"), part.span.start + m.end("code")))
            texts[n] = Piece(part.text[:m.start()], Span(part.span.start, part.span.start + m.start()))
    if len(texts) == 2:
        programme, title = texts
    elif len(texts) == 1 and (code is not None or not _PROGRAMME_WORDS.search(texts[0].text)):
        programme, title = None, texts[0]
    else:
        return  # a programme named alone, or parts this reading does not know
    if part_of is None and code is None and not record.has(Role.BUDGET):
        return
    record.add(Role.PROJECT, title)
    if code is not None:
        record.add(Role.CODE, code)
    record.add(Role.MEMBER if part_of == "member" else Role.LEADER, person)
    project = emit(record, facts.out, facts.orgs)
    if project is None:
        return
    facts.read(item.span)
    if programme is not None and (name := standing_name(programme.text)) and name != project:
        facts.out.entity(Entity(Label.PROJECT, name, kind="programme", spans=(programme.span,)))
        facts.out.relation(RelType.PART_OF, project, name, item.span)


# items of a list of papers written on one line, parted by `#` before the next one's number or title mark, or at the
# line's end (`1. 题名[J] #2. 题名[J]#`, `《题名》#《题名》`)
_ITEM_END = re.compile(r"[ \t\u3000]*#[ \t\u3000]*(?=\[\d{1,3}\]|\d{1,3}\s*[.、．]|《|$)")
# a paper named by its title alone: `1.题名#`, `《题名》`, `题名[J]` (a patent's `[P]` with no number is no paper of the list)
_TITLE_ONLY = re.compile(rf"(?:{LIST_MARK})?[ \t\u3000]*《?(?P<title>[^《》\[\]#\n]{{6,200}}?)》?[ \t\u3000]*"
                         r"(?:\[(?P<type>[A-Z])(?:/OL)?\])?[ \t\u3000.。]*")
_DATED = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _paper(person: Piece, item: Piece, text: str, facts: Facts) -> None:
    """A paper of the person's list: a reference in any form (its authors as it lists them), or a title alone, the
    person's paper."""
    entities: list[Entity] = []
    relations: list[Relation] = []
    if not listed_paper(text, item.span.start, item.span.end, entities, relations) \
            and (named := authors_and_title(text, item.span.start, item.span.end)) is not None:
        authors, (ts, te) = named  # `[1]甲,乙,题名`: the authors in order, the title, no venue
        title = " ".join(text[ts:te].split())
        entities.append(Entity(Label.PAPER, title, spans=(Span(ts, te),)))
        for author in authors:
            entities.append(Entity(Label.PERSON, author.name, spans=(Span(author.start, author.end),)))
            relations.append(Relation(RelType.AUTHORED, author.name, title, order=author.order, spans=(item.span,)))
    elif not entities:
        titled = _TITLE_ONLY.fullmatch(item.text)
        if titled is None or titled.group("type") not in (None, "J", "C", "A") or _DATED.search(titled.group("title")) \
                or is_person_name(titled.group("title").strip()):
            return
        title = titled.group("title").strip()
        at = item.span.start + titled.start("title") + titled.group("title").index(title)
        entities.append(Entity(Label.PAPER, title, spans=(Span(at, at + len(title)),)))
        relations.append(Relation(RelType.AUTHORED, person.text, title, spans=(item.span,)))
        facts.out.person(person.text, person.span)
    for entity in entities:
        facts.out.entity(entity)
    for relation in relations:
        facts.out.add(relation)
    facts.read(item.span)

