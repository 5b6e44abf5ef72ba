"""The prose mechanism: news, and the prose of any other genre that tables and fields left.

People, organizations, projects, papers, patents and journals, and the relations the sentences state.
Entities come from the spaCy pipeline (ingest.nlp); relations from patterns over its spans, sentence by
sentence (ingest.nlp.relations and the modules it names); spellings of one organization are folded
(ingest.nlp.org_aliases) and people at a department are tied to its institution (ingest.nlp.article).
Every entity and relation carries the spans it was read from.

`prose_extraction(name, text, ranges, genre)` reads only the character ranges it is given (what other
mechanisms did not consume), with spans into the whole text; `parse(name, text)` reads all of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import jieba

from graph.schema import Label, RelType
from ingest.genres.detect import detect_genre
from ingest.genres.literal import occurrences
from ingest.model import Entity, Extraction, Relation, Span, merge_spans
from ingest.nlp.article import (
    completed_at_institutions,
    frame_entity,
    frame_of,
    is_department,
    own_mentions,
    posts_of_the_one_unit,
    this_mentions,
    tie_to_institutions,
)
from ingest.nlp.bodies import VENUES
from ingest.nlp.found import is_cjk
from ingest.nlp.lexicon import jieba_dictionary, kind_of, load_lexicon
from ingest.nlp.mentions import DECLARED_SHORT, Mention, Ranges
from ingest.nlp.org_aliases import fold_spellings
from ingest.nlp.org_bounds import CO_FOUNDED, ORDINAL_TERM
from ingest.nlp.persons import vet_person_proposal
from ingest.nlp.pipeline import get_nlp, may_hold_entities, spans_of
from ingest.nlp.project_heads import headed_projects
from ingest.nlp.relations import QUOTED_UNIT_PROJECT, relations_in
from ingest.nlp.unit_anaphora import bodies_named_by_kind, heads_of_government, posts_in_units_named_before
from names.organizations import (
    PARTNERSHIP,
    abbreviates,
    company_brand,
    province_stem,
    provinces,
    second_body_at,
    university_place,
)

# a unit named at national level is known by its own name, as is a lab two levels of government found (省部共建…)
_STANDALONE = ("国家", "中国", "全国", *CO_FOUNDED)
_ACADEMY = "科学院"  # an academy's national institutes are named with it (某科学院国家某台, 某科学院国家某中心)
_COMPANY_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "股份公司")
_AFFILIATED = "附属"
_SHORTEST_UNIT = 4
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_LINE = re.compile(r"[^\n]+")


@dataclass
class _Orgs:
    """Organization mentions folded into entities: compound names split, short forms as aliases."""

    names: dict[str, Entity] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)
    part_of: list[tuple[str, str, Span]] = field(default_factory=list)

    def add(self, name: str, span: Span, parent: str | None = None, alias: str | None = None,
            kind: str | None = None) -> str:
        """`kind`: what the sentence says the unit is, where its name has no ending that says it (腾讯 of `腾讯等企业`)."""
        key = self.rename.get(name, name)
        old = self.names.get(key)
        aliases = tuple(dict.fromkeys((*(old.aliases if old else ()), *([alias] if alias else []))))
        named = kind_of(key)
        self.names[key] = Entity(
            type=Label.ORGANIZATION, name=key, kind=named if named != "other" else (old.kind if old else None) or kind or named,
            aliases=aliases,
            parent=(old.parent if old else None) or parent, spans=merge_spans(old.spans if old else (), (span,)),
        )
        return key


def parse(name: str, text: str, genre: str | None = None) -> Extraction:
    """A prose document (news, or prose of any other genre): `prose_extraction` over the whole text."""
    return prose_extraction(name, text, genre=genre)


# corner brackets, the quotation marks of traditional and some simplified texts, read as the curved ones
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


def prose_extraction(name: str, text: str, ranges: Sequence[tuple[int, int]] | None = None,
                     genre: str | None = None, papers: Sequence[str] = ()) -> Extraction:
    """People, organizations, projects, papers and the relations the sentences state, read from the parts
    of `text` in `ranges` (character ranges: what tables and fields did not consume; all of it when None).
    Spans point into `text`; the page's frame (source line, title) is read from the whole text. `papers`: those
    the document's fields name, which its sentences of authors may be about."""
    genre = genre or ("other" if detect_genre(text) == "other" else "news")
    text = text.translate(_CORNER_QUOTES)  # 「某某」 is “某某”: one character for one, every span as it was
    ranges = _merged(ranges if ranges is not None else [(0, len(text))], len(text))
    mentions = [_with_partnership(text, _trimmed(_with_campus(text, _with_branch(text, _with_place_in_brackets(
        text, _with_hyphenated(text, m)))))) for m in _mentions(text, ranges) if not _project_in_quotes(text, m)]
    mentions = _partners_of_joint_units(text, mentions)
    forms, declared_at = _declared_short_forms(text, mentions)
    brands = {brand: company for brand, company in _brands(mentions).items() if brand not in forms}
    brands |= {short: name for short, name in _university_short_forms(text, mentions).items()
               if short not in forms and short not in brands}
    mentions = _with_short_forms(text, mentions, forms, declared_at, ranges, brands)
    forms |= brands
    orgs = _fold_orgs(mentions, forms)
    _units_after_aliases(text, mentions, orgs)
    people: dict[str, list[Span]] = {}
    for m in mentions:
        if m.label == "PERSON":
            people.setdefault(m.text, []).append(Span(m.start, m.end))
    for m in mentions:
        if m.label == "ORG":
            m.ref = orgs.rename.get(m.text, m.text)
    mentions = _through_terms(text, mentions)
    frame = frame_of(text, mentions)
    if frame is not None:  # 我校, 本院: the article's own institution, where the frame names it
        mentions = sorted([*mentions, *own_mentions(text, frame, ranges, mentions)], key=lambda m: (m.start, m.end))
    if this := this_mentions(text, ranges, mentions):  # 该院: the hospital named before
        mentions = sorted([*mentions, *this], key=lambda m: (m.start, m.end))
        _departments_of_this(this, mentions, orgs)
    mentions, unnamed = bodies_named_by_kind(text, mentions)  # 协会理事长甲: the society named before
    for name in unnamed:
        orgs.names.pop(name, None)
    if titled := _titled_surnames(text, ranges, mentions):  # 林教授: the one 林 the article names
        mentions = sorted([*mentions, *titled], key=lambda m: (m.start, m.end))
    units = Ranges([(m.start, m.end) for m in mentions if m.label == "ORG"])
    for person in people:  # every mention, also on lines the pipeline skipped; not inside a unit's name
        people[person] = [Span(at, at + len(person)) for at in occurrences(person, text)
                          if _inside(at, ranges) and not units.cover(at, at + len(person))]
    people = {name: spans for name, spans in people.items() if not _opens_a_brand(name, spans, mentions)}
    people = _without_glued_adverbs(people)
    cut = _cut_names(people)
    people = {name: spans for name, spans in people.items() if name not in cut}
    entities: list[Entity] = [Entity(type=Label.PERSON, name=n, spans=tuple(s)) for n, s in people.items() if s]
    entities += orgs.names.values()
    relations = [Relation(type=RelType.PART_OF, source=a, target=b, spans=(s,)) for a, b, s in orgs.part_of]
    mentions = _with_known_names(mentions, people)
    extra_entities, found = relations_in(text, mentions, _sentences(text, ranges), papers)
    presses = {r.target for r in found if r.type is RelType.WORKS_AT and r.position == "记者"}
    entities += [e for e in extra_entities if not (e.type is Label.JOURNAL and e.name in presses)]  # 《某报》记者: a press
    relations += [_renamed(r, cut) for r in found] if cut else found
    headed, led = headed_projects(text, ranges, mentions, frame)  # 《某某研究》 over `某学院 某某教授`
    entities += headed
    relations += led
    entities, relations = fold_spellings(*_without_cut_orgs(_merge_entities(entities), relations))
    relations += tie_to_institutions(entities, relations, frame)
    relations = completed_at_institutions(text, entities, relations, frame)
    relations += posts_of_the_one_unit(text, mentions, entities, relations, frame)
    relations += posts_in_units_named_before(text, mentions)
    relations += heads_of_government(text, mentions, {e.name for e in entities if e.type is Label.ORGANIZATION})
    if frame and any(frame.name in (r.source, r.target) for r in relations):
        entities.append(frame_entity(frame))
    return Extraction(document=name, genre=genre, entities=tuple(_merge_entities(entities)),
                      relations=tuple(_merge_relations(relations)))


