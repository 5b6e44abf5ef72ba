"""Where a person's name starts and ends, given a place the context says one is.

jieba's segmentation is the evidence, repaired where it splits a name: a one-character tail
cut off (李立|群说), a surname standing alone (柯|振宇), a compound surname (欧阳|某某), a
foreign name joined by `·`, a Latin-letter name. A single-character surname that is also a
function word (和, 于, 向) opens a name only before a word the dictionary does not know.
"""

from __future__ import annotations

import re

from ingest.nlp.found import Tokens, is_cjk
from ingest.nlp.lexicon import Lexicon

Span = tuple[int, int]

BAD_GIVEN = re.compile(r"[的了是在和与及等为年月日说称到对从将把被也都这那其该本他她它我你们个性]")
# the same, less the characters that do end or stand in given names (建年, 其林, 晓月, 本忠, 道本) where the segmenter read
# the whole name as one word it does not know
BAD_GIVEN_IN_WORD = re.compile(r"[的了是在和与及等为说称到对从将把被也都这那该他她它我你们个性]")
_FUNCTION_TAGS = frozenset({"p", "c", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "q", "m", "r", "f"})
# characters of transliterated foreign names (generic): a `·`-joined run made only of these is a name
_LINKING_TAGS = frozenset({"p", "c"})
_FOREIGN_CHARS = (
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达黛戴丹道德登迪蒂丁顿多厄恩尔法凡范菲费芬弗伏福夫盖冈高戈格"
    "哥古圭哈海汉豪赫黑亨华霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱赖兰朗劳勒蕾雷里理丽利莉连列林琳娄卢鲁路伦罗洛"
    "吕玛马迈麦曼梅美门蒙米密敏明缪摩莫墨姆穆纳娜奈南内尼妮宁纽努诺欧帕潘佩彭皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙"
    "莎尚绍舍申圣施什史斯松苏索塔泰坦汤唐特滕提汀图托瓦万威韦维温文沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎"
    "詹珍朱兹卓佐茨芙迦翰治娅娃瑞露琪茜薇蕾妮丝佛戈科恩莱斯特沃兹杜东策"
    "雪来吐孜铁力不都热买合依逊江罕汗木则喀赛台"  # Uyghur and Kazakh names (雪克来提·扎克尔, 阿不都热西提)
    "烈别捷日历得叶契诃柳涅廖秋茹舒久"  # Russian names (安德烈, 别列佐夫斯基, 斯捷潘, 日尔科夫, 叶夫根尼)
)
# 安娜·杜兰, 乔·某某; 安娜.杜兰 (with a stop, as a citation parts its fields, two characters a part at least: 陈海.基于…
# is an author and a title)
FOREIGN = re.compile(f"[{_FOREIGN_CHARS}]{{1,8}}(?:[·•・][{_FOREIGN_CHARS}]{{1,8}})+"
                     f"|[{_FOREIGN_CHARS}]{{2,8}}(?:[.][{_FOREIGN_CHARS}]{{2,8}})+")
LATIN = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ .-][A-Z][a-z]+(?:[A-Z][a-z]+)?)+")  # (McClintock, MacDonald)
# words of journals', proceedings' and institutions' names in English, never of a person's
_PUBLICATION_WORDS = frozenset({
    "journal", "journals", "letters", "letter", "reports", "report", "transactions", "review", "reviews", "research",
    "science", "sciences", "computing", "systems", "optics", "materials", "advances", "advanced", "proceedings",
    "communications", "bulletin", "annals", "engineering", "chemistry", "physics", "medicine", "vision",
    "recognition", "intelligence", "networks", "society", "university", "institute", "laboratory", "center",
    "centre", "international", "applied", "frontiers", "nature", "cell", "magazine", "conference", "symposium",
    "acta", "technology", "biology", "energy", "neuroscience", "mechanics", "informatics", "archives"})


