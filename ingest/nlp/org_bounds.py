"""Where an organization name starts, and whether a span names one at all.

Rules that take a proposed span (from the suffix rules of `ingest.nlp.orgs`, or from a learned
recogniser) and return it trimmed, extended or vetoed; each is a pure function over the text and its
tokens, so they compose in any order and apply to any recogniser's proposals (`refine_proposal`).

- the words around a name are no part of it: `祝贺|某大学`, `就读于|某大学`, `本工作|某大学`, `正式纳入|外交部`,
  a person addressed before it (`免去某某同志|某研究所`);
- a name is not cut at a conjunction inside it: `“智能控制与安全研究中心”`, `、材料与能源工程学院`,
  while two names joined by one stay apart (`甲大学与乙研究所`);
- a category is not a name: `市属医院`, `三甲医院`, `党组织`, `评审委员会`, `民间专业性组织`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from ingest.kit.text import is_chinese_name
from ingest.nlp.found import Tokens, is_cjk
from ingest.nlp.lexicon import LEVELS, Lexicon, jieba_dictionary, kind_of, load_lexicon
from ingest.nlp.names import name_at
from ingest.org_names import is_distinctive
from names.organizations import disciplines, ministries, province_words

_COMMON = 2000  # jieba frequency above which a leading verb or adverb is context, not a technical word
_CONTEXT_TAGS = frozenset({"v", "vn", "vd", "ad", "d", "r", "p", "c", "u", "uj", "f"})
_VERBS = frozenset({"v", "vn"})
# a lab founded by two levels of government, as its name says: 省部共建某某国家重点实验室
CO_FOUNDED = ("省部共建", "部省共建", "部市共建", "省市共建", "院地共建", "省校共建", "部校共建", "院省共建")
_IDIOM_TAGS = frozenset({"i"})  # chengyu (不断加强); "l", fixed phrases, holds fields too (生命科学)
_PROPER_TAGS = frozenset({"ns", "nt", "nr", "nrt", "nz", "j"})
_LOCAL = ("省", "市", "县", "区", "州", "自治区")
_CONJUNCTIONS = frozenset({"与", "和", "及"})
_BOUNDARY = frozenset("“”\"‘’「」『』《》，。；：、！？,;:!?（）()【】 \t\n\u3000")
_MAX_LEFT = 12
_INNER_PREPOSITIONS = frozenset("由被经向从把将于对")
_ENUMERATED = re.compile(r"[一二三四五六七八九十]+[是要](?=[\u4e00-\u9fff]{2})")  # 一是…，二要…: a speech's points
_VERB_THEN_PLACE = re.compile(r"[赴获经受往去到][\u4e00-\u9fff]{2,}")  # 赴美国 (a word to jieba): the verb, then the place
GENERIC_LEADS = frozenset({"项目", "成果", "科研成果", "研究成果", "课题", "单位"})  # nouns a label ends with, before a proper name
_REPORTED_TO = frozenset("报呈送")  # 报市政府, 呈省厅: what is sent up to a level of government
_PREPOSITIONS_GLUED = frozenset("经由在从对向把被将于据")  # 经大某某|…委员会: a preposition glued to a word it does not know
_FUNCTION_CHARS = frozenset("在由据经从与和对向把被为于及是将让请给这那其该本我你他她它现曾以获赴受")
# the term of a body (第二届, 新一届, 首届): `第二届委员会` is a term of the body named before it, not a name
VERB_ENDINGS = frozenset({"组织"})  # an ending that is also a verb: 某处组织专家评审
# 地市医学会, 省市医院: the bodies of every city or province, a kind of unit; 相关组织, 上述单位: units named elsewhere
_CLASSES_OF_PLACES = ("地市", "省市", "市县", "县区", "区县", "市州", "省直", "市直", "各地", "各省", "各市", "国际上", "国内外",
                      "直辖市", "计划单列市", "自治区", "自治州")  # (自治区 alone: no region named before it)
_REFERENCES = ("相关", "有关", "上述", "以上", "其他", "其它", "这些", "该类")
_ADDRESS = re.compile(r"[\u4e00-\u9fff]{2,3}省[\u4e00-\u9fff]{2,3}市")
_PROVINCE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,3}省")  # 福建省|厦门大学: no university's name holds 省
_PLACE_BEFORE_OWN = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,3}?)(?:市|省)")
# verbs of a visit or a meeting written before the unit visited (赴某地出席|某大学…揭牌仪式)
_VISIT_VERBS = frozenset({"出席", "参加", "访问", "考察", "调研", "走访", "前往", "来到", "莅临", "会见", "拜会", "视察",
                          "参观", "出访", "到访", "做客", "走进"})
BODY_LAST_CHARACTERS = frozenset("院所校部处局厅委")  # a body's short name ends so (材料院, 计算所)
OWN_WORDS = frozenset("我本该")  # the words a body that writes, or the one just named, is called by (我厅, 本委, 该局)
# a modal or adverb and a preposition the segmenter reads as one word before a name: 愿同, 将与, 并与
_MODALS = frozenset("愿将拟要会能特并也还再均")
_PREPOSITIONS_AFTER = frozenset("同与")
_TERM_WORDS = frozenset({"管理", "常务", "执行"})  # 第一届管理委员会, 第三届常务理事会
ORDINAL_TERM = re.compile(r"(?:第?[一二三四五六七八九十百零〇\d]+|新一|首|本|上一|下一|上|下|新|历)届")


def refine(tokens: Tokens, lex: Lexicon, start: int, end: int, suffix: str) -> tuple[int, int] | None:
    """The span of the organization a proposal names, or None when it names none."""
    inner = next((s for s in lex.org_suffixes if s != suffix and tokens.text.endswith(s, start, end - len(suffix))), None) \
        if suffix in VERB_ENDINGS else None
    if inner and end < len(tokens.text) and tokens.text[end] not in _BOUNDARY:
        end, suffix = end - len(suffix), inner  # 科研处|组织专家: the office, then the verb it is the subject of
    if person_then_held(tokens.text, start, end):
        return None
    start = extend_over_conjunction(tokens, lex, start, end, suffix)
    trimmed = trim_context(tokens, lex, start, end, suffix)
    if trimmed is not None and 0 < trimmed and end - trimmed > 3 and tokens.text[trimmed - 1] in OWN_WORDS \
            and tokens.text[trimmed] in BODY_LAST_CHARACTERS:
        trimmed += 1  # 我厅|基础研究处: the office of the body that writes (我厅, 本委), named by the office alone
    if trimmed is not None and tokens.text.startswith("单位", trimmed) and end - trimmed >= 5:
        trimmed += 2  # 牵头组织单位|卫生部, 依托单位|某大学: the label's word, then the unit
    had = _HAD_BY.match(tokens.text, trimmed, end) if trimmed is not None else None
    if had is not None and end - had.end() >= 4:
        trimmed = had.end()  # 合作者有|某大学, 参与单位有|某研究所: who they are, then the unit
    ranked = next((m for m in _RANKED_CLASS.finditer(tokens.text, max(0, trimmed - _RANK_REACH), end)
                   if m.start() <= trimmed < m.end()), None) if trimmed is not None else None
    if ranked is not None and end - ranked.end() >= 4:
        trimmed = ranked.end()  # 国家一级学会|某某研究会: the class of society it is, then its name
    if trimmed is None or trimmed != start and is_category(tokens.text[trimmed:end], lex, suffix) \
            and tokens.text[trimmed:end] not in ministries():  # 日讯|科技部: the ministry, no company's department
        return None
    addressed = tokens.text.rfind("同志", trimmed, end - len(suffix))
    if addressed >= 0:
        trimmed = addressed + 2  # 免去某某同志|某研究所…职务: who is addressed, then the unit
    address = _ADDRESS.match(tokens.text, trimmed, end) if suffix in ("大学", "学院") else None
    address = address or (_PROVINCE_BEFORE.match(tokens.text, trimmed, end) if suffix == "大学" else None)
    if address and end - address.end() >= 4 and is_distinctive(tokens.text[address.end():end]):
        trimmed = address.end()  # 湖北省武汉市|某某大学: the address written before a university's name
    place = _PLACE_BEFORE_OWN.match(tokens.text, trimmed, end)
    if place and tokens.text.startswith(place.group("stem"), place.end()) and end - place.end() > len(place.group("stem")):
        trimmed = place.end()  # 重庆市|重庆大学: the city the unit is in, written before its name
    trimmed += country_address(tokens.text[trimmed:end])
    if founded_kind(tokens, lex, trimmed, end, suffix):
        return None
    if tokens.text.startswith(_CLASSES_OF_PLACES, trimmed) or tokens.text.startswith(_REFERENCES, trimmed):
        return None
    if _OF_A_TYPE.search(tokens.text, trimmed, end - len(suffix)):
        return None  # 临床型医院, 建设研究型大学: a type of unit, none of them
    return _with_bracketed_place(tokens, lex, trimmed, end, suffix), end


_RANKED_CLASS = re.compile(r"(?:国家|全国性?)?[一二三]级(?:学会|协会|社团)")
_RANK_REACH = 6
_HAD_BY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:者|单位|成员|专家|人员|机构)(?:还|主要|分别)?(?:有|包括|为|是)")
_BRACKETED_PLACE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,6})[）)]$")
_BRACKET_REACH = 8


def _with_bracketed_place(tokens: Tokens, lex: Lexicon, start: int, end: int, suffix: str) -> int:
    """`某某（天津）汽车工程研究院有限公司`, `某某（中国）有限公司`: a place in brackets inside a company's name, and
    the words before it, are the name's."""
    text = tokens.text
    m = _BRACKETED_PLACE.search(text, max(0, start - _BRACKET_REACH), start)
    if m is None or not is_place_name(m.group("place")) or end - start < 4:
        return start
    n = tokens.at(m.start() - 1) if m.start() > 0 else -1
    left = m.start()
    while n >= 0 and tokens.ends[n] == left and m.start() - tokens.starts[n] <= _BRACKET_REACH \
            and tokens.tags[n] not in _BEFORE_A_NAME and tokens.word(n) not in lex.org_stop and is_cjk(tokens.word(n)):
        left, n = tokens.starts[n], n - 1
    return left if m.start() - left >= 2 else start


