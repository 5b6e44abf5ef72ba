"""`kg_learned`: the learned tagger as a spaCy component. The model proposes spans; our word lists
then extend or veto them, and map the model's labels to ours:

- PER -> PERSON, less any title or position word at either end (a title is never part of a name)
  and never a word our lists say is no name;
- ORG, COM, GOV -> ORG, completed by an organization ending the model cut short (清华大|学), its kind
  from that ending where our lists know one, else company (COM), government (GOV) or other;
- POS -> TITLE where the words are a title in our lists (教授, 研究员), else POSITION.

Two leads. For documents (`lead="rules"`, extraction), the spans go into the span group
`kg_learned` only where ingest.nlp.learned_merge lets them: where the rules found nothing and the span
passes the rules' own checks, or where it completes an organization the rules cut; `kg_entities`
takes the rules' spans first and these after. For prose as `kg ner` reads it (`lead="model"`), the
model's spans, so corrected, are the answer: no rule component runs (README, "The NER model").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ingest.nlp.components import (
    GROUP_LEARNED,
    GROUP_ORGS,
    GROUP_PERSONS,
    GROUP_ROLES,
    _found,
    annotate,
    doc_text,
    doc_tokens,
    jieba_dictionary,
)
from ingest.nlp.found import Found, is_cjk
from ingest.nlp.learned_lexicon import FeatureLexicon, feature_lexicon
from ingest.nlp.learned_merge import CLOSE, GLUED_BEFORE_NAME, OPEN, merge_proposals, past_term
from ingest.nlp.lexicon import Lexicon, kind_of, load_lexicon
from ingest.nlp.names import OPENS_A_WORD
from ingest.nlp.org_bounds import FIELDS, PRAISED, VERBS_OF_JOINING, past_own_school, unit_before_field
from ingest.nlp.orgs import ROOMS
from ingest.nlp.persons import glued_win
from ingest.nlp.tagger import TaggedSpan, Tagger
from ingest.org_names import RELATIVE_BODY
from names.organizations import kind_suffix

_COUNT = r"(?:\d+|[多几数两一二三四五六七八九十百千万余]+)[家所个批座项]"
_COUNTED_BEFORE = re.compile(_COUNT + r"\s*$")  # 12所(line break)世界知名大学
_LIKENED = re.compile(r"(?:作为|誉为|堪称|号称|称为|被称|比作)[^，。；！？\n]*的[“\"]$")
_COUNTED_AFTER = re.compile(r"(?:达|共|超过|近|逾)?\d+[家所]")
_NO_TAGS: Mapping[str, str] = {}
_CELL_BREAKS = "|\t\n"  # table cells and lines: a name never runs across them
_LONGEST_LATIN_ORG = 12  # longer Latin-only spans in Chinese prose are titles and journals
_NAME_DOTS = "·•‧・"  # between the parts of a foreign name (理查德•迈尔)
_MODEL_KINDS = {"COM": "company", "GOV": "government", "ORG": "other"}
# "rules": the rules' spans stand and the model adds vetted ones (learned_merge), for documents;
# "model": the model's spans, corrected by our lists (`to_found`), for prose as `kg ner` reads it
LEADS = ("rules", "model")
_LINK_TAGS = ("v", "p", "c")  # jieba's tags of verbs, prepositions and conjunctions
_LINKS = frozenset("与和及、")
_DEPARTMENT_UNITS = frozenset("系处")
_BODIES = ("委员会", "理事会")
# a head that names a unit or place of its own: an ending of one, or a place word
_NAMED_HEAD = re.compile(r"[省市县区州国]|大学|学院|医院|研究[院所]|实验室|中心|公司|集团|学会|协会|[厅局部]")
_PUNCT_EDGES = "，。、；：！？,.;:!?（）()《》“”\"'·- \t\n\r\u3000"


def to_found(
    text: str, span: TaggedSpan, lex: Lexicon, features: FeatureLexicon, tags: Mapping[str, str] = _NO_TAGS,
) -> Found | None:
    """Our span for one of the model's, or None where our word lists (and jieba's dictionary,
    `tags`) veto it."""
    start, end = span.start, span.end
    while start < end and text[start] in _PUNCT_EDGES:
        start += 1
    while end > start and text[end - 1] in _PUNCT_EDGES:
        end -= 1
    if start >= end:
        return None
    end = _before_open_bracket(text, start, end)
    if span.label == "PER":
        if end - start > 3 and tags.get(text[end - 2:end]) in _LINK_TAGS:
            end -= 2  # a verb the model read into the name (某某某当选)
        elif end - start == 3 and glued_win(text, end):
            end -= 1  # 柯蓝获|某奖: the verb of winning, not the name's last character
        person = _person(text, start, end, lex, features)
        if person and tags.get(text[person.start:person.end], "")[:1] in ("v", "a"):
            return None  # a word the dictionary knows as a verb or adjective (简介, 应邀)
        return person
    if span.label == "POS":
        words = text[start:end]
        return Found(start, end, "TITLE" if _is_title(words, lex) else "POSITION")
    end = next((i for i in range(start, end) if text[i] in _CELL_BREAKS), end)
    start = past_own_school(text, _past_leading_verb(text, start, end, tags), end, tags)
    if text[start] in _TIME_MARKS and end - start > 4 and text[start:start + 2] not in tags:
        start += 1  # 原|某市某设计研究总院总工程师: the mark of a post held before (or now), no part of the unit's name
    start = _past_inner_verb(text, start, end, tags)
    lead = next((w for w in lex.org_lead if text.startswith(w, start)), "")
    if lead and end - start - len(lead) < 3:
        return None  # 热烈祝贺|集团董事长: the lead words and a bare ending, no name
    start += len(lead)  # 我校|某学院, 祝贺|某研究所: words of the left context, not the name's
    start = past_term(text, start, end, lex)  # 十三届|全国人大常委会: the body's term, not its name
    year = _LEADING_YEAR.match(text, start, end)
    start = year.end() if year and end - year.end() >= 2 else start  # 113年度|国科会, 2024年|某学会: a date, no name
    end = _before_trailing_link(text, start, end, tags)
    site = next((w for w in _SITES if text.endswith(w, start, end)), "")
    end -= len(site) if end - start - len(site) >= 2 else 0  # 某局|官网: the unit, not its website
    if start >= end or (end - start > _LONGEST_LATIN_ORG and text[start:end].isascii()):
        return None  # a title or journal in English, not a unit
    end = _before_crossing_role(text, start, complete_org(text, start, end, features), features)
    if end - start > 2 and text[end - 1] == text[end - 2] and text[end - 1] in _ONE_CHARACTER_ENDINGS:
        end -= 1  # 某大学材料系|系主任: the post opens with the unit's ending again
    if counted(text, start, end) or "某" in text[max(0, start - 2):end] or PRAISED.search(text, start, end) \
            or _likened(text, start, end):
        return None  # 10家研发中心, 某县人民医院, 世界知名大学: a kind of unit, no name
    name = text[start:end]
    if name.endswith(FIELDS):  # 某大学控制学科: the unit, then a field of study it has
        end = start + unit_before_field(name, lex)
        if end - start < 2:
            return None
        name = text[start:end]
    if name.endswith(ROOMS) or RELATIVE_BODY.fullmatch(name):  # (系党支部: a department's own branch, no name)
        return None  # 在国际学术报告厅举行: a hall, a place, no organization
    if _OF_A_TYPE.search(name):
        return None  # 建设研究型大学, 教学科研型医院: a type of unit, none of them
    if features.suffix_kinds.get(name, "government") != "government" or name in lex.org_generic:
        return None  # 中心, 大学 alone: a word referring back, not a name (发改委 alone names one office)
    kind = kind_of(name)
    return Found(start, end, "ORG", kind if kind != "other" else _MODEL_KINDS[span.label])


_ONE_CHARACTER_ENDINGS = frozenset("系所院处科室部局厅")
_SITES = ("官网", "官方网站", "门户网站", "网站", "官微", "公众号")
_OF_A_TYPE = re.compile(r"型(?:大学|学院|高校|院校|医院|企业|研究所|研究院|科研院所|机构|实验室|中心|学校)$")
_TIME_MARKS = frozenset("原前现")  # (原子能研究院, 前沿研究院, 现代农业研究院: words of the name, which the dictionary knows)
_LEADING_YEAR = re.compile(r"(?:(?:19|20)\d{2}|\d{2,3})\s*年度?")  # a year (a Minguo one too: 113年度)


def _past_leading_verb(text: str, start: int, end: int, tags: Mapping[str, str]) -> int:
    """The start of an organization less a verb, preposition or conjunction the model read into it
    (联合|某大学, 由|某公司, 以及|某研究所): a word the dictionary tags v, p or c, or one of the
    one-character links, that is not the first character of a longer dictionary word; at least
    three characters stay."""
    if text.startswith("好", start) and end - start > 3 and tags.get(text[max(0, start - 2):start]) in ("v", "vn"):
        return start + 1  # 服务好|某学院师生: the verb's complement, the name after it
    for size in range(min(4, end - start - 3), 0, -1):
        word = text[start:start + size]
        if size == 1:
            if word in GLUED_BEFORE_NAME and text[start:start + 2] not in tags:
                return start + 1
        elif tags.get(word) in _LINK_TAGS and text[start:start + size + 1] not in tags:
            return start + size
    return start


def _past_inner_verb(text: str, start: int, end: int, tags: Mapping[str, str]) -> int:
    """The start of an organization after a verb of joining or being at a unit that the model read inside it, with what
    came before (甲入职|某研究所, 乙毕业于|某大学): the unit after the last such verb, where it is a whole unit."""
    verbs = [m for m in VERBS_OF_JOINING.finditer(text, start + 1, end) if tags.get(m.group(), "v").startswith("v")]
    cut = verbs[-1].end() if verbs else start
    return cut if cut > start and _whole_unit(text[cut:end]) else start


def _before_trailing_link(text: str, start: int, end: int, tags: Mapping[str, str]) -> int:
    """The end of an organization less a conjunction the model read into it (某大学与, 某所以及); one
    character only where it is a link (jieba tags 所 a conjunction too: 某派出所, 某事务所)."""
    for size in (2, 1):
        word = text[end - size:end]
        if end - size - start >= 3 and (word in _LINKS or size > 1 and tags.get(word) == "c"):
            return end - size
    return end


def _before_open_bracket(text: str, start: int, end: int) -> int:
    """A name stops at a bracket it does not close (北港大学（英国 -> 北港大学)."""
    depth, cut = 0, end
    for i in range(start, end):
        if text[i] in OPEN:
            depth, cut = depth + 1, (i if depth == 0 else cut)
        elif text[i] in CLOSE and depth:
            depth -= 1
            cut = end if depth == 0 else cut
    return cut if depth else end


def _before_crossing_role(text: str, start: int, end: int, features: FeatureLexicon) -> int:
    """An organization stops where a title or position word begins inside it and runs past its end
    (某大学校|长 -> 某大学, 某研究院院|长 -> 某研究院)."""
    for at in range(max(start + 2, end - features.max_role + 1), end):
        for word, _ in features.roles_by_first.get(text[at], ()):
            if at + len(word) > end and text.startswith(word, at) and text[end:at + len(word)] not in features.roles:
                return at  # (某大学化学系|主任 keeps its 系: 主任 is a post of its own)
    return end


_VERBS_LINKING_UNITS = re.compile(r"会同|联合|携手|联手|协同")


def parted_at_joining_verbs(text: str, spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """A span of the model's over two units and the verb that joins them (某厅会同某局, 某厅联合某市某局): the two
    units, each ending as a unit does and more than its ending, the verb in neither (某大学联合实验室 is one)."""
    out = []
    for span in spans:
        if span.label in ("PER", "POS"):
            out.append(span)
            continue
        cut = next((m for m in _VERBS_LINKING_UNITS.finditer(text, span.start, span.end)
                    if _whole_unit(text[span.start:m.start()]) and _whole_unit(text[m.end():span.end])), None)
        if cut is None:
            out.append(span)
            continue
        out += [TaggedSpan(span.start, cut.start(), span.label), TaggedSpan(cut.end(), span.end, span.label)]
    return out


def _whole_unit(name: str) -> bool:
    suffix = kind_suffix(name)
    return bool(suffix) and len(name) > len(suffix) + 1


def join_overlapping_orgs(text: str, found: list[Found]) -> list[Found]:
    """Two organizations of the model that are one name: they overlap once an ending completed the
    first (某重点|实验室 and 实验室建设与运行管理委员会: the model cut inside a word), or the second is
    a committee or council named by its work alone right after the first (某实验室 + 建设与运行管理
    委员会, 某市 + 科学技术委员会: that unit's or place's body). The union takes the second's kind."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if last is not None and last.label == f.label == "ORG" and (
                f.start < last.end < f.end or (f.start == last.end and _body_named_by_work(text[f.start:f.end]))):
            out[-1] = Found(last.start, f.end, "ORG", f.kind)
        else:
            out.append(f)
    return out


