"""Organization spans: a known suffix, and the name words to its left up to a stop.

A name runs left from its suffix (大学, 医院, 实验室, 公司 …) over words until punctuation, a
function word, a stop verb (牵头, 联合 …) or a position word. Names made only of generic
modifiers (国家医学中心, 十家研发中心) are categories, not organizations, and are dropped.
A name that contains another at its start (东川大学附属第二医院) records where the inner ones end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ingest.kit.text import is_chinese_name
from ingest.nlp.found import Found, Tokens, is_cjk
from ingest.nlp.lexicon import NOT_INSTITUTES, Lexicon, common_word, jieba_dictionary, kind_of
from ingest.nlp.names import name_at
from ingest.nlp.org_bounds import (
    BODY_LAST_CHARACTERS,
    CO_FOUNDED,
    FIELD_JOINERS,
    GENERIC_LEADS,
    INSTITUTION_ENDINGS,
    LAB_ENDINGS,
    ORDINAL_TERM,
    PRAISED,
    SHORT_KINDS,
    SUBSIDIARY,
    TASK_GROUPS,
    VERBS_OF_JOINING,
    coded_or_addressed,
    is_category,
    is_place_name,
    is_term_only,
    ministry_s_category,
    only_generic,
    refine,
    sino_foreign,
)
from ingest.nlp.persons import valid_name
from ingest.org_names import LATIN_KINDS, LEGAL_FORMS, agency_then_ending, expand_abbreviations
from names.organizations import ministries, province_words

_MAX_LEN = 40
_PREDICATE_BEFORE = frozenset({"v", "d", "p", "r", "c"})  # a verb after these is the clause's, not a name's
_RARE = 500  # jieba dictionary frequency below which a verb may be part of a name
_COMMON_NAME_WORD = 1000  # jieba frequency from which a word the dictionary tags as a name (康复) is a common word
_STOP_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "d", "y", "e", "o", "x", "q", "t"})
_COUNTED = re.compile(r"(?:\d+|[多几数各两一二三四五六七八九十百千万余]+)[家所个批座项]$")
_PARENT_KINDS = frozenset({"hospital", "university", "lab", "research_institute", "company", "society", "government"})
_PROPER_TAGS = frozenset({None, "ns", "nz", "nt", "nrt", "j", "eng"})
_LOCAL = ("省", "市", "县", "区", "州", "自治区")
_EACH = frozenset("各每全外本该他其等")  # 各省政府, 全市科协: every province's, a category
_NAME_CHARS = re.compile(r"[\u3400-\u9fff〇A-Za-z0-9·]+")  # (〇: a numeral of a name, 第九〇三医院)
_DATE_WORD = re.compile(r"\d+[年月日号]|[年月日]")
_NUMBERED_INSTITUTE = re.compile(r"第?(?:[〇零一二三四五六七八九十百]{2,4}|\d{2,4})(?:研究)?所(?![长属在有])")
_ORDINAL = re.compile(r"[一二三四五六七八九十]|第[一二三四五六七八九十]+")
_SOCIETY_ENDINGS = frozenset({"学会", "协会", "联合会", "分会"})
_MEMBERSHIPS = frozenset({"会员", "会士"})  # 某学会会员|某学会: a membership ends the name before it
_STAFFED_BY = frozenset({"院士", "博士后"})  # titles that name the people of a unit set up for them
_INSTITUTIONS = (*INSTITUTION_ENDINGS, "公司", "集团")  # endings no honour opens
# a society of units of a kind (中国研究型医院|学会, 中国高等教育|学会): the unit before it is no parent
SOCIETY_OF_UNITS = ("学会", "协会", "研究会", "联合会")
_HOLDING = frozenset("任为受获")  # holding a post, and receiving (曾受|某基金委资助, 又获|某奖)
_ACTION_TAGS = frozenset({"v", "vd", "d", "ad"})  # not vn: 管理学院 is a school
_COMMON_ACTION = 2000  # jieba frequency above which a verb is an action, not a technical word of a name (创制)
_COMMON_NOUN_TAGS = frozenset({"n", "v", "vn", "a"})
# an academy's short form opening a longer name (中科院学部…委员会, 中科院某所): the academy is its parent
_SHORT_INSTITUTE = re.compile(r"(?P<academy>中科院|中国科学院|[\u4e00-\u9fff]{1,3}(?<!中)科院)[\u4e00-\u9fff]{1,4}?所")  # (项目|中科院: the
# word before 中科院 no part of the academy's name)
_ACADEMY_OPENINGS = ("中科院", "中国科学院", "中国工程院", "中国社科院", "中国社会科学院", "中国医科院", "中国农科院")
_GLUED_BEFORE_HOLDING = frozenset("起现后时又转调升改并还曾兼出")
_VERB_SUFFIXES = frozenset({"组织"})  # endings that are also verbs (某部组织了…) and nouns (tissue)
# what opens the name of an international or national body of people (世界卫生组织, 国际标准化组织)
_BODY_OF_PEOPLE = re.compile(r"世界|国际|联合国|全球|亚洲|欧洲|非洲|美洲|中国|全国|政府|非政府|社会|群众|民间|学生|青年|妇女|工会|党")
_BODY_REACH = 12
_JUST_AFTER_NAME = re.compile(r"[（(][^（）()]{0,20}[）)]|\s*")  # a unit's note in quotes: “某中心（筹）”
_EVENT_END = re.compile(r"(?:仪式|典礼|大会|会议|论坛|研讨会|年会|开幕式|闭幕式|发布会|座谈会|报告会|启动会|交流会|峰会|讲座)$")
_NATIONWIDE_BODIES = frozenset({"政协", "人大", "人大常委会", "总工会", "妇联", "工商联", "青联", "侨联", "台联"})
ROOMS = ("报告厅", "会议厅", "多功能厅", "展厅", "大厅", "餐厅", "宴会厅", "音乐厅", "演播厅")
_OFFICES = frozenset({"办公室", "秘书处", "办公厅"})
_LATIN_WORD = re.compile(r"[A-Za-z]$")
_NUMBER = re.compile(r"[\d一二三四五六七八九十]+")


def find_orgs(tokens: Tokens, lex: Lexicon) -> list[Found]:
    text = tokens.text
    candidates: list[tuple[int, int, str]] = []
    for m in _suffixes(tokens, lex):
        suffix = m.group()
        if suffix in lex.weak_suffixes and not _weak_suffix_ok(tokens, m.start(), m.end()):
            continue
        if suffix == "公司" and tokens.word(tokens.at(m.start())) == SUBSIDIARY:
            continue  # 某集团全资子公司: what a company is to the group, no name
        if suffix in _VERB_SUFFIXES and (_ends_with_suffix(text, m.start(), lex) or not _BODY_OF_PEOPLE.search(
                text, max(0, m.start() - _BODY_REACH), m.start())):
            continue  # 某部组织的评审: the verb after a unit; 胃癌组织: a tissue, not an international body
        start = _walk_left(tokens, m.start(), lex)
        if start is not None and (joined := list(VERBS_OF_JOINING.finditer(text, start, m.start()))) \
                and m.start() - joined[-1].end() >= 2:
            start = joined[-1].end()  # 甲入|职|某研究所 as the segmenter cut it: the verb of joining, then the name
        start = _named_by_its_task(text, start, m.start(), suffix)
        if start is None or not _is_name(text, start, m.start(), suffix, tokens, lex):
            continue
        span = refine(tokens, lex, start, m.end(), suffix)
        if span is not None and (alone := _alone_on_its_line(text, m.start(), suffix)) is not None:
            span = (min(alone, span[0]), span[1])
        if span is not None:
            span = _without_term(text, span, suffix, lex)
        if span is not None:
            span = _without_titled_name(tokens, span, lex)
        if span is not None and ministry_s_category(text[span[0]:span[1]], lex, suffix):
            continue  # 教育部|顶尖大学|计划, 教育部|重点实验室: a kind of unit the ministry names, no unit
        if span is not None and _issued(text, *span):  # 《甲部 乙部关于…》: the issuers, each alone
            blanks = list(_BLANKS.finditer(text, span[0], span[1]))
            span = (blanks[-1].end(), span[1]) if blanks else span
        if span is not None and PRAISED.search(text, *span):
            continue  # 海外著名大学, 一流大学: a kind of unit praised, none named
        if span is not None and not _inside_a_title(text, *span) and not coded_or_addressed(text, *span):
            candidates.append((span[0], span[1], suffix))
    candidates += _institute_short_forms(tokens, lex) + _institutes_by_their_head(tokens) + _quoted_units(tokens, lex)
    candidates += _institutes_named_short(tokens)
    candidates += _party_committees(tokens)
    candidates += [(s, numbered.end(), "所") for s, e, suffix in candidates if suffix.endswith(("集团", "公司", "研究院", "科学院"))
                   and (numbered := _NUMBERED_INSTITUTE.match(text, e)) is not None]  # 某集团|七〇三所: its numbered institute
    found = _maximal(text, candidates)
    found += [f for f in university_short_forms(tokens) if not any(f.start < o.end and o.start < f.end for o in found)]
    found += [f for f in listed_by_kind(tokens, lex) if not any(f.start < o.end and o.start < f.end for o in found)]
    found += [f for f in latin_orgs(text) if not any(f.start < o.end and o.start < f.end for o in found)]
    return found + [f for f in listed_among_units(text, found) if not any(f.start < o.end and o.start < f.end for o in found)]


# a list of units closed by what they are (`甲、乙、丙和丁等国内外多家单位`, `等20余家科研院所`): where most items are
# units already known, the others are units too, whatever their names end with (某管理站, 某动物园, 某保护区)
_UNITS_CLOSE = re.compile(r"等[^，。；、\n等]{0,8}?(?:单位|机构|院校|高校|院所|企业|医院)")
_CLAUSE_OPEN = re.compile(r"[，,。；;：:\n（(）)]")
_LAST_JOIN = re.compile(r"以及|和|及|与")
_UNIT_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z·（）()\- ]{3,30}")
_NOT_IN_A_UNIT = re.compile(r"[的是为了在将把被对]|(?:合作|研究|开展|联合)$")


def listed_among_units(text: str, found: list[Found]) -> list[Found]:
    """The items of a list of units closed by `等…单位` that no ending marked, where at least two items and at least
    half of them are units found."""
    spans = {(f.start, f.end) for f in found if f.label == "ORG"}
    out: list[Found] = []
    for m in _UNITS_CLOSE.finditer(text):
        opening = max((c.end() for c in _CLAUSE_OPEN.finditer(text, max(0, m.start() - 400), m.start())), default=0)
        items = _items(text, opening, m.start(), spans)
        known = sum(item in spans for item in items)
        if known < 2 or known * 2 < len(items):
            continue
        out += [Found(s, e, "ORG", kind_of(text[s:e])) for s, e in items
                if (s, e) not in spans and _UNIT_ITEM.fullmatch(text, s, e) and not _NOT_IN_A_UNIT.search(text, s, e)]
    return out


def _items(text: str, start: int, end: int, spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of the list that ends at `end`, parted by 、 (和 or 及 before the last); the first one is the unit
    found that ends where the first separator stands (`…团队与|甲、乙`), else the words from `start`."""
    cuts = [start - 1, *(k for k in range(start, end) if text[k] == "、"), end]
    items = [(a + 1, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    if not items:
        return []
    s, e = items[-1]
    if (s, e) not in spans:
        joins = list(_LAST_JOIN.finditer(text, s, e))
        if joins and (joins[-1].end(), e) in spans | {(joins[-1].end(), e)}:
            items[-1:] = [(s, joins[-1].start()), (joins[-1].end(), e)]
    s, e = items[0]
    first = next((f for f in sorted(spans) if s <= f[0] and f[1] == e), None)
    items[0] = first if first is not None else (s, e)
    return [(a, b) for a, b in items if b > a]


# a list closed by the kind of its items (`甲、乙和丙等企业`, `等知名高校`, `等三甲医院`): each item names a unit of that
# kind, by the short name prose knows it by
_KIND_OF_LIST = {"企业": "company", "公司": "company", "高校": "university", "院校": "university", "医院": "hospital",
                 "科研院所": "research_institute", "院所": "research_institute", "研究机构": "research_institute"}
_LIST_QUALIFIERS = ("知名", "著名", "龙头", "骨干", "重点", "领军", "头部", "优秀", "高新技术", "科技型", "国有", "民营",
                    "大型", "国内外", "国内", "国际", "海外", "世界一流", "一流", "顶尖", "三甲", "三级甲等", "综合性", "研究型")
LIST_OF_A_KIND = re.compile(  # not 等 of a grade (三级甲等医院, 高等院校)
    rf"(?<![甲乙丙一二三四特同高中初上次])等(?:{'|'.join(_LIST_QUALIFIERS)}){{0,2}}(?P<kind>{'|'.join(sorted(_KIND_OF_LIST, key=len, reverse=True))})"
    r"(?![家人界主员])")
_LIST_SEPARATOR = re.compile(r"、|以及|和|及|与")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}")
_FIRST_ITEM_STOPS = _STOP_TAGS | {"v", "ul", "uj"}


def listed_by_kind(tokens: Tokens, lex: Lexicon) -> list[Found]:
    """The items of `与甲、乙和丙等企业`: units of the kind the list closes with (or their ending's), one to three
    words each. 和 and 及 join the last item only; 与 is the preposition before the first."""
    text = tokens.text
    out: list[Found] = []
    for m in LIST_OF_A_KIND.finditer(text):
        items: list[tuple[int, int]] = []
        end = m.start()
        while True:
            sep = _separator_before(tokens, end)
            last = sep is None or sep.group() == "与" or sep.group() != "、" and bool(items)
            start = _first_item_start(tokens, end) if sep is None else sep.end()
            if start is None or not _LIST_ITEM.fullmatch(text, start, end):
                break
            items.append((start, end))
            if last or sep is None:
                break
            end = sep.start()
        kind = _KIND_OF_LIST[m.group("kind")]
        out += [Found(s, e, "ORG", kind if kind_of(text[s:e]) == "other" else kind_of(text[s:e])) for s, e in items
                if text[s:e] not in lex.org_generic and not text[s:e].isdigit() and not _a_place(tokens, text[s:e])]
    return sorted(out, key=lambda f: f.start)


_KNOWN_PLACE = 1500  # jieba frequency from which a place name is a city or a country, not a short name (湘雅, 南开)


def _a_place(tokens: Tokens, item: str) -> bool:
    """`北京、上海等高校`, `深圳、杭州等企业`: the places the units are in, not units."""
    return item in province_words() or tokens.tag_of(item) == "ns" and tokens.lookup_freq(item) >= _KNOWN_PLACE


def _separator_before(tokens: Tokens, end: int) -> re.Match[str] | None:
    """The last list separator of a word of its own in the dozen characters before `end`."""
    found = [s for s in _LIST_SEPARATOR.finditer(tokens.text, max(0, end - 12), end)
             if s.end() < end and (s.group() == "、" or s.start() in tokens.starts and tokens.ends[tokens.at(s.start())] == s.end())]
    return found[-1] if found else None


def _first_item_start(tokens: Tokens, end: int) -> int | None:
    """Where a list's first item starts that ends at `end`: back over up to three words, to a verb, a preposition
    or punctuation (`与|腾讯`, `联合|某某`)."""
    if end == 0:
        return None
    n = tokens.at(end - 1)
    start = None
    for k in range(n, max(-1, n - 3), -1):
        if tokens.tags[k] in _FIRST_ITEM_STOPS or not _NAME_CHARS.fullmatch(tokens.word(k)):
            break
        start = tokens.starts[k]
    return start


# an organization named in English: capitalised words around the word of its kind (`Iowa State University`,
# `University of California`, `Chinese Academy of Sciences`, `Max Planck Institute for Chemistry`)
_CAPITAL = r"[A-Z][A-Za-z0-9&'’\-]*"  # no stop: Ph.D., B.S. are degrees
# a person's honorific, which opens no organization's name (Professor Mou SMITH  University of …: a person, then a unit;
# the words of one name are parted by one blank, not two)
_HONORIFIC = r"(?:Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Sir|Dame)\b"
_LATIN_ORG = re.compile(
    rf"(?<![A-Za-z0-9&'’\-])(?:(?!{_HONORIFIC}){_CAPITAL}\s(?:(?:of|and|for|the|de|&)\s)?){{0,6}}?"
    rf"(?P<kind>{'|'.join(re.escape(k) for k in sorted(LATIN_KINDS, key=len, reverse=True))})(?![A-Za-z])"
    rf"(?:\s+(?:of|for|on|at|in)\s+(?:the\s+)?{_CAPITAL}(?:\s+(?:(?:and|&|of|for|at)\s+)?{_CAPITAL}){{0,6}})?")


_CHINESE_EDGE = re.compile(r"[\u4e00-\u9fff，。；：、（）“”《》！？\n]")


def _amid_chinese(text: str, start: int, end: int) -> bool:
    """Chinese (or a line's edge) on both sides of the name, blanks aside: an English name in a Chinese sentence,
    not one of an English paragraph, whose names a Chinese document names again in Chinese."""
    before, after = text[:start].rstrip(" \t"), text[end:].lstrip(" \t")
    return (not before or _CHINESE_EDGE.match(before[-1]) is not None) and (not after or _CHINESE_EDGE.match(after[0]) is not None)


# a research group's lab named by its head in one word or two (`YuLab`, `Smith Lab`), amid Chinese
_NAMED_LAB = re.compile(r"(?<![A-Za-z0-9&'’\-])[A-Z][a-z]{1,15} ?Lab(?![A-Za-z])")


# societies known by their acronyms, named by whom they count as members (`IEEE会员`, `ACM、IEEE、CCF会员`, `CCF高级会员`,
# `AAAS Fellow`): each acronym of the list a society
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
MEMBERS_OF_ACRONYMS = re.compile(r"(?<![A-Za-z0-9&])(?P<run>[A-Z][A-Z&]{1,7}(?:\s*[、，,/和及与]\s*[A-Z][A-Z&]{1,7})*)"
                                 r"\s*(?P<seat>(?:高级|终身|资深|学生)?\s*(?:会员|会士|Fellow|Senior Member|Life Member))(?![A-Za-z])")


def latin_orgs(text: str) -> list[Found]:
    """Organizations named in English amid Chinese, with the kind their kind word says; a name needs a capitalised
    word besides that word (`University of Oxford`, `Iowa State University`; not `the University`)."""
    out = [Found(m.start(), m.end(), "ORG", "lab") for m in _NAMED_LAB.finditer(text) if _amid_chinese(text, m.start(), m.end())]
    out += [Found(a.start(), a.end(), "ORG", "society") for m in MEMBERS_OF_ACRONYMS.finditer(text)
            for a in ACRONYM.finditer(text, m.start("run"), m.end("run"))]
    for m in _LATIN_ORG.finditer(text):
        name = m.group()
        if name == m.group("kind") or name.startswith(("The ", "the ")) or not _amid_chinese(text, m.start(), m.end()):
            continue
        out.append(Found(m.start(), m.end(), "ORG", LATIN_KINDS[m.group("kind")]))
    return out


# a university's short form (`某大`) is known by what follows it: its head, its staff, its list of peers
# 某大, 某某大; a place's 科大, 医大, 师大 (虎尾科大, 屏东科大: a university of science and technology, of medicine)
_SHORT_UNIVERSITY = re.compile(r"[\u4e00-\u9fff]{1,2}大|[\u4e00-\u9fff]{2}[科医师农工]大")
_UNIVERSITY_ROLE = re.compile(r"(?:党委)?(?:常务)?副?(?:校长|校董|书记)|(?:讲座|特聘|荣誉|名誉)?副?教授|学生|研究团队|团队")
_ITEM_JOINERS = "、和及与"
_FUNCTION_OPENERS = frozenset("和及与在由的对向把被将从、其")
_SHORT_FORM_TAGS = frozenset({"j", "ns", "nr", "nz", "nt", "nrt", None})  # a word the dictionary has is a short form
_RARE_ADJECTIVE = 50  # jieba frequency under which a word of another tag may still be a short form (清大)


def university_short_forms(tokens: Tokens) -> list[Found]:
    """`某大校长甲`, `某大教授乙`, and the peers listed with one (`包括甲大、乙大及丙大`): a university's short form,
    one or two characters and 大 (or a place and 科大, 医大, 师大), opening a word, no adjective or verb the
    dictionary has (强大, 扩大, 广大)."""
    text = tokens.text
    forms: list[tuple[int, int]] = []
    for start in tokens.starts:
        for width in (3, 2, 1):
            end = start + width + 1
            if end > len(text) or not _SHORT_UNIVERSITY.fullmatch(text, start, end):
                continue
            word = text[start:end]
            if text[start] in _FUNCTION_OPENERS or text[start] in _COUNTING or (tokens.tag_of(word) not in _SHORT_FORM_TAGS
                                                    and tokens.lookup_freq(word) >= _RARE_ADJECTIVE):
                continue
            if width == 2 and (text[start + 1] in _FUNCTION_OPENERS or _one_function_character(tokens, start)):
                continue  # 为|台大: a verb or preposition of one character before the short form
            if _UNIVERSITY_ROLE.match(text, end) and not text.startswith("大学", end - 1):
                forms.append((start, end))
                break
    forms += _placed_short_forms(tokens)
    known = {text[s:e] for s, e in forms}
    starts = set(tokens.starts)
    listed = {(m.start(), m.end()) for name in known for m in re.finditer(re.escape(name), text) if m.start() in starts}
    for start, end in sorted(listed):  # the peers written in one list with a known one, after and before it
        at = end
        while at < len(text) and text[at] in _ITEM_JOINERS and (peer := _peer_at(tokens, at + 1)):
            listed.add(peer)
            at = peer[1]
        at = start
        while at > 0 and text[at - 1] in _ITEM_JOINERS and (peer := _peer_before(tokens, at - 1)):
            listed.add(peer)
            at = peer[0]
    return [Found(s, e, "ORG", "university") for s, e in sorted(listed)]


# a university's short form by its place and its kind (某地交大, 某地科大, 某地师大), wherever it stands
_PLACED_KIND = re.compile(SHORT_KINDS)


def _placed_short_forms(tokens: Tokens) -> list[tuple[int, int]]:
    """`对于某地交大来说`: a place opening a word, then a kind of university written short, with no role after it."""
    text = tokens.text
    out = []
    for start in tokens.starts:
        for width in (2, 3):
            kind = _PLACED_KIND.match(text, start + width)
            if kind is not None and is_place_name(text[start:start + width]) and not text.startswith("学", kind.end()):
                out.append((start, kind.end()))
                break
    return out


def _one_function_character(tokens: Tokens, start: int) -> bool:
    n = tokens.at(start)
    return tokens.ends[n] == start + 1 and tokens.tags[n] not in _SHORT_FORM_TAGS and tokens.tags[n] not in ("n", "ng")


def _peer_before(tokens: Tokens, end: int) -> tuple[int, int] | None:
    """A short form `某大` ending at `end` that opens an item of a list."""
    for width in (2, 1):
        start = end - width - 1
        if start >= 0 and (peer := _peer_at(tokens, start)) and peer[1] == end \
                and (start == 0 or not is_cjk(tokens.text[start - 1]) or start in tokens.starts):
            return peer
    return None


def _peer_at(tokens: Tokens, start: int) -> tuple[int, int] | None:
    """A short form `某大` at `start` that ends an item of a list (a joiner, punctuation or the text's end after it)."""
    text = tokens.text
    for width in (2, 1):
        end = start + width + 1
        if end <= len(text) and _SHORT_UNIVERSITY.fullmatch(text, start, end) \
                and text[start] not in _FUNCTION_OPENERS and (end == len(text) or not is_cjk(text[end])
                                                                or text[end] in _ITEM_JOINERS):
            return start, end
    return None


def _without_titled_name(tokens: Tokens, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """`某大学教授|甲某乙大学教授…`, a list run together: after a title, a name, then a unit of its own — the name is
    no part of the unit."""
    text = tokens.text
    start, end = span
    if not any(text.endswith(t, 0, start) for t in lex.titles):
        return span
    name = name_at(tokens, start, lex, after_role=True)
    if name is None or name[1] >= end or kind_of(text[name[1]:end]) == "other" or not valid_name(
            text[name[0]:name[1]], tokens, name, lex):
        return span
    return name[1], end


# an institute's short form known by its head or party committee after it: (任)某某所|副所长, 某某所|党委书记
# numbers and determiners: what follows is counted or pointed at, not named (两大校长, 各研究所所长)
_COUNTING = frozenset("一二三四五六七八九十两几多数各该本全此每诸其我")
_SHORTEST_INSTITUTE = 3
_INSTITUTE_BY_HEAD = re.compile(r"(?:(?<=[任在至、，,。；;：:\s（(“])|^)(?P<name>[\u4e00-\u9fff]{2,6}?所)"
                                r"(?=(?:常务)?副?所长|党委|纪委)")


def _institutes_by_their_head(tokens: Tokens) -> list[tuple[int, int, str]]:
    """`任某某所副所长`, `某某所党委书记`: an institute's short form (某某所), read where a post of an institute
    follows it, opening after a verb, a conjunction or punctuation."""
    text = tokens.text
    out = []
    for m in _INSTITUTE_BY_HEAD.finditer(text):
        name = re.split(r"[任为是在的]|宣布|宣读|决定|免去|同志", m.group("name"))[-1]  # 他现任|某某所: the clause's verb
        start = m.end("name") - len(name)
        if len(name) >= _SHORTEST_INSTITUTE and text[start] not in _FUNCTION_OPENERS and text[start] not in _COUNTING \
                and not name.endswith("研究所"):  # a full 研究所 is the endings' (研究所, 各研究所: a kind, no name)
            out.append((start, m.end("name"), "研究所"))
    return out


def _institutes_named_short(tokens: Tokens) -> list[tuple[int, int, str]]:
    """An institute the text names by its field or place and `所` alone (`某某高原所举行…`, `某某高原所的科研人员`):
    the same word and `所` written twice at least, each `所` a word of its own closing it (not 所长, 所属), in a text
    that speaks of an institute (所长, 全所, 研究所)."""
    text = tokens.text
    if not _SPEAKS_OF_AN_INSTITUTE.search(text):
        return []
    found: dict[str, list[tuple[int, int]]] = {}
    for n in range(len(tokens.starts) - 1):
        word, after = tokens.word(n), tokens.word(n + 1)
        if after != "所" or not 2 <= len(word) <= 6 or tokens.tags[n] not in _NAME_WORD_TAGS or not all(map(is_cjk, word)) \
                or (word + "所").endswith(_NOT_INSTITUTE_ENDS) or text.startswith(_NOT_AFTER_SUO, tokens.ends[n + 1]):
            continue
        if n > 0 and tokens.word(n - 1) in _PASSIVE:
            continue  # 为人民|所|喜爱: the passive's 所, no institute
        k = n  # 西岭|高原|所: the name's words before, proper names of places or fields
        while k > 0 and n - k < 2 and tokens.tags[k - 1] in ("ns", "nz") and all(map(is_cjk, tokens.word(k - 1))):
            k -= 1
        found.setdefault(text[tokens.starts[k]:tokens.ends[n]], []).append((tokens.starts[k], tokens.ends[n + 1]))
    return [(a, b, "研究所") for spans in found.values() if len(spans) >= 2 for a, b in spans]


_SPEAKS_OF_AN_INSTITUTE = re.compile(r"所长|全所|本所|我所|研究所")
_NAME_WORD_TAGS = frozenset({"ns", "nz", "n", "nt", "vn"})
_NOT_INSTITUTE_ENDS = (*NOT_INSTITUTES, "研究所", "处所", "寓所")  # (a 研究所 is read by its own ending)
_NOT_AFTER_SUO = ("长", "属", "以", "在", "有", "谓", "得", "需", "用", "做", "作", "说", "知", "能", "想", "述")
_PASSIVE = frozenset({"为", "被", "受"})


def _institute_short_forms(tokens: Tokens, lex: Lexicon) -> list[tuple[int, int, str]]:
    """`中科院某所`, `某科院化学所`: an institute named by its academy's short form and `所`, where the `所` ends a word
    and a name, a role or punctuation follows (not 所长, 所属)."""
    text = tokens.text
    out = []
    for token_start in tokens.starts:
        m = _SHORT_INSTITUTE.match(text, token_start)
        if m is None or _stops(tokens, tokens.at(token_start), lex, tokens.at(m.end() - 1)):
            continue  # 和|云科院…: a function word opens no name
        start, end = m.start(), m.end()
        if tokens.ends[tokens.at(end - 1)] != end or (start > 0 and is_cjk(text[start - 1])
                                                      and not _stops(tokens, tokens.at(start - 1), lex, tokens.at(start))
                                                      and tokens.word(tokens.at(start - 1)) not in GENERIC_LEADS):
            continue
        if end < len(text) and is_cjk(text[end]) and not (lex.surname_at(text, end) or lex.role_pattern.match(text, end)):
            continue
        out += [(start, m.end("academy"), "科学院"), (start, end, "研究所")]
    return out


def _without_term(text: str, span: tuple[int, int], suffix: str, lex: Lexicon) -> tuple[int, int] | None:
    """`某联盟第一届管理委员会`, `某分会第二届委员会`: the term of the body named before it is that body."""
    start, end = span
    before = ORDINAL_TERM.search(text, max(0, start - 6), start)
    if before and before.end() == start and is_term_only(before.group() + text[start:end - len(suffix)], lex):
        return None  # 第一届|管理委员会: the walk stopped at the term
    term = ORDINAL_TERM.search(text, start, end)
    if term is None or not is_term_only(text[term.start():end - len(suffix)], lex):
        return span
    return (start, term.start()) if term.start() > start and _ends_with_suffix(text, term.start(), lex) else None


_QUOTED_UNIT = re.compile(r"[“「『\"](?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,30}(?:[（(][\u4e00-\u9fffA-Za-z0-9]{1,10}[）)]"
                          r"[\u4e00-\u9fffA-Za-z0-9]{2,30}|[—－\-·・][\u4e00-\u9fffA-Za-z0-9]{2,30})?)[”」』\"]")
# (“某师大（某某）新能源研发中心”, “甲—乙智能装备研究中心”: two partners' names joined by a dash)
# the body of a programme named in quotes (“某某奖”管理委员会): the quotes are part of its name
_QUOTED_BODY = re.compile(r"(?P<name>“[^“”\n]{2,20}”(?:管理|评审|组织|学术|专家|监督|执行)?(?:委员会|组委会|办公室|秘书处))")
_QUOTED_UNIT_ENDINGS = ("实验室", "中心", "研究院", "研究所")  # the units a text founds or opens under a name in quotes
_OPENING_TAGS = frozenset({"v", "vn", "p", "c", "d", "r", "u", "uj", "ul", "m"})


@cache
def _committee() -> re.Pattern[str]:
    provinces = "|".join(sorted(province_words(), key=len, reverse=True))
    return re.compile(rf"(?:中共|中国共产党)?(?:(?P<province>{provinces})|(?P<city>[\u4e00-\u9fff]{{2,3}}?)(?P<mark>市|州|县|区|盟))"
                      r"(?:省|市|自治区)?委(?![员会托婉屈])")


def _party_committees(tokens: Tokens) -> list[tuple[int, int, str]]:
    """A place's Party committee (`湖北省委`, `中共湖北省委`, `雅安市委`, `龙口市市委`), written from a word's start; a
    city's name a place the dictionary knows."""
    out = []
    for m in _committee().finditer(tokens.text):
        if tokens.starts[tokens.at(m.start())] != m.start():
            continue
        if m.group("city") and not (is_place_name(m.group("city")) or is_place_name(m.group("city") + m.group("mark"))):
            continue
        out.append((m.start(), m.end(), "委"))
    return out


def _quoted_units(tokens: Tokens, lex: Lexicon) -> list[tuple[int, int, str]]:
    """A lab, centre or institute whose name the quotes hold whole (共建的“智能制造联合实验室”): the quotes bound
    it where the walk stops at a field's verb (制造); not a phrase (“建设区域医疗中心”) nor a kind (“重点实验室”)."""
    out = []
    for m in _QUOTED_UNIT.finditer(tokens.text):
        name, start = m.group("name"), m.start("name")
        suffix = next((s.group() for s in lex.suffix_pattern.finditer(name) if s.end() == len(name)), None)
        if suffix is None or not name.endswith(_QUOTED_UNIT_ENDINGS) or len(name) - len(suffix) < 2:
            continue
        first = tokens.at(start)
        if tokens.starts[first] != start or tokens.tags[first] in _OPENING_TAGS or re.search(r"[的了是在将]", name):
            continue
        if not is_category(name, lex, suffix):
            out.append((start, m.end("name"), suffix))
    for m in _QUOTED_BODY.finditer(tokens.text):
        suffix = next((s.group() for s in lex.suffix_pattern.finditer(m.group()) if s.end() == len(m.group())), None)
        if suffix is not None:
            out.append((m.start(), m.end(), suffix))
    return out


_BLANKS = re.compile(r"\s+")
_ISSUERS = re.compile(r"[^《》“”，。,；;的\n]{2,80}?关")


def _inside_a_title(text: str, start: int, end: int) -> bool:
    """The name lies inside quotes that run on after it (“某因子促进中心体增殖…”): words of a title, not a unit.
    A quoted unit (“某某联合实验室”) ends where its quotes close."""
    opened = max(text.rfind(q, 0, start) for q in "“《")
    if opened < 0 or max(text.rfind(q, opened, start) for q in "”》") >= 0:
        return False
    closed = min((i for i in (text.find(q, end) for q in "”》") if i >= 0), default=-1)
    if closed > end and text[opened] == "“" and opened + 1 == start and _EVENT_END.search(text, end, closed):
        return False  # “某医院终身教授颁证仪式”: the unit that holds the event its quotes name
    return closed > end and not _JUST_AFTER_NAME.fullmatch(text, end, closed) and not _issued(text, start, end)


def _issued(text: str, start: int, end: int) -> bool:
    """The name is one of the bodies that issue a document, named in its title before its 关于 (《某办公室关于…的
    通知》, 《甲部 乙部 丙协会关于…》)."""
    opened = text.rfind("《", 0, start)
    about = text.find("关于", end, end + 80)
    return opened >= 0 and about >= 0 and _ISSUERS.fullmatch(text, opened + 1, about + 1) is not None


def _ends_with_suffix(text: str, end: int, lex: Lexicon) -> bool:
    return any(text.endswith(suffix, 0, end) for suffix in lex.org_suffixes)


def _suffixes(tokens: Tokens, lex: Lexicon) -> Iterator[re.Match[str]]:
    """The organization endings in the text that end a word, leftmost first; where one does not, the search goes on
    from its next character (卫生健康委|员会: an agency's short ending inside 委员会)."""
    pos = 0
    while (m := lex.suffix_pattern.search(tokens.text, pos)) is not None:
        if _ends_cleanly(tokens, m.end(), lex):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _ends_cleanly(tokens: Tokens, end: int, lex: Lexicon) -> bool:
    """The suffix ends a word (大学 in 大学生 does not), or a position follows (医院院长)."""
    if end >= len(tokens.text):
        return True
    n = tokens.at(end - 1)
    if tokens.ends[n] == end:
        return True
    if _office_in_surname(tokens, end):
        return True
    rest = tokens.text[end:tokens.ends[n]]
    return rest in lex.positions or rest in lex.titles


def _weak_suffix_ok(tokens: Tokens, start: int, end: int) -> bool:
    """局/处/厅/部/厂 end a name only as a word of their own or a long dictionary noun (科技厅)."""
    n = tokens.at(start)
    word = tokens.word(n)
    if _office_in_surname(tokens, end):
        return True
    if tokens.text[start:end] == "处" and someone_s_place(tokens.text, start):
        return False  # 报综合楼204室徐某某处, 交柯某老师处: at someone's desk, no office
    if tokens.ends[n] != end or word.endswith(ROOMS):
        return False  # 报告厅, 会议厅: a room, not a body
    if len(word) == 1:
        if n == 0:
            return False
        before = tokens.word(n - 1)
        if word == "司" and (before.endswith(("书记", "司长", "经理", "主任", "部长")) or not _ends_clause(tokens, end)):
            return False  # 书记|司|胜利: the surname of the name after a post, not a ministry's 司
        return len(before) >= 2 and is_cjk(before)
    if len(word) == 2 and word[0] in _ORDINALS and n > 0 and len(tokens.word(n - 1)) >= 2 and is_cjk(tokens.word(n - 1)):
        return not (word[1] == "部" and tokens.word(n - 1).endswith(_WORKS_COUNTED))  # 专著|一部: works counted
        # 干部|五处, 综合|一处: an agency's numbered office, after the work it is of
    return len(word) >= 3 and tokens.tags[n] in (None, "n", "nt", "nz")


_ORDINALS = frozenset("一二三四五六七八九十")
_WORKS_COUNTED = ("专著", "著作", "教材", "译著", "论著", "编著", "文集", "小说", "作品", "词典", "辞典", "标准", "电影", "书")
_ADDRESSED = re.compile(r"(?:老师|教授|同志|女士|先生)$")
# what a desk is given after (`报204室某某某处`, `交至某某某处`): a room, or sending's verb
_DELIVERED_TO = re.compile(r"(?:[室号楼层座\d]|交|报|送|寄|至|到|找)$")


def someone_s_place(text: str, at: int) -> bool:
    """The 处 at `at` follows a person: a name and how one addresses them (某某老师处), or a three-character name
    after a room or sending's verb (`报204室某某某处`)."""
    if _ADDRESSED.search(text, max(0, at - 6), at):
        return True
    name = text[max(0, at - 3):at]
    return len(name) == 3 and is_chinese_name(name) and not common_word(name) and not common_word(name + "处") \
        and _DELIVERED_TO.search(text, 0, at - 3) is not None
_REGION = re.compile(r"[东南西北中]{1,3}")


_COMPOUND_SURNAMES = frozenset({"司马", "司徒", "司空"})  # surnames that open with an office's ending
_HEAD_OF_IT = re.compile(r"[\u4e00-\u9fff]{2,3}(?:副)?司长")  # the given name, then the office's own head post


def _office_in_surname(tokens: Tokens, end: int) -> bool:
    """An office's 司 ending at `end` that the segmenter read with the surname after it (某某科技司|马某司长: 司马),
    its head's post after the given name."""
    n = tokens.at(end - 1)
    return tokens.word(n) in _COMPOUND_SURNAMES and tokens.starts[n] == end - 1 and _HEAD_OF_IT.match(tokens.text, end) is not None


def _ends_clause(tokens: Tokens, end: int) -> bool:
    """After a ministry's 司 comes punctuation, a post (司长, 副司长) or the clause's verb, not a given name."""
    if end >= len(tokens.text) or not is_cjk(tokens.text[end]):
        return True
    n = tokens.at(end)
    return tokens.starts[n] == end and len(tokens.word(n)) >= 2 or tokens.text.startswith(("长", "副"), end)


def _walk_left(tokens: Tokens, suffix_start: int, lex: Lexicon) -> int | None:
    """Where the name ending at this suffix starts; None when an anonymised word (某县) ends the walk."""
    n = tokens.at(suffix_start)
    start = min(tokens.starts[n], suffix_start)
    if tokens.starts[n] < suffix_start and _stops(tokens, n, lex, n + 1):
        start = suffix_start
    j = n - 1
    while j >= 0 and suffix_start - tokens.starts[j] <= _MAX_LEN:
        if _blank_between(tokens, j):
            break  # 李某 某大学副校长: a blank parts a list line's name from the unit after it
        if tokens.word(j) == "中" and j and tokens.tags[j - 1] in _LOCATED_TAGS \
                and not tokens.word(j - 1).endswith(tuple(lex.org_suffixes)):
            break  # 该项目|中|某大学团队: in the project, then the unit (在|中|汽北…: a name's first character; 某医院|中|法…院区)
        if _stops(tokens, j, lex, n):
            if "某" in tokens.word(j):
                return None
            joined = _society_of_branch(tokens, j, suffix_start, lex)
            joined = _lab_of_fields(tokens, j, suffix_start, lex) if joined is None else joined
            joined = _past_an_acronym(tokens, j, lex, n) if joined is None else joined
            if joined is None:
                break
            j = joined
        start = tokens.starts[j]
        j -= 1
    return co_founded_start(tokens.text, start, suffix_start)


_LOCATED_TAGS = frozenset({"n", "vn", "v"})  # a word the locative 中 follows (项目中, 工作中, 合作中)


# the verbs that set up a group named by the work it leads (决定成立|某省推进某中心建设|领导小组)
_SET_UP = re.compile(r"(?:成立|组建|设立|建立|调整|组成)(?:了)?")
_TASK_REACH = 40
_CLAUSE_BREAK = re.compile(r"[\s，,。；;：:、！？!?“”\"《》（）()的]")


def _alone_on_its_line(text: str, suffix_start: int, suffix: str) -> int | None:
    """Where a group named alone on its line starts (a roster's caption, `课程建设督导工作领导小组`): the line's first
    character, its task's verb (督导) the name's; None for a group named in a sentence."""
    if suffix not in TASK_GROUPS:
        return None
    opens = text.rfind("\n", 0, suffix_start) + 1
    closes = text.find("\n", suffix_start)
    named = text[opens:suffix_start].strip()
    if text[suffix_start + len(suffix):len(text) if closes < 0 else closes].strip() or not 2 <= len(named) <= _TASK_REACH \
            or _CLAUSE_BREAK.search(named) is not None:
        return None
    return opens + text[opens:suffix_start].index(named)


def _named_by_its_task(text: str, start: int | None, suffix_start: int, suffix: str) -> int | None:
    """Where a group named by the work it leads starts, when a verb that sets one up is written before it in the same
    clause (`决定成立|某省推进某某中心建设|领导小组`): right after that verb; the task's verbs (推进, 建设) are the name's,
    which the walk to the left stops at. Else the walk's start."""
    if suffix not in TASK_GROUPS or start is None:
        return start
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, suffix_start - _TASK_REACH), suffix_start)),
                 default=max(0, suffix_start - _TASK_REACH))
    verbs = list(_SET_UP.finditer(text, clause, suffix_start))
    if not verbs or suffix_start - verbs[-1].end() < 2:
        return start
    return min(start, verbs[-1].end())