# words a name does not run back over: verbs, prepositions, conjunctions, particles, adverbs, pronouns
_BEFORE_A_NAME = frozenset({"v", "vn", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "d", "r", "m", "q"})


_HELD_AFTER = re.compile(r"(?:负责|主持|承担)的")


def person_then_held(text: str, start: int, end: int) -> bool:
    """`某大学甲所负责的某项目`: a span ending in 所 before a verb of holding, a person's name before the 所, is a
    unit and a person; that 所 is grammar (甲所负责的: what 甲 leads), no institute's ending."""
    return text.endswith("所", start, end) and _HELD_AFTER.match(text, end) is not None and \
        any(is_chinese_name(text[end - 1 - n:end - 1]) for n in (2, 3) if end - 1 - n >= start)


# verbs of founding or joining in a unit, written between a unit and the kind of unit it founds (某医院共建|联合实验室)
_FOUNDING = frozenset({"共建", "合建", "联建", "组建", "成立", "建设", "创建", "设立", "签约", "签署", "携手", "合作", "揭牌",
                       "挂牌", "新建", "筹建", "建立", "牵头", "共同", "联手"})


# groups named by the work they lead (某省推进某中心建设领导小组): 建设 is their task, no founding
TASK_GROUPS = frozenset({"领导小组", "工作小组"})
# what a company is to the group before it (某集团全资|子公司|某有限公司): the word of no company's name
SUBSIDIARY = "子公司"