def _body_named_by_work(name: str) -> bool:
    ending = next((e for e in _BODIES if name.endswith(e)), "")
    head = name[:-len(ending)] if ending else ""
    return bool(head) and not _NAMED_HEAD.search(head)


def department_into_unit(text: str, spans: list[TaggedSpan], features: FeatureLexicon) -> list[TaggedSpan]:
    """A post the model read with its department (某大学 + 化学系主任): the department joins the
    unit right before it (某大学化学系 + 主任, 某厅高新处 + 处长), where the post is a role word of
    our lists and the department is a university's (系) or a bureau's (处); not 党委书记, nor a
    hospital's 泌尿外科主任, posts of their own."""
    out = list(spans)
    for i in range(len(out) - 1):
        unit, post = out[i], out[i + 1]
        if unit.label not in ("ORG", "COM", "GOV") or post.label != "POS" or unit.end != post.start:
            continue
        for cut in range(post.end - 1, post.start + 1, -1):
            department, role = text[post.start:cut], text[cut:post.end]
            if role in features.roles and department[-1] in _DEPARTMENT_UNITS:
                out[i] = TaggedSpan(unit.start, cut, unit.label)
                out[i + 1] = TaggedSpan(cut, post.end, "POS")
                break
    return out


def _likened(text: str, start: int, end: int) -> bool:
    """A name in quotes that the text likens something to (作为某学科的“黄埔军校”, 被誉为…的“摇篮”):
    a figure of speech, not the unit."""
    return text[end:end + 1] in CLOSE and bool(_LIKENED.search(text, max(0, start - 30), start))