# a Latin short form in brackets inside a name, between two of its Chinese words: 某科学振兴会(ABC)某中心
_INNER_ACRONYM = re.compile(r"[（(][A-Z][A-Z0-9&.\-]{1,15}[）)]")


def _past_an_acronym(tokens: Tokens, stop: int, lex: Lexicon, suffix_token: int) -> int | None:
    """The token of the name before a Latin short form in brackets that the walk stopped at (`某地（ABC）大学`,
    `某开源芯片（ABC）产业联盟`): the name goes on over the brackets to the Chinese word before them, when that word is
    no stop itself and the words before the brackets name no unit or meeting of their own. None otherwise."""
    text, close = tokens.text, tokens.ends[stop]
    if text[close - 1:close] not in ("）", ")") or not is_cjk(text[close:close + 1]):
        return None
    m = next((m for m in _INNER_ACRONYM.finditer(text, max(0, close - 18), close) if m.end() == close), None)
    if m is None or m.start() == 0 or not is_cjk(text[m.start() - 1]) or _ends_with_suffix(text, m.start(), lex) \
            or _EVENT_END.search(text, 0, m.start()):
        return None  # 某研究所（ABC）某实验室, 某会议（ABC）程序委员会: the short form of a unit or meeting before, each alone
    before = tokens.at(m.start() - 1)
    if _stops(tokens, before, lex, suffix_token) or any(
            valid_name(text[m.start() - size:m.start()], tokens, (m.start() - size, m.start()), lex) for size in (2, 3)):
        return None  # 柯某某（KMM）某中心主任: a person's name and its gloss, before the unit
    return before


