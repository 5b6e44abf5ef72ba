"""Relations stated in prose, read from recognised spans sentence by sentence.

- roles (ingest.nlp.role_chains): `ORG POSITION|TITLE[、ORG POSITION] PERSON [TITLE]` -> WORKS_AT, LEADS; items of
  a list of people that leave their unit to the item before (ingest.nlp.person_lists);
- bylines: a paper's reporters (`某日报记者 张三`, `本报讯（记者 张三）` under the paper's masthead) -> WORKS_AT
  the paper's press;
- collaborations: `由A牵头，联合B、C`, `A与B…合作` -> COLLABORATES_WITH, and UNIT_OF a project
  the sentence names; units they open together (ingest.nlp.joint_units) -> PART_OF each;
- projects: `YYYY年<programme>“<name>”`, `主持的<name>项目` (LEADS, role 主持), projects held or carried
  (`某教授主持的某基金重点项目“<name>”`, ingest.nlp.grants),
  `<ORG>YYYY年<name>项目资助` (FUNDED_BY); journals: `杂志《name》`;
- awarded achievements (ingest.nlp.awards, and their units, teams and nominators: ingest.nlp.award_parties), programmes and funding (ingest.nlp.programmes), papers and
  patents (ingest.nlp.papers), biographies (ingest.nlp.bios), students, party members and a unit's selected
  people (ingest.nlp.members), members of a society or committee (ingest.nlp.bodies), contacts (ingest.nlp.contacts), appointments (ingest.nlp.appointments), posts in
  brackets after a name (ingest.nlp.bracketed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.appointments import (
    appointment_facts,
    posts_held,
    posts_taken,
    seats_engaged,
    team_posts,
)
from ingest.nlp.award_parties import award_parties, team_units
from ingest.nlp.awards import (
    award_facts,
    award_lines,
    cited_award_lines,
    listed_completers,
    people_s_quoted_works,
    ranked_completers,
    team_projects,
    team_works,
    team_works_done,
)
from ingest.nlp.bios import bio_posts, profile_posts
from ingest.nlp.bodies import body_members
from ingest.nlp.bracketed import bracketed_posts
from ingest.nlp.committees import committee_seats
from ingest.nlp.contacts import contact_facts
from ingest.nlp.grants import EVENTS, grant_facts, is_category, programme_of_class
from ingest.nlp.joint_units import hosted_units, joint_units
from ingest.nlp.lexicon import kind_of
from ingest.nlp.members import (
    counted_people,
    delegations,
    joined_units,
    party_members,
    selected_among,
    selected_from_unit,
    students,
)
from ingest.nlp.mentions import LIST_JOIN, Mention, Mentions, listed_runs
from ingest.nlp.papers import paper_facts, patent_facts, sentence_lines
from ingest.nlp.person_lists import listed_people
from ingest.nlp.posts import BARE, bare_org
from ingest.nlp.programmes import organised_awards, programme_facts
from ingest.nlp.project_lines import cv_owner, lines_by_owner, project_lines
from ingest.nlp.role_chains import roles, short_named_universities
from ingest.nlp.service_lines import service_lines
from ingest.tables.cells import chinese_number

_PAPER = r"(?P<paper>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|商报|都市报|时报|青年报|法治报|科技报|科学报|教育报|健康报))(?P<press>社)?"
_BYLINE = re.compile(rf"(?:(?:^|(?<=[\s（(【|｜]))《?{_PAPER}》?(?:快?讯[ \t\u3000]*[（(][ \t\u3000]*)?|本报讯?[（(]?[ \t\u3000]*)"
                     r"(?:全媒体|融媒体|全媒)?记者", re.M)  # 某日报记者 甲, 某日报讯（记者 甲）, 本报讯（记者 甲）
_MASTHEAD = re.compile(rf"^[ \t\u3000]*{_PAPER}[ \t\u3000]+\d{{4}}年", re.M)  # 某日报 2025年3月5日 第3版
_HEADER_REACH = 200
_OTHER_LABEL = re.compile(r"通讯员|实习生|摄影|编辑|校对|[）)]")
_LEAD = re.compile(r"牵头|领衔")
# a unit's person and team that lead (某大学|甲教授团队牵头)
_TEAM_LEADS = re.compile(r"[\u4e00-\u9fff·]{2,4}?(?:教授|研究员|院士|博士)?(?:团队|课题组|研究组)(?:牵头|领衔)")
_PARTNER = re.compile(r"联合|携手|与|和|同")
# the unit's team that joins another (某大学|的甲/乙团队联合某医院丙教授团队)
_TEAM_PARTNER = re.compile(r"的?[\u4e00-\u9fff·/、]{2,16}?(?:教授|研究员|院士|博士)?(?:团队|课题组|研究组)(?:联合|携手|与|和|同)")
_COLLAB = re.compile(r"合作|联合|携手|协同|共建|共同")
_IN_QUOTES = re.compile(
    r"(?P<year>(?:19|20)\d{2})年(?:度)?(?P<prog>[^，。；、“”\s奖]{2,30}?(?:项目|计划|专项))“(?P<name>[^”]{2,40})”")
_LED = re.compile(r"主持(?:的|了)?(?:完成|承担|参与)?(?:了)?(?P<name>(?![和与及并的\d/／]|完成|承担|参与)[^，。；、《》()（）,;\s]{2,60}?(?:重大项目|重点项目|项目|课题|专项))"
                  r"(?!\d|[一二两三四五六七八九十几多数]+[余多]?[项个])")  # 主持完成项目两项: a count, not a project
_PROJECT_THEN_VERB = re.compile(r"(?:项目|课题)(?:获得?|获批|入选|被|已|均|分别)")  # 主持的项目|获批某类项目: a clause
_COUNT_OF_PROJECTS = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十几数]+)\s*(?:余|多)?\s*[项个]")
_QUOTED_WHOLE = re.compile(r"[“\"](?P<title>[^“”\"]{4,80})[”\"](?:重大项目|重点项目|项目|课题|专项)")
# titles of research in quotes, one after another, then 等项目 or 项目 (“甲”“乙”等项目支撑…); a title is long,
# a slogan short (“双一流”建设项目)
_QUOTED_TITLE = re.compile(r"“(?P<name>[^“”\n]{8,80})”")
_QUOTED_PROJECTS = re.compile(r"(?:“[^“”\n]{8,80}”[、和及与]?)+(?=等?(?:\d+个|[一二三四五六七八九十]+个)?(?:项目|成果)(?![名经]))")
# 由某院士牵头，联合某大学乙院士以及某研究所等(国内优势团队)共同承担
_LED_BY = re.compile(r"由(?:我校|本校|我院|本院|我所|本所)?(?P<who>[^，。；,;“”]{2,24}?)"
                     r"(?:领衔|牵头|担任(?:项目|课题)?(?P<post>负责人|首席科学家))")
_JOINED_BY = re.compile(r"[，,]?\s*(?:联合|会同|携手)(?P<run>[^。；;“”]{2,120}?)(?:等)?(?:国内外|国内|国际|省内)?"
                        r"(?:\d+|[一二三四五六七八九十]+)?(?:余|多)?[家个支所]?"
                        r"(?:国内外|国内|国际|省内)?(?:优势|顶尖|知名|相关)?(?:科研)?(?:团队|单位|机构|力量|高校|院所)?"
                        r"共同(?:承担|完成|申报|参与|实施|攻关|研究)")
_THIS_PROJECT_SAID = re.compile(r"(?:该|此|本|这一|这个)(?:项目|课题)")  # 该项目: the project named before
_THIS_PROJECT = re.compile(_THIS_PROJECT_SAID.pattern + r"[，,]?\s*$")
# 某某提名的项目“甲”, 申报的项目“乙”, 参与的项目《丙》: the word project, then its title in quotes
_PROJECT_QUOTED = re.compile(r"(?<=的)(?:项目|成果)(?:“(?P<name>[^“”\n]{6,80})”|《(?P<book>[^《》\n]{6,80})》)"
                             r"(?!\s*(?:发表|刊发|刊登))")  # 成果“…”发表于《某刊》: a paper, papers.py's
# a person, then the project they lead in quotes: 甲副教授主持申报的“某某研究”, 甲主持的项目《某某》
# (甲教授任首席专家的“…”; 甲教授团队主持承担课题《…》: the person's team's)
_LED_QUOTED = re.compile(r"\s*(?:(?:科研|研究)?(?:团队|课题组))?"
                         r"(?:(?:主持|负责)(?:申报|承担|完成|开展)?|(?:任|担任|作为|为)(?:项目|课题)?(?:首席专家|负责人|主持人))"
                         r"(?:的|了)?(?:项目|课题|子课题){0,2}\s*[“《](?P<name>[^“”《》\n]{6,80})[”》]")
# a unit leading a topic or project named in quotes, and the person the next clause makes its head
_UNIT_LEADS = re.compile(r"\s*(?:牵头|负责|承担)(?:了)?\s*“(?P<name>[^“”\n]{4,80})”\s*(?:专题|项目|课题|子课题|任务)")
_HEAD_NAMED = re.compile(r"\s*[，,]\s*(?:由)?(?P<who>[\u4e00-\u9fff·]{2,12})")
_HEAD_POST = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:教授|研究员|院士|博士|主任医师))?\s*(?:担任|任|为)\s*(?:该专题的?|该项目的?)?"
                        r"(?:首席科学家|负责人|项目负责人|主持人|首席专家)")
_FUNDED = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:度)?(?P<name>[^，。；、“”\s]{2,40}?项目)(?:资助|支持)")
_TOGETHER = re.compile(r"\s*(?:等)?(?:单位)?(?:共同|合作|联合|协同)?(?:共建|建设|合作|攻关|研制|完成)")
_WITH_PARTNER = re.compile(r"与|和|同|携手")
_TEAM = re.compile(r"(?:研究组|课题组|团队|小组)$")
# a department written alone right before a name, after a list mark (，其中神经内科|甲团队, 、眼科|乙团队)
DEPARTMENT_ALONE = re.compile(r"(?:^|(?<=[，,、；;：:\s]))(?:其中)?(?P<department>[\u4e00-\u9fff]{1,6}?(?:内科|外科|科|系|研究室|中心))$")
_CLAUSE_BREAK = re.compile(r"[，。；！？,;]")
_PARTNER_REACH = 4
# a project named for the unit it will found: “某大学某国际科技创新中心”项目
QUOTED_UNIT_PROJECT = re.compile(r"“(?P<name>[^“”\n]{4,60}(?:中心|平台|基地|研究院|实验室|园区|学院))”\s*(?:建设)?项目")
_JOURNAL = re.compile(r"(?:杂志|期刊|学报)《(?P<name>[^》]{2,40})》(?!\s*[（(]\s*[A-Z])")  # (not one the Latin glosses)


def relations_in(
    text: str, found: list[Mention], sentences: list[tuple[int, int]], papers: Sequence[str] = (),
) -> tuple[list[Entity], list[Relation]]:
    """Entities and relations the sentences state; `found` are the document's mentions in order of start; `papers`
    the papers the document's fields name (ingest.nlp.papers.paper_facts)."""
    mentions = Mentions(found)
    entities: list[Entity] = []
    relations: list[Relation] = []
    awarded: list[tuple[str, int]] = []
    for start, end in sentences:
        inside = mentions.within(start, end)
        span = Span(start, end)
        relations += roles(text, inside, mentions, span, entities)
        relations += short_named_universities(text, inside, span, entities)
        relations += listed_people(text, inside, start, end)
        relations += appointment_facts(text, mentions, start, end) + bracketed_posts(text, mentions, start, end)
        relations += posts_held(text, mentions, start, end) + posts_taken(text, mentions, start, end)
        relations += seats_engaged(text, mentions, start, end)
        relations += team_posts(text, mentions, start, end)
        relations += students(text, mentions, span) + party_members(text, mentions, span, entities)
        relations += joined_units(text, mentions, span)
        awarded += [(name, start) for name in award_facts(text, mentions, start, end, entities, relations)]
        awarded += [(name, start) for name in award_parties(text, mentions, start, end, entities, relations)]
        awarded += team_works_done(text, mentions, start, end, entities, relations)
        awarded += people_s_quoted_works(text, mentions, start, end, entities, relations)
        projects = _projects(text, start, end, inside, mentions, entities, relations)
        relations += _collaborations(text, inside, mentions, projects, span)
        relations += _department_teams(text, inside, span)
        for m in _JOURNAL.finditer(text, start, end):
            entities.append(Entity(type=Label.JOURNAL, name=m.group("name"), spans=(Span(*m.span("name")),)))
        patent_facts(text, start, end, entities, mentions, relations)
        organised_awards(text, start, end, entities, relations)
        programme_facts(text, mentions, start, end, entities, relations)
        grant_facts(text, mentions, start, end, entities, relations)
        relations += _led_and_joined(text, start, end, inside, entities) + _heads_as(text, start, end, inside, entities)
        relations += _units_listed(text, start, end, inside, entities)
        relations += _quoted_works_led(text, start, end, mentions, entities)
        relations += _special_programme_projects(text, start, end, entities)
        joint_units(text, mentions, start, end, entities, relations)
        relations += hosted_units(text, mentions, start, end) + delegations(text, mentions, start, end)
    paper_facts(text, mentions, sentences, entities, relations, papers)
    paragraphs = _paragraphs(text, sentences)
    owner = cv_owner(text)
    relations += bio_posts(text, mentions, sentences, entities, owner) \
        + profile_posts(text, mentions, paragraphs, entities, owner)
    relations += body_members(text, _in_sentences(mentions, sentences))
    relations += committee_seats(text, mentions, sentences, entities)
    relations += contact_facts(text, mentions, sentences, entities)
    relations += _reporters(text, mentions, entities)
    relations += selected_from_unit(text, mentions, paragraphs)
    relations += selected_among(text, mentions, sentences)
    relations += counted_people(text, mentions, sentences, _institutions(mentions))
    awarded += award_lines(text, entities, relations, owner) + team_works(text, entities, relations)
    awarded += cited_award_lines(text, entities, relations)
    lines = sentence_lines(text, sentences)
    for whose, owned in lines_by_owner(text, lines, owner):  # (a staff list's rows: each its person's lines)
        project_lines(text, owned, whose, entities, relations)
        service_lines(text, owned, whose, entities, relations)
    awarded = sorted([*awarded, *team_projects(text, mentions, entities, relations)], key=lambda a: a[1])
    relations += ranked_completers(text, awarded, entities)
    relations += listed_completers(text, awarded, mentions)
    relations += team_units(text, mentions, sentences, entities, relations)
    return entities, relations


