"""Organization names: their kind, their normal form, and which name stands for which.

The one home of organization-name matching: extraction consolidates a document's spellings with it,
resolution matches a document's units to the graph's with it, and the conflict check matches the unit a
user gives for an expert or applicant with it (`names_unit`). From the narrowest to the widest:
`is_abbreviation_of` (a company's abbreviation), `is_short_form_of` (a short form prose uses),
`abbreviates` (any shorter way prose writes it, a university's unit named without the university too);
`names_the_same` (a spelling of a known name) and `names_unit` (the unit a person gives) build on them.

Generic knowledge only, kept in data files (names/data/org_*.txt): kind suffixes, standard short
forms of agency names, province names, and the words that do not tell organizations apart.
The kinds are those of kgx/1 (../shared/gold/SCHEMA.md). Every function here is pure; the ones
called for every mention are memoised, since a corpus names the same organizations again and again.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

from names import clean
from names.script import simplified

_DATA = Path(__file__).parent / "data"
_NAMES_CACHED = 1 << 16
LIST_SEPARATORS = re.compile(r"[、，,；;]")
# what a company's full name adds to the body it was formed of or to its short name (某设计院|有限公司,
# 某集团|有限公司), the longest first
LEGAL_FORMS = ("集团股份有限公司", "（集团）有限公司", "(集团)有限公司", "集团有限公司", "股份有限公司", "有限责任公司",
               "有限公司", "集团公司", "股份公司", "公司", "集团")
PARTNERSHIP = re.compile(r"(?:特殊)?(?:普通|有限)合伙")  # a firm's legal form, written in brackets after its name
_PARENTHESISED = re.compile(r"(.+?)[（(]([^（()）]+)[）)]?")
_PROVINCE_MARK = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区)$")


def _rows(filename: str) -> list[list[str]]:
    lines = (_DATA / filename).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def _suffix_kinds() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((s, k) for s, k in _rows("org_kinds.txt")), key=lambda sk: -len(sk[0])))


@cache
def _kind_of_suffix() -> dict[str, str]:
    return dict(_suffix_kinds())


@cache
def abbreviations() -> tuple[tuple[str, str], ...]:
    """The standard short forms of agency and academy names, (short, full) pairs, longest short form first."""
    pairs = tuple((short, full) for short, full in _rows("org_abbreviations.txt"))
    return tuple(sorted(pairs, key=lambda sf: -len(sf[0])))


@cache
def ministries() -> frozenset[str]:
    """The State Council's departments that end in 部, official names and standard short forms."""
    return frozenset(row[0] for row in _rows("org_ministries.txt"))


@cache
def disciplines() -> tuple[str, ...]:
    """Fields of study that name schools and departments (化学, 经济, 计算机), longest first."""
    return tuple(sorted((row[0] for row in _rows("disciplines.txt")), key=len, reverse=True))


@cache
def provinces() -> tuple[str, ...]:
    return tuple(row[0] for row in _rows("org_provinces.txt"))


@cache
def _generic_words() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in _rows("org_generic_words.txt")), key=len, reverse=True))


ORG_SUFFIXES: tuple[str, ...] = tuple(s for s, _ in _suffix_kinds())


@lru_cache(maxsize=_NAMES_CACHED)
def kind_suffix(name: str) -> str:
    """The longest kind suffix `name` ends with, or '' (a name in Traditional by its Simplified: 某大學 is 某大学)."""
    name = simplified(name)
    if not name.endswith(ORG_SUFFIXES):
        return ""
    return next(s for s, _ in _suffix_kinds() if name.endswith(s))