def counted(text: str, start: int, end: int) -> bool:
    """A count before or after the name makes it a category (10家研发中心, 研发中心达393家)."""
    return bool(_COUNTED_BEFORE.search(text, max(0, start - 10), start) or _COUNTED_AFTER.match(text, end))


def _person(text: str, start: int, end: int, lex: Lexicon, features: FeatureLexicon) -> Found | None:
    """The name less every title or position word that overlaps either of its ends (院|长王明 -> 王明);
    none where one character is left (陈|先生: a form of address, not a name)."""
    for at in range(max(0, start - features.max_role + 1), end):
        for word, _ in features.roles_by_first.get(text[at], ()):
            last = at + len(word)
            if not text.startswith(word, at) or last <= start:
                continue
            if at <= start:
                start = max(start, last)
            elif last >= end:
                end = min(end, at)
    stop = next((i for i in range(start, end) if _breaks_name(text, i)), end)
    if stop - start == 3 and text.startswith(OPENS_A_WORD, stop - 1):
        stop -= 1  # 陈某线|上出席: online, its first character no part of the name
    name = text[start:stop]
    if len(name) < 2 or name in lex.non_names or name in lex.titles or name in lex.positions:
        return None
    return Found(start, stop, "PERSON")


def _breaks_name(text: str, i: int) -> bool:
    """Punctuation or space ends a name; the dot or hyphen between the parts of a foreign name and the
    space between two Latin words (Thomas Reed) do not."""
    ch = text[i]
    if ch in _CELL_BREAKS:
        return True
    if ch in _NAME_DOTS or (ch == " " and 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i + 1].isascii()):
        return False
    if ch in "-－" and 0 < i < len(text) - 1 and is_cjk(text[i - 1]) and is_cjk(text[i + 1]):
        return False  # 福雷斯特-阿伦: the parts of a foreign name joined by a hyphen
    return unicodedata.category(ch)[0] in "PZ"


