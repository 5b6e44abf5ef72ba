"""Posts listed in a biography: `现任A主任委员，B常务委员，C所长，D某科主任、某亚专科主任`.

The list follows a verb of holding (现任, 兼任, 担任, 任, 当选; 曾任, 历任 for former posts), and its subject is the
person the sentence opens with (`李某，男，…，现任…`), the person right before the verb (`李某教授现任…`), or the
person a biography heading names (`李某教授简介：` and the lines under it). Each clause is `<unit>[<department>]
<post>`; a clause with no unit (`、某亚专科主任`) continues the unit before it. Society posts are affiliations, head
posts lead the unit (ingest.nlp.posts); a former post is a past affiliation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph.schema import Label, RelType
from ingest.blocks import CELL_SEPARATOR, row_cells
from ingest.kit.text import DASHES, cjk_count, has_cjk, lines_of
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import common_word
from ingest.nlp.mentions import Mention, Mentions, listed_runs
from ingest.nlp.posts import DEPARTMENT, honorary_before, is_society, post_relations
from ingest.nlp.project_lines import ITEM_MARK
from ingest.org_names import RELATIVE_BODY
from ingest.tables.cells import is_name
from ingest.tables.profiles import title_of

_HOLDS = re.compile(r"(?P<former>曾任|历任|曾担任|先后担任|不再担任|不再兼任)|(?:现任|兼任|现兼任|担任|现为|成为|(?:目前|现在)(?:为|是|任)|还担任|同时担任|"
                    r"(?:受|被|获)聘(?:任)?为|(?:受|获)聘|当选为?|(?<![主责信担委聘就连继升出调])任(?![务何意职期命免])|"
                    r"(?<=[；;，,。])\s*为(?=中国|全国|国际|亚洲|世界|[\u4e00-\u9fff]{2,3}[省市])"  # ；为中国某学会理事
                    r"|(?<=[；;，,。])\s*现(?=[\u4e00-\u9fff])(?![任为兼在有已代场状今正将仍居年就阶]))")  # ，现某研究院副研究员
# units a biography says one studied or worked at before: 毕业于X, 获X博士学位, 先后在X、Y工作
# a span of time that has ended, written before a verb of holding (2011年2月至2012年7月…任某职): a past post
_CLOSED_RANGE = re.compile(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:至|到|-|—|–|~)\s*(?:19|20)\d{2}\s*年")
_GRADUATED = re.compile(r"(?:毕业于|考入|考取|考到|考上)[ \t\u3000]*$")  # (1980年考到某大学: a student there)
_DEGREE = re.compile(r"(?:获|获得|取得)[ \t\u3000]*$")
_UNIT_NOTE = r"[ \t\u3000]*(?:[（(][^（）()\n]{1,16}[）)])?[ \t\u3000]*"  # a note after a unit's name: （现某大学）
# 获X（现Y）某某专业博士学位, 分别获得X、Y和Z学士、硕士和博士学位: the degree after the unit, its note and major between
_DEGREE_AFTER = re.compile(_UNIT_NOTE + r"(?:[\u4e00-\u9fff]{1,12}?(?:专业|系))?[ \t\u3000]*"
                           r"(?:(?:工学|理学|医学|农学|管理学|法学|文学|经济学|哲学)?(?:博士|硕士|学士)[、和及与]?)+学位")
_EACH_BEFORE = re.compile(r"分别[ \t\u3000]*(?:获|获得|取得)[ \t\u3000]*$")
# 在X从事博士后研究, 在X、Y访问研究, 在X获得博士学位: training at a unit, whenever it was
_AT = re.compile(r"在[ \t\u3000]*$")
# `2006年3月至2007年5月，在X作为助理研究员`, `…，被X聘为研究员`: at or hired by a unit over a span of time that has ended
_AT_OR_HIRED = re.compile(r"(?:在|被)[ \t\u3000]*$")
_RANGE_REACH = 24  # characters before the clause the span of time may stand
_TRAINED_AFTER = re.compile(_UNIT_NOTE + r"(?:(?:从事|做|进行)[^，,；;。\n]{0,6}?博士后"
                            r"|博士后|访问|访学|留学|进修|深造|攻读|求学|就读|(?:获|获得|取得)[^，,；;。\n]{0,12}?学位"
                            # 在某大学中文系本科毕业, 在某大学研究生毕业
                            r"|(?:[\u4e00-\u9fff]{1,10}?(?:系|学院|专业))?(?:本科|研究生|硕士研究生|博士研究生|硕士|博士)?毕业)")
# X访问学者, 曾在X做博士后: a visit or training the unit's name is followed by, however the sentence opens
_VISITED_AFTER = re.compile(_UNIT_NOTE + r"(?:(?:做|作|担任|任|为)[ \t\u3000]*)?(?:高级)?(?:访问学者|访问教授|客座研究员|博士后研究员|博士后)"
                            r"(?=[，,；;。、\s]|$)")
# 2007年起任职于X, 现工作于X, 受聘于X: where the person works now (not after 曾, 先后)
_WORKS_IN = re.compile(r"(?<!曾)(?<!先后)(?:任职于|工作于|就职于|供职于|受聘于|任教于|执教于|入职于?)[ \t\u3000]*$")
# 现在X工作, 长期在X工作, 目前就职在X: where the person works now, said with the time (not 曾在X工作, X工作期间)
_WORKING_NOW = re.compile(r"(?:现|目前|现就|长期|一直|现仍|仍|至今)[ \t\u3000]*(?:就职)?在[ \t\u3000]*$")
_WORKING_AFTER = re.compile(_UNIT_NOTE + r"(?:工作|任职|就职|任教|执教)(?![过期时中])")
_WORKED_BEFORE = re.compile(r"(?:(?:先后|曾|曾经|早年|此前|还曾|曾先后|又先后|(?<=[，,])(?:后|随后))(?:多次)?"
                            rf"|(?:19|20)\d{{2}}\s*[{DASHES}~至到]\s*(?:19|20)\d{{2}}\s*年?)[ \t\u3000]*(?:在|于|赴|到)[ \t\u3000]*$")  # 2012-2015年在…
# (曾多次到X等上级医院进修, 曾先后到X小儿外科专科进修: the kind of the units listed, the department trained in)
_WORKED_VERB = re.compile(r"[ \t\u3000]*(?:等(?:上级|大|知名|国内外)?(?:单位|机构|地|高校|院校|医院|医疗机构)?)?[ \t\u3000]*"
                          r"(?:[\u4e00-\u9fff]{1,8}?科(?:专科)?(?=进修))?"
                          r"(?:工作|任职|学习|从事|访问|留学|进修|深造|做博士后|攻读|求学|就读|任(?=[\u4e00-\u9fff]{2}))")  # 曾在X任教授
_LIST_JOIN = re.compile(r"[ \t\u3000]*(?:、|和|及|与|，)[ \t\u3000]*")
_NEXT_HELD = re.compile(r"[ \t\u3000]*任[\u4e00-\u9fff]{2,12}?[ \t\u3000]*、[ \t\u3000]*")  # …任某职、|Y任某职: the list goes on
_HEADING = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:[\u4e00-\u9fff]{0,6})?(?:个人|人物)?简介[：:]?[ \t\u3000]*$", re.M)
# a staff page's heading over each biography: the name, its title, a colon, nothing after (`某某 教授：`)
_TITLED_HEADING = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,5}?)[ \t\u3000]*(?:教授|副教授|研究员|副研究员|讲师|"
                             r"博士|院士|老师|主任医师|副主任医师|医师|高级工程师|工程师)[ \t\u3000]*[：:][ \t\u3000]*$", re.M)
_CLAUSE = re.compile(r"[^，,；;。]+")
_BIO_LINES = 3
# what may end a list of posts: a gloss of the post (会士(Fellow), 荣誉教授（Adjunct Professor）), then 等职 (某分会常委等职)
_POSTS_END = re.compile(r"\s*(?:[（(][^（）()\n]{1,40}[）)])?\s*(?:等(?:职务?|社会职务|学术职务)?)?\s*")
_SUBJECT_GAP = re.compile(r"[\s，,]*(?:现|还|同时|并|亦|也|正式|已|已经)?\s*$")


def bio_posts(text: str, mentions: Mentions, sentences: list[tuple[int, int]], entities: list[Entity],
              owner: str | None = None) -> list[Relation]:
    """`owner`: the person the document is about (ingest.nlp.project_lines.cv_owner), the subject of a paragraph
    that names no one."""
    alone = _names_alone(text, mentions)
    heading_subjects = _headings(text, mentions, alone)
    out: list[Relation] = []
    for start, end in sentences:
        previous: tuple[str, int] | None = None  # the subject of the sentence's last verb, and where that verb ended
        for m in _HOLDS.finditer(text, start, end):
            held = _unit_before_the_verb(text, mentions, start, m.start())
            subject = (_subject_before(text, mentions, start, held[0]) if held is not None else None) or \
                _subject(text, mentions, start, m.start(), heading_subjects) or \
                _same_subject(mentions, previous, m.start()) or _paragraph_subject(text, mentions, start, m.start()) \
                or _owner_s(text, mentions, owner, m.start())
            if subject is None:
                continue
            previous = (subject, m.end())
            clause = max(text.rfind(c, start, m.start()) for c in "；;。") + 1 or start
            ended = _CLOSED_RANGE.search(text, max(clause, start), m.start()) is not None  # 2011年至2012年…任: past
            former = m.group("former") is not None or ended
            if held is not None:
                out += _post_in(text, mentions, held, m.end(), end, subject, former or _WORKED_BEFORE_AT.search(
                    text, max(clause, start), held[0].start) is not None)
                continue
            out += _posts(text, mentions, m.end(), end, subject, former=former)
        out += _copula_posts(text, mentions, start, end)
        out += _appositive_posts(text, mentions, start, end)
        out += _past_units(text, mentions, start, end, heading_subjects)
    subjects = {r.source for r in out}
    for a in alone:  # a name alone the recogniser did not read: a person all the same
        if not a.read and a.name in subjects:
            entities.append(Entity(type=Label.PERSON, name=a.name, spans=(a.span,)))
    return out


# 在 or 于 before the unit a post is held in (甲在某大学担任教授), with what says when or how often
_AT_THE_UNIT = re.compile(r"(?:在|于)[ \t\u3000]*$")
_WORKED_BEFORE_AT = re.compile(r"先后|曾|此前|早年|历")
_CLAUSE_OPEN = re.compile(r"[，,；;。：:\n][ \t\u3000]*$")


def _unit_before_the_verb(text: str, mentions: Mentions, start: int, at: int) -> tuple[Mention, str] | None:
    """The unit (and the department after it) written right before the verb of holding, where the clause puts the unit
    first (`甲在某大学担任教授`, `先后在某大学某系担任助理教授，某研究院担任研究员`): 在 or 于 before it, or the
    clause's opening."""
    unit = next((m for m in mentions.back_from(at) if m.end <= at), None)
    if unit is None or unit.label != "ORG":
        return None
    department = text[unit.end:at].strip(" \t\u3000")
    if department and not DEPARTMENT.fullmatch(department):
        return None
    before = text[max(start, unit.start - 8):unit.start]
    return (unit, department) if _AT_THE_UNIT.search(before) or _CLAUSE_OPEN.search(before) else None


