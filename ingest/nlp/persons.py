"""Person names: a surname-initial word of two to four characters where the context says person.

Context is a position or title just before (主任李某), a title, reporting verb or 同志 just
after (李某教授, 李某表示), an appointment verb (任命李某), a byline of names, an organization
written right before a listed name (某大学李某、王某), a neighbour in a list of names, or
another mention of a name already accepted. Foreign names joined by `·` need no context.
Forms of address (陈先生, 张医生) are not names. Surname-initial words the dictionary does not
know, seen without context, are returned as `unsure` for a second opinion.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.genres.literal import occurrences
from ingest.kit.text import spoken_not_named
from ingest.nlp.found import Found, Tokens, is_cjk
from ingest.nlp.glue import glued_adverb
from ingest.nlp.lexicon import Lexicon
from ingest.nlp.names import (
    BAD_GIVEN,
    BAD_GIVEN_IN_WORD,
    FOREIGN,
    GLUED_VERBS,
    LATIN,
    OPENS_A_WORD,
    closes,
    joins_nothing,
    name_at,
    name_ending_at,
    name_glued_to_verb,
    publication_like,
)
from ingest.nlp.org_bounds import numbers_a_document

Span = tuple[int, int]
Accept = Callable[[Span | None], bool]

_LABELS = r"本报记者|见习记者|特约记者|记者|通讯员|实习生|作者|撰稿|摄影|编辑"
_BYLINE = re.compile(r"^[ \t\u3000]*([\u3400-\u9fff]{2,4}(?:[ \t\u3000]+[\u3400-\u9fff]{2,4})+)[ \t\u3000]*$", re.M)
_BYLINE_LABELS = frozenset({*_LABELS.split("|"), "文"})
_BRACKETED_BYLINE = re.compile(f"[（(][ \t\u3000]*(?:{_LABELS})[ \t\u3000]*([^（()）\n]{{2,40}}?)[ \t\u3000]*[）)]")
_NAMES_THEN_ROLE = re.compile(r"[（(][ \t\u3000]*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \t\u3000、，,][\u4e00-\u9fff·]{2,4}){0,3})"
                             r"[ \t\u3000]*[/／][ \t\u3000]*(?:文|图|摄|摄影|供稿|撰稿)[ \t\u3000]*[）)]")
_REPORTER = re.compile(f"(?:{_LABELS})[ \u3000]*[/：:]?[ \u3000]*|文[ \u3000]*/[ \u3000]*")
# words a name follows: 民盟盟员李某, 某大学博士毕业生李某
_MEMBER = frozenset({"党员", "盟员", "社员", "会员", "成员", "党外人士", "无党派人士", "毕业生", "研究生", "博士生",
                     "硕士生", "本科生", "博士后"})
_APPOINT = frozenset({"任命", "聘任", "聘请", "免去", "推选", "选举", "增补", "委任", "提名"})
_AFTER_NAME = frozenset({"同志", "先生", "女士"})
_DOCTOR_AFTER = re.compile(rf"(?<![A-Za-z])(?P<name>{LATIN.pattern})[ \t]?博士(?!生|后|研究生|学位)")
MEMBERS_ARE = re.compile(r"(?:完成人|成员|参与人员|参加人员|获奖人|获奖者|作者|发明人)(?:还|也|主要|分别)?(?:包括|包含|有|为|是)[：:]?[ \t\u3000]*")
_TEAM_AFTER = frozenset({"课题组", "团队", "研究组", "研究团队", "科研团队", "教授团队"})  # 李某课题组
_AFTER_LIST = frozenset({"同志", "人", "专家", "学者", "代表", "领导", "嘉宾", "院士", "教授", "研究员"})
_COMMON = 5000  # jieba frequency above which a word is too common to be a given name
# endings of place names and terms (高新区, 常见病, 切除术), and of units' short forms (安岭大, 安岭医|大, 某所)
_NOT_NAME_END = frozenset("性化区路街道巷村镇乡县市省州港湾站场馆楼滩病症码点会类型式率度量大医院所校术奖杯")
_NOT_SURNAME_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"})
_COUNTER_AFTER_NUMBER = re.compile(r"(?:\d|[一二三四五六七八九十两几多数百千余])[位名个项]")  # 4位新当选, 3项研究: a counter after a number, no surname
_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两几多数百千]+)余?[名人位个]")
_LEADERS = ("党和国家领导人", "国家领导人", "中央领导", "省领导", "市领导", "领导人", "领导同志")
_TEAM_ITEM = re.compile(r"(?<=[（(、])([\u4e00-\u9fff]{2,4})等(?=[、）)])")
_PHOTO_PLACE = re.compile(r"[（(](?:左|右|中|前排|后排)[一二三四五六七八九]?[）)]")
_AUTHOR_ROLE = re.compile(r"(?:[（(][^（）()\n]{1,12}[）)])?\s*(?:为|是|作为|担任)(?:该论文|论文|文章|该文)?的?(?:共同|并列)?"
                          r"(?:第一|通讯|共同通讯)作者")
_LABEL_COLON = re.compile(r"[ \t\u3000]*[：:][ \t\u3000]*")
_LONGEST_BRACKETED_POST = 40
_NAMED_AFTER = ("基金", "奖", "杯", "路", "街", "大道", "大街", "大厦", "楼", "馆", "中学", "小学", "学院", "医院", "大学",
                "星", "号", "定律", "定理", "方程", "效应", "公式")
_NAMED_FOR = re.compile(r"(?:(?![获得荣颁授领评被一二三四五特])[\u4e00-\u9fff]){0,4}?(?:奖学金|奖|基金会?)(?!励)"
                        r"|(?:优秀|青年|教师|科学|技术|科技|成就|学术|创新|杰出|贡献|研究|医学|教育|工程|终身|人文)+"
                        r"(?:奖学金|奖教金|奖章|奖)(?!励)"  # (某某优秀青年教师奖: the award's words between)
                        r"|(?:(?![获得荣颁授领评被])[\u4e00-\u9fff]){2,4}?(?:讲座教授|讲席教授)"  # not 某某|讲座教授 itself
                        r"|(?:变换|级数|定理|定律|方程|公式|算法|效应|常数|函数|分布|猜想|不等式)")  # 傅里叶变换: a term
_LINKING = frozenset("以由从据经被把将向对与和及为是让请给")
_QUOTED_PRIZE = re.compile(r"[^“”\"\n获荣颁授得]{2,30}?(?:奖|奖学金|基金|讲座)[”\"]")  # (not “某某获奖”)
_ITEM_START = frozenset("，,、；;：:\n\t \u3000|")
_ROLE_LABELS = ("TITLE", "POSITION")
_FRAMED_TAGS = frozenset({"a", "n", "nz", "ns", "nr", "nrfg", "nrt"})
_RARE_WORD = 1000  # jieba frequency under which a dictionary word between a unit and a title may be a given name
# words written between a unit and a title that qualify the title (全职教授, 荣誉教授), not a name
_TITLE_MODIFIERS = frozenset({"全职", "王牌", "金牌", "万能", "荣誉", "名誉", "客座", "兼职", "资深", "首席", "特聘",
                              "讲席", "常务", "高级", "专职", "终身", "明星", "新任", "原任", "现任"})
_PROMOTIONS = frozenset({"晋升", "升任", "评为", "聘为", "晋职"})  # 1994年晋升讲师: the verb before the title, no name
_LATIN_ALIAS = re.compile(f"[（(]({LATIN.pattern})[）)]")


_CAPTION_PLACE = re.compile(r"[左右][一二三四五六七八九十]")  # 左一, 右二: a place in a photo, the word alone
_BODY_LAST = frozenset("部处局厅科室所院")
_MOTION = frozenset("来赴到去回返")


def find_persons(
    tokens: Tokens, lex: Lexicon, roles: list[Found], taken: list[Found], with_unsure: bool = False,
) -> tuple[list[Found], list[Found]]:
    """(names, unsure): names the context supports, and bare candidates worth a second opinion."""
    text = tokens.text
    names: dict[str, list[Span]] = {}
    blocked = [(f.start, f.end) for f in taken]

    def accept(span: Span | None) -> bool:
        if not span or not valid_name(text[span[0]:span[1]], tokens, span, lex):
            return False
        names.setdefault(text[span[0]:span[1]], []).append(span)
        return True

    def accept_framed(span: Span | None) -> bool:
        if not span or not valid_name(text[span[0]:span[1]], tokens, span, lex, framed=True):
            return False
        names.setdefault(text[span[0]:span[1]], []).append(span)
        return True

    starts = set(tokens.starts)
    for role in roles:
        if _COUNTED.match(text, role.end):
            continue  # 引进教授3名: a count of a category, no one named
        accept(name_at(tokens, role.end, lex, after_role=True)) or accept(_glued_to_verb(tokens, role.end, lex)) \
            or role.label == "POSITION" and accept_framed(_word_after_post(tokens, role.end, lex, roles))
        if role.label == "TITLE" or role.start in starts:
            accept(name_ending_at(tokens, role.start, lex))
        labelled = _LABEL_COLON.match(text, role.end)  # 组长：李某
        if labelled and labelled.end() in starts:
            accept(name_at(tokens, labelled.end(), lex))
        bracket = _bracket_before(text, role.end)  # 李某（某大学副校长、教授）
        if bracket is not None and bracket in starts:
            accept(_listed_before(text, bracket, lex)) or accept(name_ending_at(tokens, bracket, lex))
    for org in (f for f in taken if f.label == "ORG"):
        span = name_at(tokens, org.end, lex)
        if span and closes(tokens, span[1], lex):
            accept(span)
        else:
            accept_framed(_framed_word(tokens, org.end, lex, roles))
    title_starts = {r.start for r in roles if r.label == "TITLE"}
    post_starts = {r.start for r in roles if r.label == "POSITION"}
    for org in (f for f in taken if f.label == "ORG"):  # 某研究所(的)|游学甫|教授: a name between a unit and a title
        if org.end < len(text) and tokens.starts[tokens.at(org.end)] != org.end:  # 某某科技司|马某|司长: the name's
            size = next((k for k in (3, 2) if org.end + k in post_starts | title_starts), None)  # start mid-word
            if size is not None and lex.surname_at(text, org.end) and is_cjk(text[org.end:org.end + size]):
                accept_framed((org.end, org.end + size))
        at = org.end + 1 if text.startswith("的", org.end) else org.end
        size = next((k for k in (3, 2) if at + k in title_starts), None)
        if size is not None and lex.surname_at(text, at) and is_cjk(text[at:at + size]) \
                and tokens.lookup_freq(text[at:at + size]) <= _COMMON and text[at:at + size] not in lex.non_names \
                and not any(s < at + size and at < e for s, e in blocked):
            accept_framed((at, at + size))
    for role in roles:  # 某大学甲某院士、林立教授: a list of titled names
        listed = re.match(r"[、和及]", text[role.end:role.end + 1])
        if listed and role.label in _ROLE_LABELS:
            accept_framed(_framed_word(tokens, role.end + 1, lex, roles))
    for n, start in enumerate(tokens.starts):
        word = tokens.word(n)
        if word in lex.person_context or word.rstrip("道") in lex.person_context or word in _AFTER_NAME \
                or word in _TEAM_AFTER:
            accept(name_ending_at(tokens, start, lex))
        elif word in _APPOINT or word in _MEMBER:
            accept(name_at(tokens, tokens.ends[n], lex)) or accept(_appointed_glued(tokens, n + 1)) \
                or accept(_glued_to_post_verb(tokens, tokens.ends[n], lex))
        elif word == "等" and (n + 1 < len(tokens.starts) and tokens.word(n + 1) in _AFTER_LIST
                               or text.startswith(_LEADERS, tokens.ends[n])):
            accept(name_ending_at(tokens, start, lex))
        elif tokens.tags[n] is None and len(word) >= 2:
            accept(name_glued_to_verb(tokens, n, lex)) or accept(_glued_to_award_verb(tokens, n)) \
                or word[-1] in "任为" and n > 0 and tokens.tags[n - 1] is None \
                and accept(_glued_to_post_verb(tokens, tokens.starts[n - 1], lex))  # 邱水|清任|某大学
    orgs_by_end = {f.end: f for f in taken if f.label == "ORG"}
    for role in roles:  # 经研究决定，甲任某大学副校长: the name before the verb of holding, the unit and the post after it
        if role.label != "POSITION":
            continue
        at = orgs_by_end[role.start].start if role.start in orgs_by_end else role.start
        verb = _HOLDS_BEFORE.search(text, max(0, at - 2), at)
        if verb is not None:
            accept(name_ending_at(tokens, verb.start(), lex))
    for m in MEMBERS_ARE.finditer(text):  # 项目主要完成人还包括甲、乙等: the list's first name (its neighbours follow)
        accept(name_at(tokens, m.end(), lex))
    for m in _LABELLED_PERSON.finditer(text):  # 成果主要完成人童某某荣获…: the label's 人 glued to the surname after it
        accept(_after_label(tokens, m.end(), lex))
    for m in _DOCTOR_AFTER.finditer(text):  # 某大学Mirela Vandeck博士: a foreign name, then the degree it is called by
        accept((m.start(), m.end("name")))
    for m in _AUTHOR_ROLE.finditer(text):  # 李某（博士研究生）为第一作者
        accept(name_ending_at(tokens, m.start(), lex)) or accept(_listed_before(text, m.start(), lex))
    for m in _REPORTER.finditer(text):
        if m.end() in starts:
            accept(name_at(tokens, m.end(), lex))
    for m in _NAMES_THEN_ROLE.finditer(text):  # （甲/文）, （乙 丙/图）: the byline's names, then what they did
        for name in re.finditer(r"[\u4e00-\u9fff·]{2,4}", m.group("names")):
            accept((m.start("names") + name.start(), m.start("names") + name.end()))
    for m in _PHOTO_PLACE.finditer(text):
        accept(name_ending_at(tokens, m.start(), lex))
    for m in _TEAM_ITEM.finditer(text):  # 二等奖3项(甲某等、乙某某等): each item a team named by its first
        accept(m.span(1))
    for m in FOREIGN.finditer(text):
        accept(m.span())
    _bylines(text, lex, accept)
    for span in _compound_surnamed(tokens, lex, blocked):
        accept(span)
    for span in _bare(tokens, lex, blocked):
        accept(span)
    _lists(tokens, lex, names, accept)
    for spans in list(names.values()):
        for _, end in list(spans):
            alias = _LATIN_ALIAS.match(text, end)
            if alias:
                accept(alias.span(1))

    found = _every_mention(text, names, blocked)
    unsure = _unsure(tokens, lex, found + blocked) if with_unsure else []
    return [Found(s, e, "PERSON") for s, e in found], unsure


# a label naming the person after it: 主要完成人, 第一完成人, 获奖人, 候选人 (no colon: `完成人童某某荣获`)
_LABELLED_PERSON = re.compile(r"(?:主要|第[一二三四五六七八九十]+)?(?:完成人|获奖人|候选人|推荐人|执笔人|起草人|报告人)(?:为|是)?")
_LABEL_CLOSES = re.compile(r"[、，,。；;：:（(）)\s]|等|和|及|与|荣获|获得|获|被|的|为|是|$")


def _after_label(tokens: Tokens, at: int, lex: Lexicon) -> Span | None:
    """The name right after a label (`完成人|童某某`), of three characters or two, closed by a mark, a conjunction or a
    verb, where the segmenter glued the label's last character to the surname (人童)."""
    text = tokens.text
    if not lex.surname_at(text, at):
        return None
    for size in (3, 2):
        span = (at, at + size)
        if span[1] <= len(text) and _LABEL_CLOSES.match(text, span[1]) and text[at] not in "和与及" \
                and valid_name(text[span[0]:span[1]], tokens, span, lex):
            return span  # (完成人和单位: the conjunction, no surname)
    return None