def founded_kind(tokens: Tokens, lex: Lexicon, start: int, end: int, suffix: str) -> bool:
    """A unit, a verb of founding, then only a kind of unit (`某医院共建联合实验室`, `某大学签约共建实验室`): a clause
    about founding one, no name (the unit is named on its own; the one founded, where named, is quoted)."""
    text = tokens.text
    if suffix in TASK_GROUPS:
        return False  # 某中心建设领导小组: a group named by the work it leads (建设 is its task, not a founding)
    k = tokens.at(start)
    while k < len(tokens.starts) and tokens.ends[k] <= end - len(suffix):
        if tokens.word(k) in _FOUNDING and tokens.starts[k] - start >= 4 \
                and text[start:tokens.starts[k]].endswith(tuple(lex.org_suffixes)):
            rest = k
            while rest < len(tokens.starts) and tokens.word(rest) in _FOUNDING:
                rest += 1
            tail = text[tokens.starts[rest]:end] if rest < len(tokens.starts) else ""
            return bool(tail) and (tail == suffix or is_category(tail, lex, suffix))
        k += 1
    return False


def country_address(name: str) -> int:
    """How many characters of a university's name are the country written before it as its address (中国|南京大学,
    中国|陕西师范大学): 0 where 中国 opens the name itself (中国科学技术大学, 中国海洋大学). A foreign country stays
    (法国南岸大学: the name as the text gives it)."""
    rest = name[2:]
    if not name.startswith("中国") or "大学" not in rest or len(rest) < 4:
        return 0
    tags = jieba_dictionary()[0]
    place = rest.startswith(tuple(province_words())) or any(tags.get(rest[:k]) == "ns" for k in (2, 3))
    return 2 if place and not rest.startswith(disciplines()) else 0  # 中国海洋大学: a field, no place


def refine_proposal(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`refine` for a span proposed by any recogniser over `text` (e.g. a learned model): the name's
    own suffix decides; a span with no organization ending is left as proposed unless it is a category."""
    lex = load_lexicon()
    tokens = tokenize(text)
    name = text[start:end]
    suffix = next((s for s in lex.org_suffixes if name.endswith(s)), "")
    if not suffix:
        if name in lex.org_generic:
            return None
        if name.endswith(FIELDS):
            unit = unit_before_field(name, lex)
            return refine_proposal(text, start, start + unit) if unit else None
        n = tokens.at(start)
        if tokens.starts[n] == start and _label_word(tokens, n, end):
            return tokens.ends[n], end  # 授奖项目|中科院某所: a label's word, then the unit (whatever its ending)
        return start, end
    span = refine(tokens, lex, start, end, suffix)
    return None if span is None or is_category(text[span[0]:span[1]], lex, suffix) else span


FIELDS = ("学科", "专业", "领域")  # a field of study a unit has, no unit of its own


def unit_before_field(name: str, lex: Lexicon) -> int:
    """`某大学控制学科`: the length of the unit named before the field (0 where no unit's ending comes first)."""
    return max((k + len(s) for s in lex.org_suffixes for k in range(len(name) - len(s)) if name.startswith(s, k)),
               default=0)


def _label_word(tokens: Tokens, n: int, before: int) -> bool:
    """Token n is a word a list's label ends with (项目, 成果), a proper name after it and before `before`."""
    return tokens.word(n) in GENERIC_LEADS and tokens.ends[n] < before and tokens.tags[n + 1] in _PROPER_TAGS


@lru_cache(maxsize=8)  # a learned recogniser proposes many spans over one text
def tokenize(text: str) -> Tokens:
    import jieba

    from ingest.nlp.glue import resplit

    tags, freq = _tables()
    bounds, pos = [], 0
    for word in jieba.cut(text) if text else []:
        bounds.append((pos, pos + len(word)))
        pos += len(word)
    return Tokens.from_bounds(text, resplit(text, bounds, tags), tags, freq)


def _tables() -> tuple[dict[str, str], dict[str, int]]:
    return jieba_dictionary()


# a verb of taking a post before the unit, alone or after the name of who takes it (a word to the segmenter: 新任,
# 任海川, 华为): 新任|某大学, 邱某任|某大学, 王某为|某大学
_NAMED_TO_A_POST = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?(?=[任为]))?(?:新任|现任|拟任|升任|出任|担任|转任|兼任|继任|接任|调任|(?<=[\u4e00-\u9fff])[任为])")


_PLACED_IN = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4}?)?(?:现|目前|现在|曾|先后|长期)?"
                        r"(?:任教|就职|任职|工作|执教|供职|就读|毕业|求学|受聘|服务|师从)于")