# between a person and the unit they held a post in: when, how often, and 在 (甲先后在|某大学担任…, 甲2020年起在|…)
_WHEN_AND_WHERE = re.compile(r"[ \t\u3000]*(?:先后|曾经?|此前|早年|还|也|又|现|目前|随后|后)?[ \t\u3000]*"
                             r"(?:(?:于|自)?(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:起|至今)?[ \t\u3000]*)?"
                             r"(?:先后|曾)?(?:在|于)[ \t\u3000]*")


def _subject_before(text: str, mentions: Mentions, start: int, unit: Mention) -> str | None:
    """The person the clause opens with, where only when and 在 stand between them and the unit (`毕业后，甲先后在某大学
    担任…`, `甲2020年在某大学任…`)."""
    person = next((m for m in mentions.back_from(unit.start) if m.end <= unit.start), None)
    if person is None or person.label != "PERSON" or person.start < start:
        return None
    return person.text if _WHEN_AND_WHERE.fullmatch(text, person.end, unit.start) else None


def _post_in(text: str, mentions: Mentions, held: tuple[Mention, str], at: int, end: int, person: str,
             former: bool) -> list[Relation]:
    """The post or title written right after the verb (`担任|教授`, `任|首任所长`), held in the unit (and its
    department) written before the verb."""
    unit, department = held
    tenure = _TENURE_AT.match(text, at)
    at = tenure.end() if tenure else at
    role = next((m for m in mentions.within(at, end) if m.start == at and m.label in ("POSITION", "TITLE")), None)
    if role is None:
        return []
    span = Span(unit.start, role.end)
    if role.label == "POSITION":
        return post_relations(person, unit.ref, role.text, None, span, former=former, department=department)
    if former or department:  # (a title in a department: the unit's, the department named in the position)
        position = department + role.text if department else None
        rel = RelType.AFFILIATED_WITH if former else RelType.WORKS_AT
        return [Relation(type=rel, source=person, target=unit.ref, position=position,
                         title=None if former else role.text, spans=(span,))]
    return post_relations(person, unit.ref, None, role.text, span)