_TITLE_AFTER_SURNAME = re.compile(r"(?:教授|院士|研究员|博士|老师|主任|校长|院长|书记|医生|医师|工程师|先生|女士)")


# a body's term written between the body and a post of it (某学会|第五届理事会|理事长, 某分会|第三届委员会|主任委员)
_TERM_BOARD = re.compile(rf"(?:{ORDINAL_TERM.pattern})(?:常务)?(?:理事会|委员会|常委会|监事会|董事会)")


def _through_terms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A unit's mention that reaches over its term's board to the post after it (`某学会第五届理事会|理事长`): the
    post is the unit's, as if written right after it; the mention still names the unit (its `ref`)."""
    posts = {m.start for m in mentions if m.label == "POSITION"}
    out = []
    for m in mentions:
        term = _TERM_BOARD.match(text, m.end) if m.label == "ORG" else None
        if term is not None and term.end() in posts:
            m = Mention(m.label, m.start, term.end(), text[m.start:term.end()], m.kind, m.parts, m.ref)
        out.append(m)
    return out


def _departments_of_this(this: list[Mention], mentions: list[Mention], orgs: _Orgs) -> None:
    """`该校机械学院`: a department written right after 该校 (该院, 该所) is part of the unit the word stands for."""
    starts = {m.start: m for m in mentions if m.label == "ORG" and m not in this}
    for m in this:
        department = starts.get(m.end)
        if department is not None and is_department(department.ref) and department.ref in orgs.names:
            orgs.add(department.ref, Span(department.start, department.end), parent=m.ref)
            orgs.part_of.append((department.ref, m.ref, Span(m.start, department.end)))