# the verb of winning after a name (柯蓝|获某奖, 柯蓝|荣获): the segmenter may glue it to the name; its 荣 may
# also be a name's last character (李春荣|获), so 荣 is the verb's only where the segmenter cut it from the name
# the verb of giving a talk, the talk after it (作|2021年度工作报告, 作了|题为“…”的发言)
_GLUED_TALK = re.compile(r"(?<=[\u4e00-\u9fff]{2})[作做](?=了?[^，。；\n]{0,24}?(?:报告|发言|讲话|致辞|总结|演讲|讲座))")
_WINS = re.compile(r"(?<=[\u4e00-\u9fff]{2})获(?=[\u4e00-\u9fff“「《]|(?:19|20)\d{2})")  # 柯蓝获|2015年度某奖: a year too
_WINS_WITH_HONOUR = re.compile(r"(?<=[\u4e00-\u9fff]{2})荣(?=获(?!得)|膺)")


def _ends_in_award_verb(tokens: Tokens, span: Span) -> bool:
    """The span's last character is the verb of winning (柯蓝获|某奖, 柯蓝|荣|获), not the name's."""
    last = span[1] - 1
    if glued_win(tokens.text, span[1]):
        return True
    return _WINS_WITH_HONOUR.match(tokens.text, last) is not None and tokens.starts[tokens.at(last)] == last