_DATE_ENDS = frozenset("年月日")
_NUMBER_ENDS = _DATE_ENDS | {"号", "项", "個", "个"}  # (13项|科研成果…: a count of things, then the unit)
_COUNTRY_SHORT = frozenset("英法德美日俄韩澳加意荷瑞芬丹比葡西泰越新印巴埃以欧非")  # one character for a country


def sino_foreign(tokens: Tokens, n: int) -> bool:
    """Token n is 中 for China before one character for another country (中|英|国际学院, 中|法|工程师学院): the
    two countries open a joint unit's name."""
    return tokens.word(n) == "中" and n + 1 < len(tokens.starts) and tokens.word(n + 1) in _COUNTRY_SHORT


# a university's short form ends with its kind's (某地交大, 某地师大)
SHORT_KINDS = r"(?:交大|师大|工大|农大|医大|科大|理工大|财大|矿大|海大|林大)"
_ONE_PLACE_SHORT_KIND = re.compile(rf"[\u4e00-\u9fff]{SHORT_KINDS}")


def trim_context(tokens: Tokens, lex: Lexicon, start: int, end: int, suffix: str) -> int | None:
    """Drop the words of the left context a name was read together with: listed lead words (`祝贺`,
    `就读于`), and common verbs, adverbs and pronouns before a proper name (`工作|某某大学`, `纳入|外交部`)."""
    text = tokens.text
    suffix_start = end - len(suffix)
    if start >= suffix_start or text.startswith(CO_FOUNDED, start):
        return start  # the ending alone is the name (发改委); 省部共建…国家重点实验室 is named so
    if _ONE_PLACE_SHORT_KIND.match(text, start) and (start == 0 or not is_cjk(text[start - 1])):
        return start  # 。某医大一附院: a province's one character and a university's short kind, the name whole
    inner = _preposition_inside(tokens, start, suffix_start, lex, suffix)
    if inner is not None:
        start = inner  # 会议由|某学会: a clause's preposition, the name after it
    start = max([start, *(tokens.starts[k] + 1 for k in range(tokens.at(start), tokens.at(suffix_start))
                          if _VERB_THEN_PLACE.match(tokens.word(k)) and tokens.tag_of(tokens.word(k)[1:]) in ("ns", "nt"))])
    if text[start:start + 1] in _NUMBER_ENDS and start > 0 and text[start - 1].isdigit():
        start += 2 if text.startswith("年度", start) else 1  # 1990年|任某大学…, 2026年度|某学会: the date's end;
        # 某路2号|市科技局大楼, 〔2019〕5号|某厅: a door's or a document's number
    if text[start:start + 1] in "讯电" and start > 0 and text[start - 1] in "日网社" and start + 1 < suffix_start:
        start += 1  # 某某网10月13日讯|科技部, 新华社北京5月2日电|…: a news lead's dispatch word
    while start < suffix_start and text[start] in " \t\u3000":
        start += 1  # 日讯 |科技部: the blank after the words dropped
    placed = _PLACED_IN.match(text, start, suffix_start)
    if placed and (not placed.group("name") or lex.surname_at(text, start)) and suffix_start - placed.end() >= 2:
        start = placed.end()  # 某某现任教于|某大学, 就职于|某公司: the person and the verb of where one works, then the unit
    held = _NAMED_TO_A_POST.match(text, start, suffix_start)
    if held and (not held.group("name") or lex.surname_at(text, start)) and suffix_start - held.end() >= 2:
        start = held.end()  # 新任|某大学常务副校长, 邱某任|某大学党委书记, 王某为|某大学副校长: the post's verb, then the unit
    elif held and held.group("name") and lex.surname_at(text, start) and held.end() == suffix_start:
        return None  # 宋某某为|联合实验室揭牌: a person and a verb before a bare ending, no unit named
    changed = True
    while changed and start < suffix_start:
        changed = False
        term = ORDINAL_TERM.match(text, start, suffix_start)
        if term and not is_term_only(text[start:suffix_start], lex):
            start = term.end()  # 新一届|某学会某分会: the body's term, not its name
            changed = True
            continue
        if text[start] in "原现前" and start + 1 < suffix_start and (_place_at(tokens, start + 1) or _word_alone(tokens, start)):
            start += 1  # 原|兰州某医院副院长, 原|摩擦学国家重点实验室, 前|某研究院副院长: a unit as it was (原子能… is a name);
            # 现|中国某研究院副研究员: where one is now (现代… is a name)
            changed = True
            continue
        if text[start + 1:start + 2] in FIELD_JOINERS and text[start] in BODY_LAST_CHARACTERS | {"会"} \
                and start + 2 < suffix_start:
            start += 2  # 审查|会及|审议委员会: the end of a name before, its conjunction, then the name
            changed = True
            continue
        if (past := past_own_school(text, start, end, tokens.lookup)) != start:
            start = past
            changed = True
            continue
        opener = _ENUMERATED.match(text, start, suffix_start)
        if opener:
            start = opener.end()  # 二要|感谢…, 三是|…: a clause of an enumeration opens there
            changed = True
            continue
        lead = next((w for w in lex.org_lead if text.startswith(w, start) and start + len(w) <= suffix_start), None)
        if lead and start + len(lead) == suffix_start:
            return None  # 热烈祝贺|集团董事长: the ending alone after the lead words, no name
        if lead:
            start += len(lead)
            changed = True
            continue
        n = tokens.at(start)
        if tokens.starts[n] != start and tokens.ends[n] < suffix_start and n + 1 < len(tokens.starts) \
                and text[start:tokens.ends[n]] not in LEVELS and tokens.tags[n + 1] == "v" and tokens.freq(n + 1) >= _COMMON and tokens.ends[n + 1] < suffix_start \
                and _proper_follows(tokens, n + 2, suffix_start):
            start = tokens.ends[n + 1]  # 曾|明|宣布|某大学: the end of a name the walk cut into, the clause's verb
            changed = True
            continue
        if tokens.starts[n] != start or tokens.ends[n] >= suffix_start and tokens.ends[n] != suffix_start \
                or sino_foreign(tokens, n):
            break
        if _label_word(tokens, n, suffix_start):
            start = tokens.ends[n]  # 建议授奖项目|中科院某所: the word a list's label ends with, then the unit
            changed = True
            continue
        if len(tokens.word(n)) == 2 and text[start] in _REPORTED_TO and text[start + 1] in LEVELS:
            start += 1  # 报市|人民政府办公室备案: the verb of reporting the segmenter read with the level after it
            changed = True
            continue
        common = tokens.tags[n] in _CONTEXT_TAGS and tokens.freq(n) >= _COMMON
        glued = tokens.tags[n] is None and text[start] in _FUNCTION_CHARS  # 他系|某某大学
        glued_two = tokens.tags[n] is None and len(tokens.word(n)) == 2 and text[start + 1] not in _FUNCTION_CHARS
        glued_long = tokens.tags[n] is None and len(tokens.word(n)) >= 3 and text[start] in _PREPOSITIONS_GLUED
        if (tokens.tags[n] == "f" or glued_two or glued_long) and text[start] in _FUNCTION_CHARS and start + 1 < suffix_start:
            start += 1  # 以|西某市医院, 由|超分子…: a preposition the segmenter read with the word after it
            changed = True
            continue
        verb = (tokens.tags[n] == "v" or tokens.tags[n] is None and text[start] in _MODALS
                and text[start + 1] in _PREPOSITIONS_AFTER) \
            and len(tokens.word(n)) == 2 and tokens.ends[n] + 2 <= suffix_start  # (愿同|某学院: a modal and 同)
        if verb and _first_field(tokens, n, suffix):
            break  # 根据|爆炸|科学|与|技术|国家重点实验室: the verb names a lab's first field (a technique), the name's
        if verb:
            start = tokens.ends[n]  # 谱写|某某医院(新篇章): a verb of the clause, then the name of its object
            changed = True
            continue
        if (common or glued) and tokens.ends[n] < suffix_start and _proper_follows(tokens, n + 1, suffix_start):
            start = tokens.ends[n]  # 现为|某省…: a verb glued to the name
            changed = True
        elif common and _common_run_then_proper(tokens, n, suffix_start):
            start = tokens.ends[n]  # 要|感谢|某大学: a run of the clause's words, one at a time
            changed = True
    return start if start < suffix_start or not suffix else None


