"""How the learned tagger's proposals join the rules' spans: the rules go first, the model adds.

The rules (word lists, contexts, organization endings) are precise where they fire; the model
(ingest.nlp.learned) reaches names no word list holds. So a proposal is taken only where the rules
found nothing that overlaps it, and only when it passes the checks a rule's span would:

- a person: a surname and a given name of the right length, no form of address, no role word, no
  place or award ending, its ends on jieba's word boundaries (a name is not half a word: 何|利奖);
  a Latin name only as capitalised words (Thomas Reed), not an acronym (OAM, SCI);
- an organization: an ending our lists know (大学, 研究所, 委员会 ...; a one-character ending such as
  厂 or 局 after a real name, not a dictionary word), no count or plural (多个研究所), no bare
  generic words, balanced brackets, and Chinese characters in it (IIE, RING are not units here);
- a title or position: where a word of our lists ends it and no organization ending is inside (not 作者,
  nor 评审委员会评审).

Where the model reads a name the rules also read, the rules' reading stands (柯远 before 和, not
柯远和), with one exception: the model's organization that completes the rules' (see
`completes_rule_orgs`), with the rules' organizations kept as its units.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.nlp.found import CJK, Found, Tokens
from ingest.nlp.learned_lexicon import FeatureLexicon
from ingest.nlp.lexicon import LEVELS, TAKING_POSTS, Lexicon, load_lexicon, stop_words
from ingest.nlp.members import party_names
from ingest.nlp.names import FOREIGN, JOINS_NOTHING, LATIN
from ingest.nlp.org_bounds import (
    BODY_LAST_CHARACTERS,
    INSTITUTION_ENDINGS,
    JOINT_COMMITTEE_AND_GOVERNMENT,
    ORDINAL_TERM,
    OWN_WORDS,
    SUBSIDIARY,
    VERB_ENDINGS,
    coded_or_addressed,
    founded_kind,
    is_term_only,
    ministry_s_category,
    only_generic,
    person_then_held,
)
from ingest.org_names import LEGAL_FORMS, agency_then_ending, kind_suffix

# endings the kind list knows that name categories more often than units in prose
_CATEGORY_ENDINGS = ("企业", "平台", "基地", "数据库")
_PLURAL = re.compile(r"多个|多家|多所|各[级类个]?|若干|一批|部分|等|们")
_NAME_ENDS_NOT = frozenset("奖金项性化区路街道巷村镇乡县市省州港湾站场馆楼病症会类型式率度量大医院所校术系组网刊")
OPEN, CLOSE = "（(【[「《“〔", "）)】]」》”〕"  # brackets and quotes, each opening with its closing
GLUED_BEFORE_NAME = frozenset("以由从据经被把将向对与和及为是让请给")
_GLUED_AFTER_NAME = frozenset("在于对向从到和与及")  # a preposition the segmenter glued to a name's last character
_ITEM_OPENS = frozenset("\n、，,；;：:|\t ")
_ITEM_CLOSES = frozenset("（(、，,；;\n|")
_LIST_MARKS = frozenset("与和及、，,；;/")
_ENDS_NAME = (*JOINS_NOTHING, ",", ";", "|", "\n", " ", "\t", "\u3000")
_LATIN_RUN = re.compile(r"[A-Za-z]{2,}")
# last characters of words that name a body (红十字会, 常委会, 新闻网, 出版社, 博物馆, 礼宾司)
_BODY_ENDINGS = frozenset("会网社馆台站局厅部委署办团行厂校处室司院所")
DEPARTMENT_ENDINGS = frozenset("系科室")
DIVISION_ENDINGS = DEPARTMENT_ENDINGS | {"处"}  # a university's departments, a bureau's divisions
_INSTITUTION_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:大学|医学院|研究院|科学院|委员会(?=[\u4e00-\u9fff]{1,8}(?:部|司|处|局|办公室)$)"
                                 r"|医院(?=[\u4e00-\u9fff]{1,8}(?:科|室|部|中心)$))(?![学院校])")
# a kind of institution written instead of its name (学校, 本院): what holds a body the text does not name
_UNNAMED_HOLDERS = frozenset({"学校", "学院", "医院", "大学", "本校", "我校", "全校", "本院", "我院", "公司", "单位",
                              "本会", "学会", "协会", "研究院", "研究所"})
# words ending like a body that name an event, a group of people or a system
_NOT_UNITS = ("大会", "会议", "年会", "研讨会", "座谈会", "报告会", "论坛", "峰会", "晚会", "博览会", "展览会",
              "交流会", "推进会", "发布会", "启动会", "评审会", "答辩会", "团队", "课题组", "专家组", "小组",
              "系统", "社会", "机会", "全会", "例会", "代表团", "访问团", "考察团", "调研组", "督导组")


_BOARD = re.compile(rf"(?:{ORDINAL_TERM.pattern})?(?:常务)?(?:理事会|监事会|董事会|常委会|学术委员会|专家委员会|执行委员会|委员会)")
_ROLE_LABELS = ("TITLE", "POSITION")
_PREPOSITION_SURNAMES = frozenset("由于向和与从对将")
_SURNAMES_READ_AS_PREPOSITIONS = frozenset("于向")  # common surnames that are prepositions as well


def merge_proposals(
    text: str, tokens: Tokens, proposed: Sequence[Found], rule_spans: Sequence[Found], lex: Lexicon,
    features: FeatureLexicon,
) -> tuple[list[Found], list[Found]]:
    """(added, replaced): the model's spans to add, and the rules' spans they replace (see the
    module's docstring): where the rules found nothing, a vetted proposal; over the rules' spans, only
    an organization that completes theirs."""
    added: list[Found] = []
    replaced: list[Found] = []
    people = [r for r in rule_spans if r.label == "PERSON"]
    for f in proposed:
        f = _with_closing_conjunction(text, f)
        overlapping = [r for r in rule_spans if r.start < f.end and f.start < r.end]
        unit = _unit_before_role(text, f, overlapping, lex)
        if unit is not None:  # the model read 某委员会副主任 as one role: the unit is its first words
            f, overlapping = unit, [r for r in rule_spans if r.start < unit.end and unit.start < r.end]
        if f.label == "ORG" and (person := _person_after_unit(text, tokens, f, overlapping, lex)) is not None:
            added.append(person)  # 北湖大学高原宁，: the rules' unit stands, the name after it is a person
            continue
        if f.label == "ORG" and overlapping:
            unit = _unit_before_post(text, tokens, f, overlapping, lex, features)
            if unit is not None:  # 北京大学|党委常委 against the model's 北京大学党委|常委: the unit, then the post
                added.append(_with_parts(text, unit))
                continue
            tail = _role_after_unit(text, f, overlapping, lex)
            if tail is not None:
                overlapping = [r for r in overlapping if r is not tail[0]]
            whole = completes_rule_orgs(text, tokens, f, overlapping) if overlapping else f
            if whole is not None and vet_org(text, tokens, whole, lex, features):
                added.append(_with_parts(text, whole))
                replaced += overlapping
                if tail is not None:
                    added.append(tail[1])
                    replaced.append(tail[0])
        elif f.label == "PERSON" and (_whole_item(text, f, overlapping)
                                      or _between_unit_and_title(text, f, overlapping, [*rule_spans, *proposed], lex)
                                      or _preposition_read_as_surname(text, f, overlapping)
                                      or _last_character_cut(text, tokens, f, overlapping, lex)
                                      or _surname_read_as_preposition(text, f, overlapping, lex)):
            added.append(f)  # 、别荣某（…）: the rules left out a rare surname of a name that is a whole list item
            replaced += overlapping
        elif not overlapping and (vet(text, tokens, f, lex, features) or _titled_across_a_word(text, tokens, f, rule_spans, lex)):
            if f.label == "PERSON" and _touches_name(f, [*people, *proposed]):
                continue  # two names written with nothing between them: a word, not two people
            added.append(_with_parts(text, f) if f.label == "ORG" else f)
    return added, replaced


def _person_after_unit(text: str, tokens: Tokens, f: Found, overlapping: Sequence[Found], lex: Lexicon) -> Found | None:
    """The model read a unit and the name written right after it as one organization (`颁给北湖大学高原宁，`): the
    name, where the rules read the unit alone and what is left is a whole name a mark or a title closes."""
    from ingest.nlp.persons import valid_name

    if len(overlapping) != 1 or overlapping[0].label != "ORG" or overlapping[0].start != f.start:
        return None
    start = overlapping[0].end
    closed = f.end == len(text) or text[f.end] in _ITEM_CLOSES or text[f.end] in "。；"  # (not a post: 某局|农社处|处长)
    if not 2 <= f.end - start <= 3 or not CJK.fullmatch(text, start, f.end) or not closed \
            or text[f.end - 1] in DEPARTMENT_ENDINGS | BODY_LAST_CHARACTERS:
        return None
    name = text[start:f.end]
    return Found(start, f.end, "PERSON") if valid_name(name, tokens, (start, f.end), lex, framed=True, whole=True) else None


def completes_rule_orgs(text: str, tokens: Tokens, f: Found, overlapping: Sequence[Found]) -> Found | None:
    """The model's organization, with the rules' organizations inside it as its units (`parts`), where
    it completes what the rules read: it starts where a rule organization starts and runs on to a
    longer name (某师范大学|信息科学与技术学院, a name the rules cut at 与), holding the rules' spans whole;
    or it covers only role words the rules read inside one of its words (委员 of 委员会). Never
    over a person, nor over a conjunction or a list mark right after a rule's organization (two units)."""
    inside = all(f.start <= r.start and r.end <= f.end for r in overlapping)
    orgs = sorted((r for r in overlapping if r.label == "ORG"), key=lambda r: r.start)
    if any(r.label == "PERSON" for r in overlapping) or not inside:
        return None
    roles = [r for r in overlapping if r.label != "ORG"]
    if any(not _cuts_word(tokens, r) for r in roles):
        return None
    if not orgs:
        return f
    if len(orgs) == 1 and orgs[0].end == f.end and f.start < orgs[0].start and not roles and not _short_form(orgs[0]) \
            and CJK.fullmatch(text, f.start, orgs[0].start) and text[f.start:orgs[0].start] not in _COPULAS \
            and _stopped_at_a_verb(text, tokens, f, orgs[0]):
        return Found(f.start, f.end, "ORG", f.kind)  # 国家某某污染防治|工程技术研究中心: the rules stopped at a verb
    if orgs[0].start != f.start or f.end <= orgs[-1].end and len(orgs) == 1:
        return None
    if any(text[o.end:o.end + 1] in _LIST_MARKS for o in orgs if o.end < f.end):
        return None
    if text[orgs[-1].end:f.end] in VERB_ENDINGS and f.end < len(text) and CJK.match(text[f.end]):
        return None  # 某处|组织专家评审: the rules' office, then the verb it is the subject of
    term = ORDINAL_TERM.search(text, orgs[-1].end, f.end)
    if term and term.start() == orgs[-1].end:
        return None  # 某联盟|第一届管理委员会: the term of the body the rules read
    parts = sorted({o.end - f.start for o in orgs if o.end < f.end and not agency_then_ending(text[f.start:o.end])
                    and text[o.end:f.end] not in LEGAL_FORMS}  # 某设计院|有限公司: the institute turned company
                   | {p + o.start - f.start for o in orgs for p in o.parts})
    return Found(f.start, f.end, "ORG", f.kind, tuple(parts))


_COPULAS = frozenset({"系", "为", "是", "即"})  # ，系|某省某学会理事: the copula, not a word of the name


def _short_form(org: Found) -> bool:
    """A short form the rules read whole (某大), which nothing before it completes."""
    return org.end - org.start <= _SHORTEST_FULL_NAME


_SHORTEST_FULL_NAME = 3


def _titled_across_a_word(text: str, tokens: Tokens, f: Found, rule_spans: Sequence[Found], lex: Lexicon) -> bool:
    """The model's name ends inside one of jieba's words (邓东|灵长|聘副教授), where the rules read a title or
    post starting right at its end: the title settles where the name ends."""
    from ingest.nlp.persons import valid_name

    if f.label != "PERSON" or not any(r.start == f.end and r.label in _ROLE_LABELS for r in rule_spans):
        return False
    start_ok = tokens.starts[tokens.at(f.start)] == f.start
    return start_ok and CJK.fullmatch(text, f.start, f.end) is not None and valid_name(text[f.start:f.end], tokens, (f.start, f.end), lex)


def _stopped_at_a_verb(text: str, tokens: Tokens, f: Found, rule: Found) -> bool:
    """The rules' name stops right after a verb the model reads as part of the name (污染防治|工程技术研究中心, a
    field's words), and the model's name opens a clause or an item (、国家…, 参观了|国家…)."""
    before_rule = tokens.at(rule.start - 1)
    if tokens.ends[before_rule] != rule.start or tokens.tags[before_rule] not in ("v", "vn"):
        return False
    if tokens.starts[before_rule] <= f.start or tokens.word(before_rule) in load_lexicon().org_stop:
        return False  # 建设|某实验室, 实验室依托|某大学: the clause's verb, no field's word inside a name
    if f.start == 0 or text[f.start - 1] in _ITEM_OPENS or text[f.start - 1] in "。“\"（(":
        return True
    opener = tokens.at(f.start - 1)
    return tokens.ends[opener] == f.start and tokens.tags[opener] in ("v", "ul", "uj", "p")


def vet(text: str, tokens: Tokens, f: Found, lex: Lexicon, features: FeatureLexicon) -> bool:
    if f.label == "PERSON":
        return vet_person(text, tokens, f, lex)
    if f.label == "ORG":
        return vet_org(text, tokens, f, lex, features)
    role = None  # the role word our lists know that ends the span (党组|副书记), not 作者, nor 委员 of 委员会
    for m in lex.role_pattern.finditer(text, f.start, f.end):
        role = m
    return role is not None and role.end() == f.end and not lex.suffix_pattern.search(text, f.start, f.end)


def vet_person(text: str, tokens: Tokens, f: Found, lex: Lexicon) -> bool:
    from ingest.nlp.persons import valid_name

    name = text[f.start:f.end]
    if name.isascii():  # a Latin name where a role stands next to it (首席执行官Mark Stone), not a journal's
        roles = lex.role_pattern
        return LATIN.fullmatch(name) is not None and (
            roles.match(text, f.end) is not None or any(text.endswith(w, 0, f.start) for w in lex.titles | lex.positions))
    if FOREIGN.fullmatch(name):
        return True
    glued = f.start > 0 and text[f.start - 1] in GLUED_BEFORE_NAME  # 以王|嘉: the segmenter read 以王 as a word
    if name[-1] in _NAME_ENDS_NOT or not _on_word_bounds(tokens, f.start, f.end, glued):
        return False
    return valid_name(name, tokens, (f.start, f.end), lex, whole=closed_name(text, f.end, lex))


def closed_name(text: str, at: int, lex: Lexicon) -> bool:
    """A name ends at `at`: a title or post follows it (某某|教授), or a list's mark or the line's end."""
    return at == len(text) or text[at] in _ITEM_CLOSES or _role_follows(text, at, lex)


def vet_org(text: str, tokens: Tokens, f: Found, lex: Lexicon, features: FeatureLexicon) -> bool:
    name = text[f.start:f.end]
    if not CJK.search(name) or _LATIN_RUN.search(name) or _PLURAL.search(name) or not _balanced(name) \
            or _NO_NAME_MARKS.search(name):
        return False  # (某大学->某实验室: a crawler's path of pages, two names)
    if party_centre(name):
        return True  # 中共中央, 民盟中央, 党中央: a party's central committee, named by the party alone
    if not _on_word_bounds(tokens, f.start, f.end) and not _role_follows(text, f.end, lex):
        return False  # half a word at either end: 某学会科学技|术奖, 何善|衡基金 (not 某系|主任)
    ending = next((name[-n:] for n in range(min(len(name), features.max_suffix), 0, -1)
                   if name[-n:] in features.suffix_kinds), "")
    if ending in _CATEGORY_ENDINGS or name.endswith(_NOT_UNITS) or coded_or_addressed(text, f.start, f.end) \
            or person_then_held(text, f.start, f.end):
        return False
    if JOINT_COMMITTEE_AND_GOVERNMENT.fullmatch(name):
        return False  # 市委市政府: a place's committee and government together, neither named
    if _verb_after_a_unit(name, features):
        return False  # 某医院|积极|建设某中心, 某学会|协办: a unit, then the clause's verb, not one name
    if any(tokens.word(n) in TAKING_POSTS for n in range(tokens.at(f.start), tokens.at(f.end - 1) + 1)):
        return False  # 新|当选|学会|会长, 连任|学会: the verb of taking a post, then the body the text is of
    if any(tokens.word(n) == SUBSIDIARY for n in range(tokens.at(f.start), tokens.at(f.end - 1) + 1)):
        return False  # 某集团全资|子公司|某有限公司: two companies and what one is to the other
    if _two_units_joined(name[:len(name) - len(ending)] if ending else name[:-1], lex, features):
        return False  # 国家和|科学院, 某院某学部及|某学部: a generic word or a unit, and a unit of its own, not one name
    if not ending and name[-1] in DEPARTMENT_ENDINGS:  # 某大学化学系主任: a department of a unit named before it
        return any(suffix in name[:-2] for suffix in INSTITUTION_ENDINGS) and (
            _role_follows(text, f.end, lex) or _department_word(tokens, f, lex))
    if _BOARD.fullmatch(name):
        return False  # 第一届理事会, 监事会: the board of a body named elsewhere, no name of its own
    if not ending:  # no ending of our lists: a word the model knows ends like a body's (红十字会, 新闻网)
        last = tokens.word(tokens.at(f.end - 1))
        return len(last) >= 2 and last[-1] in _BODY_ENDINGS and len(name) > 2
    head = name[:-len(ending)]
    if head in LEVELS and ending in _A_PLACE_S_OWN:
        return True  # 市精神卫生中心, 县人民政府: the unit of the place the page is about, named by its level alone
    if not head or name in lex.org_generic or head in lex.org_generic or all(ch in "省市县区国家全" for ch in head):
        return False
    if name[0] in OWN_WORDS and len(name) <= 3:
        return False  # 本学部, 该中心: the body just named or the one that writes, by its kind alone
    if only_generic(head, lex.org_generic) and ending != "组织":  # 国家一级|学会: a category (世界卫生组织 is a body)
        return False
    if ministry_s_category(name, lex, ending):
        return False  # 教育部|重点|实验室: a kind of lab the ministry names, no lab
    if founded_kind(tokens, lex, f.start, f.end, ending):
        return False  # 某医院共建|联合实验室: a clause about founding a kind of unit
    if is_term_only(head, lex):
        return False  # 第二届委员会: the term of a body named before it
    term = ORDINAL_TERM.search(head)
    if term is not None and head[:term.start()] in _UNNAMED_HOLDERS:
        return False  # 学校新一届学术委员会: the term of a body of an institution the text does not name
    if len(ending) == 1 and (len(head) < 2 or tokens.tag_of(name) is not None):
        return False  # 加工厂, 办事处: a common word, not a unit's name
    return True


# the units every place has one of, which its own pages name by the place's level alone (市精神卫生中心)
_A_PLACE_S_OWN = frozenset({"人民政府", "人民法院", "人民检察院", "妇幼保健院", "精神卫生中心", "卫生健康委", "发展改革委",
                            "人大常委会"})
_NO_NAME_MARKS = re.compile(r"[<>|→=]")  # marks no organization's name holds
_TRAILING_VERBS = ("协办", "承办", "主办", "举办")  # 某学会协办: the part a body takes in a meeting


def _department_word(tokens: Tokens, f: Found, lex: Lexicon) -> bool:
    """`某大学|地理系`: the department is a word of its own (a field and 系, 科 or 室) right after a whole university or
    college, read so whatever follows it but a name (`某大学自动化系甲教授`: the rules read the person's unit)."""
    n = tokens.at(f.end - 1)
    word = tokens.word(n)
    after = n + 1 if n + 1 < len(tokens.starts) else None
    named = after is not None and lex.surname_at(tokens.text, f.end) is not None and tokens.tags[after] in (None, "nr")
    return tokens.starts[n] < f.end == tokens.ends[n] and len(word) >= 3 and n > 0 and not named \
        and tokens.word(n - 1).endswith(_UNIVERSITY_ENDINGS) and tokens.starts[n] > f.start



_UNIVERSITY_ENDINGS = ("大学", "学院")


def party_centre(name: str) -> bool:
    """`<party>中央` (中共中央, 民进中央), or `党中央`: the central committee of a party."""
    return name.endswith("中央") and (name[:-2] == "党" or name[:-2] in party_names())


def _verb_after_a_unit(name: str, features: FeatureLexicon) -> bool:
    """The name runs on from a whole unit into a word of the clause: a stop word of two characters or more
    (某医院|积极建设…), or the verb of a meeting's organisers at its end (某学会|协办)."""
    if name.endswith(_TRAILING_VERBS) and _ends_as_a_unit(name[:-2], features):
        return True
    return any(m.start() >= 3 and _ends_as_a_unit(name[:m.start()], features) for m in stop_words().finditer(name))


def _two_units_joined(head: str, lex: Lexicon, features: FeatureLexicon) -> bool:
    """The name's words before its ending join a generic word or a whole unit to more by 和, 与 or 及."""
    return any((left := head[:m.start()]) in lex.org_generic or _ends_as_a_unit(left, features)
               or len(left) >= _UNIT_BEFORE and left.endswith(_JOINED_UNIT_ENDINGS)
               for m in re.finditer(r"和|与|及", head))


_UNIT_BEFORE = 4
_JOINED_UNIT_ENDINGS = ("部", "院", "所", "系", "室", "中心", "委")  # 某学部, 某学院, 某研究所…


def _ends_as_a_unit(words: str, features: FeatureLexicon) -> bool:
    """`省委`, `某某研究所`: the words end as a unit's name does (one of the endings of more than one character, or 委)."""
    return words.endswith("委") or any(words.endswith(e) for n in range(2, features.max_suffix + 1)
                                       if len(words) > n and (e := words[-n:]) in features.suffix_kinds)


def _whole_item(text: str, f: Found, overlapping: Sequence[Found]) -> bool:
    """The model's name is a whole list item (between a line start, 、 or ， and a bracket or the item's end)
    and the rules read it less its first character."""
    if len(overlapping) != 1 or overlapping[0].label != "PERSON" or f.end - f.start != 3 or not CJK.fullmatch(text[f.start:f.end]):
        return False
    rule = overlapping[0]
    opens = f.start == 0 or text[f.start - 1] in _ITEM_OPENS
    closes = f.end == len(text) or text[f.end] in _ITEM_CLOSES
    return (rule.start, rule.end) == (f.start + 1, f.end) and opens and closes


def _between_unit_and_title(text: str, f: Found, overlapping: Sequence[Found], spans: Sequence[Found],
                            lex: Lexicon) -> bool:
    """The model's name stands between a unit and a title (某学院|于海明|教授), the rules' or the model's, and
    the rules read it less its first character, a surname that is also a preposition or conjunction (于, 和)."""
    if len(overlapping) != 1 or overlapping[0].label != "PERSON" or f.end - f.start != 3:
        return False
    if (overlapping[0].start, overlapping[0].end) != (f.start + 1, f.end) or text[f.start] not in lex.surnames:
        return False
    unit_before = any(r.label == "ORG" and r.end == f.start for r in spans)
    title_after = any(r.label in _ROLE_LABELS and r.start == f.end for r in spans)
    return unit_before and title_after


def _preposition_read_as_surname(text: str, f: Found, overlapping: Sequence[Found]) -> bool:
    """The rules read a preposition that is also a surname as a name's first character, one character before
    the model's name (理事长|由柯|远航 against 由|柯远航): the model's reading, a whole name after it."""
    if len(overlapping) != 1 or overlapping[0].label != "PERSON" or not 2 <= f.end - f.start <= 3:
        return False
    rule = overlapping[0]
    return rule.start == f.start - 1 and f.start < rule.end < f.end and text[rule.start] in _PREPOSITION_SURNAMES


def _surname_read_as_preposition(text: str, f: Found, overlapping: Sequence[Found], lex: Lexicon) -> bool:
    """The rules left out a first character that is a preposition as well as a common surname (，|于|明川教授
    against ，于明川|教授) where the model reads it as the name's surname, a clause opening before it and a
    title or post closing it: the model's whole name."""
    if len(overlapping) != 1 or overlapping[0].label != "PERSON" or f.end - f.start != 3:
        return False
    rule = overlapping[0]
    opens = f.start == 0 or text[f.start - 1] in _ITEM_OPENS or text[f.start - 1] in "。；;！？"
    return (rule.start, rule.end) == (f.start + 1, f.end) and text[f.start] in _SURNAMES_READ_AS_PREPOSITIONS \
        and opens and _role_follows(text, f.end, lex)


def _last_character_cut(text: str, tokens: Tokens, f: Found, overlapping: Sequence[Found], lex: Lexicon) -> bool:
    """The rules read the model's three-character name less its last character (赵国|月教授: jieba's word 赵国,
    then 月), and only the model's reading is closed by a title, a post or a list mark."""
    from ingest.nlp.persons import valid_name

    if len(overlapping) != 1 or overlapping[0].label != "PERSON" or f.end - f.start != 3:
        return False
    rule = overlapping[0]
    if (rule.start, rule.end) != (f.start, f.end - 1) or closed_name(text, rule.end, lex):
        return False
    closed = closed_name(text, f.end, lex) or _glued_to_a_verb(text, tokens, rule.end, f.end) \
        or _lone_before_a_verb(tokens, rule.end, f.end)
    return closed and valid_name(text[f.start:f.end], tokens, (f.start, f.end), lex, whole=True)


_VERBS_AFTER_NAME = frozenset("说获称讲为是在将及和与")


def _lone_before_a_verb(tokens: Tokens, cut: int, end: int) -> bool:
    """袁某|湘|回顾: the segmenter left the name's last character a word of its own, and a verb follows it."""
    if end >= len(tokens.text):
        return False
    n = tokens.at(cut)
    return tokens.starts[n] == cut and tokens.ends[n] == end and (tokens.tags[n + 1] or "").startswith("v")


def _glued_to_a_verb(text: str, tokens: Tokens, cut: int, end: int) -> bool:
    """张平|文说, 龙以|明获: the segmenter glued the name's last character to the one-character verb after it."""
    n = tokens.at(cut)
    return tokens.starts[n] == cut and tokens.ends[n] == end + 1 and text[end] in _VERBS_AFTER_NAME


def _unit_before_role(text: str, f: Found, overlapping: Sequence[Found], lex: Lexicon) -> Found | None:
    if f.label not in ("POSITION", "TITLE"):
        return None
    role = next((r for r in overlapping if r.label == f.label == "POSITION" and r.end == f.end and r.start > f.start), None)
    if role is None:
        return None
    start = past_term(text, f.start, role.start, lex)  # 十三届|全国人大常委会副委员长
    if ORDINAL_TERM.match(text, start, role.start):
        return None  # 第十届理事会|负责人: the term stands for the body named before it, no unit of its own
    return Found(start, role.start, "ORG", "other") if role.start - start >= 3 else None


_TERM_BODIES = ("委员会", "理事会", "监事会", "常委会")  # a term of a society's (第十届理事会) is that society


def past_term(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The start of a name less the body's term written before it (十三届|全国人大常委会); a term with only
    generic words after it (第一届管理委员会) is left whole: it stands for the body named before, not a name."""
    term = ORDINAL_TERM.match(text, start, end)
    name = text[start:end]
    suffix = next((e for e in _TERM_BODIES if name.endswith(e)), "") or kind_suffix(name)
    if term is None or end - term.end() < 3 or is_term_only(name[: len(name) - len(suffix)], lex):
        return start
    return term.end()


def _unit_before_post(text: str, tokens: Tokens, f: Found, overlapping: Sequence[Found], lex: Lexicon,
                      features: FeatureLexicon) -> Found | None:
    """The model's organization runs into a post the rules read (某大学党委|常委 against the rules' 党委常委), and
    nothing else of the rules overlaps it: the organization before the post, where it passes as one."""
    if len(overlapping) != 1:
        return None
    post = overlapping[0]
    if post.label != "POSITION" or not f.start < post.start < f.end < post.end:
        return None
    unit = Found(f.start, post.start, "ORG", f.kind)
    return unit if vet_org(text, tokens, unit, lex, features) else None


def _role_after_unit(text: str, f: Found, overlapping: Sequence[Found], lex: Lexicon) -> tuple[Found, Found] | None:
    """(the rules' role, the role it leaves) where the model's organization ends inside a role word the
    rules read (某大学化学系|主任 against the rules' 系主任), with a department or division (系, 科,
    室, 处), and what follows the organization is a role of its own; not 某大学党委|常委, where the
    rules' 党委常委 is the post."""
    for r in overlapping:
        rest = text[f.end:r.end]
        if r.label == "POSITION" and r.start < f.end < r.end and f.start < r.start and rest in lex.positions \
                and text[f.end - 1] in DIVISION_ENDINGS:
            return r, Found(f.end, r.end, "POSITION")
    return None


def _with_closing_conjunction(text: str, f: Found) -> Found:
    """吕某和, : a 和 or 与 that joins nothing after it ends the name (the model cut it off)."""
    if f.label == "PERSON" and f.end - f.start == 2 and text[f.end:f.end + 1] in ("和", "与") \
            and text[f.end + 1:f.end + 2] in _ENDS_NAME:
        return Found(f.start, f.end + 1, f.label, f.kind, f.parts)
    return f


def _cuts_word(tokens: Tokens, span: Found) -> bool:
    """The span starts or ends inside one of jieba's words (委员 of 委员会)."""
    return tokens.starts[tokens.at(span.start)] != span.start or \
        (span.end < len(tokens.text) and tokens.starts[tokens.at(span.end)] != span.end)


def _touches_name(f: Found, names: Sequence[Found]) -> bool:
    return any(n is not f and n.label == "PERSON" and (n.end == f.start or f.end == n.start) for n in names)


def _role_follows(text: str, at: int, lex: Lexicon) -> bool:
    return lex.role_pattern.match(text, at) is not None


def _with_parts(text: str, f: Found) -> Found:
    parts = f.parts or compound_parts(text[f.start:f.end])
    return Found(f.start, f.end, f.label, f.kind, parts) if parts != f.parts else f


def compound_parts(name: str) -> tuple[int, ...]:
    """The ends of the institutions a name the model read whole opens with (某大学|化学系, 某大学|附属医院):
    the units of a compound name, as the rules mark them."""
    ends = {m.end() for m in _INSTITUTION_INSIDE.finditer(name)
            if m.end() < len(name) - 1 and not agency_then_ending(name[:m.end()])}  # 教育部|大学…委员会: no university
    return tuple(sorted(ends))


def _on_word_bounds(tokens: Tokens, start: int, end: int, start_glued: bool = False) -> bool:
    first, last = tokens.at(start), tokens.at(end - 1)
    glued_after = tokens.ends[last] == end + 1 and tokens.text[end] in _GLUED_AFTER_NAME  # 张来|武在|省…
    return (start_glued or tokens.starts[first] == start) and (tokens.ends[last] == end or glued_after)


def _balanced(name: str) -> bool:
    depth = 0
    for ch in name:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