def _opens_a_brand(name: str, spans: list[Span], mentions: list[Mention]) -> bool:
    """`中大与慕恩`: a name read as a person's that is the opening of a company's name the text gives (慕恩生物), never
    titled or posted: the company by its short name."""
    brands = [m.text for m in mentions if m.label == "ORG" and m.text.startswith(name) and len(m.text) - len(name) == 2]
    return bool(brands) and len(spans) <= 2 and not any(m.label in ("TITLE", "POSITION") and any(
        s.end == m.start or m.end == s.start for s in spans) for m in mentions)


def _titled_surnames(text: str, ranges: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """`林教授`, `王院士` written after the article has named the person in full: a mention of the one person of
    that surname it names (none where it names two), at the surname, so that what is said of 林教授 is said of them."""
    lex = load_lexicon()
    named: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and 2 <= len(m.text) <= 4 and is_cjk(m.text) and (surname := lex.surname_at(m.text, 0)):
            named.setdefault(surname, set()).add(m.text)
    taken = Ranges([(m.start, m.end) for m in mentions])
    first = min((m.start for m in mentions if m.label == "PERSON"), default=len(text))
    out = []
    for surname, names in named.items():
        if len(names) != 1:
            continue
        (name,) = names
        for at in occurrences(surname, text):
            end = at + len(surname)
            if at <= first or not _TITLE_AFTER_SURNAME.match(text, end) or taken.overlap(at, end) \
                    or not _inside(at, ranges) or not _stands_alone(text, at):
                continue
            out.append(Mention("PERSON", at, end, name))
    return out


# adverbs, prepositions and verbs of coming the recogniser may read with a name before them (`柯舒还表示`, `柯舒来京`)
_GLUED_AFTER_NAME = frozenset("就还也都又便才却将已曾亦即对向在与和及来去到为")


def _without_glued_adverbs(people: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """A name that is another name the text gives and an adverb after it (柯舒还 of 柯舒): that name, where written."""
    out = {name: list(spans) for name, spans in people.items()}
    for name, spans in people.items():
        short = name[:-1]
        if len(name) >= 3 and name[-1] in _GLUED_AFTER_NAME and short in people and len(short) >= 2:
            out[short] = sorted({*out[short], *(Span(s.start, s.end - 1) for s in spans)}, key=lambda s: s.start)
            del out[name]
    return out


def _cut_names(people: dict[str, list[Span]]) -> dict[str, str]:
    """A name found only where a longer name stands (王明 of every 王明华, 金明 of 于金明) is that name cut short:
    each such name -> the longer one, the first where several hold it."""
    containing: dict[str, list[str]] = {}  # every part of a name -> the names written with it
    for name in people:
        parts = {name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)}
        for part in parts:
            containing.setdefault(part, []).append(name)
    out = {}
    for name, spans in people.items():
        others = [other for other in containing.get(name, []) if other != name and people[other]]
        longer = Ranges((s.start, s.end) for other in others for s in people[other])
        if longer and all(longer.cover(s.start, s.end) for s in spans):
            out[name] = others[0]
    return out


def _without_cut_orgs(entities: list[Entity], relations: list[Relation]) -> tuple[list[Entity], list[Relation]]:
    """An organization read only where a longer one with the same ending stands (某某|种业研究中心 of 江北某某种业
    研究中心, read whole from the characters) is that one cut short: its relations go to the whole name."""
    orgs = [e for e in entities if e.type is Label.ORGANIZATION]
    ending: dict[str, list[Entity]] = {}  # every ending of a name -> the organizations with that name
    for o in orgs:
        for i in range(len(o.name) + 1):
            ending.setdefault(o.name[i:], []).append(o)
    whole: dict[str, str] = {}
    for e in orgs:
        longer = [(o.name, s) for o in ending.get(e.name, []) if o.name != e.name for s in o.spans]
        first_start: dict[int, int] = {}  # where a longer one ends -> the first place one ending there starts
        for _, at in longer:
            first_start[at.end] = min(at.start, first_start.get(at.end, at.start))
        if longer and all(s.start > first_start.get(s.end, s.start) for s in e.spans):
            ends = {s.end for s in e.spans}
            whole[e.name] = next(n for n, at in longer if at.end in ends)
    if not whole:
        return entities, relations
    kept = [e for e in entities if not (e.type is Label.ORGANIZATION and e.name in whole)]
    moved = [Relation(**{**{f: getattr(r, f) for f in r.__slots__}, "source": whole.get(r.source, r.source),
                         "target": whole.get(r.target, r.target)}) for r in relations]
    return kept, [r for r in moved if r.source != r.target]


_BRANCHED = ("实验室", "中心", "平台", "研究院", "研究所")  # units that open bases and branches elsewhere
_PLACE_IN_BRACKETS = re.compile(r"中国[（(][\u4e00-\u9fff]{2,4}[）)]$")
# a company's brand and the place of its seat in brackets, which open its name: 某某（广州）|生物科技有限公司
_BRAND_AND_PLACE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}[（(](?P<place>[\u4e00-\u9fff]{2,3})[）)]$")
# partners named in a joint unit's name, parted by a dash: 某大学—某公司|联合实验室
_PARTNER_DASH = ("—", "-", "－", "–")
_JOINT = "联合"
_PARTNER_BRAND = re.compile(r"[\u4e00-\u9fff]{2,6}(?=[（(][\u4e00-\u9fff]{2,3}[）)])")