def _blank_between(tokens: Tokens, j: int) -> bool:
    """A blank between token j and the next one, with a Chinese character on either side (the words of a Latin name
    are spaced within it)."""
    end, following = tokens.ends[j], tokens.starts[j + 1] if j + 1 < len(tokens.starts) else tokens.ends[j]
    return following > end and not tokens.text[end:following].strip() and is_cjk(tokens.text[end - 1]) \
        and is_cjk(tokens.text[following])


def co_founded_start(text: str, start: int, suffix_start: int) -> int:
    """A name that opens with the levels of government that founded it (省部共建|某某国家重点实验室), which the
    segmenter reads as a clause's words: the name starts at them."""
    width = len(CO_FOUNDED[0])
    return next((k for k in range(max(0, start - width), start + 1)
                 if text.startswith(CO_FOUNDED, k) and k + width < suffix_start), start)


_BRANCH_ENDINGS = ("分会", "委员会", "学组", "分委会")
_BRANCH_FIELD = 12  # characters of a branch's field between its society and its ending


def _society_of_branch(tokens: Tokens, stop: int, suffix_start: int, lex: Lexicon) -> int | None:
    """The token ending the society a branch is named after, when the walk stopped at `stop` inside the branch's
    field (中国某协会|急诊|医师分会, 中国某协会|急救复苏与灾难医学|专业委员会): the field's words are the branch's
    name, a rare verb or an inner 与 among them. None when the ending is no branch's or no society is there."""
    ending = lex.suffix_pattern.match(tokens.text, suffix_start)
    if ending is None or not ending.group().endswith(_BRANCH_ENDINGS):
        return None
    suffix_token = tokens.at(suffix_start)
    for k in range(stop, -1, -1):
        word = tokens.word(k)
        if word in _SOCIETY_ENDINGS or word.endswith(SOCIETY_OF_UNITS) and len(word) <= 3:
            field = range(k + 1, suffix_token)
            ok = bool(field) and tokens.word(k + 1) not in FIELD_JOINERS and all(
                _in_branch_field(tokens, i, lex) for i in field)
            return k if ok and suffix_start - tokens.ends[k] <= _BRANCH_FIELD else None
        if suffix_start - tokens.starts[k] > _BRANCH_FIELD:
            return None
    return None


