"""Word lists the recognisers use, read once from ingest/data. Generic knowledge only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ingest.org_names import org_kind


def _lines(name: str) -> list[str]:
    text = resources.files("ingest").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _sections(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line)
    return out


def _alternation(words: frozenset[str] | tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    titles: frozenset[str]
    positions: frozenset[str]
    head_positions: frozenset[str]  # positions that mean leading the unit
    person_context: frozenset[str]
    non_names: frozenset[str]  # given-name parts that make a form of address (先生, 老师)
    non_given: frozenset[str]  # whole given names that do (张|家)
    org_suffixes: tuple[str, ...]  # longest first
    weak_suffixes: frozenset[str]
    org_stop: frozenset[str]
    org_lead: tuple[str, ...]  # words of the left context read together with a name (祝贺, 就读于), longest first
    org_generic: frozenset[str]
    role_pattern: re.Pattern[str]
    suffix_pattern: re.Pattern[str]

    def surname_at(self, text: str, i: int) -> str | None:
        if text[i:i + 2] in self.surnames:
            return text[i:i + 2]
        if text[i:i + 1] in self.surnames:
            return text[i:i + 1]
        return None

    def office_of_a_post(self, name: str) -> bool:
        """`书记处`, `秘书处`: the office a post names in the body named elsewhere, no body's name of its own."""
        return name.endswith("处") and name[:-1] in self.positions


# verbs of taking or holding a post (新当选|学会会长, 连任|学会副会长): never words of a body's name
LEVELS = frozenset("省市县区")  # the levels of government a unit may be named by (由|省预防医学会, 市|某医院)
TAKING_POSTS = frozenset({"当选", "连任", "现任", "曾任", "历任", "兼任", "出任", "新任", "拟任", "升任", "转任", "继任", "接任",
                          "调任", "担任", "获聘", "受聘", "聘为", "任职"})