def _partners_of_joint_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """A joint unit named by its partners parted by a dash (`某大学—某某生物(广州)某某联合实验室`): the whole name, where
    the recogniser read the partner before the dash apart; the partner after it, named by its brand before the
    place of its seat, is an organization too."""
    out: list[Mention] = []
    brands: list[str] = []
    for m in mentions:
        before = out[-1] if out else None
        if m.label == "ORG" and _JOINT in m.text and before is not None and before.label == "ORG" \
                and text[before.end:m.start] in _PARTNER_DASH:
            out[-1] = Mention("ORG", before.start, m.end, text[before.start:m.end], m.kind)
            partner = _PARTNER_BRAND.match(text, before.end + 1, m.end)
            if partner is not None:
                brands.append(partner.group())
            continue
        out.append(m)
    units = Ranges([(m.start, m.end) for m in out if m.label == "ORG" and _JOINT not in m.text])
    for brand in dict.fromkeys(brands):  # the partner wherever the text names it (某某生物创始人甲), not a name in it
        named = [(at, at + len(brand)) for at in occurrences(brand, text) if not units.overlap(at, at + len(brand))]
        out = [m for m in out if m.label != "PERSON" or not any(m.start < e and s < m.end for s, e in named)]
        out += [Mention("ORG", s, e, brand, kind_of(brand)) for s, e in named]
    return sorted(out, key=lambda x: (x.start, x.end))


# a firm's legal form in brackets after its name, part of the name (某律师事务所（特殊普通合伙）)
_PARTNERSHIP = re.compile(rf"[（(]{PARTNERSHIP.pattern}[）)]")


def _with_partnership(text: str, m: Mention) -> Mention:
    """A firm's name with its legal form in brackets after it (`某代理事务所(普通合伙)`): the whole name."""
    form = _PARTNERSHIP.match(text, m.end) if m.label == "ORG" else None
    if form is None:
        return m
    return Mention(m.label, m.start, form.end(), text[m.start:form.end()], m.kind, m.parts)


def _with_place_in_brackets(text: str, m: Mention) -> Mention:
    """`中国（上海）|自由贸易试验区…管理委员会`, `某某（广州）|生物科技有限公司`: a name that opens with the country, or a
    brand, and a place in brackets, which the recogniser cut off."""
    head = _PLACE_IN_BRACKETS.search(text, max(0, m.start - 8), m.start) if m.label == "ORG" else None
    if head is None and m.label == "ORG":
        brand = _BRAND_AND_PLACE.search(text, max(0, m.start - 12), m.start)
        head = brand if brand is not None and _is_place(brand.group("place")) else None
    if head is None:
        return m
    return Mention(m.label, head.start(), m.end, text[head.start():m.end], m.kind,
                   tuple(p + m.start - head.start() for p in m.parts))


# a unit's branch in a place, named after it: 某国家工程实验室|杭州基地, 某中心|华南分中心
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:基地|分中心|工作站)(?=[、，,。；;\s]|揭牌|落户|成立|正式|$)")


_NATIONAL_ACADEMY = re.compile(r"中国(?:科学院|工程院|社会科学院)$")


_LOCAL_LEVELS = "省市县区镇乡州"
_VENUE = re.compile(f"(?:{'|'.join(VENUES)})$")
_MIN_HOST = 3
_WORD_TAGS = ("v", "p", "c")  # a verb, preposition or conjunction of one character: 率, 赴, 在, 与


def _trimmed(m: Mention) -> Mention:
    """`上海高校中国工程院院士`: a national academy is no part of a longer name that ends with it (a group of
    universities, a place written before it): the academy alone. `率县科技局`, `赴市教育局`: a verb glued to the level
    of government a local body is named by is no part of its name. `某大学理学院演讲厅`: a hall is a place, its
    host the unit."""
    if m.label != "ORG":
        return m
    academy = _NATIONAL_ACADEMY.search(m.text)
    if academy is not None and academy.start() > 0:
        return Mention(m.label, m.start + academy.start(), m.end, academy.group(), m.kind)
    venue = _VENUE.search(m.text)
    host = m.text[:venue.start()] if venue is not None else ""
    if len(host) >= _MIN_HOST and host.endswith(load_lexicon().org_suffixes):  # 某大学理学院|演讲厅 (not 中国科学|会堂)
        return Mention(m.label, m.start, m.start + len(host), host, kind_of(host), tuple(p for p in m.parts if p < len(host)))
    words = jieba_dictionary()[0]
    for k in range(min(5, len(m.text) - 4)):  # (a name the recogniser missed may stand before the verb: 某某率县科技局)
        if m.text[k + 1] in _LOCAL_LEVELS and words.get(m.text[k]) in _WORD_TAGS and m.text[k:k + 2] not in words \
                and not any(m.text[j:k + 2] in words for j in range(max(0, k - 3), k)):  # 嘉兴市, 自治区: a place
            cut = k + 1
            return Mention(m.label, m.start + cut, m.end, m.text[cut:], m.kind, tuple(p - cut for p in m.parts if p > cut))
    return m