# a clause's subject, then 是 or 系 and the unit with the post or title (`甲是某大学某学院教授`, `甲系某研究所研究员`)
_COPULA = re.compile(r"[ \t\u3000]*(?:是|系)(?=[\u4e00-\u9fff])")
_CLAUSE_OPENS = re.compile(r"[ \t\u3000]*$|.*[，,；;。：:！？\n][ \t\u3000]*$", re.S)


def _copula_posts(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """The posts of a person who opens a clause and is said to be a unit's (`甲是某大学某学院教授`): read as after
    现为; a person named inside a clause (`授予甲是…`) is no subject."""
    out: list[Relation] = []
    for person in mentions.within(start, end):
        after = person.end  # 甲教授是…: the person's titles or posts before the copula
        while person.label == "PERSON" and (role := next((m for m in mentions.starting(after, after + 1)
                                                          if m.label in ("TITLE", "POSITION")), None)) is not None:
            after = role.end
        copula = _COPULA.match(text, after) if person.label == "PERSON" else None
        if copula is not None and _CLAUSE_OPENS.fullmatch(text, max(start, person.start - 40), person.start):
            out += _posts(text, mentions, copula.end(), end, person.text, former=False)
    return out


_OPENS_PROFILE = re.compile(r"[ \t\u3000]*[，,：:][ \t\u3000]*")
# what may stand between the name and the comma that opens its profile: its Latin form in brackets, then a degree, a
# form of address or a title (`某某（Mou Mou）博士，某大学教授`)
_NAME_NOTES = re.compile(r"[ \t\u3000]*(?:[（(][^（）()\n]{1,40}[）)])?[ \t\u3000]*(?P<said>[\u4e00-\u9fff]{0,6}?)(?=[ \t\u3000]*[，,：:])")
_ADDRESSED = frozenset({"博士", "硕士", "先生", "女士", "老师", "同志"})
_RANKS = ("资深", "特聘", "首席", "讲席", "终身", "长聘", "一级", "二级", "三级", "全职", "专职")
# the facts of a life a profile may give between the name and the posts: 男, 汉族, 1970年5月出生, 某省某市人
_BIO_FACT = re.compile(r"(?:男|女|[\u4e00-\u9fff]{1,2}族|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:出生|生)?|"
                       r"[\u4e00-\u9fff]{2,6}人|中共党员|博士|硕士)[ \t\u3000]*[，,][ \t\u3000]*")
_BIO_FACTS_SKIPPED = 6
_TITLE_PART = re.compile(r"(?P<title>[\u4e00-\u9fff]{2,8})[ \t\u3000]*[，,][ \t\u3000]*")
_PROFILE_PART = re.compile(r"[^、，,；;。]+")
_PROFILE_CELL = 30  # a cell of this many Chinese characters beside a name is the person's profile (a link is none)
_CAPTION_LINE = 20  # a card's caption: its person's post, then the name, and no more
_CLAUSE_MARKS = re.compile(r"[：:，,。；;！？]")
_UNIT_ENDS = "科系室处所部院校局厅委组站"  # 呼吸科: a department, not a name with a rare surname
# an honour a profile gives before the posts: 国家杰出青年科学基金获得者，…
_HONOUR_PART = re.compile(r"[^，,。；;\n]{2,30}?(?:获得者|入选者|得主)\s*[，,、]\s*")
def profile_posts(text: str, mentions: Mentions, lines: list[tuple[int, int]], entities: list[Entity],
                  owner: str | None = None) -> list[Relation]:
    """`张某，某大学资深教授、某大学荣誉教授、某研究院院长。`: a line that opens with a name and goes straight on to
    a unit and its post, with no verb between: each `<unit>[<department>]<post or title>` of its first sentence
    is the person's (a part with no unit continues the unit before it). The name may stand on a line of its own
    above the profile, or in a table row's cell before the cells of the profile; a profile may fill a cell."""
    out: list[Relation] = []
    named: tuple[str, Span] | None = None  # a line that is only a name: the profile's heading
    for start, end in lines:
        heading, named = named, _name_alone(text, mentions, start, end)
        if CELL_SEPARATOR in text[start:end]:
            found = _profile_row(text, mentions, start, end, entities)
            # a profile in a cell of its own (`张某，某大学教授，… | |`): read as a line is
            out += found or [r for c in row_cells(text, start, end) for r in _opening_profile(text, mentions, c.start, c.end)]
            continue
        first = next(iter(mentions.within(start, end)), None)
        if first is not None and first.label == "ORG" and heading and not text[start:first.start].strip():
            # 张某 / 某大学教授、博士生导师，…: the name on its own line, the profile on the next
            found = _profile_from(text, mentions, start, end, heading[0])
            out += _named_person(text, mentions, heading, found, entities)
            continue
        if heading and (first is None or first.label != "PERSON"):
            # 张某 / 博士，某大学某学院副教授，… (a life's facts first) / 主要研究方向为…。某大学某中心副主任，… (posts in a
            # later sentence): the name's line above
            found = _whole_profile(text, mentions, start, end, heading[0])
            out += _named_person(text, mentions, heading, found, entities)
            continue
        if owner is not None and first is not None and first.label == "ORG" and not text[start:first.start].strip() \
                and not any(m.label == "PERSON" for m in mentions.within(start, end)):
            # a personal page's profile naming no one: 某大学某系本硕博连读，某大学访问学者。…, its author's
            out += _whole_profile(text, mentions, start, end, owner)
            continue
        out += _opening_profile(text, mentions, start, end)
    return out


def _opening_profile(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """The profile of a line (or a cell) that opens with a person's name (after an item's number, if any):
    `张某，某大学教授、…。…`."""
    first = next(iter(mentions.within(start, end)), None)
    if first is None or first.label != "PERSON" or text[start:first.start].strip() \
            and not ITEM_MARK.fullmatch(text, start, first.start):  # `1、张某，…`: a numbered item's profile
        return []
    after = _NAME_NOTES.match(text, first.end, end)
    said = after.group("said") if after else ""
    at = after.end() if after and (not said or said in _ADDRESSED or title_of(said) is not None) else first.end
    opener = _OPENS_PROFILE.match(text, at, end)
    if opener is None:
        return []
    return _whole_profile(text, mentions, opener.end(), end, first.text)


def _whole_profile(text: str, mentions: Mentions, at: int, end: int, person: str) -> list[Relation]:
    """The posts of a profile written from `at`: its first sentence's, and those of the later sentences that open with
    a unit."""
    return _profile_from(text, mentions, at, end, person) + _later_sentences(text, mentions, at, end, person)


def _later_sentences(text: str, mentions: Mentions, at: int, end: int, person: str) -> list[Relation]:
    """`张某，教授，…。美国某研究所访问学者，中国某学会某专业委员会副主任委员，…`: a later sentence of the profile
    that opens with a unit and its post, with no subject of its own, is the person's too."""
    out: list[Relation] = []
    stop = text.find("。", at, end)
    while 0 <= stop < end - 1:
        at = stop + 1
        stop = text.find("。", at, end)
        out += _profile_from(text, mentions, at, end, person)
    return out


def _profile_row(text: str, mentions: Mentions, start: int, end: int, entities: list[Entity]) -> list[Relation]:
    """A table row with a cell that is only a name, its later cells the person's profile (`马某 | 博士、教授，…`,
    `姚某 | 博士，某大学某学院副教授，…`): the units and posts each such cell opens with."""
    cells = row_cells(text, start, end)
    for k, cell in enumerate(cells):
        heading = _name_alone(text, mentions, cell.start, cell.end)
        if heading is None:
            continue
        found = [r for c in cells[k + 1:] for r in _profile_from(text, mentions, c.start, c.end, heading[0])]
        prose = any(cjk_count(text, c.start, c.end) >= _PROFILE_CELL for c in cells[k + 1:])
        return _named_person(text, mentions, heading, found, entities, prose)
    return []


def _named_person(text: str, mentions: Mentions, heading: tuple[str, Span], found: list[Relation],
                  entities: list[Entity], profiled: bool = False) -> list[Relation]:
    """The profile's relations; its heading's name a person where the recogniser read none there."""
    if (found or profiled) and not any(m.label == "PERSON" for m in mentions.within(heading[1].start, heading[1].end)):
        entities.append(Entity(type=Label.PERSON, name=heading[0], spans=(heading[1],)))
    return found


def _profile_from(text: str, mentions: Mentions, at: int, end: int, person: str) -> list[Relation]:
    """The units and posts of the profile written from `at`, past the facts of a life (男, 1970年出生, 博士),
    up to the first full stop."""
    titles: list[str] = []
    for _ in range(_BIO_FACTS_SKIPPED):  # 张某，男，1970年5月出生，某大学教授…; 张某，教授，博士生导师，某大学…
        at += len(text[at:end]) - len(text[at:end].lstrip(" \t\u3000\n，,"))  # (，教授: the comma after the name above)
        fact = _BIO_FACT.match(text, at, end) or _HONOUR_PART.match(text, at, end)
        titled = _TITLE_PART.match(text, at, end) if fact is None else None
        if titled is not None and title_of(titled.group("title")) is not None:
            titles.append(titled.group("title"))
            fact = titled
        if fact is None:
            break
        at = fact.end()
    if not any(o.label == "ORG" for o in mentions.starting(at, at + 1)):
        return []
    stop = text.find("。", at, end)
    found = _profile_parts(text, mentions, at, end if stop < 0 else stop, person)
    if not titles:
        return found
    joined = "/".join(titles)  # the titles written before the unit are the person's at the unit after them
    return [replace(r, title=joined) if r.type is RelType.WORKS_AT and not r.title else r for r in found]


def _name_alone(text: str, mentions: Mentions, start: int, end: int) -> tuple[str, Span] | None:
    """The person a line names and nothing else (a title or post after the name aside), with where the name
    is written: a profile's heading."""
    inside = mentions.within(start, end)
    if not inside or all(m.label in ("TITLE", "POSITION") for m in inside):
        # a name alone reads as none without context: the surname and length tell it (`某某`, `某某   教授`)
        words = text[start:end].split()
        if not words:
            return None
        line, *titles = words
        at = start + text[start:end].find(line)
        named = is_name(line) and has_cjk(line) and not (len(line) >= 3 and line[-1] in _UNIT_ENDS) \
            and not common_word(line) and all(title_of(t) is not None for t in titles)
        return (line, Span(at, at + len(line))) if named else None
    last = inside[-1]
    if last.label == "PERSON" and len(inside) >= 2 and inside[-2].label == "POSITION" and inside[-2].end == last.start \
            and not text[last.end:end].strip() and len(text[start:end].strip()) <= _CAPTION_LINE \
            and all(m.label != "PERSON" for m in inside[:-1]) and not _CLAUSE_MARKS.search(text, start, last.start):
        return last.text, Span(last.start, last.end)  # 新当选学会副会长某某: a profile card's caption, the post first
    if inside[0].label != "PERSON" or text[start:inside[0].start].strip():
        return None
    at = inside[0].end
    for m in inside[1:]:
        if text[at:m.start].strip() or m.label not in ("TITLE", "POSITION"):
            return None  # (a blank between the name and its title: `某某   教授`)
        at = m.end
    return (inside[0].text, Span(inside[0].start, inside[0].end)) if not text[at:end].strip() else None


def _profile_parts(text: str, mentions: Mentions, start: int, end: int, person: str) -> list[Relation]:
    out: list[Relation] = []
    span = Span(start, end)
    unit: str | None = None
    for part_start, part_end in _parts_before_holding(text, start, end):
        roles = [r for r in mentions.within(part_start, part_end) if r.label in ("POSITION", "TITLE")]
        if not roles and (graduate := _graduate_of(text, mentions, part_start, part_end)) is not None:
            unit = graduate  # 某大学某学院博士，副教授: the unit of the degree, where the title after it is held
            continue
        if not roles or not _POSTS_END.fullmatch(text, roles[-1].end, part_end):
            unit = None  # a part not read: the next one names its own unit or is skipped too
            continue
        role = roles[-1]
        honour = honorary_before(text, role.start) if role.label == "TITLE" else ""
        role_start = role.start - len(honour)
        orgs = [o for o in mentions.within(part_start, role_start) if o.label == "ORG"]
        gap = _after_unit(text, orgs[-1].end, role_start) if orgs else text[part_start:role_start].strip()
        if role.label == "TITLE" and gap.endswith(_RANKS):  # 某大学资深|教授: the title's rank
            rank = next(r for r in _RANKS if gap.endswith(r))
            honour, gap = rank + honour, gap[: len(gap) - len(rank)]
        gap, written = department_post(gap, honour + role.text)
        if gap and not DEPARTMENT.fullmatch(gap):
            unit = None
            continue
        unit = orgs[-1].ref if orgs else unit
        if unit is None or RELATIVE_BODY.fullmatch(unit):
            continue  # 系党支部书记: the branch of the person's own department, named by no name of its own
        position, title = (written, None) if role.label == "POSITION" else (None, written)
        out += post_relations(person, unit, position, title, span, department=gap)
    return out


def _graduate_of(text: str, mentions: Mentions, start: int, end: int) -> str | None:
    """The unit of a part that is a unit and the degree it gave (`某大学某学院博士`), or None."""
    orgs = [o for o in mentions.within(start, end) if o.label == "ORG"]
    if len(orgs) != 1 or text[start:orgs[0].start].strip() or text[orgs[0].end:end].strip() not in _DEGREES:
        return None
    return orgs[0].ref


_DEGREES = frozenset({"博士", "硕士", "学士", "博士研究生", "硕士研究生"})


def _parts_before_holding(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a profile up to a verb of holding, which reads its own posts (bio_posts); a part that opens
    with its unit and post before the verb (`某医院副院长|兼任某科主任`) is read up to it."""
    out = []
    for part in _PROFILE_PART.finditer(text, start, end):
        held = _HOLDS.search(part.group())
        if held is None:
            out.append(part.span())
            continue
        if held.start() > 0 and not held.group("former"):
            out.append((part.start(), part.start() + held.start()))
        break
    return out


def _past_units(text: str, mentions: Mentions, start: int, end: int,
                headings: list[tuple[int, int, str]]) -> list[Relation]:
    """`毕业于X`, `获X博士学位`, `先后在X、Y工作`, `在X从事博士后研究`, `分别获得X、Y学士、博士学位`: the person
    studied or worked there (AFFILIATED_WITH); `(2007年起)任职于X`: the person works there now (WORKS_AT)."""
    orgs = [o for o in mentions.within(start, end) if o.label == "ORG"]
    out: list[Relation] = []
    held_before = -1  # where the post of the last unit a past affiliation held ends (曾在X任某职、Y任某职)
    for run in listed_runs(text, orgs, _LIST_JOIN):
        org = run[0]
        graduated = _GRADUATED.search(text, max(start, org.start - 6), org.start)
        degree = _DEGREE.search(text, max(start, org.start - 4), org.start) and _DEGREE_AFTER.match(text, run[-1].end)
        worked = (_WORKED_BEFORE.search(text, max(start, org.start - 14), org.start)
                  or held_before >= 0 and _NEXT_HELD.fullmatch(text, held_before, org.start)) \
            and _WORKED_VERB.match(text, run[-1].end)
        held_before = run[-1].end if worked else -1
        trained = _AT.search(text, max(start, org.start - 2), org.start) and _TRAINED_AFTER.match(text, run[-1].end)
        works = _WORKS_IN.search(text, max(start, org.start - 6), org.start)
        if works is None and len(run) == 1 and _WORKING_AFTER.match(text, org.end):
            works = _WORKING_NOW.search(text, max(start, org.start - 6), org.start)
        visited = _VISITED_AFTER.match(text, run[-1].end)
        clause = max(text.rfind(c, start, org.start) for c in "，,；;。") + 1 or start
        ranged = _AT_OR_HIRED.search(text, max(start, org.start - 2), org.start) \
            and _CLOSED_RANGE.search(text, max(start, text.rfind("；", start, org.start) + 1, clause - _RANGE_REACH), org.start)
        past = graduated or degree or worked or trained or visited or ranged
        if not (past or works):
            continue
        verb = org.start if works is None else works.start()  # 甲入职X，乙入职Y: the name right before the verb
        subject = _subject(text, mentions, start, verb, headings) or _paragraph_subject(text, mentions, start, verb)
        if subject is None:
            continue
        each = degree and _EACH_BEFORE.search(text, max(start, org.start - 8), org.start)
        units = run if worked or trained or visited or each else [org]
        kind = RelType.AFFILIATED_WITH if past else RelType.WORKS_AT
        out += [Relation(type=kind, source=subject, target=ref, spans=(Span(start, end),))
                for ref in dict.fromkeys(o.ref for o in units)]
    return out


@dataclass(frozen=True, slots=True)
class _Alone:
    """A name alone on a line, or alone in a cell of a table's row (ingest.blocks.CELL_SEPARATOR)."""

    name: str
    span: Span  # where the name is written
    cell: Span  # the line, or the row's cell, it fills
    line_end: int
    row: bool
    read: bool  # the recogniser read it as a person


def _names_alone(text: str, mentions: Mentions) -> list[_Alone]:
    out = []
    for line in lines_of(text):
        row = CELL_SEPARATOR in line.text
        for cell in row_cells(text, line.start, line.end):
            if (alone := _name_alone(text, mentions, cell.start, cell.end)) is not None:
                read = any(m.label == "PERSON" for m in mentions.within(cell.start, cell.end))
                out.append(_Alone(alone[0], alone[1], cell, line.end, row, read))
    return out


def _headings(text: str, mentions: Mentions, alone: list[_Alone]) -> list[tuple[int, int, str]]:
    """(start, end, person) of the text under each biography heading: `李某教授简介：`, a name on a line of its
    own, or a table row's first cell that is only a name (the row's other cells are that person's profile)."""
    out = []
    for m in [*_HEADING.finditer(text), *_TITLED_HEADING.finditer(text)]:
        at = m.start("name")
        person = next((p for p in mentions.starting(at, at + 1) if p.label == "PERSON"), None)
        if person is None:
            continue
        out.append((m.end(), _lines_on(text, m.end()), person.text))
    rows: set[int] = set()
    for a in alone:
        if not a.row:
            out.append((a.line_end, _lines_on(text, a.line_end), a.name))
        elif a.line_end not in rows:
            rows.add(a.line_end)
            out.append((a.cell.end, a.line_end, a.name))
    return out


def _lines_on(text: str, end: int) -> int:
    """The end of the few lines after `end` that a heading's biography runs on."""
    for _ in range(_BIO_LINES):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


def _subject(text: str, mentions: Mentions, start: int, at: int,
             headings: list[tuple[int, int, str]]) -> str | None:
    people = [p for p in mentions.within(start, at) if p.label == "PERSON"]
    right_before = [p for p in people if _SUBJECT_GAP.fullmatch(_without_titles(text, mentions, p.end, at))]
    if right_before:
        return right_before[-1].text  # 李某教授现任…
    if len(people) == 1 and not text[start:people[0].start].replace(CELL_SEPARATOR, "").strip():
        return people[0].text  # 李某，男，1970年生，…，现任…; 李某研究员长期从事…，现为…; a cell's too
    return max(((s, who) for s, e, who in headings if s <= at < e and not people), default=(0, None))[1]  # the nearest


def _owner_s(text: str, mentions: Mentions, owner: str | None, at: int) -> str | None:
    """The document's own person, where the paragraph names no one at all (a personal page's profile)."""
    if owner is None:
        return None
    line = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    return None if any(p.label == "PERSON" for p in mentions.within(line, len(text) if stop < 0 else stop)) else owner


def _same_subject(mentions: Mentions, previous: tuple[str, int] | None, at: int) -> str | None:
    """A later verb of the sentence (`据悉，甲现任…，兼任…`): the earlier verb's subject, where no one else is named
    between the two."""
    if previous is None or any(p.label == "PERSON" for p in mentions.within(previous[1], at)):
        return None
    return previous[0]


def _paragraph_subject(text: str, mentions: Mentions, start: int, at: int) -> str | None:
    """A sentence naming nobody before its verb (`…博士生导师。现任…`) continues the paragraph's biography:
    its subject is the person the paragraph opens with, where no other person comes before the verb."""
    line = max(text.rfind("\n", 0, at) + 1, _cell_start(text, at))  # the verb's line (a headline above is not it)
    people = [p for p in mentions.within(line, at) if p.label == "PERSON"]
    if not people and (named := _named_above(text, line, at)) is not None:
        return named
    if not people and line > 0 and not text[line:at].strip() and _cell_start(text, at) == 0:
        # a paragraph that opens with the verb (`担任…`) goes on with the one before, where that opens with its person
        before = text[:line].rstrip()
        line, at = text.rfind("\n", 0, len(before)) + 1, len(before)
        people = [p for p in mentions.within(line, at) if p.label == "PERSON"]
        opening = _OPENING_NAME.match(text, line, at)
        if not people and opening and is_name(opening.group("name")):
            return opening.group("name")  # a line another reading took: the name it opens with
    if people and all(p.text == people[0].text for p in people) and not text[line:people[0].start].strip(_EMPHASIS):
        return people[0].text
    return _last_sentence_subject(text, mentions, line, at) if people else None


def _last_sentence_subject(text: str, mentions: Mentions, line: int, at: int) -> str | None:
    """`甲教授1985年…。主要研究领域为…。现任…`: the person the nearest sentence that names anyone opens with, where
    that sentence names no one else and the sentences after it up to the verb name no one."""
    stop = text.rfind("。", line, at)
    if stop < 0 or any(p.label == "PERSON" for p in mentions.within(stop + 1, at)):
        return None  # the verb's own sentence names someone: not this
    while stop >= line:
        opening = max(text.rfind("。", line, stop) + 1, line)
        people = [p for p in mentions.within(opening, stop) if p.label == "PERSON"]
        if people:
            named = people[0]
            if any(p.text != named.text for p in people) or text[opening:named.start].strip(_EMPHASIS):
                return None
            return named.text
        stop = opening - 1
    return None


# blanks and Markdown's marks before a paragraph's first word (**某某**，…), and a bracket set around it (【某某】，…)
_EMPHASIS = " \t\u3000*_#【〖["
# a card's description after its name's field: `姓名：甲` / `介绍：…副主任医师，曾于某医院进修`
_DESCRIPTION_LABEL = re.compile(r"[ \t\u3000]*(?:个人|医生|专家|人物)?(?:介绍|简介)[ \t\u3000]*[：:]")
_NAME_FIELD = re.compile(r"[ \t\u3000]*姓[ \t\u3000]*名[ \t\u3000]*[：:][ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,8})[ \t\u3000]*$")


def _named_above(text: str, line: int, at: int) -> str | None:
    """The name of the field above a description's line, the line naming no one itself before `at`."""
    if _DESCRIPTION_LABEL.match(text, line, at) is None or line == 0:
        return None
    above_end = line - 1
    while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1:above_end].strip():
        above_end = text.rfind("\n", 0, above_end)  # (blank lines between the two fields)
    if above_end <= 0:
        return None
    named = _NAME_FIELD.fullmatch(text, text.rfind("\n", 0, above_end) + 1, above_end)
    return named.group("name") if named is not None and is_name(named.group("name")) else None


_OPENING_NAME = re.compile(rf"[{_EMPHASIS}]*(?P<name>[\u4e00-\u9fff]{{2,4}})[*_】〗\]]*[ \t\u3000]*[，,（(]")


def _cell_start(text: str, at: int) -> int:
    """Where the table cell that `at` is in starts (after its separator); 0 outside a row's cells."""
    sep = text.rfind(CELL_SEPARATOR, text.rfind("\n", 0, at) + 1, at)
    return sep + len(CELL_SEPARATOR) if sep >= 0 else 0


def _without_titles(text: str, mentions: Mentions, start: int, end: int) -> str:
    titles = [t for t in mentions.within(start, end) if t.label == "TITLE"]
    gap = text[start:end]
    for t in reversed(titles):
        gap = gap[: t.start - start] + gap[t.end - start:]
    return gap


def _posts(text: str, mentions: Mentions, start: int, end: int, person: str, former: bool) -> list[Relation]:
    out: list[Relation] = []
    labelled = _LABELLED_LINE.search(text, start, end)
    end = labelled.start() if labelled else end  # (`\n乙教授：某学会主席`: the next line is another's, or a field)
    span = Span(start, end)
    for n, clause in enumerate(_CLAUSE.finditer(text, start, end)):
        if n and _HOLDS.search(clause.group()):
            break  # 现任A所长，历任B副处长: the next verb reads its own posts
        bare: list[str] = []  # the units listed alone before the part that names their post (甲学会、乙学会会员)
        for part in re.finditer(r"[^、]+", clause.group()):
            at, to = clause.start() + part.start(), clause.start() + part.end()
            if any(m.label == "PERSON" and m.text != person for m in mentions.within(at, to)):
                continue  # 任命乙同志为某所所长: another person's post
            post = read_post(text, mentions, at, to)
            titled = _unit_title(text, mentions, at, to) if post is None else None
            if titled is not None:  # 现任某大学某学院教授: a title in the unit
                for held in [*bare, titled[0]]:
                    if former:
                        out.append(Relation(type=RelType.AFFILIATED_WITH, source=person, target=held, spans=(span,)))
                    else:
                        out += post_relations(person, held, None, titled[1], span)
                bare = []
                continue
            if post is None:
                alone = _unit_alone(text, mentions, at, to)
                bare = bare + [alone.ref] if alone is not None else []
                continue  # 、博士生导师 (a title alone), a unit we do not know: the parts after it are read all the same
            unit, department, position = post
            if unit is None:  # 、某亚专科主任: a post in the unit of the part before
                bare = []
                continue
            held_in: list[tuple[str, str]] = [*((b, "") for b in bare), (unit, department)]
            for held, within in held_in:
                if former:
                    out.append(Relation(type=RelType.AFFILIATED_WITH, source=person, target=held, position=position,
                                        spans=(span,)))
                else:
                    out += post_relations(person, held, position, None, span, department=within)
            bare = []
    return out


def _unit_alone(text: str, mentions: Mentions, start: int, end: int) -> Mention | None:
    """The one unit a part of a list names and nothing else."""
    inside = mentions.within(start, end)
    if len(inside) != 1 or inside[0].label != "ORG" or text[start:inside[0].start].strip() or text[inside[0].end:end].strip():
        return None
    return inside[0]


_LABELLED_LINE = re.compile(r"\n[ \t\u3000]*[^\n：:，,。；;]{1,30}[：:]")  # a line that opens with its label


# a profile's opening: the name (its Latin form in brackets or not), then the person's sex or birth (`甲，男，`)
_PROFILE_OPENER = re.compile(r"[ \t\u3000*]*(?P<name>[\u4e00-\u9fff·•]{2,12})[ \t\u3000]*(?:[（(][^（）()\n]{1,60}[）)])?[ \t\u3000]*[，,]"
                             r"[ \t\u3000]*(?:男|女|(?:19|20)\d{2}\s*年)")
_GLOSS = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]*[A-Za-z][^（）()\n]{0,60}[）)]")  # 甲（Jia Mou）
_APPOSITION = re.compile(r"[ \t\u3000]*[，,][ \t\u3000]*")