@cache
def stop_words() -> re.Pattern[str]:
    """The words of two characters or more that no unit's name runs across (包括, 来自, 积极), the longest first."""
    words = sorted((w for w in load_lexicon().org_stop if len(w) >= 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def load_lexicon() -> Lexicon:
    positions = _lines("positions.txt")
    heads = frozenset(p.rstrip("*") for p in positions if p.endswith("*"))
    position_words = frozenset(p.rstrip("*") for p in positions)
    titles = frozenset(_lines("titles.txt"))
    rules = _sections("org_rules.txt")
    weak = frozenset(rules.get("weak", []))
    suffixes = tuple(sorted(set(rules.get("suffix", [])) | weak, key=lambda s: (-len(s), s)))
    return Lexicon(
        surnames=frozenset(_lines("surnames.txt")),
        titles=titles,
        positions=position_words,
        head_positions=heads,
        person_context=frozenset(_lines("person_context.txt")),
        non_names=frozenset(w for w in _lines("non_names.txt") if not w.startswith("=")),
        non_given=frozenset(w[1:] for w in _lines("non_names.txt") if w.startswith("=")),
        org_suffixes=suffixes,
        weak_suffixes=weak,
        org_stop=frozenset(rules.get("stop", [])),
        org_lead=tuple(sorted(rules.get("lead", []), key=len, reverse=True)),
        org_generic=frozenset(_lines("org_generic.txt")),
        role_pattern=_alternation(titles | position_words),
        suffix_pattern=_alternation(tuple(suffixes)),
    )


NOT_INSTITUTES = ("派出所", "事务所", "诊所", "场所", "住所", "厕所", "招待所", "托儿所", "交易所", "看守所", "管理所", "服务所")


def kind_of(name: str) -> str:
    """kgx/1 kind: ingest.org_names.org_kind, refined for endings it leaves to `other`."""
    if name.startswith(("联合国", "世界")) and name.endswith(("局", "组织", "署")):
        return "other"  # international bodies are not a government's offices
    kind = org_kind(name)
    if kind == "university" and name.endswith("学院") and _school_of_a_discipline(name):
        return "other"
    if kind == "other":
        if len(name) in (2, 3) and name.endswith("大") and not name.endswith("人大"):
            return "university"  # 某大: a university's short form (人大 is also a people's congress)
        if name.endswith(("院区", "分院")):
            return "hospital"
        if name.endswith(("医专", "师专", "高专")) and len(name) >= 4:
            return "university"  # 某某医专: a medical college's short form (医学高等专科学校)
        if name.endswith("基金委"):
            return "government"
        if name.endswith(("联合体", "科协", "文联", "社科联", "作协", "书协", "美协", "侨联")):
            return "society"
        if name.endswith("所") and ("科院" in name or "科学院" in name):
            return "research_institute"  # 中科院某所: an institute's short form
        if name.endswith("所") and len(name) >= 3 and not name.endswith(NOT_INSTITUTES):
            return "research_institute"  # 某某生态所, 物理所: an institute's short form (not 派出所, 事务所)
    return kind


@cache
def jieba_dictionary() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's word tags and frequencies: dictionary lookups, no second segmentation pass.
    Read once per process, shared by every component.

    The tags are the third column of jieba's dictionary file (`word freq tag` lines), read here:
    `jieba.posseg` would read the same file line by line and also load a tagging model we never run. The words the
    dictionary lacks (`_WORDS_ADDED`) are added to jieba here, once, before any segmentation reads them.
    """
    import jieba

    jieba.initialize()
    with jieba.dt.get_dict_file() as dictionary:
        lines = dictionary.read().decode("utf-8").splitlines()
    tags = dict(line.split(" ")[::2] for line in lines if line)
    tags.update(_TAG_FIXES)
    for word, tag in _WORDS_ADDED.items():
        jieba.add_word(word, _ADDED_FREQ, tag)
        tags[word] = tag
    return tags, jieba.dt.FREQ


# words jieba's dictionary tags wrongly, so that a unit's name would run back over them: verbs of joining and giving
# (加盟 tagged a place, 赠送给 a noun) before the unit (正式加盟|某医学院, 赠送给|学院); an office tagged a name (宣传部)
_TAG_FIXES = {"宣传部": "nt", "加盟": "v", "赠送给": "v", "送给": "v", "献给": "v", "交给": "v", "颁发给": "v", "授予给": "v"}


# words jieba's dictionary lacks, so that its model glues their first character to the place before them
# (某地经|开区|管委会: a name 某地经 to the rules): the short forms of a development zone's kind
_WORDS_ADDED = {"经开区": "ns", "综保区": "ns", "科技城": "ns"}
_ADDED_FREQ = 300


def common_word(word: str) -> bool:
    """A word of the dictionary that is no name (毕业生, 简介), or two or more such words of two characters or
    more (成果|报导): a heading's or a cell's words alone, though a surname's character opens them."""
    import jieba

    tags = jieba_dictionary()[0]
    tag = tags.get(word)
    if tag is not None:
        return not tag.startswith("nr")
    pieces = list(jieba.cut(word, HMM=False))
    return len(pieces) >= 2 and all(len(p) >= 2 and tags.get(p) in _COMMON_TAGS for p in pieces)


# word classes of common words (nouns, verbs, adjectives, adverbs, pronouns…); names and places (nr, ns, nz) aside
_COMMON_TAGS = frozenset({"n", "v", "vn", "vd", "a", "ad", "an", "d", "r", "m", "t", "c", "p", "l", "i"})


@cache
def _school_of_a_discipline(name: str) -> bool:
    """`化学学院`, `计算机学院`, `信息与工程学院`: a school named by its discipline (a unit of a university), not a
    college named by its place (`某州学院`, `某州医学院`): the words before 学院 are one common noun of the
    dictionary, or two joined by 与/和."""
    head = name.removesuffix("医学院") if name.endswith("医学院") else name.removesuffix("学院")
    if not head:
        return False
    if re.search(r"[与和及]", head):
        return True
    tags, _ = jieba_dictionary()
    return tags.get(head, "") in ("n", "vn", "l", "an")