_HYPHENS = "-－‐‑–"
_HYPHENATED_REACH = 10  # characters of names before the hyphen
_LIST_WORDS = frozenset({"名单", "名录", "一览表", "一览", "公示", "汇总表", "汇总", "目录", "简介", "列表", "通知", "公告"})


def _with_hyphenated(text: str, m: Mention) -> Mention:
    """`从北辰-南湾大学返回`: a (foreign) unit named after two places joined by a hyphen, where the recogniser read the
    part after the hyphen alone: the whole name, from the first of the nouns before the hyphen (not 从, 在, 毕业于)."""
    if m.label != "ORG" or m.start < 3 or text[m.start - 1] not in _HYPHENS or not is_cjk(text[m.start - 2]):
        return m
    run = m.start - 1
    while run > 0 and m.start - run <= _HYPHENATED_REACH and is_cjk(text[run - 1]):
        run -= 1
    tags = jieba_dictionary()[0]
    kept, first = 0, ""
    for word in reversed(jieba.lcut(text[run:m.start - 1])):
        tag = tags.get(word)
        if not (tag is None and len(word) > 1 or tag is not None and tag.startswith("n") and tag != "nt") \
                or word in _LIST_WORDS:
            break  # a preposition, a verb, a word of time; an organization of its own (某大学-某研究所); a list's
            # title (某某教师名单-某大学: the list of the university's people)
        kept, first = kept + len(word), word
    if first not in tags and tags.get(first[:1]) in _WORD_TAGS:
        kept -= 1  # a word the segmenter made up of a preposition and the name's first character: 从|北辰
    if kept < 2:
        return m
    start = m.start - 1 - kept
    return Mention(m.label, start, m.end, text[start:m.end], m.kind, tuple(p + m.start - start for p in m.parts))


def _with_branch(text: str, m: Mention) -> Mention:
    """The unit and its branch written after it (`某实验室杭州基地`), where the recogniser read the unit alone."""
    branch = _BRANCH.match(text, m.end) if m.label == "ORG" and m.text.endswith(_BRANCHED) else None
    if branch is None:
        return m
    return Mention(m.label, m.start, branch.end(), text[m.start:branch.end()], m.kind, m.parts)


# a university's campus in a place, in brackets after its name: 中国某某大学（北京）, 某某大学(华东)
_CAMPUS = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,4})[）)]")
_REGIONS = frozenset({"华东", "华南", "华北", "华中", "西南", "西北", "东北"})


def _with_campus(text: str, m: Mention) -> Mention:
    """`中国某某大学(北京)`: the campus the brackets name is part of the university's name."""
    campus = _CAMPUS.match(text, m.end) if m.label == "ORG" and m.text.endswith(("大学", "学院")) else None
    if campus is None or not _is_place(campus.group("place")):
        return m
    return Mention(m.label, m.start, campus.end(), text[m.start:campus.end()], m.kind, m.parts)


def _is_place(name: str) -> bool:
    tags, _ = jieba_dictionary()
    return name in _REGIONS or name in _province_stems() or tags.get(name) == "ns"


@cache
def _province_stems() -> frozenset[str]:
    return frozenset(province_stem(p) for p in provinces())


def _project_in_quotes(text: str, m: Mention) -> bool:
    """A unit's name in quotes before 项目 (就“某大学某创新中心”项目签约) names a project, not the unit."""
    if m.label != "ORG" or m.start == 0 or text[m.start - 1] != "“":
        return False
    quoted = QUOTED_UNIT_PROJECT.match(text, m.start - 1)
    return quoted is not None and quoted.end("name") == m.end


def _renamed(r: Relation, names: dict[str, str]) -> Relation:
    """The relation with its people named in full (a cut name's relations go to the whole name)."""
    if r.source not in names and r.target not in names:
        return r
    return replace(r, source=names.get(r.source, r.source), target=names.get(r.target, r.target))


def _merged(ranges: Sequence[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(size, e)) for s, e in ranges):
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _with_known_names(mentions: list[Mention], people: dict[str, list[Span]]) -> list[Mention]:
    """A name the recogniser read in one place, written again where it did not (`…柯振邦、诸葛岚毕业。…，诸葛岚入职某所`):
    a mention there too, so that the sentence's rules see who its verb is about; never over another mention."""
    taken = Ranges([(m.start, m.end) for m in mentions])
    extra = [Mention("PERSON", s.start, s.end, name) for name, spans in people.items() for s in spans
             if not taken.overlap(s.start, s.end)]
    return sorted([*mentions, *extra], key=lambda m: (m.start, m.end)) if extra else mentions