_FIELD_OPENERS = frozenset({"p", "r", "uj", None})  # a preposition, a pronoun, 的, punctuation: a phrase opens after


def _first_field(tokens: Tokens, n: int, suffix: str) -> bool:
    """Token n (a verb) and the word after it are a lab's first field, joined by 与, 和 or 及 to the next (爆炸|科学|与|
    技术…重点实验室), at a phrase's opening: the verb is the technique the field is of, no verb of the clause."""
    return suffix.endswith(LAB_ENDINGS) and n + 2 < len(tokens.starts) and tokens.word(n + 2) in FIELD_JOINERS \
        and (n == 0 or tokens.tags[n - 1] in _FIELD_OPENERS)


def past_own_school(text: str, start: int, end: int, tags: Mapping[str, str]) -> int:
    """The start of a unit less the 校 written before it for the university's own (校|人力资源处, 校|研究生院: the
    university unnamed), where 校 is no part of a word (校友会, 校医院) and three characters at least stay."""
    return start + 1 if text.startswith("校", start) and end - start > 3 and text[start:start + 2] not in tags else start


def _word_alone(tokens: Tokens, at: int) -> bool:
    """The character at `at` is a word of its own."""
    n = tokens.at(at)
    return tokens.starts[n] == at and tokens.ends[n] == at + 1