_FIELD_TAGS = frozenset({"n", "vn", "v", "nz", "j", "a", "an", None})  # 智能感知|与|计算; a rare adverb too (仿真)
_DASHES = frozenset({"-", "－", "—", "–", "·"})  # inside a lab's name: 海洋动力-物理环境与智能感知全国重点实验室
_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,3}[部委厅局]|全国|国家|省部")  # 教育部|重点实验室, 工信部|重点实验室


def _lab_of_fields(tokens: Tokens, stop: int, suffix_start: int, lex: Lexicon) -> int | None:
    """The token opening a lab's name of two fields joined by 与, 和 or 及, when the walk stopped inside it
    (湖北省|光电|材料|与|器件|重点实验室, 某省|智能|感知|与|计算|重点实验室): the fields' words (nouns, verbs of a
    technique) are the lab's name where a place opens them, or where they open a phrase. None otherwise
    (甲大学与|乙实验室: two units)."""
    ending = lex.suffix_pattern.match(tokens.text, suffix_start)
    if ending is None or not ending.group().endswith(LAB_ENDINGS):
        return None
    k, joined = stop + 1, False
    ending_at = tokens.at(suffix_start)
    ministry = next((m for m in ministries() if tokens.text.endswith(m, 0, suffix_start)), None)
    if ministry is not None and tokens.starts[tokens.at(suffix_start - len(ministry))] == suffix_start - len(ministry):
        ending_at = tokens.at(suffix_start - len(ministry))  # 某某与某某|文化和旅游部|重点实验室: its ministry, 和 and all
        k = min(k, ending_at)
    elif ending_at > 0 and _QUALIFIER.fullmatch(tokens.word(ending_at - 1)):
        ending_at -= 1  # 某某与某某|教育部|重点实验室: the body that recognised the lab is part of its ending
        k = min(k, ending_at)
    while k > 0 and suffix_start - tokens.starts[k - 1] <= _MAX_LEN:
        word = tokens.word(k - 1)
        if word in FIELD_JOINERS and not joined:
            glued = tokens.starts[ending_at] < suffix_start  # 材料科学|部: the field's word holds the ending's start
            if not any(len(tokens.word(i)) >= 2 and tokens.tags[i] != "ns" for i in range(k, ending_at + glued)):
                return None  # 学校和|重点实验室, 某重点专科和|市|重点实验室: no field after the joiner, two things listed
            joined = True
        elif not _field_word(tokens, k - 1, lex):
            break
        k -= 1
    if not joined or k > stop or tokens.word(k) in FIELD_JOINERS:
        return None
    if not all(tokens.word(i) in FIELD_JOINERS or _field_word(tokens, i, lex) for i in range(stop + 1, ending_at)):
        return None  # 甲和乙|波为|联合实验室: the words after the joiner are no field's
    return k if tokens.tags[k] == "ns" or tokens.word(k) in ("国家", "省部", "中国") or _fields_open(tokens, k, lex) else None