def glued_win(text: str, end: int) -> bool:
    """The character before `end` is the verb of winning glued to a name (柯蓝获|某奖), not the name's."""
    return _WINS.match(text, end - 1) is not None


def _glued_to_award_verb(tokens: Tokens, n: int) -> Span | None:
    """柯蓝获|某奖: a name of two or three characters the segmenter glued to the verb of winning, or to the verb of a
    talk (柯蓝作|工作报告, 柯蓝作了|题为…的报告)."""
    word, start = tokens.word(n), tokens.starts[n]
    if not 3 <= len(word) <= 4 or not (glued_win(tokens.text, tokens.ends[n])
                                       or _GLUED_TALK.match(tokens.text, tokens.ends[n] - 1)):
        return None
    return start, tokens.ends[n] - 1


def _appointed_glued(tokens: Tokens, n: int) -> Span | None:
    """任命|柯蓝为|…: the segmenter glued the appointment's 为 to the name (not 李有为, which a second 为 follows)."""
    if n >= len(tokens.starts) or tokens.tags[n] is not None:
        return None
    word, end = tokens.word(n), tokens.ends[n]
    if not 3 <= len(word) <= 4 or word[-1] != "为" or tokens.text[end:end + 1] == "为":
        return None
    return tokens.starts[n], end - 1