def _place_at(tokens: Tokens, at: int) -> bool:
    """A place's or an institution's name (the segmenter's `ns`, `nt`) starts a word at `at`."""
    n = tokens.at(at)
    return tokens.starts[n] == at and tokens.tags[n] in ("ns", "nt")


def _common_run_then_proper(tokens: Tokens, n: int, suffix_start: int) -> bool:
    """Tokens n, n+1, … up to a proper name are all common verbs, adverbs or pronouns (要|感谢|某大学)."""
    k = n + 1
    while k < len(tokens.starts) and tokens.ends[k] < suffix_start:
        if tokens.tags[k] not in _CONTEXT_TAGS or tokens.freq(k) < _COMMON:
            return False
        if _proper_follows(tokens, k + 1, suffix_start):
            return True
        k += 1
    return False


FIELD_JOINERS = frozenset("与和及")  # between two fields of a name (某某与某某实验室)
# a lab's endings, and a funding agency's division's: its name may join two fields (某某与某某实验室, 工程与材料科学部)
LAB_ENDINGS = ("实验室", "研究中心", "工程中心", "创新中心", "科学部")


def _preposition_inside(tokens: Tokens, start: int, suffix_start: int, lex: Lexicon, suffix: str) -> int | None:
    """After a one-character preposition the segmenter reads inside a proposed name (会议由|某学会), where
    a proper name or an unknown word follows it: the name starts there. A lab's two fields joined by 与
    (亚热带建筑与|城市科学全国重点实验室) are its name, where no unit and no person is named before the joiner."""
    n = tokens.at(start) + 1
    while n < len(tokens.starts) and tokens.ends[n] <= suffix_start:
        word = tokens.word(n)
        fields = word in FIELD_JOINERS and (suffix.endswith(LAB_ENDINGS)
                                            and lex.suffix_pattern.search(tokens.text, start, tokens.starts[n]) is None
                                            or _school_of_fields(tokens, start, n, lex, suffix)) \
            and (name_at(tokens, start, lex) or (0, 0))[1] != tokens.starts[n]
        if tokens.tags[n] == "p" and len(word) == 1 and word in _FUNCTION_CHARS and not fields \
                and _proper_follows(tokens, n + 1, suffix_start) and tokens.ends[n] < suffix_start:
            return tokens.ends[n]
        if word in _VISIT_VERBS and _proper_follows(tokens, n + 1, suffix_start) and tokens.ends[n] < suffix_start:
            return tokens.ends[n]  # 赴南昌出席|某大学某研究院: the verb of a visit, the name after it
        if tokens.tags[n] is None and 2 <= len(word) <= 3 and word[0] in _INNER_PREPOSITIONS \
                and word[1] not in _FUNCTION_CHARS and tokens.tags[n - 1] in ("n", "v", "vn", "ns"):
            return tokens.starts[n] + 1  # 会议|由市|…, 项目|由某州|…: the preposition glued to the name's first characters
        if tokens.tags[n] is None and 2 <= len(word) <= 4 and (word[-1] in _INNER_PREPOSITIONS or word[-1] == "为") \
                and word[0] not in _FUNCTION_CHARS and tokens.ends[n] + 2 <= suffix_start:
            return tokens.ends[n]  # 杰出奖由|国立某大学, 任命柯蓝为|某大学: the preposition glued to the word before it
        n += 1
    return None


def _school_of_fields(tokens: Tokens, start: int, joiner: int, lex: Lexicon, suffix: str) -> bool:
    """A school's name of two fields (某大学|化学与化工学院, 由|经济与管理学院): the words between the unit before
    (or the proposal's start) and the joiner are a field's nouns, no unit, role or person, and the school's own
    word after the joiner is named by its field alone."""
    if not suffix.endswith("学院") or joiner + 1 >= len(tokens.starts) or not _field_school(tokens.word(joiner + 1)):
        return False
    left = max((m.end() for m in lex.suffix_pattern.finditer(tokens.text, start, tokens.starts[joiner])), default=start)
    field = tokens.text[left:tokens.starts[joiner]]
    if len(field) < 2 or not is_cjk(field) or not field.endswith(disciplines()) or lex.role_pattern.search(field):
        return False
    # the field's words are nouns; the first may be glued to the unit's ending before it (东川|大学化学|与)
    return all(tokens.tags[k] in ("n", "vn", "nz", "nt") for k in range(tokens.at(left), joiner))


def _proper_follows(tokens: Tokens, n: int, suffix_start: int) -> bool:
    """What is left after a dropped word still opens with a proper name (a place, an organization) or a
    word the dictionary lacks, or is the bare suffix glued to a dictionary noun (`外交部`)."""
    if n >= len(tokens.starts):
        return False
    tag = tokens.tags[n]
    return tag in _PROPER_TAGS or tag is None or tokens.starts[n] < suffix_start < tokens.ends[n]