def _inside(at: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in ranges)


def _mentions(text: str, ranges: list[tuple[int, int]]) -> list[Mention]:
    lines = [(m.start(), m.group()) for start, end in ranges for m in _LINE.finditer(text, start, end)
             if may_hold_entities(m.group())]
    out: list[Mention] = []
    for (offset, _), doc in zip(lines, get_nlp().pipe(line for _, line in lines), strict=True):
        for s, ent in zip(spans_of(doc, offset), doc.ents, strict=True):  # spans_of reads doc.ents in order
            out.append(Mention(s["label"], s["start"], s["end"], s["text"], s.get("kind"), tuple(ent._.parts)))
    return _sandwiched_names(text, _completed_by_known(text, [part for m in out for part in _apart(m)]))


def _sandwiched_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An item of two or three characters between two names of a list (`甲、何平安、乙`) is a name too, where the
    recognisers read it as words (何 as a conjunction, 平安 as an adjective): a surname, and the list's 、 on each side."""
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    lex = load_lexicon()
    added = []
    for before, after in zip(people, people[1:], strict=False):
        start, end = before.end + 1, after.start - 1
        if 2 <= end - start <= 3 and text[before.end] == "、" and text[end] == "、" and is_cjk(text[start:end]) \
                and lex.surname_at(text, start):
            line = text.rfind("\n", 0, start) + 1  # (vetted within its line, not the whole document)
            line_end = text.find("\n", end)
            line_end = line_end if line_end >= 0 else len(text)
            if vet_person_proposal(text[line:line_end], start - line, end - line):
                added.append(Mention("PERSON", start, end, text[start:end]))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


_CUT_REACH = 4  # characters a recogniser may have cut off an organization's name


def _completed_by_known(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organization whose name's first characters the recogniser cut off (`中天|科技集团人力资源部`, the segmenter
    reading 中 alone), where another mention names the whole (`中天科技集团`) starting just before it and
    ending inside it: the name from there."""
    names = {m.text for m in mentions if m.label == "ORG" and len(m.text) >= 4}
    out = []
    for m in mentions:
        if m.label == "ORG":
            for k in range(1, _CUT_REACH + 1):
                start = m.start - k
                if start < 0 or not is_cjk(text[start]):
                    break
                if any(len(n) > k and start + len(n) <= m.end and text.startswith(n, start) for n in names):
                    whole = text[start:m.end]
                    m = Mention("ORG", start, m.end, whole, kind_of(whole), tuple(p + k for p in m.parts))
                    break
        out.append(m)
    return out


_BLANK = re.compile(r"[ \t\u3000\u00a0]+")
_NATIONAL = ("国家", "中国", "中华", "全国", "国务院")


_GOVERNMENT_THEN = re.compile(r"(?<=政府)(?=[\u4e00-\u9fff]{2,})")  # 某市人民政府|某大学: no unit of a government
_NO_GOVERNMENT_UNIT = frozenset({"university", "hospital", "company"})


def _apart(m: Mention) -> list[Mention]:
    """An organization read over a blank between two whole names (`国家卫生健康委员会 国家中医药管理局`): each
    name its own mention, where the name after the blank opens as a body of its own does (国家…, 中国…, 某省…),
    not as a unit of the one before (`某大学 化学学院`). A government's name run into a university's, a hospital's or
    a company's (`《某市人民政府某大学共建…`) is two names too: none of these is a unit of a government; so is a name
    that names its place again (`某省科学技术厅某省科学技术协会`)."""
    if m.label == "ORG" and (cut := _GOVERNMENT_THEN.search(m.text)) is not None:
        rest = m.text[cut.end():]
        if kind_of(rest) in _NO_GOVERNMENT_UNIT and len(rest) >= 4:
            left = m.text[:cut.end()]
            return [Mention("ORG", m.start, m.start + len(left), left, kind_of(left)),
                    Mention("ORG", m.start + cut.end(), m.end, rest, kind_of(rest))]
    if m.label == "ORG" and (at := second_body_at(m.text)) is not None:
        left, rest = m.text[:at], m.text[at:]
        return [Mention("ORG", m.start, m.start + at, left, kind_of(left)),
                Mention("ORG", m.start + at, m.end, rest, kind_of(rest))]
    if m.label != "ORG" or not _BLANK.search(m.text):
        return [m]
    cuts = [0, *(b.end() for b in _BLANK.finditer(m.text))]
    pieces = [(a, m.text[a:b].rstrip()) for a, b in zip(cuts, [*cuts[1:], len(m.text)], strict=True)]
    own = all(len(text) >= 4 and kind_of(text) != "other" for _, text in pieces) and all(
        text.startswith(_NATIONAL) or any(text.startswith(p) for p in provinces()) for _, text in pieces[1:])
    if not own:
        return [m]
    return [Mention("ORG", m.start + a, m.start + a + len(text), text, kind_of(text)) for a, text in pieces]


def _declared_short_forms(text: str, mentions: list[Mention]) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Short forms a text declares for an organization it has just named (`某某委员会（简称管委会）`): short ->
    name, and where the declarations are written."""
    out: dict[str, str] = {}
    where: list[tuple[int, int]] = []
    for m in mentions:
        declared = DECLARED_SHORT.match(text, m.end) if m.label == "ORG" else None
        if declared and declared.group("short") != m.text:
            out.setdefault(declared.group("short"), m.text)
            where.append(declared.span())
    return out, where