def _glued_to_post_verb(tokens: Tokens, pos: int, lex: Lexicon) -> Span | None:
    """甲、卢雪华|为某大学副校长, 任命卢雪华|为…: a name whose last character the segmenter read with the 为 or 任
    after it (王雪|华为): the name's characters up to that verb."""
    text = tokens.text
    if not lex.surname_at(text, pos):
        return None
    for length in (3, 2):
        end = pos + length
        if end >= len(text) or text[end] not in "为任" or not is_cjk(text[end + 1:end + 2]):
            continue
        n = tokens.at(end - 1)
        if tokens.starts[n] < end < tokens.ends[n] and is_cjk(text[pos:end]):
            return pos, end
    return None


def _listed_before(text: str, end: int, lex: Lexicon) -> Span | None:
    """The whole item of a list that ends at `end` (`、别某某（`, a line's `柏某（`) where it is a name's length."""
    start = end
    while start > 0 and is_cjk(text[start - 1]):
        start -= 1
    if not 2 <= end - start <= 5 or (start > 0 and text[start - 1] not in _ITEM_START):
        return None
    if text[start] in _LINKING and end - start >= 3 and not lex.surname_at(text, start):
        start += 1  # 以|柏某某（…）为第一作者
    return (start, end) if end - start <= 4 and lex.surname_at(text, start) else None