def _suffix_kind(name: str) -> str:
    if name.startswith("联合国"):  # bodies of the United Nations are not a government's
        return "other"
    suffix = kind_suffix(name)
    if not suffix:
        return "other"
    kind = _kind_of_suffix()[suffix]
    if kind == "university" and suffix.endswith("学院") and "大学" in name[: -len(suffix)]:
        return "other"  # a school of a university, not a university
    if suffix == "分院" and _ACADEMY.search(name[: -len(suffix)]):
        return "research_institute"  # 中科院某分院: a branch of an academy, not of a hospital
    if name == suffix or kind != "government":
        return kind
    words = name[: -len(suffix)]
    if suffix in ("委员会", "常委会") and not _government_body(words):
        return "other"  # a university's 学术委员会, a lab's 管理委员会, a prize's 评选委员会
    if suffix in _OFFICES and (_INSTITUTION_WORD.search(words) or words.startswith(_SCHOOL_OPENINGS)):
        return "other"  # an institution's office or department (某大学教务处, 某大学人力资源部, 校科技部); 教育部
        # and 某省某厅某处 stay, and so does an office named alone (科研处): a guide tells whose it is by context
    return kind


_GOVERNMENT_FRAME = re.compile(r"(?:中华人民共和国|国家|国务院|中共|中国共产党|中央|全国|[省市区县])|[\u4e00-\u9fff]{1,8}?(?:省|市|县|自治区|自治州|区)")
_INSTITUTION_WORD = re.compile(r"大学|学院|学校|医院|分院|研究[所院]|科学院|科院|学部|学会|协会|公司|集团|实验室|中心|基金会")
_OFFICES = ("处", "办公室", "部")
_ACADEMY = re.compile(r"科学院|科院|工程院")
_SCHOOL_OPENINGS = ("校", "院", "学校")


def _government_body(words: str) -> bool:
    """The words before a body's ending make it a government's: a national, Party or place frame first (国家…,
    中共…, 某省…, 某市…), and no institution inside (某市某大学学术委员会 is the university's)."""
    words = re.sub(r"[（(][^（()）]*[）)]", "", words)  # 中国（上海）自由贸易试验区…: the place in brackets aside
    framed = _GOVERNMENT_FRAME.match(words) is not None or words.startswith(tuple(stem for _, stem in _province_stems()))
    return framed and not _INSTITUTION_WORD.search(words)


def split_parenthesised(name: str) -> tuple[str, str | None]:
    """`A（B）` -> (A, B); an unclosed `A（B` too. (name, None) when there is nothing to split."""
    m = _PARENTHESISED.fullmatch(name.strip())
    if not m or PARTNERSHIP.fullmatch(m.group(2).strip()):
        return name.strip(), None  # (某律师事务所（特殊普通合伙）: the firm's legal form, part of its name)
    return m.group(1).strip(), m.group(2).strip()


@lru_cache(maxsize=_NAMES_CACHED)
def org_kind(name: str) -> str:
    """The kgx/1 kind of an organization name, `other` when no suffix says."""
    main, inner = split_parenthesised(clean(simplified(name)))
    kind = _suffix_kind(main)
    if kind == "other" and inner and not LIST_SEPARATORS.search(inner):
        return _suffix_kind(inner)
    if kind == "other" and re.search(r"[A-Za-z]{4}", name):
        return latin_kind(name)  # named in English
    return kind


_OWN_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|自治区)")
_SHORTEST_BODY = 4


def second_body_at(name: str) -> int | None:
    """Where a second body's name starts that opens with the place the first opens with (`某省科学技术厅|某省科学技术
    协会`, two issuers of one notice written together): a body's name does not name its own place again inside it."""
    place = _OWN_PLACE.match(name)
    if place is None:
        return None
    at = name.find(place.group(), place.end())
    if at < _SHORTEST_BODY or len(name) - at < _SHORTEST_BODY:
        return None
    return at if org_kind(name[:at]) != "other" and org_kind(name[at:]) != "other" else None


@lru_cache(maxsize=_NAMES_CACHED)
def expand_abbreviations(name: str) -> str:
    """Standard short forms spelled out: 科技厅 -> 科学技术厅, 发展改革委 -> 发展和改革委员会."""
    out, i = [], 0
    pairs = abbreviations()
    while i < len(name):
        for short, full in pairs:
            if name.startswith(full, i):
                out.append(full)
                i += len(full)
                break
            if name.startswith(short, i) and not name.startswith("员", i + len(short)):
                out.append(full)
                i += len(short)
                break
        else:
            out.append(name[i])
            i += 1
    return "".join(out)