def _is_title(words: str, lex: Lexicon) -> bool:
    return words in lex.titles or (words not in lex.positions and words.endswith(tuple(lex.titles)))


def complete_org(text: str, start: int, end: int, features: FeatureLexicon) -> int:
    """The end of the organization, moved past an ending the model cut: one that begins inside
    the span and runs past its end (清华大|学). An ending right after the span is left alone: that
    is most often a unit of its own (某大学|医学院) or a common noun (某银行|企业)."""
    best = end
    for inside in range(1, min(features.max_suffix, end - start)):
        begin = end - inside
        for size in range(features.max_suffix, inside, -1):
            if begin + size <= best or begin + size > len(text):
                continue
            if text[begin:begin + size] in features.suffix_kinds:
                best = begin + size
                break
    return best


class LearnedRecognizer:
    def __init__(self, name: str, lead: str = "rules") -> None:
        if lead not in LEADS:
            raise ValueError(f"lead {lead!r}: one of {', '.join(LEADS)}")
        self.name = name
        self.lead = lead
        self.tagger: Tagger | None = None
        self.lexicon: Lexicon | None = None
        self.features: FeatureLexicon | None = None
        self.tags: dict[str, str] = {}
        self.freq: dict[str, int] = {}

    def initialize(self, get_examples: Callable[[], Any] | None = None, nlp: Language | None = None) -> None:
        self.tagger = Tagger()
        self.lexicon = load_lexicon()
        self.features = feature_lexicon()
        self.tags, self.freq = jieba_dictionary()

    def __call__(self, doc: Doc) -> Doc:
        return self._read(doc, self._tagger().spans(doc_text(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """As `__call__` on each doc, the sentences of a batch of docs tagged in one run of the network
        (news and lists come a line a doc)."""
        tagger = self._tagger()
        for batch in minibatch(docs, size=batch_size):
            for doc, proposed in zip(batch, tagger.spans_many([doc_text(doc) for doc in batch]), strict=True):
                yield self._read(doc, proposed)

    def _tagger(self) -> Tagger:
        if self.tagger is None:
            self.initialize()
        assert self.tagger is not None
        return self.tagger

    def _read(self, doc: Doc, tagged: list[TaggedSpan]) -> Doc:
        assert self.lexicon is not None and self.features is not None
        text = doc_text(doc)
        proposed = parted_at_joining_verbs(text, department_into_unit(text, tagged, self.features))
        found = join_overlapping_orgs(
            text, [f for s in proposed if (f := to_found(text, s, self.lexicon, self.features, self.tags)) is not None])
        if self.lead == "model":
            annotate(doc, GROUP_LEARNED, found)
            return doc
        tokens = doc_tokens(doc, self.tags, self.freq)  # jieba's words, before any component split them
        persons = [_found(s) for s in doc.spans.get(GROUP_PERSONS, [])]
        rule_orgs = [_found(s) for s in doc.spans.get(GROUP_ORGS, [])]
        if any(counted(text, o.start, o.end) for o in rule_orgs):  # the same veto for the rules' names
            rule_orgs = [o for o in rule_orgs if not counted(text, o.start, o.end)]
            annotate(doc, GROUP_ORGS, rule_orgs)
        roles = [_found(s) for s in doc.spans.get(GROUP_ROLES, [])]
        added, replaced = merge_proposals(text, tokens, found, [*rule_orgs, *persons, *roles], self.lexicon,
                                          self.features)
        if replaced:
            annotate(doc, GROUP_ORGS, [o for o in rule_orgs if o not in replaced])
            annotate(doc, GROUP_ROLES, [r for r in roles if r not in replaced])
            annotate(doc, GROUP_PERSONS, [p for p in persons if p not in replaced])
        found = added
        annotate(doc, GROUP_LEARNED, found)
        return doc


@Language.factory("kg_learned", assigns=["doc.spans"], default_config={"lead": "rules"})
def make_learned(nlp: Language, name: str, lead: str) -> LearnedRecognizer:
    return LearnedRecognizer(name, lead)