def _bracket_before(text: str, end: int) -> int | None:
    """Where the bracket opens that a role closes (`（某大学副校长、教授）`), if the role ends it."""
    if not text.startswith(("）", ")"), end):
        return None
    at = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    if at < 1 or end - at > _LONGEST_BRACKETED_POST or any(c in text[at:end] for c in "）)。；\n"):
        return None
    return at


def _glued_to_verb(tokens: Tokens, pos: int, lex: Lexicon) -> Span | None:
    """院长|穆远浩说: the segmenter glued a one-character reporting verb to the name after a role."""
    if pos >= len(tokens.text):
        return None
    n = tokens.at(pos)
    word = tokens.word(n)
    if tokens.starts[n] != pos or not 3 <= len(word) <= 5 or word[-1] not in lex.person_context:
        return None
    return pos, tokens.ends[n] - 1


def _bylines(text: str, lex: Lexicon, accept: Accept) -> None:
    """A line of names (张三 李四), or names in brackets after a reporter label: （记者 张三，李四 通讯员 王五）."""
    lines = _BYLINE.finditer(text)
    bracketed = (m for m in _BRACKETED_BYLINE.finditer(text) if re.fullmatch(r"[\u3400-\u9fff，、, \t\u3000]+", m.group(1)))
    for m in (*lines, *bracketed):
        pieces = [p for p in re.finditer(r"[\u3400-\u9fff]+", m.group(1)) if p.group() not in _BYLINE_LABELS]
        parts = [p for piece in pieces for p in _without_labels(piece)]
        if parts and all(2 <= len(p[2]) <= 4 and lex.surname_at(p[2], 0) for p in parts):
            for start, end, _ in parts:
                accept((m.start(1) + start, m.start(1) + end))


def _without_labels(part: re.Match[str]) -> list[tuple[int, int, str]]:
    """`张三通讯员李四` -> its names, the labels between them dropped."""
    out, at = [], part.start()
    for piece in re.split(f"({_LABELS})", part.group()):
        if piece and piece not in _BYLINE_LABELS:
            out.append((at, at + len(piece), piece))
        at += len(piece)
    return out


def _bare(tokens: Tokens, lex: Lexicon, blocked: list[Span]) -> list[Span]:
    """Three-character words the dictionary lacks or knows as names, opening with a surname.

    Not when the first two characters are a common word (安全|性, 智能|化) or the last one ends
    place names and terms (高新区, 某某路, 常见病), or the last two are a common word (高|水平)."""
    out = []
    for n, start in enumerate(tokens.starts):
        word = tokens.word(n)
        if len(word) != 3 or tokens.tags[n] not in (None, "nr") or not is_cjk(word) or word[0] not in lex.surnames:
            continue
        if word[2] in _NOT_NAME_END or tokens.tag_of(word[0]) in _NOT_SURNAME_TAGS:
            continue
        head, given = tokens.tag_of(word[:2]), tokens.tag_of(word[1:])
        if head is not None and not head.startswith("nr"):
            continue
        if given is not None and not given.startswith("nr") and tokens.lookup_freq(word[1:]) > _COMMON:
            continue  # 高|水平: a common word after the surname character
        if tokens.text.startswith(_NAMED_AFTER, tokens.ends[n]) or tokens.text.startswith(OPENS_A_WORD, tokens.ends[n] - 1):
            continue  # 某某基金, 某某奖, 某某路: a thing named after someone, not the person; 陈某线|上: online
        if start > 0 and tokens.text[start - 1] in "“\"「『" and tokens.text[tokens.ends[n]:tokens.ends[n] + 1] in ("”", "\"", "」", "』"):
            continue  # “金点子”: a word in quotes alone is a term the text coins, not someone named
        if not any(s < tokens.ends[n] and start < e for s, e in blocked):
            out.append((start, tokens.ends[n]))
    return out