def detect_province(text: str, metadata: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The province a document is about: metadata `province`, else the one the text names most."""
    given = dict(metadata).get("province")
    if given:
        return next((p for p in provinces() if p.startswith(given.strip()) or given.startswith(p)), None)
    counts = Counter({p: text.count(p) for p in provinces()})
    (best, n), *rest = counts.most_common(2)
    if n == 0 or (rest and rest[0][1] == n):
        return None
    return best


def official_name(name: str, province: str | None) -> str | None:
    """The official name of a bare provincial short form (省科技厅 -> <province>科学技术厅), else None."""
    rest = name[1:]
    if not province or not province.endswith("省") or not name.startswith("省") or not rest:
        return None
    if rest == "委":
        return f"中共{province}委员会"
    if rest in ("政府", "人民政府"):
        return f"{province}人民政府"
    return province + expand_abbreviations(rest)


@lru_cache(maxsize=_NAMES_CACHED)
def normal_form(name: str, province: str | None = None) -> str:
    """What two spellings of one organization have in common."""
    main, _ = split_parenthesised(clean(name))
    if is_former_name(main):
        main = main[1:]
    return clean(official_name(main, province) or expand_abbreviations(main))


def is_former_name(name: str) -> bool:
    """`原X`: the former name of X (an X that is a province's or the state's body)."""
    return name.startswith("原") and any(name.startswith(p, 1) for p in (*provinces(), "国家", "中国"))


# a party or league body of the speaker's own department, named by its kind alone (系党支部, 院党委, 教工第一党支部): no
# name of a unit of its own
RELATIVE_BODY = re.compile(r"(?:[系院校所室]|专业|科室|教研室|教工|学生|研究生|本科生)?第?[一二三四五六七八九十\d]*[党团](?:支部|总支|委)")


@lru_cache(maxsize=_NAMES_CACHED)
def is_distinctive(short: str) -> bool:
    """Whether a short name says which organization (青松二医院) or only what kind (第一附属医院)."""
    core = short[: len(short) - len(kind_suffix(short))]
    for word in _generic_words():
        core = core.replace(word, "")
    return len(core) >= 2


def is_abbreviation_of(short: str, full: str) -> bool:
    """`云岭重机公司` of `云岭重型机械有限公司`: same first character, characters in order, same suffix family."""
    if org_kind(short) != "company" or org_kind(full) != "company":
        return False
    s_core = short[: len(short) - len(kind_suffix(short))]
    f_core = full[: len(full) - len(kind_suffix(full))]
    if len(s_core) < 2 or len(s_core) >= len(f_core) or s_core[0] != f_core[0]:
        return False
    chars = iter(f_core)
    return all(c in chars for c in s_core)


def is_contraction_of(short: str, full: str) -> bool:
    """`上海光机所` of `上海光学精密机械研究所`, `中科院` of `中国科学院`, `北大人民医院` of `北京大学人民医院`: the
    same first and last character, the short form's characters in order in the full name, and its words before
    the ending not written whole in it (北京医院 is no contraction of 北京大学第一医院: 北京 stands in it as
    written, so it may be another hospital). Stricter than `abbreviates`: for folding spellings in one text."""
    if len(short) < 3 or len(short) * 10 > len(full) * 8 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    if sibling_unit(short, full) or skips_to_a_word(short, full) or drops_a_word(short, full):
        return False
    if (ending := kind_suffix(short)) and not full.endswith(ending):
        return False  # 某工作小组 beside 某工作领导小组: an ending of its own (工作小组), another kind of body
    place = _LEADING_PLACE.match(short)
    if place and full.startswith(place.group()) and not _opens_alike(short[place.end():], full[place.end():]):
        return False  # 某省医学会 beside 某省中西医结合学会: after the place, the short one names another body
    if "other" not in (kinds := (org_kind(short), org_kind(full))) and kinds[0] != kinds[1]:
        return False  # 某某医院 beside 某某学院医学院: a hospital is no contraction of a school
    suffix = kind_suffix(full)
    stem = short[: len(short) - len(suffix)] if suffix and short.endswith(suffix) else short[:-1]
    if not suffix or stem in full:
        return False
    chars = iter(full)
    return all(c in chars for c in short)


def sibling_unit(short: str, full: str) -> bool:
    """`中国科学院动物研究所` beside `中国科学院古脊椎动物与古人类研究所`: the same parent written whole, then a unit
    with the full name's whole ending that the full name does not hold: another unit of that parent, never
    a shorter way to write the first (however its characters fall in order)."""
    ending = kind_suffix(full)
    if not ending or not short.endswith(ending):
        return False
    for i in range(2, len(short) - len(ending)):
        if kind_suffix(short[:i]) and full.startswith(short[:i]) and short[i:] not in full:
            return True
    return False


_LEADING_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|自治区|县|区)")


def _opens_alike(short: str, full: str) -> bool:
    """The short form's rest opens as the full name's does, or as it does past a generic word the short one drops
    (市|政府 of 市|人民政府)."""
    return short[:1] == full[:1] or any(full.startswith(w) and short[:1] == full[len(w):len(w) + 1]
                                        for w in _generic_words())


def drops_a_word(short: str, full: str) -> bool:
    """`中国系统工程学会` beside `中国金融系统工程学会`: the full name less one run of two or more characters in its
    middle, the rest written whole on both sides and more than the ending after it: another body that the
    longer name narrows with a word (金融), never a shorter way to write it. A run of generic words (附属, 省)
    is dropped by short forms of one name (`某大学华山医院` of `某大学附属华山医院`)."""
    if len(full) - len(short) < 2:
        return False
    for i in range(2, len(short)):
        j = i + len(full) - len(short)
        if full[:i] == short[:i] and full[j:] == short[i:]:
            dropped, tail = full[i:j], full[j:]
            generic = dropped
            for word in (*_generic_words(), "省", "市", "区", "县"):
                generic = generic.replace(word, "")
            return len(tail) > len(kind_suffix(full)) and bool(generic)
    return False


def skips_to_a_word(short: str, full: str) -> bool:
    """`中国数学会` beside `中国工业与应用数学学会`: read in order through the full name, the short one skips two
    characters or more after what it shares at the start and then writes a word of two or more of them whole
    (数学), not at the end: it names a body of its own that the longer name holds as a word. A contraction cuts
    inside words instead (`上海光机所`, `中国拉美学会`, `北大人民医院`); a unit named without its parent or a
    company without its place (`明湖二院`, `远帆医疗`) skips only at the start."""
    at = -1
    positions = []
    for c in short:
        at = full.find(c, at + 1)
        if at < 0:
            return False
        positions.append(at)
    k = 1
    while k < len(positions):
        start = k
        while k < len(positions) and positions[k] == positions[k - 1] + 1:
            k += 1
        block = k - start + 1  # the run of characters written whole, from positions[start - 1]
        ending = k == len(positions) and positions[-1] == len(full) - 1
        if block >= 2 and not ending and start >= 2 and positions[start - 1] - positions[start - 2] - 1 >= 2:
            return True
        k += 1
    return False


def province_stem(province: str) -> str:
    """The short form prose uses for a province: 湖北省 -> 湖北, 广西壮族自治区 -> 广西, 北京市 -> 北京."""
    return _PROVINCE_MARK.sub("", province)


@cache
def province_words() -> frozenset[str]:
    """Every province as a document may write it: its full name (湖北省) and its short form (湖北)."""
    return frozenset({*provinces(), *map(province_stem, provinces())})


@cache
def _province_stems() -> tuple[tuple[str, str], ...]:
    """(official name, the short form prose uses): 湖北省 -> 湖北, 广西壮族自治区 -> 广西."""
    stems = ((p, province_stem(p)) for p in provinces())
    return tuple((p, stem) for p, stem in stems if stem != p)


@lru_cache(maxsize=_NAMES_CACHED)
def without_province_mark(name: str) -> str:
    """`湖北省人民医院` -> `湖北人民医院`: how prose shortens a provincial body; other names unchanged."""
    for province, stem in _province_stems():
        if name.startswith(province):
            return stem + name[len(province):]
    return name


def is_short_form_of(short: str, full: str) -> bool:
    """A short form prose uses for the organization `full` names.

    `湖北人民医院` of `湖北省人民医院` (the province written without 省), or a name of the same kind with
    the same first two characters, its characters in order in `full` and an abbreviated ending (`甲医大`
    of `甲医科大学`, `甲医大附一院` of `甲医科大学附属第一医院`); company abbreviations as in
    `is_abbreviation_of`. A name with the full ending (`甲大学`) is never the short form of another
    (`甲师范大学`): it names an organization of its own.
    """
    if is_abbreviation_of(short, full):
        return True
    s, f = normal_form(short), normal_form(full)
    if len(s) >= len(f) or org_kind(s) == "other" or org_kind(s) != org_kind(f):
        return False
    if without_province_mark(f) == s:
        return True
    if kind_suffix(s) == kind_suffix(f) or s[:2] != f[:2] or not is_distinctive(s):
        return False
    chars = iter(f)
    return all(c in chars for c in s)


def is_university_short_form(short: str, full: str) -> bool:
    """`西大口腔医院` of `西岭大学口腔医院`: the university written as its first character and 大."""
    at = full.find("大学")
    if at < 1 or len(short) < 4 or short[1] != "大" or short[0] != full[0]:
        return False
    return short[2:] == full[at + 2:] and len(short[2:]) >= 2



def abbreviates(short: str, full: str) -> bool:
    """`short` is a shorter way prose writes the organization `full` names: `is_short_form_of`, or a
    university as `X大` (安岭大 of 安岭大学), a unit with its ending cut (安岭医大一院 of 安岭医科大学附属
    第一医院, 某大医学人工智能所 of 某大学医学人工智能研究所), a university's unit named without it (景和医院,
    景和二院 of 柳岚医科大学景和第二医院) or after its short form (柳岚医大景和医院), a company by its brand
    and trade without its place (鼎新医疗 of 雁塔鼎新医疗科技有限公司). Like is_short_form_of, never a name
    with another's full ending (甲大学 of 甲师范大学)."""
    s, f = normal_form(short), normal_form(full)
    if 3 <= len(s) < len(f) and _university_by_kind(short, full):
        return True
    if not 3 <= len(s) < len(f) or sibling_unit(s, f) or skips_to_a_word(s, f):
        return False
    if is_short_form_of(short, full):
        return True
    if _shortens(s, f) or _names_company(s, f):
        return True
    for head, unit in _parent_and_unit(f):
        if _shortens(s, unit) or any(_shortens(s[:i], head) and _shortens(s[i:], unit) for i in range(2, len(s) - 1)):
            return True
    return False