_GLUED_VERBS = frozenset("为是在")


def _field_word(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    """A word of a lab's field: a noun, a verb of a technique, a rare adverb the segmenter made of one (仿真), a
    place, a dash inside the name; no unit's name (甲大学|与…: 处理 holds an office's ending, it does not end
    with one), no word of the clause around."""
    word, tag = tokens.word(n), tokens.tags[n]
    if tag not in _FIELD_TAGS and tag != "ns" and not (tag == "d" and tokens.freq(n) < _RARE) \
            and not (tag == "nr" and tokens.freq(n) >= _COMMON_NAME_WORD):
        return False  # (康复, 文明: common words the dictionary tags as names)
    if not _NAME_CHARS.fullmatch(word) and word not in _DASHES or word.isdigit():
        return False
    if tag is None and len(word) > 1 and word[-1] in _GLUED_VERBS:
        return False  # 宋勤|波为|联合实验室: a name and the verb after it, read as one word
    return not (word in lex.org_stop or word in lex.positions or word in lex.titles or word.endswith(lex.org_suffixes))


_HOLDING_VERBS = ("任", "为", "是")
_OPENING_TAGS = frozenset({"p", "r", "uj"})  # a preposition, a pronoun (该, 本), 的: what a name's phrase follows


def _fields_open(tokens: Tokens, k: int, lex: Lexicon) -> bool:
    """The fields' words open a phrase: the text's start, punctuation, a verb of holding (曾任|…), or the joiner
    after another unit of a list (…重点实验室和|…) comes before them."""
    before = tokens.word(k - 1) if k > 0 else ""
    if k == 0 or not _NAME_CHARS.fullmatch(before) or before.endswith(_HOLDING_VERBS):
        return True
    if tokens.tags[k - 1] in _OPENING_TAGS and before not in FIELD_JOINERS:
        return True  # 根据|爆炸科学与技术国家重点实验室, 在|某某与某某实验室: a preposition or a pronoun opens the phrase
    return tokens.word(k - 1) in FIELD_JOINERS and k >= 2 and lex.suffix_pattern.search(tokens.word(k - 2)) is not None


def _in_branch_field(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    word = tokens.word(n)
    if word in FIELD_JOINERS:
        return True
    if not _NAME_CHARS.fullmatch(word) or word.isdigit() or word in lex.org_stop or lex.suffix_pattern.search(word):
        return word in lex.titles  # 急诊|医师|分会: the profession a branch is of
    if tokens.tags[n] in ("r", "m", "p", "c", "d"):
        return False  # 某学会|各|专业委员会, 某学会|所有|分会: the society's branches of a kind, no branch's name
    return tokens.tags[n] != "v" or tokens.freq(n) < _RARE


_BODY_FUNCTIONS = frozenset({"指导", "咨询", "评审", "监督", "协调"})
_COMMITTEES = frozenset({"委员会", "小组", "工作组", "专家组"})


def _stops(tokens: Tokens, n: int, lex: Lexicon, suffix_token: int) -> bool:
    word = tokens.word(n)
    if word in ("-", "－") and 0 < n < len(tokens.starts) - 1 and _LATIN_WORD.search(tokens.word(n - 1)) \
            and tokens.word(n + 1)[:1].isalnum() and tokens.ends[n - 1] == tokens.starts[n] \
            and tokens.ends[n] == tokens.starts[n + 1]:
        return False  # 某大学Med-X-某研究中心: a hyphen inside a name's Latin part (`Nguyen - 某大学`: a dash)
    if not _NAME_CHARS.fullmatch(word) or word.isdigit():
        return True
    if len(word) == 1 and is_cjk(word) and n + 1 < len(tokens.starts) and _PLACED_KIND.fullmatch(tokens.word(n + 1)) \
            and (n == 0 or not is_cjk(tokens.word(n - 1)[-1:])):
        return False  # 。某|医大|一附院: a province's one character, then a university's short kind (医大, 师大)
    if sino_foreign(tokens, n):
        return False  # 中|英|国际学院, 中|法|工程师学院: China and a country, a joint school's name
    if "·" in word and re.search(r"\s·|·\s", tokens.text[max(0, tokens.starts[n] - 1):tokens.ends[n] + 1]):
        return True  # 博士 · 物理学 · 某大学: a spaced dot parts a line's pieces (约翰·霍普金斯大学 is one name)
    if tokens.tags[n] == "v" and (word not in lex.org_stop or word == "系") and _inside_noun_run(tokens, n):
        return False  # 生殖|系|肿瘤, 学分|会: a character the segmenter made a verb between nouns
    if word in lex.titles and n + 1 < len(tokens.starts) and tokens.word(n + 1) in _SOCIETY_ENDINGS:
        return False  # 工程师|学会, 医师|协会(胸外科医师分会): the profession a society is of
    if word in _STAFFED_BY and n < suffix_token and not lex.surname_at(tokens.text, tokens.ends[n]):
        return False  # 某科协|院士|专家服务中心, 某大学|博士后|科研工作站: the people a service unit is of
    if word in _BODY_FUNCTIONS and n + 1 == suffix_token and tokens.word(suffix_token) in _COMMITTEES:
        return False  # 某某教学|指导|委员会: the work a committee is named by, right before its ending
    if word in lex.org_stop and _opens_an_ending(tokens, n, lex):
        return False  # 某某|联合国家重点实验室: the word opens a kind's ending (a joint state key lab), not the clause
    if word in lex.org_stop or word in lex.positions or word in lex.titles or word in _MEMBERSHIPS:
        return True
    if word.endswith("专家") and tokens.word(suffix_token).endswith(_INSTITUTIONS):
        return True  # 外籍专家|某大学: the person's honour before the unit (专家|委员会, 专家|服务中心 are names)
    if len(word) >= 2 and word.endswith("给") and tokens.tags[n] == "v":
        return True  # 赠送给|学院, 交给|某中心: a verb of giving to the unit, never a word of its name
    if len(word) == 2 and word[1] in _HOLDING and word[0] in _GLUED_BEFORE_HOLDING:
        return True  # 起任|某大学, 现为|某委员会, 曾受|某基金委, 回国后任|某大学: a verb glued to the word before it
    if len(word) == 2 and word[1] in "任为" and tokens.tags[n] is None:
        return True  # 欧阳明|远任|某大学: a name's last character glued to the verb of holding, no word of the name
    if _DATE_WORD.fullmatch(word):
        return True
    if tokens.tags[n] is None and len(word) == 2 and (word[1] in "及和与" and word[0] in BODY_LAST_CHARACTERS
                                                       or word[1] in "在于对向从到"):
        return True  # 材料院及|某医院, 张来武在|省科技厅: a word glued to the conjunction or preposition after it
    tag = tokens.tags[n]
    if tag == "v" and n + 1 < len(tokens.starts) and tokens.tags[n + 1] == "ns" and n + 1 != suffix_token:
        return True  # 送给|中国某学会: a verb before the place a name opens with
    if tag == "l" and len(word) >= 4 and tokens.tag_of(word[-2:]) == "v":
        tag = "v"  # 充分认识|校学术委员会: a set phrase that ends with a verb is read as the verb
    elif tag == "n" and len(word) == 4 and tokens.tag_of(word[-2:]) == "v" and tokens.tag_of(word[:2]) in ("a", "ad", "d"):
        tag = "v"  # 某中心|积极响应|某市卫计委: an adverb and a verb the dictionary keeps as one word
    if tag == "q" and len(word) >= 2 and n > 0 and tokens.tags[n - 1] in ("ns", "nt"):
        return False  # a place, then a proper name the dictionary knows as a measure word
    if tag == "m":
        return not _ORDINAL.fullmatch(word)
    if tag == "v" and (n + 1 != suffix_token or not _bare_suffix(tokens, suffix_token, lex)
                       or _opens_phrase(tokens, n) and not _at_phrase_start(tokens, n)
                       or n > 0 and tokens.tags[n - 1] in _PREDICATE_BEFORE):
        # 稳居|中国医院, 纳入|外交部, ，感谢|管委会, 要|感谢|协会; but 品种创制中心, 、重载…实验室,
        # 某地|应用技术研究所, 某地沙地|治理…中心
        return not _at_phrase_start(tokens, n) and not _proper_before(tokens, n, lex)
    if tag in _STOP_TAGS and len(word) >= 2 and jieba_dictionary()[0].get(word + "市") == "ns":
        return False  # 大连|海洋大学: a city the dictionary also reads as an adverb (大连市 is a place)
    return tag in _STOP_TAGS


def _opens_an_ending(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    word, at = tokens.word(n), tokens.starts[n]
    return any(len(ending) > len(word) and ending.startswith(word) and tokens.text.startswith(ending, at)
               for ending in _endings_by_first(lex.org_suffixes).get(word[:1], ()))


@cache
def _endings_by_first(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for ending in endings:
        out.setdefault(ending[0], []).append(ending)
    return {first: tuple(group) for first, group in out.items()}


def _bare_suffix(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    """The token is an organization ending and nothing else (创制|中心), so a verb before it is the name's."""
    return n < len(tokens.starts) and tokens.word(n) in lex.org_suffixes


def _inside_noun_run(tokens: Tokens, n: int) -> bool:
    if len(tokens.word(n)) != 1 or n == 0 or n + 1 >= len(tokens.starts):
        return False
    return all(tokens.tags[k] in ("n", "vn", "nz") and len(tokens.word(k)) >= 2 for k in (n - 1, n + 1))


def _proper_before(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    """A verb inside a name follows a proper name (a place, a word the dictionary lacks) within two words."""
    for k in (n - 1, n - 2):
        if k < 0:
            return False
        word = tokens.word(k)
        if not _NAME_CHARS.fullmatch(word) or word in lex.org_stop or tokens.tags[k] in _STOP_TAGS:
            return False
        if len(word) >= 2 and tokens.tags[k] in _PROPER_TAGS:
            return True
    return False


def _at_phrase_start(tokens: Tokens, n: int) -> bool:
    """A rare verb opening a phrase is a technical word of the name (重载…); a common one is not (组织)."""
    return _opens_phrase(tokens, n) and tokens.freq(n) < _RARE


def _opens_phrase(tokens: Tokens, n: int) -> bool:
    return n == 0 or not _NAME_CHARS.fullmatch(tokens.word(n - 1))


# an ending that is itself a school of a discipline (医 + 学院, as 工学院 is 工 + 学院), and what a school named alone
# follows: the university's own word or another unit of a list
_SCHOOL_ENDINGS = frozenset({"医学院"})
_SCHOOL_LISTED = re.compile(r"(?:我校|本校|学校|[、，,：:\n])$")
_NUMBERED_AFFILIATE = re.compile(r"[一二三四五六七八九]附院|附[一二三四五六七八九]院")


def _is_name(text: str, start: int, suffix_start: int, suffix: str, tokens: Tokens, lex: Lexicon) -> bool:
    modifier = text[start:suffix_start]
    if not modifier and len(suffix) >= 3 and expand_abbreviations(suffix) != suffix:
        return True  # 发改委, 卫健委: an agency's standard short form is a name of its own
    if not modifier and _NUMBERED_AFFILIATE.fullmatch(suffix):
        return True  # 二附院, 附一院: the university's numbered affiliated hospital, as its own news names it
    if not modifier and suffix in _SCHOOL_ENDINGS and _SCHOOL_LISTED.search(text, max(0, start - 2), start) \
            and not text.startswith("的", suffix_start + len(suffix)):
        return True  # 我校医学院|甲教授, 某学院、医学院: the university's school named alone, as 工学院 is
    if not modifier or "某" in modifier or modifier[-1] in "副正" or is_term_only(modifier, lex):
        return False
    if modifier == "全国" and suffix in _NATIONWIDE_BODIES:
        return True  # 全国政协, 全国妇联: the one national body of its kind, no kind of unit
    if suffix == "部" and _REGION.fullmatch(modifier):
        return False  # 中西部, 东北部: a part of the country, no ministry or department
    if modifier.startswith("全国") and kind_of(suffix) in ("hospital", "university", "lab"):
        return False  # 全国最佳医院, 全国儿童医院第五位: the country's hospitals of a kind, a ranking's, none of them
    if lex.office_of_a_post(modifier + suffix):
        return False  # 书记处, 秘书处: the office of a post in the body named before it
    if suffix == "部" and text[start:suffix_start + 1] in ministries():
        return True  # 科技部|网站, 公安部|主管: a ministry, whatever follows it
    if _action_before_bare_suffix(tokens, start, suffix_start):
        return False  # 加强|分会, 推动|中心: a verb or adverb before a bare ending names no body
    if _verb_before_generic(tokens, start, suffix_start, lex):
        return False  # 征询|学术委员会, 大力|支持|重点实验室: a clause's verb, then a kind of body
    verb = tokens.at(suffix_start - 1)
    if tokens.ends[verb] == suffix_start and tokens.starts[verb] > start and tokens.tags[verb] in _ACTION_TAGS \
            and tokens.freq(verb) >= _COMMON_ACTION and any(modifier[: tokens.starts[verb] - start].endswith(w)
                                                               for w in lex.org_suffixes):
        return False  # 实验室|实行|实验室主任负责制: a body, a verb, and a body again: a clause, not a name
    if suffix in lex.weak_suffixes and tokens.tag_of(text[suffix_start - 1:suffix_start + 1]) in _COMMON_NOUN_TAGS:
        return False  # 新格局, 大布局: a common noun ending like an office (格局), not one
    if modifier == "中国" and suffix in ("医院", "大学"):
        return False  # 中国医院排名: the country's hospitals, not one of them
    if _COUNTED.search(text[max(0, start - 6):start]):
        return False  # 10家研发中心: a count of a category
    agency = len(suffix) >= 3 and (expand_abbreviations(suffix) != suffix or not _all_generic(tokens, start, suffix_start, lex))
    if kind_of(suffix) == "government" and (modifier.startswith(_LOCAL) and len(modifier) >= 3 or agency):
        return True  # 省卫健委, 市某局: the province's own office, not a category (评审委员会 is one)
    if modifier in _LOCAL and expand_abbreviations(suffix) != suffix and text[start - 1:start] not in _EACH:
        return True  # 省科协, 市科协: the body of the province (city) the document is of; not 各省科协
    end = suffix_start + len(suffix)
    if suffix in lex.weak_suffixes and _one_dictionary_word(tokens, start, end) and _acts(tokens, end, lex):
        return True  # 外交部副部长, 外交部批准: a ministry the dictionary knows by its name (not 项目部|省联动)
    return not _all_generic(tokens, start, suffix_start, lex)


def _action_before_bare_suffix(tokens: Tokens, start: int, suffix_start: int) -> bool:
    n = tokens.at(start)
    return tokens.starts[n] == start and tokens.ends[n] == suffix_start and tokens.tags[n] in _ACTION_TAGS \
        and tokens.freq(n) >= _COMMON_ACTION


def _verb_before_generic(tokens: Tokens, start: int, suffix_start: int, lex: Lexicon) -> bool:
    """The name is a verb (after an adverb or the subject's name, if any), then generic words only (学术, 重点),
    then the ending: a clause about a kind of body, not a name."""
    n = tokens.at(start)
    if tokens.starts[n] != start:
        return False
    first = n
    while tokens.ends[n] < suffix_start and not _verb_like(tokens, n, frozenset()) \
            and ((tokens.tags[n] or "") in _BEFORE_THE_VERB or _unknown_name(tokens, n, lex)):
        n += 1  # 充分|尊重, 游某某|围绕: an adverb or the subject's name, then the verb
    committee = tokens.text.startswith("委员会", suffix_start) and tokens.ends[n] < suffix_start  # 征询|学术委员会
    if not _verb_like(tokens, n, _VERB_TAGS if n > first or committee else _FIRST_VERB_TAGS):
        return False  # (先进|技术|研究院, 管理|学院: an adjective or a verbal noun opens many names)
    return tokens.ends[n] == suffix_start or _all_generic(tokens, tokens.ends[n], suffix_start, lex)


def _unknown_name(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    """A word the dictionary lacks that reads as a person's name: a surname and one or two characters."""
    word = tokens.word(n)
    return tokens.tags[n] is None and 2 <= len(word) <= 3 and is_cjk(word) and bool(lex.surname_at(word, 0))


def _verb_like(tokens: Tokens, n: int, tags: frozenset[str]) -> bool:
    """A verb (of the tags wanted), or a longer word the dictionary lacks or misreads as a name that ends with a verb
    it knows (大力支持, a name to jieba)."""
    if (tokens.tags[n] or "") in tags:
        return True
    word = tokens.word(n)
    return tokens.tags[n] in (None, "nr") and len(word) >= 3 and tokens.tag_of(word[-2:]) == "v"


_BEFORE_THE_VERB = frozenset({"d", "ad", "nr"})
_VERB_TAGS = frozenset({"v", "vn", "vd", "a", "ad"})
_FIRST_VERB_TAGS = frozenset({"v", "vd"})


def _one_dictionary_word(tokens: Tokens, start: int, end: int) -> bool:
    n = tokens.at(start)
    return tokens.starts[n] == start and tokens.ends[n] == end and end - start >= 3 and tokens.tags[n] in ("n", "nt")


def _acts(tokens: Tokens, end: int, lex: Lexicon) -> bool:
    """What follows a name is a role, a verb, a particle or punctuation: the name is the clause's subject."""
    if end >= len(tokens.text) or not is_cjk(tokens.text[end]) or lex.role_pattern.match(tokens.text, end + 1 if
                                                                                          tokens.text[end] == "副" else end):
        return True
    if tokens.text.startswith(("国家", "“", "\""), end):
        return True  # 某部国家某某计划, 某部“某某”专项: the body of a programme
    n = tokens.at(end)
    word = tokens.word(n)
    return word in lex.positions or word in lex.titles or (tokens.tags[n] or "").startswith(("v", "u", "p", "c"))


def _all_generic(tokens: Tokens, start: int, end: int, lex: Lexicon) -> bool:
    if only_generic(tokens.text[start:end], lex.org_generic):
        return True  # 国家一级|学会: generic words however the segmenter cut them (国家一级)
    n = tokens.at(start)
    while n < len(tokens.starts) and tokens.starts[n] < end:
        piece = tokens.text[max(start, tokens.starts[n]):min(end, tokens.ends[n])]
        if piece not in lex.org_generic and not _NUMBER.fullmatch(piece):
            return False
        n += 1
    return True


def _maximal(text: str, candidates: list[tuple[int, int, str]]) -> list[Found]:
    """Keep the longest names; an inner name sharing the start becomes a part (its parent)."""
    out: list[Found] = []
    for start, end, suffix in candidates:
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in candidates):
            continue
        branch = text[start:end].endswith(("院区", "分院"))  # a campus is part of one hospital's name
        parts = () if branch else tuple(
            e2 - start for s2, e2, suf2 in candidates
            if s2 == start and e2 < end and _names_a_unit(text[e2:end], suffix) and kind_of(suf2) in _PARENT_KINDS
            and not text.startswith(SOCIETY_OF_UNITS, e2) and not agency_then_ending(text[start:e2])
        )
        if not parts and not branch:
            parts = _inner_university(text[start:end], suffix)
        out.append(Found(start, end, "ORG", kind_of(text[start:end]), tuple(sorted(set(parts)))))
    return out


def _inner_university(name: str, suffix: str) -> tuple[int, ...]:
    """`某某大学口腔医院` read as one word: the university that opens it is its parent."""
    academy = next((a for a in _ACADEMY_OPENINGS if name.startswith(a) and len(name) - len(a) >= 3), None)
    short = _SHORT_INSTITUTE.fullmatch(name)
    if academy or short:
        return (short.end("academy") if short else len(academy or ""),)
    at = name.find("大学")
    if at < 2 or name.startswith("大学", len(name) - len(suffix)):
        return ()
    return (at + 2,) if _names_a_unit(name[at + 2:], suffix) and kind_of(suffix) in _PARENT_KINDS | {"other"} else ()


def _names_a_unit(rest: str, suffix: str) -> bool:
    """What follows an inner name is a unit of its own (附属第一医院), not more suffix (有限公司)."""
    # 某大学一附院: an affiliated hospital; 某委员会办公室: the office of a body; 某大学医学院, 某大学商学院: a school;
    # 某设计院有限公司: the institute turned company, the same body
    return rest not in LEGAL_FORMS and len(rest) - len(suffix) >= 2 or "附" in rest or rest in _OFFICES or rest.endswith("学院") and len(rest) >= 3