def _lists(tokens: Tokens, lex: Lexicon, names: dict[str, list[Span]], accept: Accept) -> None:
    """Neighbours of an accepted name in a list (李某、王某和赵某) are names too."""
    text = tokens.text
    done: set[Span] = set()
    for _ in range(12):
        todo = [s for spans in names.values() for s in spans if s not in done]
        if not todo:
            return
        for start, end in todo:
            done.add((start, end))
            if text.startswith(("、", "和", "及"), end) or _slashed(text, end):
                # (a neighbour's place says name as a role does: 甲、周一|鸣团队, a common word and one character)
                span = name_at(tokens, end + 1, lex) or name_at(tokens, end + 1, lex, after_role=True)
                if span and closes(tokens, span[1], lex):
                    accept(span)
                else:
                    accept(_glued_to_post_verb(tokens, end + 1, lex))
            if start > 0 and (text[start - 1] in "、和及" or _slashed(text, start - 1)):
                accept(name_ending_at(tokens, start - 1, lex, listed=True))


_HOLDS_BEFORE = re.compile(r"(?:担任|出任|兼任|升任|调任|任)$")
# compound surnames that are no common word (东方, 西门, 百里 are), and what may follow a name: a mark, a conjunction,
# a verb of holding, speaking or taking part, a preposition, a role
_COMPOUND_SURNAME = re.compile("欧阳|司马|上官|诸葛|司徒|皇甫|令狐|慕容|夏侯|尉迟|端木|公孙|长孙|宇文|轩辕|呼延|赫连|澹台|申屠"
                               "|钟离|闻人|万俟|拓跋|独孤")
_AFTER_COMPOUND = re.compile(r"[、，,。；;：:（(）)“”\s]|$|等|和|与|及|同志|为|是|任|以|在|于|获|将|被|对|向|从|带领|率领|领衔|作为"
                             r"|担任|表示|指出|介绍|出席|主持|参加|参与|当选|入选|荣获|发表|作|做|说|称|认为|强调|教授|研究员|博士|院士"
                             r"|现|曾|目前|供职|就职|任职|受聘")
_BEFORE_COMPOUND = frozenset("、，,。；;：:（(“ \t\n\u3000和与及由请向对给让")
_GIVEN_STOPS = frozenset("为是任以在于获等和与及将被对向从作说称现曾")


def _compound_surnamed(tokens: Tokens, lex: Lexicon, blocked: list[Span]) -> list[Span]:
    """A name with a compound surname (`司马青为…`, `欧阳明远以…`, `欧阳舒等`), which the segmenter cuts across the
    given name and the word after it: the surname at a clause's or list's start, a given name of one or two
    characters, and what may follow a name right after (the longer given name where both read so)."""
    text = tokens.text
    out: list[Span] = []
    for found in _COMPOUND_SURNAME.finditer(text):
        start, given = found.span()
        if start and text[start - 1] not in _BEFORE_COMPOUND and not any(e == start for _, e in blocked):
            continue  # inside a word the surname opens no name; after a mark, a conjunction, a role or a unit it may
        for size in (2, 1):
            end = given + size
            if end > len(text) or not is_cjk(text[given:end]) or any(c in _GIVEN_STOPS for c in text[given:end]):
                continue
            if size == 2 and (tokens.tag_of(text[given + 1:given + 3]) or "").startswith("v"):
                continue  # 司马青|出任: the second character opens the verb after a one-character given name
            if _AFTER_COMPOUND.match(text, end) and not any(s < end and start < e for s, e in blocked):
                out.append((start, end))
                break
    return out


def _slashed(text: str, at: int) -> bool:
    """A slash between two Chinese words at `at` parts the names of a list (`甲/乙/丙团队`)."""
    return text.startswith(("/", "／"), at) and 0 < at < len(text) - 1 and is_cjk(text[at - 1]) and is_cjk(text[at + 1])


def vet_person_proposal(text: str, start: int, end: int) -> bool:
    """Whether a span another recogniser (a learned model) proposes as a person passes the same checks as
    ours: a surname and a given name of the right length, no form of address (陈先生), no role word."""
    from ingest.nlp.lexicon import load_lexicon
    from ingest.nlp.org_bounds import tokenize

    return valid_name(text[start:end], tokenize(text), (start, end), load_lexicon())


_CLOSES_A_NAME = re.compile(r"[、，,。；;）)]|和|与|及|一起|等|共同|出席|表示|指出|致辞|主持")