def _institutions(mentions: Mentions) -> list[str]:
    """The universities, hospitals and institutes the text names, each once."""
    return list(dict.fromkeys(m.ref for m in mentions if m.label == "ORG" and kind_of(m.ref) in _INSTITUTION_KINDS))


def _in_sentences(mentions: Mentions, sentences: list[tuple[int, int]]) -> Mentions:
    """The mentions lying inside a sentence, in order (each once, where sentences overlap)."""
    kept = {id(m) for start, end in sentences for m in mentions.within(start, end)}
    return Mentions(m for m in mentions if id(m) in kept)


def _paragraphs(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines (a reader's paragraphs) the sentences lie on, each once and in order."""
    out: dict[tuple[int, int], None] = {}
    for start, stop in sentences:
        at = text.rfind("\n", 0, start) + 1
        while at < max(stop, start + 1):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if text[at:end].strip():
                out[(at, end)] = None
            at = end + 1
    return list(out)


def _reporters(text: str, mentions: Mentions, entities: list[Entity]) -> list[Relation]:
    """A byline's reporters work at the paper, named as the page writes it: the paper the byline names (`某日报记者
    张三 李四`, `某日报讯（记者 张三）`), or for `本报` (this paper) the one the page's header names (`某日报 2025年3月5日
    第3版`). A
    correspondent (通讯员) usually works for the unit reported on, so is left alone."""
    out: list[Relation] = []
    masthead = _MASTHEAD.search(text, 0, _HEADER_REACH)
    for m in _BYLINE.finditer(text):
        paper, press = (m.group("paper"), m.group("press")) if m.group("paper") else (
            (masthead.group("paper"), masthead.group("press")) if masthead else (None, None))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        other = _OTHER_LABEL.search(text, m.end(), line_end)
        stop = other.start() if other else line_end
        names = []
        at = m.end()
        for p in (p for p in mentions.within(m.end(), stop) if p.label == "PERSON"):
            if text[at:p.start].strip(" \t\u3000、，,"):
                break  # 某报记者注意到，…甲…: a byline's names follow 记者 straight, one after another
            names.append(p)
            at = p.end
        if not paper or not names:
            continue
        where = masthead if not m.group("paper") and masthead else m
        name = paper + (press or "")  # the paper as the page writes it (某日报, 某日报社)
        entities.append(Entity(type=Label.ORGANIZATION, name=name, kind=kind_of(name),
                               spans=(Span(*where.span("paper")),)))
        line = Span(m.start(), line_end)
        out += [Relation(type=RelType.WORKS_AT, source=p.text, target=name, position="记者", spans=(line,))
                for p in names]
    return out


# a unit that completed an achievement as one of its units (某学院作为参与单位完成的成果“甲”), with its completer in
# a note after it (某学院(第二完成人:某某研究员)作为…)
_AS_A_UNIT = re.compile(r"\s*作为(?:第[一二三四五六七八九十\d]{1,2}|参与|主要|牵头|协作|合作)?(?:完成)?单位(?:之一)?(?:参与)?完成的$")
_COMPLETER_NOTE = re.compile(r"\s*[（(]\s*(?:第(?P<rank>[一二三四五六七八九十\d]{1,2}))?(?:完成人|完成者)\s*[:：]\s*"
                            r"(?P<who>[\u4e00-\u9fff·]{2,12}?)\s*[)）]")  # the person (a mention there), a title after


def _completed_as_a_unit(text: str, at: int, project: str, inside: list[Mention], span: Span,
                         relations: list[Relation]) -> None:
    """`某学院(第二完成人:某某研究员)作为参与单位完成的成果“甲”`: the unit is one of the project's units, and the
    completer its note names is a member of it at that rank, working at the unit."""
    verb = _AS_A_UNIT.search(text, max(0, at - 20), at)
    if verb is None:
        return
    unit = next((o for o in reversed(inside) if o.label == "ORG" and o.end <= verb.start()), None)
    if unit is None:
        return
    note = _COMPLETER_NOTE.match(text, unit.end)
    if (note.end() if note else unit.end) != verb.start():
        return
    relations.append(Relation(type=RelType.UNIT_OF, source=unit.ref, target=project, spans=(span,)))
    if note is not None:
        rank = chinese_number(note.group("rank")) if note.group("rank") else None
        person = next((p for p in inside if p.label == "PERSON" and p.start == note.start("who")), None)
        if person is None:
            return
        who = person.text
        relations.append(Relation(type=RelType.MEMBER_OF, source=who, target=project, rank=rank, spans=(span,)))
        relations.append(Relation(type=RelType.WORKS_AT, source=who, target=unit.ref, spans=(span,)))


def _projects(
    text: str, start: int, end: int, inside: list[Mention], mentions: Mentions,
    entities: list[Entity], relations: list[Relation],
) -> list[str]:
    names: list[str] = []
    span = Span(start, end)
    for m in _IN_QUOTES.finditer(text, start, end):
        name, prog, year = m.group("name"), m.group("prog"), int(m.group("year"))
        entities.append(_project(name, "research_project", year, Span(*m.span("name"))))
        entities.append(_project(prog, "programme", None, Span(*m.span("prog"))))
        relations.append(Relation(type=RelType.PART_OF, source=name, target=prog, spans=(span,)))
        names.append(name)
    for m in QUOTED_UNIT_PROJECT.finditer(text, start, end):  # 就“某大学某创新中心”项目签约: a project, not a unit
        if not any(n == m.group("name") for n in names):
            entities.append(_project(m.group("name"), "other", None, Span(*m.span("name"))))
            names.append(m.group("name"))
    for m in _QUOTED_PROJECTS.finditer(text, start, end):  # “甲”“乙”等项目: titles of research, no award said
        for title in _QUOTED_TITLE.finditer(text, m.start(), m.end()):
            if title.group("name") not in names:
                entities.append(_project(title.group("name"), "research_project", None, Span(*title.span("name"))))
    for m in _PROJECT_QUOTED.finditer(text, start, end):  # 某某提名的项目“甲”: a project named after the word
        group = "name" if m.group("name") else "book"
        if m.group(group) not in names:
            entities.append(_project(m.group(group), "research_project", None, Span(*m.span(group))))
        _completed_as_a_unit(text, m.start(), m.group(group), inside, span, relations)
    for org in (o for o in inside if o.label == "ORG"):  # 某中心牵头“甲”专题，某某院士担任首席科学家
        led = _UNIT_LEADS.match(text, org.end, end)
        if led is None:
            continue
        name = led.group("name")
        entities.append(_project(name, "research_project", None, Span(*led.span("name"))))
        relations.append(Relation(type=RelType.UNIT_OF, source=org.ref, target=name, rank=1, spans=(span,)))
        head = _HEAD_NAMED.match(text, led.end(), end)  # (not among `names`: its unit is said, no partner's)
        person = next((p for p in mentions.starting(head.start("who"), head.start("who") + 1) if p.label == "PERSON"), None) \
            if head else None
        if person is not None and _HEAD_POST.match(text, person.end, end):
            relations.append(Relation(type=RelType.LEADS, source=person.text, target=name, spans=(span,)))
    for person in (p for p in inside if p.label == "PERSON"):  # 甲副教授主持申报的“某某研究”: the project 甲 leads
        at = person.end
        while (role := next((m for m in inside if m.start == at and m.label in ("TITLE", "POSITION")), None)) is not None:
            at = role.end
        led = _LED_QUOTED.match(text, at, end)
        if led is not None and not led.group("name").endswith(EVENTS):  # 主持的“某某庆祝茶会”: an event
            entities.append(_project(led.group("name"), "research_project", None, Span(*led.span("name"))))
            relations.append(Relation(type=RelType.LEADS, source=person.text, target=led.group("name"), spans=(span,)))
            names.append(led.group("name"))
    for m in _LED.finditer(text, start, end):
        name = m.group("name")
        where = Span(*m.span("name"))
        quoted = _QUOTED_WHOLE.fullmatch(name)
        if quoted is not None:  # 他主持的“某某研究”项目: the title in the quotes, no quote nor 项目 of it
            name = quoted.group("title")
            where = Span(m.start("name") + quoted.start("title"), m.start("name") + quoted.end("title"))
            if name in names:
                continue
        if is_category(name) or programme_of_class(name) or re.match(r"\s*[“\"《]", text[m.end():m.end() + 2]) \
                or re.search(r"[的等][^的等]{0,4}$", name) or _COUNT_OF_PROJECTS.search(name) or _PROJECT_THEN_VERB.match(name) \
                or quoted is None and name.lstrip().startswith(("“", "\"")):
            # …的通用项目, “甲”等项目: a kind of project, no project's name; 某基金等10多个项目: a count of projects;
            # “甲”和乙主持的“丙”分别获得某基金重大项目: titles in quotes and the words between, each read on its own
            continue  # a class of projects, or the programme of a project named in quotes (ingest.nlp.grants)
        entities.append(_project(name, "research_project", None, where))
        leader = next((p for p in mentions.back_from(m.start()) if p.label == "PERSON" and p.end <= m.start()), None)
        if leader and leader.end >= start - 200:
            relations.append(Relation(type=RelType.LEADS, source=leader.text, target=name, role="主持", spans=(span,)))
    for org in (o for o in inside if o.label == "ORG"):
        funded = _FUNDED.match(text, org.end, end)
        if funded:
            name = funded.group("name")
            entities.append(_project(name, "programme", int(funded.group("year")), Span(*funded.span("name"))))
            relations.append(Relation(type=RelType.FUNDED_BY, source=name, target=org.ref, spans=(span,)))
    return names


def _led_and_joined(text: str, start: int, end: int, inside: list[Mention], entities: list[Entity]) -> list[Relation]:
    """`“甲”获批立项，由某院士牵头，联合某大学乙院士以及某研究所等共同承担`: the project named last before it is led by
    the person after 由, and the units and people the partners' list names are its units and members."""
    led_by = list(_LED_BY.finditer(text, start, end))
    if not led_by:
        return []  # the document's projects are looked at only where a sentence says who led one
    span = Span(start, end)
    named = [e for e in entities if e.type is Label.PROJECT and e.kind == "research_project"]
    projects = [e for e in named if any(start <= s.start < end for s in e.spans)]
    out: list[Relation] = []
    for led in led_by:
        project = next((e.name for e in reversed(projects) if min(s.start for s in e.spans) < led.start()), None)
        if project is None and _THIS_PROJECT.search(text, max(start, led.start() - 4), led.start()):
            # 该项目由…牵头: the project the text named last before
            project = next((e.name for e in reversed(named) if min(s.start for s in e.spans) < start), None)
        if project is None:
            continue
        who = [m for m in inside if led.start("who") <= m.start < led.end("who")]
        people = [m for m in who if m.label == "PERSON"]
        out += [Relation(type=RelType.LEADS, source=p.text, target=project, role=led.group("post") or "牵头", spans=(span,))
                for p in people[:1]]
        out += [Relation(type=RelType.UNIT_OF, source=m.ref, target=project, rank=1, spans=(span,))
                for m in who[:1] if m.label == "ORG" and not people]  # 由某研究所牵头: the lead unit
        joined = _JOINED_BY.match(text, led.end(), end)
        if joined is None:
            continue
        listed = [m for m in inside if joined.start("run") <= m.start < joined.end("run")]
        out += [Relation(type=RelType.UNIT_OF, source=m.ref, target=project, spans=(span,)) for m in listed if m.label == "ORG"]
        out += [Relation(type=RelType.MEMBER_OF, source=m.text, target=project, spans=(span,)) for m in listed
                if m.label == "PERSON"]
    return out


# 成员单位包括甲、乙…, 参与单位有丙、丁: the list of a project's units, to the end of its clause
_UNITS_LISTED = re.compile(r"(?:成员|参与|参加|参研|合作|协作|项目)单位(?:主要)?(?:包括|包含|有|为|是)[：:]?\s*(?P<run>[^。；;]{2,300})")


def _units_listed(text: str, start: int, end: int, inside: list[Mention], entities: list[Entity]) -> list[Relation]:
    """`该项目由…共同参与，成员单位包括甲，乙、丙…`: the units listed are units of the project the sentence names, or of
    the one the text named last before where the sentence calls it this project (该项目)."""
    listed = _UNITS_LISTED.search(text, start, end)
    if listed is None:
        return []
    named = [e for e in entities if e.type is Label.PROJECT and e.kind == "research_project"]
    written = [(s.start, e.name) for e in named for s in e.spans if s.start < listed.start()]
    here = [w for w in written if w[0] >= start]
    called = _THIS_PROJECT_SAID.search(text, start, listed.start()) is not None
    project = max(here or (written if called else []), default=None)
    if project is None:
        return []
    span = Span(start, end)
    return [Relation(type=RelType.UNIT_OF, source=m.ref, target=project[1], spans=(span,)) for m in inside
            if m.label == "ORG" and listed.start("run") <= m.start < listed.end("run")]


# 主持研发了“甲”和“乙”: the works a person led, each quoted, after the verb of leading
_LED_WORKS = re.compile(r"(?P<verb>主持|牵头|领衔)(?:(?:研发|研制|开发|建设|设计|完成|承担|实施)了?|了)[^。；;，,“”\n]{0,20}?"
                        r"(?P<works>“[^“”\n]{4,40}”(?:\s*(?:和|、|及|与|以及)\s*“[^“”\n]{4,40}”)*)")
_QUOTED = re.compile(r"“(?P<title>[^“”\n]{4,40})”")
_KIND_AFTER = re.compile(r"\s*(?:重大|重点|专项|国家|省部级)?(?:项目|计划|专项|工程|课题|基金|奖)")
# a programme, an honour, a meeting: no work led (主持了“某某论坛”)
_NO_WORK_END = re.compile(r"(?:计划|工程|基金|专项|奖|称号|人才|学者|项目|会|仪式|论坛|典礼|活动|大赛|讲座)$")


def _quoted_works_led(text: str, start: int, end: int, mentions: Mentions, entities: list[Entity]) -> list[Relation]:
    """`甲…主持研制了基于某某的“某遥感系统”和“某预警平台”`: each quoted work a research project the person the
    line names last before the verb LEADS (or, on a line naming no one, the one person its paragraph names)."""
    out: list[Relation] = []
    for m in _LED_WORKS.finditer(text, start, end):
        line = text.rfind("\n", 0, m.start()) + 1
        people = [p for p in mentions.within(line, m.start()) if p.label == "PERSON"]
        if not people:  # a profile's later line: the one person its paragraph names (甲\n…。主持研制了“…”)
            paragraph = text.rfind("\n\n", 0, m.start()) + 1
            people = [p for p in mentions.within(paragraph, m.start()) if p.label == "PERSON"]
            if len({p.text for p in people}) != 1:
                continue
        if not people:
            continue
        for q in _QUOTED.finditer(text, m.start("works"), m.end("works")):
            title = q.group("title").strip()
            if _NO_WORK_END.search(title) or _KIND_AFTER.match(text, q.end()) \
                    or any(e.name == title and e.type is not Label.PROJECT for e in entities):
                continue  # (主持的某计划“甲”重大项目: the name of a programme's part, read with its kind)
            span = Span(*q.span("title"))
            if not any(e.type is Label.PROJECT and e.name == title for e in entities):
                entities.append(Entity(type=Label.PROJECT, name=title, kind="research_project", spans=(span,)))
            out.append(Relation(type=RelType.LEADS, source=people[-1].text, target=title, role=m.group("verb"),
                                spans=(Span(m.start(), m.end()),)))
    return out


# 某某博士作为该项目的子课题负责人 / 作为项目负责人 / 作为首席科学家 / 作为我校任务负责人参与的“…”: the person's part
_TITLES_AFTER = r"\s*(?:教授|研究员|副教授|副研究员|讲师|高级讲师|博士|院士|老师|医生|主任)?\s*"
_AS_HEAD = re.compile(rf"{_TITLES_AFTER}(?:作为|担任)(?:该|此|本|这一)?(?:项目)?(?:我校|本校|我院|本院|我单位|本单位)?(?:的)?"
                      r"(?P<part>子课题负责人|课题负责人|任务负责人|项目负责人|负责人|首席科学家|骨干成员|主要成员)"
                      r"(?P<joined>参与的?\s*[“《])?")
_RUN_JOIN = re.compile(rf"{_TITLES_AFTER}[和、及与]\s*")
# 参与该项目的其他教师还包括：甲、乙: the people listed after are its members
_MEMBERS_LISTED = re.compile(r"参与(?:该|此|本|这一)项目的(?:其他|其余)?(?:教师|老师|人员|成员|专家|研究人员|科研人员)?(?:还)?"
                             r"(?:包括|有)\s*[：:]?\s*")


def _heads_as(text: str, start: int, end: int, inside: list[Mention], entities: list[Entity]) -> list[Relation]:
    """`某某博士作为该项目的子课题负责人`: the person LEADS the project the text named last before (项目负责人, 首席科学家)
    or is a member of it (a sub-topic's head, a core member); `分别以甲和乙作为我校的负责人`: each of the names
    listed; `甲作为我校任务负责人参与的“…”项目`: the project named after, which the person took part in."""
    if "作为" not in text[start:end] and "担任" not in text[start:end] and "参与" not in text[start:end]:
        return []
    out: list[Relation] = []
    people = [m for m in inside if m.label == "PERSON"]
    span = Span(start, end)
    for k, person in enumerate(people):
        m = _AS_HEAD.match(text, person.end, end)
        if m is None:
            continue
        joined = m.group("joined") is not None
        project = _project_after(entities, m.end() - 1) if joined else _project_before(entities, person.start)
        if project is None:
            continue
        leads = not joined and m.group("part") in ("项目负责人", "负责人", "首席科学家")
        run = [person]
        while k - len(run) >= 0 and _RUN_JOIN.fullmatch(text, people[k - len(run)].end, run[0].start):
            run.insert(0, people[k - len(run)])  # 分别以甲和乙作为…: each of them
        kind = RelType.LEADS if leads and len(run) == 1 else RelType.MEMBER_OF
        out += [Relation(type=kind, source=p.text, target=project, spans=(span,)) for p in run]
    for m in _MEMBERS_LISTED.finditer(text, start, end):
        project = _project_before(entities, m.start())
        listed = [p for p in people if p.start == m.end()]
        for p in people:  # 甲教授、乙教授、丙高级讲师: the run of names, their titles between
            if listed and p.start > listed[-1].end and _RUN_JOIN.fullmatch(text, listed[-1].end, p.start):
                listed.append(p)
        if project is not None:
            out += [Relation(type=RelType.MEMBER_OF, source=p.text, target=project, spans=(span,)) for p in listed]
    return out


_SPECIAL = re.compile(r"[“\"](?P<programme>[^“”\"]{2,40})[”\"](?:重点)?专项")
_QUOTED_PROJECT = re.compile(r"[“\"](?P<title>[^“”\"]{4,120})[”\"](?:项目|课题)")


def _special_programme_projects(text: str, start: int, end: int, entities: list[Entity]) -> list[Relation]:
    """`某计划“甲”专项…“乙”项目`: the project named after a special programme in the sentence is part of it."""
    special = _SPECIAL.search(text, start, end)
    if special is None:
        return []
    names = {e.name for e in entities if e.type is Label.PROJECT}
    programme = special.group("programme")
    return [Relation(type=RelType.PART_OF, source=m.group("title"), target=programme, spans=(Span(start, end),))
            for m in _QUOTED_PROJECT.finditer(text, special.end(), end)
            if m.group("title") in names and programme in names and m.group("title") != programme]


def _project_before(entities: list[Entity], at: int) -> str | None:
    return next((e.name for e in reversed(entities) if e.type is Label.PROJECT and e.kind == "research_project"
                 and e.spans and min(s.start for s in e.spans) < at), None)


def _project_after(entities: list[Entity], at: int) -> str | None:
    return next((e.name for e in entities if e.type is Label.PROJECT and e.spans
                 and min(s.start for s in e.spans) in (at, at + 1)), None)


_TEAM_AFTER = re.compile(r"\s*(?:教授|研究员|主任)?\s*(?:团队|课题组|研究组)")
_INSTITUTION_KINDS = ("hospital", "university", "research_institute")


def _department_teams(text: str, inside: list[Mention], span: Span) -> list[Relation]:
    """`某医院作为第一完成单位获得…，其中神经内科甲团队获…、眼科乙团队获…`: the leader of a department's team works at
    the institution the sentence opened with."""
    first = next((m for m in inside if m.label == "ORG"), None)
    if first is None or kind_of(first.ref) not in _INSTITUTION_KINDS:
        return []
    out = []
    for person in (m for m in inside if m.label == "PERSON" and m.start > first.end):
        department = DEPARTMENT_ALONE.search(text, max(first.end, person.start - 8), person.start)
        if department is None or not _TEAM_AFTER.match(text, person.end):
            continue
        if any(m.label == "ORG" and first.end <= m.start < person.start and m is not first for m in inside):
            continue  # another unit named between: the department may be its
        out.append(Relation(type=RelType.WORKS_AT, source=person.text, target=first.ref, spans=(span,)))
    return out


def _project(name: str, kind: str, year: int | None, span: Span) -> Entity:
    return Entity(type=Label.PROJECT, name=name, kind=kind, year=year, spans=(span,))


def _joint_builders(text: str, orgs: list[Mention], span: Span) -> list[Relation]:
    """`由A、B、C共建`, `A和B合作共建`: every pair of a list of units that build or work on something together."""
    out: list[Relation] = []
    for run in listed_runs(text, orgs):
        if len(run) >= 2 and _TOGETHER.match(text, run[-1].end):
            refs = list(dict.fromkeys(o.ref for o in run))
            out += [Relation(type=RelType.COLLABORATES_WITH, source=a, target=b, spans=(span,))
                    for i, a in enumerate(refs) for b in refs[i + 1:]]
    return out


_ASPECT = re.compile(r"\s*(?:已经|已|曾经|曾|还|也|将|再次|又|正式|首次|先后)\s*")


def _paired(text: str, orgs: list[Mention], span: Span, inside: list[Mention]) -> list[Relation]:
    """`A某某教授研究组与B某某教授合作`: the institutions of the two sides of a `与…合作` clause; where the clause
    names no unit before 与, the unit the sentence opens with is its subject (`甲大学…，成立某联盟，27日与乙大学、丙大学
    签订合作意向书`), unless a person is named between."""
    for m in _WITH_PARTNER.finditer(text, span.start, span.end):
        if any(o.start <= m.start() < o.end for o in orgs):
            continue  # 某资源保护与利用重点实验室: a conjunction inside a unit's name
        left = [o for o in orgs if o.end <= m.start() and _CLAUSE_BREAK.search(text, o.end, m.start()) is None]
        opening = max(span.start, text.rfind("\n", 0, m.start()) + 1)  # (a byline's line may run into the sentence)
        first = next((o for o in orgs if o.start >= opening), None)
        subject = not left and first is not None and not text[opening:first.start].strip() and first.end < m.start() \
            and _CLAUSE_BREAK.search(text, first.end, m.start()) is not None \
            and not any(p.label == "PERSON" and first.end <= p.start < m.start() for p in inside)
        left = [first] if subject and first is not None else left
        if left and not subject and left[-1].end != m.start() and not _TEAM.search(text, left[-1].end, m.start()) \
                and not _ASPECT.fullmatch(text, left[-1].end, m.start()):
            continue  # 某教授与某某共同揭牌: two people, not their units (甲已与乙…: the unit's adverb)
        right = [o for o in orgs if m.end() <= o.start < m.end() + _PARTNER_REACH]
        run = right[:1]
        for o in orgs:  # 甲与乙、丙、丁等…合作: every unit of the list the first partner opens
            if run and o.start >= run[-1].end and LIST_JOIN.fullmatch(text, run[-1].end, o.start):
                run.append(o)
        verb = _COLLAB.search(text, run[-1].end, _clause_end(text, run[-1].end, span.end)) if left and run else None
        if verb is not None and m.group() in "和" and any(
                w.group() in ("与", "同", "携手") and not any(o.start <= w.start() < o.end for o in orgs)
                for w in _WITH_PARTNER.finditer(text, run[-1].end, verb.start())):
            continue  # 甲、乙和丙某团队与丁合作: the list's 和 joins one side's units; the partner is after 与
        if left and run and verb is not None:
            members = [left[-1]]  # the units listed together on the first side
            for o in reversed(left[:-1]):
                if not LIST_JOIN.fullmatch(text, o.end, members[0].start):
                    break
                members.insert(0, o)
            joined = left[-1].end == m.start() or _ASPECT.fullmatch(text, left[-1].end, m.start()) is not None
            # 甲、乙与丙签署三方协议: each unit of the list signs; 甲学院、乙实验室某团队与丙合作: the team's units are one side,
            # its institution the first unit's
            sides = list(dict.fromkeys(map(_institution, members if joined else members[:1])))
            partners = dict.fromkeys(b for b in map(_institution, run) if b not in sides)
            if partners:
                pairs = [(x, y) for k, x in enumerate(sides) for y in sides[k + 1:]] \
                    + [(x, b) for x in sides for b in partners if b != x]
                return [Relation(type=RelType.COLLABORATES_WITH, source=x, target=y, spans=(span,)) for x, y in pairs]
    return []


def _partnered(text: str, lead: Mention, org: Mention) -> bool:
    """`甲牵头，联合乙、丙`: a unit named after the lead, in its clause's run, past a word of partnership."""
    if org.start < lead.end or any(c in text[lead.end:org.start] for c in "\n；;。"):
        return False  # another clause of the sentence: its own subject
    if any(not _quoted_at(text, w.start(), lead.end) for w in _PARTNER.finditer(text, lead.end, org.start)):
        return True  # (not the 与 of a title: 牵头承担的“某技术与装备”专项，通过某部组织的评价)
    after = _clause_end(text, org.end, len(text))  # 甲牵头，乙、丙共同完成: the units of the next clause's work together
    return _LEAD.search(text, lead.end, org.start) is not None and re.match(r"[^，,。；;]{0,30}?共同", text[org.end:after]) is not None


def _quoted_at(text: str, at: int, start: int) -> bool:
    """`at` lies inside quotes or title marks opened at or after `start` and not yet closed."""
    opened = max(text.rfind(q, start, at) for q in "“《「")
    return opened >= 0 and max(text.rfind(q, opened, at) for q in "”》」") < 0


def _institution(org: Mention) -> str:
    """The institution a compound name opens with (某大学 of 某大学物理学院), else the name; a unit that is an
    institution itself (某科学院某研究所, 某大学附属医院) is whole."""
    return org.text[:org.parts[0]] if org.parts and kind_of(org.ref) not in _INSTITUTION_KINDS else org.ref


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_BREAK.search(text, start, end)
    return m.start() if m else end


_LONGEST_SENTENCE = 500  # characters: a longer run without a stop is lines, not a sentence


def _collaborations(
    text: str, inside: list[Mention], mentions: Mentions, projects: list[str], span: Span,
) -> list[Relation]:
    sentence = text[span.start:span.end]
    if span.end - span.start > _LONGEST_SENTENCE or not _COLLAB.search(sentence) and not _LEAD.search(sentence):
        return []  # a run of a CV's lines with no stop: no sentence whose units work together
    orgs = [m for m in inside if m.label == "ORG"]
    lead = next((o for o in orgs if _LEAD.match(text, o.end) or _TEAM_LEADS.match(text, o.end)), None)
    joint = [] if lead else _joint_builders(text, orgs, span) or _paired(text, orgs, span, inside)
    if joint:  # the partners of a project the sentence names are its units
        partners = list(dict.fromkeys(u for r in joint for u in (r.source, r.target)))
        return joint + [Relation(type=RelType.UNIT_OF, source=u, target=p, spans=(span,)) for p in projects for u in partners]
    partners = [o.ref for o in orgs if o is not lead and (lead is None or _partnered(text, lead, o))]
    if lead is None:
        bare = re.search(r"(?:^|[，。、\s])(" + "|".join(BARE) + r")(?=与|和|同|携手|联合)", sentence)
        lead_ref = bare_org(text, span.start + bare.end(1), mentions) if bare else None
        if lead_ref is None and orgs and (_PARTNER.match(text, orgs[0].end) or _TEAM_PARTNER.match(text, orgs[0].end)):
            lead_ref, partners = orgs[0].ref, partners[1:]  # 某大学(的甲/乙团队)联合某医院…
    else:
        lead_ref = lead.ref
    if lead_ref is None or not partners and lead is None:
        return []  # (a unit that leads a project alone is still its unit)
    out = [Relation(type=RelType.COLLABORATES_WITH, source=lead_ref, target=p, spans=(span,))
           for p in dict.fromkeys(partners) if p != lead_ref]
    for project in projects:
        out += [Relation(type=RelType.UNIT_OF, source=o, target=project, spans=(span,))
                for o in dict.fromkeys([lead_ref, *partners])]
    return out