def _university_by_kind(s: str, f: str) -> bool:
    """`北师大` of `北京师范大学`, `中国科大` of `中国科学技术大学`, `上海交大` of `上海交通大学`, `臺師大` of
    `國立臺灣師範大學`: a university by the start of its place's name (after 国立, 省立) and its kind's short ending."""
    s, f = simplified(s), simplified(f)
    for short_end, full_end in _KIND_SHORT_FORMS:
        if s.endswith(short_end) and f.endswith(full_end):
            place = university_place(f[: -len(full_end)])
            return 1 <= len(s) - len(short_end) <= len(place) and place.startswith(s[: -len(short_end)])
    return False


def university_place(name: str) -> str:
    """A university's name less the public body that founded it (国立, 省立, 市立): it opens with its place's name."""
    return _FOUNDED_BY.sub("", simplified(name))


_FOUNDED_BY = re.compile(r"^(?:国立|省立|市立)")


# a university's kind as its short form ends (师大) and as its name does (师范大学)
_KIND_SHORT_FORMS = (("师大", "师范大学"), ("科大", "科学技术大学"), ("科大", "科技大学"), ("交大", "交通大学"),
                     ("农大", "农业大学"), ("工大", "工业大学"), ("理工大", "理工大学"), ("财大", "财经大学"),
                     ("外大", "外国语大学"), ("林大", "林业大学"), ("矿大", "矿业大学"), ("医大", "医科大学"))