# clause words that also form names of joint units (中外联合某某中心, 协同创新中心): no verb before the fields
_NAME_FORMING = frozenset({"联合", "合作", "协同", "共建", "协作", "依托"})


def extend_over_conjunction(tokens: Tokens, lex: Lexicon, start: int, end: int, suffix: str) -> int:
    """A name that starts right after `与`/`和`/`及` takes in the words before it when those are no
    name of their own and open a clause: `“智能控制与|安全研究中心”`, `、材料与|能源工程学院`."""
    text = tokens.text
    if start == 0 or text[start - 1] not in _CONJUNCTIONS:
        return start
    whole = next((m for m in ministries() if m.endswith(text[start:end]) and text.startswith(m, end - len(m))), None)
    if whole is not None:
        return end - len(whole)  # 由人力资源和|社会保障部: a ministry whose own name joins two fields
    at = start - 1
    left = at
    while left > 0 and is_cjk(text[left - 1]) and text[left - 1] not in _CONJUNCTIONS and at - left < _MAX_LEFT:
        left -= 1  # back to the clause's start, or to the conjunction of the clause (甲所与|乙大学…与…实验室)
    if left == at or (left > 0 and text[left - 1] not in _BOUNDARY and text[left - 1] not in _CONJUNCTIONS):
        return start
    words = text[left:at]
    if any(words.endswith(s) for s in lex.org_suffixes) or lex.role_pattern.search(words) \
            or len(words) >= 2 and words[-1] in BODY_LAST_CHARACTERS | {"会"}:
        return start  # 甲大学与乙研究所, 材料院及某医院, 审查会及…委员会: two names; 院长与…: a role
    left += next((len(w) for w in lex.org_lead if text.startswith(w, left) and left + len(w) < at), 0)  # 我校…
    stop = next((k for k in range(tokens.at(at - 1), tokens.at(left) - 1, -1)
                 if len(tokens.word(k)) == 1 and tokens.word(k) in lex.org_stop and tokens.starts[k] >= left), None)
    if stop is not None:
        if tokens.ends[stop] >= at:
            return start
        left = tokens.ends[stop]  # 项目经|深圳市某某和|信息化委员会: a one-character verb of the clause, then the name
    verb = next((k for k in range(tokens.at(at - 1) - 1, tokens.at(left) - 1, -1)
                 if tokens.word(k) in lex.org_stop and tokens.word(k) not in _NAME_FORMING and tokens.starts[k] >= left), None)
    if verb is not None:
        left = tokens.ends[verb]  # 甲来自|化学与|生物工程学院: the clause's verb, then the fields (科技合作与|交流部 keeps 合作)
    n = tokens.at(left)
    tags = [tokens.tags[k] for k in range(n, tokens.at(at - 1) + 1)]
    if tokens.starts[n] != left or tags[0] in _CONTEXT_TAGS or any(t in _CONTEXT_TAGS - _VERBS for t in tags):
        return start  # 加强|与…, 他|与…: a verb or word of the clause; a verb after a noun is a field's (智能|控制)
    if tokens.ends[n] == at and tags[0] is None and 2 <= at - left <= 3 and lex.surname_at(text, left):
        return start  # 芮某某和|…: a name the dictionary does not know, a person's, not a field
    after = tokens.at(start)
    school = _field_school(tokens.word(after)) and text[left:at].endswith(disciplines())  # 化学与|化工学院
    if tokens.tags[after] in _PROPER_TAGS and not school or any(t in _IDIOM_TAGS for t in tags):
        return start  # …与|青溪研究院: a name of its own follows; 不断加强|与: an idiom of the clause
    return left


def _field_school(word: str) -> bool:
    """A school named by its field alone (化工学院, 商学院), a word the dictionary tags as a proper name: after
    与 it is the end of a school of two fields (化学与|化工学院), not a name of its own."""
    return len(word) <= 4 and word.endswith("学院")


# the endings of institutions (a person works at one; a department is part of one)
INSTITUTION_ENDINGS = ("大学", "学院", "医院", "研究院", "研究所", "科学院")
PRAISED = re.compile("知名|著名|一流|顶尖|高水平")  # words that praise a kind of unit, never in a name
# a place's Party committee and its government named together, no place written (市委市政府, 省委省政府): two bodies
JOINT_COMMITTEE_AND_GOVERNMENT = re.compile(r"(?P<level>[省市县区州])委(?P=level)(?:人民)?政府|党委(?:和)?政府")


def is_category(name: str, lex: Lexicon, suffix: str) -> bool:
    """A name whose words before the ending are all generic modifiers: a kind of unit, not one unit.
    A government office of the province or city the text is about is one unit (省教育厅, 市卫健委)."""
    modifier = name[: len(name) - len(suffix)] if suffix else name
    if not modifier or is_term_only(modifier, lex) or JOINT_COMMITTEE_AND_GOVERNMENT.fullmatch(name) \
            or _OF_A_TYPE.fullmatch(modifier):
        return True  # (临床型医院, 研究型大学: a type of unit)
    if kind_of(suffix) == "government" and (len(suffix) >= 3 or modifier.startswith(_LOCAL) and len(modifier) >= 3):
        return False
    return only_generic(modifier, lex.org_generic)