def _appositive_posts(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`甲，业务副院长，某学会理事会理事，某学会会员。`: a person opening the sentence, then the posts listed after a comma
    with no verb of holding (each a unit's post, read as after 现任), or a card's introduction under its name's line
    (`姓名：甲` over `介绍：…`); a part naming another person is theirs, and a verb of holding ends the list (its own
    reading takes the rest)."""
    inside = mentions.within(start, end)
    carded = _card_subject(text, start, end)
    if carded is not None:
        name, opens = carded
    elif not any(m.label == "PERSON" for m in inside) and (subject := _profile_subject(text, mentions, start)) is not None:
        name, opens = subject, start  # 甲（…），男，1944年生。著名化学家，某大学教授、…: the profile's next sentence
    elif not inside or inside[0].label != "PERSON" or text[start:inside[0].start].strip(" \t\u3000*#>-"):
        return []
    else:
        k = 1
        while k < len(inside) and inside[k].label == "TITLE" and inside[k].start == inside[k - 1].end:
            k += 1  # 甲教授，
        glossed = _GLOSS.match(text, inside[k - 1].end, end)  # 甲（Jia Mou），: the name in Latin letters aside
        lead = _APPOSITION.match(text, glossed.end() if glossed else inside[k - 1].end, end)
        if lead is None:
            return []
        name, opens = inside[0].text, lead.end()
    out: list[Relation] = []
    span = Span(start, end)
    for clause in _CLAUSE.finditer(text, opens, end):
        if _HOLDS.search(clause.group()):
            break
        for part in re.finditer(r"[^、]+", clause.group()):
            at, to = clause.start() + part.start(), clause.start() + part.end()
            if any(m.label == "PERSON" for m in mentions.within(at, to)):
                continue
            post = read_post(text, mentions, at, to)
            titled = _unit_title(text, mentions, at, to) if post is None else None
            if titled is not None:  # 甲，男，…，某大学教授: a title in the unit
                out += post_relations(name, titled[0], None, titled[1], span)
            elif post is not None and (unit := post[0]) is not None:
                out += post_relations(name, unit, post[2], None, span, department=post[1])
    return out


def _profile_subject(text: str, mentions: Mentions, start: int) -> str | None:
    """The person a profile's paragraph opens with (`甲（Jia Mou），男，1944年生，…。`), for a later sentence of it that
    names no one; None where the paragraph opens otherwise or names someone else before the sentence."""
    line = text.rfind("\n", 0, start) + 1
    opener = _PROFILE_OPENER.match(text, line, start)
    if opener is None:
        return None
    name = opener.group("name")
    people = [p for p in mentions.within(line, start) if p.label == "PERSON" and p.start >= opener.end("name")]
    if any(p.start >= opener.end() for p in people) or not any(m.label == "PERSON" and m.text == name
                                                                for m in mentions.within(line, opener.end("name"))):
        return None
    return name


_INTRO_LABEL = re.compile(r"[ \t\u3000]*(?:个人)?(?:介绍|简介)[ \t\u3000]*[:：][ \t\u3000]*")
_NAME_LINE = re.compile(r"[ \t\u3000]*姓[ \t\u3000]*名[ \t\u3000]*[:：][ \t\u3000]*(?P<name>\S{2,8}?)[ \t\u3000]*$")


def _card_subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """`姓名：甲` over `介绍：业务副院长，…`: a card's introduction, its subject the name on the line above, its posts
    from after the label; (the name, where the posts open) or None."""
    line_start = start
    while line_start < end and (intro := _INTRO_LABEL.match(text, line_start, end)) is None:
        line_start = text.find("\n", line_start, end) + 1  # (the sentence may open with the name's line)
        if line_start <= 0:
            return None
    if line_start < 2 or intro is None:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = _NAME_LINE.match(text, above, line_start - 1)
    if line is None:
        return None
    name = line.group("name")
    return (name, intro.end()) if is_name(name) else None  # (a label's value: read as a field, not as prose)


def _unit_title(text: str, mentions: Mentions, start: int, end: int) -> tuple[str, str] | None:
    """(unit, title) of a part written `<unit><title>` (某大学某学院教授), the title closing it."""
    inside = mentions.within(start, end)
    titles = [m for m in inside if m.label == "TITLE"]
    if not titles or not _POSTS_END.fullmatch(text, titles[-1].end, end):
        return None
    orgs = [m for m in inside if m.label == "ORG" and m.end <= titles[-1].start]
    if not orgs or not _FIELD_OF_THE_TITLE.fullmatch(text[orgs[-1].end:titles[-1].start].strip()) \
            or text[start:orgs[-1].start].strip():
        return None  # (某大学的教授: the unit's)
    return orgs[-1].ref, titles[-1].text


# what may stand between a unit and the title held in it: 的, the field the title is in (某大学“某某”学科特聘教授,
# 某大学控制学科教授) and where the appointment is (校内特聘教授)
_FIELD_OF_THE_TITLE = re.compile(r"的?(?:(?:“[^“”\n]{2,20}”|[\u4e00-\u9fff]{2,10}?)(?:学科|专业))?(?:校内|院内|校级|院级|兼职|双聘)?")


# a member's seat on a body's panel, which the lists of posts do not name: 学科评议组成员, 专家评审组成员
_PANEL_SEAT = re.compile(r"(?:专家组|评议组|评审组|指导组|咨询组|工作组)(?P<seat>成员|组员)\s*(?:等(?:职务?)?)?\s*$")


def read_post(text: str, mentions: Mentions, start: int, end: int) -> tuple[str | None, str, str] | None:
    """(unit, department, post) of `<unit>[<department>]<post>` in [start, end); unit None for a post alone."""
    roles = [r for r in mentions.within(start, end)
             if r.label == "POSITION" or r.label == "TITLE" and honorary_before(text, r.start)]
    roles = [r for k, r in enumerate(roles) if not (k and _GLOSS_OPENS.fullmatch(text, roles[k - 1].end, r.start))]
    # (会士(Fellow): the post's gloss in brackets, no post of its own)
    seat = _PANEL_SEAT.search(text, start, end) if not roles else None
    if seat is not None:  # 某委员会学科评议组成员: a seat on the body's panel (ingest.nlp.posts)
        orgs = [o for o in mentions.within(start, seat.start("seat")) if o.label == "ORG"]
        position, role_start = seat.group("seat"), seat.start("seat")
    else:
        if not roles or not _POSTS_END.fullmatch(text, roles[-1].end, end):
            return None
        role = roles[-1]
        honour = honorary_before(text, role.start) if role.label == "TITLE" else ""
        first = len(roles) - 1
        while first and _CONCURRENT.fullmatch(text, roles[first - 1].end, roles[first].start):
            first -= 1  # 某学院党委书记兼院长: the posts held together in the unit, read as one
        orgs = [o for o in mentions.within(start, roles[first].start - len(honour)) if o.label == "ORG"]
        position = honour + text[roles[first].start:role.end]
        role_start = roles[first].start - len(honour)
    if not orgs:
        return (None, "", position) if re.fullmatch(r"[\u4e00-\u9fff]{0,12}", text[start:role_start].strip()) else None
    org = orgs[-1]
    gap, position = department_post(_after_unit(text, org.end, role_start).removeprefix("的"), position)
    gap = TENURE.sub("", gap)  # 某研究院首任|院长: the post, whoever held it before
    if gap in _COUNCILS and is_society(org.ref):
        gap = ""  # 某学会理事会理事: a seat in the society, on its council
    if gap and not DEPARTMENT.fullmatch(gap):
        return None
    council = next((c for c in _COUNCILS if org.ref.endswith(c) and is_society(org.ref[:-len(c)])), None)
    return (org.ref[:-len(council)] if council else org.ref), gap, position  # (某协会常务理事会|理事: the society's)


_COUNCILS = ("常务理事会", "理事会")
_CONCURRENT = re.compile(r"[ \t]*兼(?:任)?[ \t]*")
_GLOSS_OPENS = re.compile(r"[ \t]*[（(][A-Za-z .\-]*")  # a post, then its gloss's opening: 会士|(OSB |Fellow
# which holder of the post one is, written before it: 首任所长, 第二任院长, 首届主任, 创始院长
_TENURES = r"(?:首任|首届|第[一二三四五六七八九十\d]+任|创始|创院|创会)"
TENURE = re.compile(_TENURES + "$")
_TENURE_AT = re.compile(_TENURES)


def _after_unit(text: str, end: int, role_start: int) -> str:
    """What stands between a unit and its post; the blank after a unit named in Latin letters is none (`IEEE Fellow`)."""
    gap = text[end:role_start]
    return "" if gap.isspace() and text[end - 1:end].isascii() else gap


def department_post(gap: str, post: str) -> tuple[str, str]:
    """The department and the post of what is written between a unit and the end of its post: 心内|科主任 is the
    department 心内科 and the post 主任 (the lists know 科主任, the head of a clinical department, as one post)."""
    if gap and post in ("科主任", "系主任"):
        return gap + post[0], post[1:]
    return gap, post