def _shortens(s: str, f: str) -> bool:
    """Same start, `s`'s characters in order in `f`, and an ending that abbreviates `f`'s (or is `f`'s, when
    `s` is `f`)."""
    if s == f:
        return True
    if len(s) >= len(f) or s[:2] != f[:2] or not _in_order(s, f):
        return False
    if s.endswith("大"):
        return f.endswith("大学") and len(f) - len(s) <= 2  # 安岭大, 安岭医大 (医科大学); not 安岭师范大学
    if s.endswith("院"):
        return org_kind(f) in ("hospital", "research_institute") and is_distinctive(s)
    if s.endswith("所"):
        return org_kind(f) == "research_institute" and is_distinctive(s)
    kind = org_kind(s)
    return kind != "other" and kind == org_kind(f) and kind_suffix(s) != kind_suffix(f) and is_distinctive(s)


def _names_company(s: str, f: str) -> bool:
    """鼎新医疗 of 雁塔鼎新医疗科技有限公司: a company's brand and trade, after at most its place's name."""
    at = f.find(s)
    return org_kind(f) == "company" and 0 <= at <= 3 and len(s) >= 4 and org_kind(s) == "other"


_INSTITUTION_INSIDE = re.compile(r"大学|学院|医院|研究|科学院|中心")
_CITY = re.compile(r"[\u4e00-\u9fff]{2,3}市")