def publication_like(name: str) -> bool:
    """A Latin span with a word of a journal's name (Marine Robotics Letters, Scientific Reports): no person."""
    return not _PUBLICATION_WORDS.isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", name))
_FOREIGN_BEFORE = re.compile(f"(?:{FOREIGN.pattern}|{LATIN.pattern})$")
JOINS_NOTHING = ("等", "，", "。", "、", "；", "")
_OPENING_VERBS = frozenset({"出席", "主持", "参加", "致辞", "讲话", "发言", "表示", "介绍", "指出"})  # 出席会议
_MORPHEME_TAGS = frozenset({"g", "zg", "ng", "tg", "vg", "ag", "dg", "rg", "mg", "yg"})
CLOSERS = ("同志", "等", "先生", "女士", "团队", "课题组", "研究组", "（", "(", "、", "，", "。", "：", "；", "”", "和", "及", "与", "以及")


_INVITED = re.compile(r"[^，。；,;\n]{1,16}?(?:之邀|的邀请)")
GLUED_VERBS = "任为"  # the verb before a post (某某任|理事长), which the segmenter may glue to the name


def name_at(tokens: Tokens, pos: int, lex: Lexicon, after_role: bool = False) -> Span | None:
    """The name starting at `pos` (after a position, a reporter label, a list separator).

    Right after a role a common word may open a name when one more character closes it (黄河|清)."""
    text = tokens.text
    for pattern in (FOREIGN, LATIN):
        m = pattern.match(text, pos)
        if m:
            return m.span()
    surname = lex.surname_at(text, pos)
    if pos >= len(text) or not surname:
        return None
    n = tokens.at(pos)
    if tokens.starts[n] != pos:
        return None
    if tokens.word(n) == "应" and _INVITED.match(text, pos + 1):
        return None  # 某教授|应|某某之邀: at the invitation of, no surname
    if after_role and tokens.ends[n] == pos + 1 and text[pos] in "和与及" and n + 1 < len(tokens.starts) \
            and 2 <= len(tokens.word(n + 1)) <= 3 and lex.surname_at(text, pos + 1):
        return None  # 甲书记|和|林野副院长: the conjunction, then a name of its own
    longest = pos + len(surname) + 2
    end, k = tokens.ends[n], n
    if end - 1 > pos + len(surname) and text[end - 1] in GLUED_VERBS and lex.role_pattern.match(text, end):
        end -= 1  # 葛晓东任|理事长: the verb before a post, which the segmenter glued to the name
    elif end - 1 > pos + len(surname) and end - 1 <= longest and text[end - 1] == "等" and tokens.tags[n] is None:
        end -= 1  # 施某公等|14位: the 等 closing a list, which the segmenter glued to its last name
    elif end - 1 > pos + len(surname) and text.startswith(OPENS_A_WORD, end - 1):
        end -= 1  # 陈某线|上出席: online, the segmenter glued its first character to the name
    if _common_word(tokens, n, lex) and not (after_role and not (tokens.tags[n] or "").startswith("v")
                                             and _closed_tail(tokens, n, lex)):
        return None  # 毕业|后, 高新|区: a dictionary word, not a surname and a given name
    if end > longest or (tokens.word(n) in lex.surnames and end == pos + len(surname) and _function_word(tokens, n)
                         and not _unknown_given(tokens, n + 1, lex) and not (after_role and _given_after_role(tokens, n + 1))):
        return None
    while end < pos + len(surname) + 1:
        k += 1
        if k >= len(tokens.starts) or tokens.ends[k] > longest or not is_cjk(tokens.word(k)):
            return None
        end = tokens.ends[k]
    if end == pos + len(surname) + 1 and _closed_tail(tokens, k, lex):
        end = tokens.ends[k + 1]  # 李立|群|说: a one-character tail the segmenter cut off
    elif end == pos + len(surname) + 1 and text[end:end + 1] in "和与" and joins_nothing(tokens, end + 1, lex):
        end += 1  # 柯远|和|等, 晏清|和|副理事长致辞: a conjunction that joins nothing is the name's last character
    elif end == pos + len(surname) + 1 and _glued_copula(tokens, end):
        end += 1  # 岳双|印为: the segmenter glued the name's last character to the copula after it
    return pos, end