_BRAND_IS_COMMON = 2000  # jieba frequency above which a brand is an everyday word (长城, 东方): not read alone


def _brands(mentions: list[Mention]) -> dict[str, str]:
    """The brands prose names the companies it names in full by (华为 of 华为技术有限公司): brand -> name."""
    freq = jieba_dictionary()[1]
    out: dict[str, str] = {}
    for m in mentions:
        if m.label == "ORG" and (brand := company_brand(m.text)) and freq.get(brand, 0) < _BRAND_IS_COMMON:
            out.setdefault(brand, m.text)
    return out


def _university_short_forms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """The short forms (`港大`, `理大`, `科大`) of the universities a text names in full (香港大学, 香港理工大学,
    香港科技大学), where the text writes them: a character of the name before 大学 and 大, for the one university
    whose name has it (or, of several, the one whose name ends with it: 港大 is 香港大学, not 香港理工大学); and the
    start of its place's name with its kind's short ending (`北师大`, `中国科大`, `上海交大`), where it abbreviates only
    one of them (names.organizations.abbreviates)."""
    stems = {m.text[:-2] for m in mentions if m.label == "ORG" and m.text.endswith("大学") and 2 <= len(m.text) - 2 <= 6}
    out: dict[str, str] = {}
    for ch in {c for stem in stems for c in stem}:
        short = ch + "大"
        holding = [stem for stem in stems if ch in stem]
        ending = [stem for stem in holding if stem.endswith(ch)]
        chosen = holding if len(holding) == 1 else ending if len(ending) == 1 else []
        if chosen and short in text and short + "学" not in text.replace(chosen[0] + "大学", ""):
            out[short] = chosen[0] + "大学"
    universities = {m.text for m in mentions if m.label == "ORG" and m.text.endswith("大学") and len(m.text) >= 5}
    shorts: dict[str, set[str]] = {}
    for university in universities:  # 某科大 of 某科技大学, 北师大 of 北京师范大学, 台师大 of 国立台湾师范大学
        for at in occurrences(university_place(university)[:1], text):
            for size in range(3, 6):
                short = text[at:at + size]
                if short.endswith("大") and not text.startswith("学", at + size) and abbreviates(short, university):
                    shorts.setdefault(short, set()).add(university)
    out.update({short: next(iter(full)) for short, full in shorts.items() if len(full) == 1 and short not in out})
    return out


# what may stand before a short form written alone: no character of a word it would end (某华为 is not 华为)
_BEFORE_SHORT = frozenset("与和及同跟在由向对从、，。；：（“《是为将把被让给据经以")


def _with_short_forms(text: str, mentions: list[Mention], forms: dict[str, str], declared_at: list[tuple[int, int]],
                      ranges: list[tuple[int, int]], brands: dict[str, str]) -> list[Mention]:
    """The mentions and every other place a declared short form is written that no mention covers: the
    organization it stands for (`管委会主任某某` is the head of the committee named in full before); and
    likewise a company's brand (`brands`), where it stands alone (a character of a word before it is no part of it)."""
    mentions = [m for m in mentions if not _short_form_before_a_post(text, m, {**forms, **brands}, mentions)]
    spans = [*((m.start, m.end) for m in mentions), *declared_at]
    taken = Ranges(spans)
    added = [Mention("ORG", at, at + len(short), short, kind_of(full))
             for short, full in forms.items() for at in occurrences(short, text)
             if _inside(at, ranges) and not taken.overlap(at, at + len(short))]
    taken = Ranges([*spans, *((m.start, m.end) for m in added)])  # 华锐 inside the declared 华锐智能: no brand
    added += [Mention("ORG", at, at + len(brand), brand, "company") for brand in brands for at in occurrences(brand, text)
              if _inside(at, ranges) and not taken.overlap(at, at + len(brand)) and _stands_alone(text, at)]
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions


_POST_OPENING = "前原现副"  # 成大前校长: a former, current or deputy post of the university written short


def _short_form_before_a_post(text: str, m: Mention, forms: dict[str, str], mentions: list[Mention]) -> bool:
    """`成大前校长某某`: a name read over a short form the text declares and the word that opens a post after it
    (前, 原, 现, 副) is the short form, the post the next mention's."""
    if m.label != "PERSON" or len(m.text) < 3:
        return False
    short = m.text[:-1]
    return short in forms and m.text[-1] in _POST_OPENING and any(
        n.start == m.end and n.label in ("POSITION", "TITLE") for n in mentions)


def _stands_alone(text: str, at: int) -> bool:
    return at == 0 or not is_cjk(text[at - 1]) or text[at - 1] in _BEFORE_SHORT