@cache
def _trades() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in _rows("company_trades.txt")), key=len, reverse=True))


def _a_place(word: str) -> bool:
    return word in province_words() or word in _NATIONAL


_NATIONAL = ("中国", "国家", "全国")


def company_brand(name: str) -> str | None:
    """The brand prose names a company by (华为 of 华为技术有限公司, 某某 of 深圳市某某计算机系统有限公司): the name
    less its legal form, its trade words and its place. None where nothing of two characters or more is left,
    or what is left is a place or a generic word."""
    if org_kind(name) != "company":
        return None
    core = next((name[: -len(form)] for form in LEGAL_FORMS if name.endswith(form)), None)
    if not core:
        return None
    core = core[len(max((p for p in province_words() if core.startswith(p)), key=len, default="")):]
    if (city := _CITY.match(core)) and len(core) > city.end() + 1:
        core = core[city.end():]
    while trade := next((t for t in _trades() if core.endswith(t) and not _a_place(core[: -len(t)])
                         and len(core) - len(t) >= 2), None):
        core = core[: -len(trade)]
    if len(core) < 2 or core == name or _a_place(core) or not is_distinctive(core) or kind_suffix(core) \
            or any(core.endswith(t) for t in _trades()) or _INSTITUTION_INSIDE.search(core):
        return None  # 中国石油 of 中国石油化工…: a trade is no brand; 大学出版社 of 北京大学出版社…: the place was the name's
    return core


def _parent_and_unit(f: str) -> list[tuple[str, str]]:
    """(parent, unit) splits of a unit's full name: 柳岚医科大学|景和医院 (the unit a distinctive name of its own)."""
    return [(f[:i], f[i:]) for i in range(3, len(f) - 2)
            if kind_suffix(f[:i]) and org_kind(f[i:]) != "other" and is_distinctive(f[i:])]


def _in_order(s: str, f: str) -> bool:
    chars = iter(f)
    return all(c in chars for c in s)


def names_the_same(name: str, known: str) -> bool:
    """`name` is `known`, a short form of it, or it with words before it that name no organization (a
    recogniser's `成果由` of `成果由甲大学某医院`; but not 乙医大 of 乙医大某医院)."""
    n, k = normal_form(name), normal_form(known)
    if n == k or abbreviates(name, known):
        return True
    head = n[:-len(k)] if n.endswith(k) else ""
    return bool(head) and is_distinctive(k) and not (kind_suffix(head) or head.endswith("大"))