def joins_nothing(tokens: Tokens, at: int, lex: Lexicon) -> bool:
    """What follows a `和` at `at` is no second member: the end of an item, or a role that no name follows
    (`晏清和副理事长致辞`, not `甲某和副理事长乙某`)."""
    text = tokens.text
    if text[at:at + 1] in JOINS_NOTHING:
        return True
    role = lex.role_pattern.match(text, at)
    if role is None or role.end() >= len(text):
        return role is not None
    after = tokens.at(role.end())
    common = tokens.tags[after] in _COMMON_NOT_NAMES and len(tokens.word(after)) >= 2  # 某某和院士|代表研究所致辞: no name
    return tokens.starts[after] == role.end() and (closes(tokens, role.end(), lex) or (tokens.tags[after] or "").startswith("v")
                                                   or common)


_COMMON_NOT_NAMES = frozenset({"n", "vn", "d", "p", "c", "a", "ad", "r"})  # words of the dictionary a name is not


def _glued_copula(tokens: Tokens, at: int) -> bool:
    if at >= len(tokens.text):
        return False
    n = tokens.at(at)
    word = tokens.word(n)
    return tokens.starts[n] == at and len(word) == 2 and tokens.tags[n] is None and word[1] in "为是" \
        and not BAD_GIVEN.search(word[0])


OPENS_A_WORD = ("线上", "线下")  # 陈某|线上出席: online, offline (no word of the dictionary), after a name


def _closed_tail(tokens: Tokens, k: int, lex: Lexicon) -> bool:
    """李立|群|说: a one-character tail that something closing a name follows, or that cannot stand alone
    (谈静|姝|出席: a bound morpheme, a character no word of its own)."""
    if k + 1 >= len(tokens.starts):
        return False
    tail = tokens.word(k + 1)
    if len(tail) != 1 or not is_cjk(tail) or BAD_GIVEN.search(tail) \
            or tokens.text.startswith(OPENS_A_WORD, tokens.starts[k + 1]):
        return False
    bound = tokens.tags[k + 1] in _MORPHEME_TAGS and len(tokens.word(k)) == 2 and tokens.tags[k] is None
    return closes(tokens, tokens.ends[k + 1], lex) or bound


def name_ending_at(tokens: Tokens, pos: int, lex: Lexicon, listed: bool = False) -> Span | None:
    """The name ending at `pos` (before a title, a reporting verb, 同志). An item of a list of names (`listed`)
    may open with a common word that one more character closes (周一|鸣、甲), as a name after a role may."""
    text = tokens.text
    if pos <= 0:
        return None
    m = _FOREIGN_BEFORE.search(text, max(0, pos - 30), pos)
    if m:
        return m.span()
    n = tokens.at(pos - 1)
    if tokens.ends[n] != pos:
        return None
    word = tokens.word(n)
    if not is_cjk(word):
        return None
    before = tokens.word(n - 1) if n > 0 else ""
    if len(word) == 1 and 2 <= len(before) <= 3 and lex.surname_at(before, 0) and before not in lex.surnames \
            and is_cjk(before) and len(before) - len(lex.surname_at(before, 0) or "") < 2 \
            and not BAD_GIVEN.search(word) and (listed or not _common_word(tokens, n - 1, lex)):
        if tokens.tag_of(before[0]) not in _LINKING_TAGS:
            return tokens.starts[n - 1], pos  # 李立|群 cut by the segmenter
        if len(before) == 2 and lex.surname_at(before, 1):
            return tokens.starts[n - 1] + 1, pos  # 由李|立: a preposition glued to the surname
    opens_item = n == 1 or n >= 2 and not is_cjk(tokens.word(n - 2)[-1:])  # ，段|玉玺教授: the surname opens an item
    surname_before = before in lex.surnames and tokens.tags[n] in ("nr", None) \
        and (not _function_word(tokens, n - 1) or opens_item and tokens.tags[n - 1] == "q")  # (段, 张: measure words)
    if len(word) == 2 and len(before) == 1 and surname_before and lex.surname_at(word, 0):
        return tokens.starts[n - 1], pos  # 黄|洪波: a surname cut off a given name that could open a name too
    if len(word) <= 2 and before in lex.surnames and (len(before) == 2 or not lex.surname_at(word, 0)):
        if len(before) == 2 or not _function_word(tokens, n - 1) or _unknown_given(tokens, n, lex):
            return tokens.starts[n - 1], pos  # 欧阳|某某, 柯|振宇
    glued = len(word) == 3 and lex.surname_at(word, 1) is not None
    if glued and tokens.tag_of(word[0]) in _LINKING_TAGS:
        return tokens.starts[n] + 1, pos  # a preposition glued on: 由吕某
    if 2 <= len(word) <= 4 and lex.surname_at(word, 0):
        return tokens.starts[n], pos
    if glued and tokens.tags[n] is None:  # not a dictionary word: 反应堆
        return tokens.starts[n] + 1, pos  # a stray character glued on: 院长长|吕某
    return None