def _word_after_post(tokens: Tokens, pos: int, lex: Lexicon, roles: list[Found]) -> Span | None:
    """`某院院长|周济|一起…`: such a word right after a post, closed by a mark, a conjunction or the verb of what the
    person did, is a name (周济 as a given name)."""
    span = _surname_word(tokens, pos, lex, roles)
    return span if span is not None and _CLOSES_A_NAME.match(tokens.text, span[1]) is not None else None


def _framed_word(tokens: Tokens, pos: int, lex: Lexicon, roles: list[Found]) -> Span | None:
    """`某大学|高洁|院士`: such a word framed by a unit (or a list mark) before it and a title or position right after
    it is a name (高洁, 高远 as given names)."""
    span = _surname_word(tokens, pos, lex, roles)
    return span if span is not None and any(r.start == span[1] and r.label in _ROLE_LABELS for r in roles) else None


def _surname_word(tokens: Tokens, pos: int, lex: Lexicon, roles: list[Found]) -> Span | None:
    """The rare two-character dictionary word opening with a surname that starts at `pos`, no role over it: a
    name where its frame says so."""
    if pos >= len(tokens.text):
        return None
    n = tokens.at(pos)
    word = tokens.word(n)
    if tokens.starts[n] != pos or len(word) != 2 or not is_cjk(word) or word[0] not in lex.surnames:
        return None
    if tokens.tags[n] not in _FRAMED_TAGS or tokens.freq(n) >= _RARE_WORD or word in _TITLE_MODIFIERS or word in _PROMOTIONS:
        return None
    end = tokens.ends[n]
    return None if any(r.start < end and pos < r.end for r in roles) else (pos, end)