def _fold_orgs(mentions: list[Mention], declared: dict[str, str] | None = None) -> _Orgs:
    orgs = _Orgs(rename=dict(declared or {}))
    units_of: dict[str, set[str]] = {}  # a unit's name after its parent's, with the whole names it ends
    for m in (m for m in mentions if m.label == "ORG"):
        span = Span(m.start, m.end)
        prefixes = [m.text[:e] for e in m.parts]
        for i, prefix in enumerate(prefixes):
            parent = prefixes[i - 1] if i else None
            orgs.add(prefix, Span(m.start, m.start + len(prefix)), parent)
            if parent:
                orgs.part_of.append((prefix, parent, span))
                orgs.rename.setdefault(prefix[len(parent):], prefix)
        if not prefixes:
            continue
        parent = prefixes[-1]
        unit = m.text[len(parent):]
        if unit.startswith(_STANDALONE) and not parent.endswith(_ACADEMY):  # 中国科学院国家天文台 is named so
            orgs.rename[m.text] = unit
            orgs.add(unit, span, parent, alias=m.text)
            orgs.part_of.append((unit, parent, span))
        else:
            orgs.rename.setdefault(unit, m.text)
            units_of.setdefault(unit, set()).add(m.text)
            if unit.startswith(_AFFILIATED) and len(unit) - len(_AFFILIATED) >= _SHORTEST_UNIT:
                orgs.rename.setdefault(unit[len(_AFFILIATED):], m.text)  # 某市立医院 for 某大学附属某市立医院
                units_of.setdefault(unit[len(_AFFILIATED):], set()).add(m.text)
            orgs.add(m.text, span, parent)
            orgs.part_of.append((m.text, parent, span))
    for unit, wholes in units_of.items():  # 甲医院科技处 and 乙医院科技处: `科技处` alone is neither's for sure
        if len(wholes) > 1 and orgs.rename.get(unit) in wholes:
            del orgs.rename[unit]
    whole = {m.text for m in mentions if m.label == "ORG"}
    for m in (m for m in mentions if m.label == "ORG" and not m.parts):
        written = [m.text + form for form in _COMPANY_FORMS if m.text + form in whole]
        longer = [w for w in whole if w in written] if len(written) > 1 else written  # two: the set's order
        if longer:
            orgs.rename.setdefault(m.text, longer[0])  # 某某集团 for 某某集团有限公司
        key = orgs.rename.get(m.text, m.text)
        orgs.add(key, Span(m.start, m.end), alias=m.text if key != m.text else None, kind=m.kind)
    return orgs


_ALIAS_BETWEEN = re.compile(r"[（(][^（）()\n]{2,20}[）)]")
_SUB_UNIT_KINDS = ("lab", "research_institute", "center", "other")


def _units_after_aliases(text: str, mentions: list[Mention], orgs: _Orgs) -> None:
    """`山东省某中心（国家某中心）某重点实验室`: a unit written right after an institution and the other name it goes by
    in brackets is part of that institution (the brackets cut the compound name the recogniser would have read)."""
    units = [m for m in mentions if m.label == "ORG"]
    ending = {m.end: m for m in units}
    for b in units:
        opened = max(text.rfind("（", max(0, b.start - 22), b.start), text.rfind("(", max(0, b.start - 22), b.start))
        a = ending.get(opened) if opened >= 0 else None  # the institution that ends where the brackets open
        if a is None or _ALIAS_BETWEEN.fullmatch(text, a.end, b.start) is None:
            continue
        inner = orgs.rename.get(b.text, b.text)
        outer = orgs.rename.get(a.text, a.text)
        if b.parts or inner not in orgs.names or outer not in orgs.names or inner == outer \
                or kind_of(inner) not in _SUB_UNIT_KINDS or kind_of(outer) == "company":
            continue
        unit = orgs.names[inner]
        if unit.parent is None:
            orgs.names[inner] = replace(unit, parent=outer)
            orgs.part_of.append((inner, outer, Span(a.start, b.end)))


def _sentences(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for start, end in ranges for m in _SENTENCE.finditer(text, start, end)
            if m.group().strip()]


def _merge_entities(entities: list[Entity]) -> list[Entity]:
    out: dict[tuple[Label, str], Entity] = {}
    for e in entities:
        key = (e.type, e.ref)
        if key in out:
            old = out[key]
            kept = {f: getattr(old, f) if getattr(old, f) not in (None, ()) else getattr(e, f) for f in old.__slots__}
            e = Entity(**{**kept, "spans": merge_spans(old.spans, e.spans)})  # a field the first left unset, the later gives
        out[key] = e
    return list(out.values())


def _merge_relations(relations: list[Relation]) -> list[Relation]:
    out: dict[tuple[RelType, str, str], Relation] = {}
    for r in relations:
        key = (r.type, r.source, r.target)
        if key in out:
            old = out[key]
            merged = {f: getattr(old, f) or getattr(r, f) for f in old.__slots__}
            r = Relation(**{**merged, "spans": merge_spans(old.spans, r.spans)})
        out[key] = r
    return list(out.values())