def closes(tokens: Tokens, pos: int, lex: Lexicon) -> bool:
    """What follows `pos` can follow a name: punctuation, the end, a role, a reporting verb."""
    text = tokens.text
    if pos >= len(text) or not is_cjk(text[pos]) or text.startswith(CLOSERS, pos):
        return True
    word = tokens.word(tokens.at(pos)) if tokens.starts[tokens.at(pos)] == pos else ""
    if word in lex.person_context or word in lex.titles or word in lex.positions:
        return True
    return len(word) >= 3 and (tokens.tags[tokens.at(pos)] or "").startswith(("v", "l")) and word[:2] in _OPENING_VERBS


def _common_word(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    tag = tokens.tags[n]
    return len(tokens.word(n)) >= 2 and tokens.word(n) not in lex.surnames and tag is not None and not tag.startswith("nr")


def _function_word(tokens: Tokens, n: int) -> bool:
    return tokens.tags[n] in _FUNCTION_TAGS


def _given_after_role(tokens: Tokens, n: int) -> bool:
    """副组长|曾|立华: right after a role, a surname the dictionary reads as an adverb opens a name before a
    one- or two-character word it knows as a name part or not at all."""
    return n < len(tokens.starts) and is_cjk(tokens.word(n)) and len(tokens.word(n)) <= 2 \
        and tokens.tags[n] in (None, "nr", "nz", "nrfg")


def _unknown_given(tokens: Tokens, n: int, lex: Lexicon) -> bool:
    """和|某某, 常|振宇: a function-word surname needs a given name that is no common word.

    After a preposition or conjunction (和, 于, 向) only a word the dictionary lacks will do."""
    if n >= len(tokens.starts) or n == 0:
        return False
    word, tag = tokens.word(n), tokens.tags[n]
    if not is_cjk(word) or len(word) > 2 or lex.surname_at(word, 0):
        return False
    if tokens.tags[n - 1] in _LINKING_TAGS:
        return tag is None
    return tag is None or tag.startswith("nr") or tag in ("ns", "nz")


def name_glued_to_verb(tokens: Tokens, n: int, lex: Lexicon) -> Span | None:
    """李立|群说: the segmenter glued the name's last character to the verb after it."""
    word = tokens.word(n)
    if n == 0 or tokens.tags[n] is not None or len(word) < 2 or word[1:] not in lex.person_context:
        return None
    before = tokens.word(n - 1)
    surname = lex.surname_at(before, 0)
    if not surname or not is_cjk(before) or before in lex.surnames or len(before) - len(surname) != 1:
        return None
    return tokens.starts[n - 1], tokens.starts[n] + 1