def _parents_named_at_start(name: str) -> list[str]:
    """The names of organizations `name` opens with, shortest first (青松大学 of 青松大学附属第一医院): a kind
    ending and more than generic words."""
    return [name[:i] for i in range(2, len(name)) if kind_suffix(name[:i]) and is_distinctive(name[:i])]


def names_unit(given: str, unit: str) -> bool:
    """Whether `given` (a unit as a person writes it beside a name: an expert list, an application) names
    the organization `unit` names: a spelling of it (`names_the_same`), a short form of it, it written in
    full where the graph knows a short form, or one of the two names the other's parent, named at its start
    (青松大学 or 青松大 of 青松大学附属第一医院, and the other way round: prose often gives only the parent).
    Generic words alone (附属第一医院) name no unit."""
    g, u = normal_form(given), normal_form(unit)
    if not g or not u:
        return False
    if names_the_same(given, unit) or abbreviates(unit, given):
        return True
    return (any(names_the_same(given, parent) for parent in _parents_named_at_start(u))
            or any(names_the_same(unit, parent) for parent in _parents_named_at_start(g)))


def agency_then_ending(prefix: str) -> bool:
    """A ministry and an institution's ending with nothing between (`教育部|大学` of
    `国家教育部大学计算机课程教学指导委员会`): the ending is the ministry's field, no institution."""
    suffix = kind_suffix(prefix)
    head = prefix[: len(prefix) - len(suffix)] if suffix else ""
    return bool(head) and head.removeprefix("中华人民共和国").removeprefix("国家") in ministries() and suffix in ("大学", "学院")


# the word of its kind in an organization's English name (`Iowa State University`, `Institute of Physics`)
LATIN_KINDS = {"University": "university", "College": "university", "Hospital": "hospital", "Institute": "research_institute",
                "Academy": "research_institute", "Laboratory": "lab", "Laboratories": "lab", "Society": "society",
                "Association": "society", "Federation": "society", "Foundation": "other", "Corporation": "company",
                "Company": "company", "Inc.": "company", "Ltd.": "company", "Ministry": "government", "Agency": "government",
                "Bureau": "government", "Commission": "government", "Council": "other", "Centre": "other", "Center": "other",
                "School": "university", "Observatory": "research_institute", "Museum": "other", "Co.": "company",
                "Corp.": "company", "LLC": "company", "GmbH": "company"}

_LATIN_KIND_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(k) for k in sorted(LATIN_KINDS, key=len, reverse=True))
                              + r")(?![A-Za-z])(?P<of>\s+of\b)?")


def latin_kind(name: str) -> str:
    """The kind an English name's kind word says: the one before `of` (`University of X Hospital`), else the last
    (`Peking Union Medical College Hospital`); `other` when it has none."""
    words = list(_LATIN_KIND_WORD.finditer(name))
    word = next((w for w in words if w.group("of")), words[-1] if words else None)
    return LATIN_KINDS[word.group(1)] if word is not None else "other"


# a post named after the kind of unit it heads (处长, 所长, 校长): the unit's ending that kind is written with
_HEAD_OF = re.compile(r"(?<!执)([处科局所厅部院校司股站馆台社行会])长$")  # not 执行长 (a chief executive)
_HEADED_ENDINGS = {"校": ("校", "大学", "学院", "大")}  # 某大校长: a university by its short form


def heads(post: str, unit: str) -> bool:
    """Whether a post may head the unit: `处长` heads a 处, not the 局 it is in (某局|某处长); a post that names no
    kind of unit (主任, 会长 of a body, 书记) heads whatever it is written with."""
    m = _HEAD_OF.search(simplified(post))
    if m is None:
        return True
    kind = m.group(1)
    return simplified(unit).rstrip("）)").endswith(_HEADED_ENDINGS.get(kind, (kind,)))