_LISTED_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4})、$")
_LISTED_AFTER = re.compile(r"、([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def _among_places(tokens: Tokens, span: Span) -> bool:
    """The name is an item of a list (parted by 、) whose items beside it are places' names."""
    before = _LISTED_BEFORE.search(tokens.text, max(0, span[0] - 5), span[0])
    after = _LISTED_AFTER.match(tokens.text, span[1])
    beside = [m.group(1) for m in (before, after) if m is not None]
    return bool(beside) and all(tokens.tag_of(item) == "ns" for item in beside)


_UNIT_SHORT_AFTER = re.compile(r"[所院](?=的|[，,、。；;）)”\"\s]|$)")


_CREDIT = re.compile(r"供(?:图|稿|片)")
_FUNCTION_SURNAME_TAGS = frozenset({"v", "d", "p", "c", "r"})


def _function_word_then_word(name: str, tokens: Tokens) -> bool:
    """A surname's character that is far more often a function word or a verb (应, 将, 向) before a given name that
    is a common word of the dictionary no name has (具有, 当地): a clause's words, no person."""
    first, given = name[0], name[1:]
    return tokens.tag_of(first) in _FUNCTION_SURNAME_TAGS and tokens.lookup_freq(first) > _COMMON \
        and (tokens.tag_of(given) or "nr")[:2] != "nr" and tokens.lookup_freq(given) > _COMMON


_BUILDING_ENDS = frozenset("馆楼厅")
_ROOM_AFTER = re.compile(r"\s*(?:[A-Za-z]?\d{2,4}|[A-Za-z]座|\d{1,2}层|[一二三四五六七八九十]楼|报告厅|会议室)")




def valid_name(name: str, tokens: Tokens, span: Span, lex: Lexicon, framed: bool = False, whole: bool = False) -> bool:
    """A surname and a given name of the right length, no function word, role or common word in it. `framed`:
    a unit or a role stands next to it, so a dictionary word may be a name; `whole`: the span is known to be
    the whole name (the model read it so, and a role or a list mark closes it), so a given name may end in
    年, 月 or 日 (李明月教授) as it may in a word jieba does not know."""
    if LATIN.fullmatch(name):
        return not publication_like(name)  # Marine Robotics Letters: a journal's name
    if FOREIGN.fullmatch(name):
        return True
    surname = lex.surname_at(name, 0)
    if not surname or not 2 <= len(name) <= 4:
        return False
    given = name[len(surname):]
    if spoken_not_named(name):
        return False  # 了解孙其人, 曾任: words that stand for the person or say what they did, no name
    if numbers_a_document(tokens.text, span[1]):
        return False  # 国卫办|科教函〔2021〕14号: an issuer's short name in a document's number
    if _UNIT_SHORT_AFTER.match(tokens.text, span[1]):
        return False  # 古脊椎|所的: the short form of an institute's name (某某所, 某某院), no person
    if _NAMED_FOR.match(tokens.text, span[1]):
        return False  # 某某数学奖, 某某医学讲座教授: an award or a chair named after the person, not the person
    if span[0] > 0 and tokens.text[span[0] - 1] in "“\"" and _QUOTED_PRIZE.match(tokens.text, span[1]):
        return False  # “某某湖泊科学优秀青年学者奖”: a prize named after the person, its whole name quoted
    if len(name) >= 3 and name[-1] in GLUED_VERBS and lex.role_pattern.match(tokens.text, span[1]):
        return False  # 徐某任|理事长: the verb before a post, not the name's last character
    if len(name) == 3 and name[1:] in lex.person_context:
        return False  # 在某大学调研时|强调: a word said after a name (强调, 表示, 指出), never a given name
    if len(name) >= 3 and name[-1] in "自从曾" and (len(name) == 3 or name[-1] == "曾") \
            and glued_adverb(tokens.text, span[1], lex):
        return False  # 柯某自|2018年, 欧阳某曾|在: since when, or the adverb of the past, not the name's last character
    if len(name) == 3 and _ends_in_award_verb(tokens, span):
        return False  # 柯蓝获|某奖, 柯蓝荣|获: the verb of winning, not the name's last character
    if span[0] > 0 and _COUNTER_AFTER_NUMBER.match(tokens.text, span[0] - 1):
        return False  # 4位新当选: a counter after a number, not a surname
    if _among_places(tokens, span):
        return False  # 金沙江、黄土坡、王府井: a place among places, whatever the dictionary calls it
    if len(name) == 3 and _CREDIT.match(tokens.text, span[1] - 1):
        return False  # 甲某供|图, 乙某供|稿: a photo's or a text's credit, the verb no part of the name
    if len(name) == 3 and _function_word_then_word(name, tokens):
        return False  # 负责人应具有…: a modal verb read as a surname, then a common verb
    if given.endswith(("和", "与")) and joins_nothing(tokens, span[1], lex):
        given = given[:-1] + "X"  # 柯远和等: the conjunction joins nothing, so it is part of the name
    n = tokens.at(span[0])
    one_word = tokens.starts[n] == span[0] and tokens.ends[n] == span[1] and tokens.tags[n] is None
    bad = BAD_GIVEN_IN_WORD if (one_word or whole) and len(name) == 3 else BAD_GIVEN
    if not given or len(given) > 2 or bad.search(given) or not is_cjk(name):
        return False
    if any(given.startswith(w) or given.endswith(w) for w in lex.non_names) or given in lex.non_given:
        return False
    if name[-1] in _BUILDING_ENDS and (name[-1] == "馆" or _ROOM_AFTER.match(tokens.text, span[1])):
        return False  # 某大学明理馆305, 逸夫楼B201: a building (and its room), no person
    if _CAPTION_PLACE.fullmatch(name):
        return False  # 左一：某主任、右二：某院长: a photo caption's place, counted from the left or the right
    if name[-1] in _BODY_LAST and tokens.text.startswith(name[-1], span[1]) and lex.role_pattern.match(tokens.text, span[1]):
        return False  # 宣传部|部长, 办公厅|厅长: a body and its head's post, which opens with the body's last character
    if len(name) == 2 and name[0] in _MOTION and tokens.tag_of(name[1]) == "ns":
        return False  # 来|陕, 赴|粤: a verb of coming or going and the province's one-character name
    if name in lex.positions or name in lex.titles or lex.role_pattern.search(name) or name in _TITLE_MODIFIERS \
            or name in _PROMOTIONS:
        return False  # 荣誉|教授: a title's modifier, 晋升|讲师: a promotion, not a name
    if name.endswith("大") and lex.role_pattern.match(tokens.text, span[1]):
        return False  # 安岭大副校长: a university's short form (安岭大学), not a name
    if tokens.starts[n] == span[0] and tokens.ends[n] == span[1]:
        tag = tokens.tags[n]
        if tag is not None and not tag.startswith("nr") and not framed:
            return False  # a dictionary word that is not a name: 公司, 高新
    return True


def _every_mention(text: str, names: dict[str, list[Span]], blocked: list[Span]) -> list[Span]:
    spans: set[Span] = set()
    for name in names:
        for s in occurrences(name, text):
            e = s + len(name)
            if any(bs < e and s < be for bs, be in blocked):
                continue
            spans.add((s, e))
    ordered = sorted(spans, key=lambda se: (se[0], -se[1]))
    out: list[Span] = []
    for s, e in ordered:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _unsure(tokens: Tokens, lex: Lexicon, covered: list[Span]) -> list[Found]:
    out = []
    for n, start in enumerate(tokens.starts):
        word = tokens.word(n)
        if not 2 <= len(word) <= 3 or not is_cjk(word) or tokens.tags[n] not in (None, "nr"):
            continue
        end = tokens.ends[n]
        if any(s < end and start < e for s, e in covered):
            continue
        if valid_name(word, tokens, (start, end), lex):
            out.append(Found(start, end, "PERSON"))
    return out