_MINISTRY_OFFICES = frozenset({"司", "办公厅"})
_OF_A_TYPE = re.compile(r"[\u4e00-\u9fff]{1,4}型$")  # 临床型, 教学科研型, 研究型: what kind of unit
# verbs of joining, being at or going back to a unit, which never stand inside its name (甲入职|某研究所, 乙毕业于|某大学)
VERBS_OF_JOINING = re.compile(r"入职|加入|就职于|任职于|受聘于|工作于|调入|调任|进入|前往|返回|回到|就读于|毕业于|来自")


def ministry_s_category(name: str, lex: Lexicon, suffix: str) -> bool:
    """A ministry's name before a kind of unit (教育部重点实验室, 教育部顶尖大学), or a place's or a level's before a
    kind of lab or centre (湖南省重点实验室, 周口市重点实验室, 市级工程技术研究中心, 211大学): the kind, no unit's name."""
    ministry = next((m for m in ministries() if name.startswith(m)), "")
    if ministry and suffix in _MINISTRY_OFFICES:
        return False  # 某部科技司, 某部办公厅: the ministry's own office, named by its work, no kind of unit
    if ministry and len(name) > len(ministry) and is_category(name[len(ministry):], lex, suffix):
        return True
    if _RANKED_SCHOOLS.match(name):
        return True
    place = _PLACE_OR_LEVEL.match(name)
    return place is not None and suffix.endswith(("实验室", "中心")) and len(name) > place.end() \
        and is_category(name[place.end():], lex, suffix) and _is_place(place.group())


_PLACE_OR_LEVEL = re.compile(r"(?:国家|省部|省|市|区|县)级|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|县|区)(?=重点|工程|技术|研究|实验)")
_RANKED_SCHOOLS = re.compile(r"(?:211|985|双一流)(?:工程)?(?:大学|高校|院校)$")  # a rank of universities, none of them


def _is_place(written: str) -> bool:
    if written.endswith("级"):
        return True
    return is_place_name(written) or is_place_name(re.sub(r"(?:省|市|自治区|州|县|区)$", "", written))


def is_place_name(word: str) -> bool:
    """A province as a document may write it (湖北省, 湖北), or a word the dictionary knows as a place (天津, 雅安)."""
    return word in province_words() or _tables()[0].get(word) == "ns"


def is_term_only(modifier: str, lex: Lexicon) -> bool:
    """`第二届`, `新一届管理`: an ordinal term of a body and generic words, no name."""
    m = ORDINAL_TERM.match(modifier)
    return m is not None and only_generic(modifier[m.end():], _with_term_words(lex.org_generic))


@cache
def _with_term_words(generic: frozenset[str]) -> frozenset[str]:
    return generic | _TERM_WORDS


def only_generic(modifier: str, generic: frozenset[str]) -> bool:
    """Whether `modifier` is a concatenation of generic words (longest first, with backtracking)."""
    if not modifier:
        return True
    return any(modifier.startswith(w) and only_generic(modifier[len(w):], generic)
               for w in _by_first_character(generic).get(modifier[0], ()))


@cache
def _by_first_character(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The words by their first character, longest first."""
    out: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        out.setdefault(w[:1], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


# a document's number after its issuer's short name (某科协〔2022〕16号, 某科协发组字〔2021〕59号): a code, no unit named
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,4}\s*[〔［\[﹝]\s*(?:19|20)\d{2}\s*[〕］\]﹞]\s*\d{1,4}")  # 号 itself is sometimes lost (〔2021〕14?号)
_ADDRESSEES = re.compile(r"[ \t\u3000]*各[^\n。！？]*[：:][ \t\u3000]*$", re.MULTILINE)


def numbers_a_document(text: str, end: int) -> bool:
    """The short name ending at `end` opens a document's number (国卫办科教函〔2021〕14号): an issuer's code."""
    return _DOCUMENT_NUMBER.match(text, end) is not None


def coded_or_addressed(text: str, start: int, end: int) -> bool:
    """The name is only the short name in a document's number (某科协〔2022〕16号), or one of a notice's addressees
    of a kind (`各市县（区）党委组织部、人力资源和社会保障局、科协：`: each county's office, no one body). The
    addressees' groups part at commas, and only a group that opens with 各 is of a kind: in
    `各省卫生健康委，教育部、科技部办公厅：` the ministries are bodies of their own."""
    if numbers_a_document(text, end):
        return True
    line = text.rfind("\n", 0, start) + 1
    found = _ADDRESSEES.match(text, line)
    if found is None or found.end() < end:
        return False
    group = max(text.rfind(c, line, start) for c in ",，;；") + 1 or line
    if text[group:start].lstrip(" \t\u3000").startswith("各"):
        return True
    item = max(text.rfind(c, line, start) for c in _ITEM_MARKS) + 1 or line
    # a body of its own opens an item (not 高校|科协和企业科协), and no level's or kind's does (省级学会, 有关高校)
    return bool(text[item:start].strip()) or text.startswith(_OF_A_KIND, start)


_ITEM_MARKS = ",，;；、和及与"
_OF_A_KIND = ("各", "省级", "市级", "县级", "区级", "国家级", "有关", "相关", "所属", "直属", "其他", "部分")
