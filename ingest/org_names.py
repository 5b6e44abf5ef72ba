"""Organization names: their kind, their normal form, and which name is a short form of which.

Generic knowledge only, kept in data files (ingest/data/org_*.txt): kind suffixes, standard short
forms of agency names, province names, and the words that do not tell organizations apart.
The kinds are those of kgx/1 (../shared/gold/SCHEMA.md). Every function here is pure; the ones
called for every mention are memoised, since a corpus names the same organizations again and again.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"
_NAMES_CACHED = 1 << 16
LIST_SEPARATORS = re.compile(r"[、，,；;]")
_WHITE = re.compile(r"\s+")
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
def _abbreviations() -> tuple[tuple[str, str], ...]:
    """(short, full) pairs, longest short form first."""
    pairs = tuple((short, full) for short, full in _rows("org_abbreviations.txt"))
    return tuple(sorted(pairs, key=lambda sf: -len(sf[0])))


@cache
def provinces() -> tuple[str, ...]:
    return tuple(row[0] for row in _rows("org_provinces.txt"))


@cache
def _generic_words() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in _rows("org_generic_words.txt")), key=len, reverse=True))


ORG_SUFFIXES: tuple[str, ...] = tuple(s for s, _ in _suffix_kinds())


@lru_cache(maxsize=_NAMES_CACHED)
def clean(name: str) -> str:
    """NFKC, no white space: how names are compared and keyed."""
    return _WHITE.sub("", unicodedata.normalize("NFKC", name))


@lru_cache(maxsize=_NAMES_CACHED)
def kind_suffix(name: str) -> str:
    """The longest kind suffix `name` ends with, or ''."""
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
    return kind


def split_parenthesised(name: str) -> tuple[str, str | None]:
    """`A（B）` -> (A, B); an unclosed `A（B` too. (name, None) when there is nothing to split."""
    m = _PARENTHESISED.fullmatch(name.strip())
    if not m:
        return name.strip(), None
    return m.group(1).strip(), m.group(2).strip()


@lru_cache(maxsize=_NAMES_CACHED)
def org_kind(name: str) -> str:
    """The kgx/1 kind of an organization name, `other` when no suffix says."""
    main, inner = split_parenthesised(clean(name))
    kind = _suffix_kind(main)
    if kind == "other" and inner and not LIST_SEPARATORS.search(inner):
        return _suffix_kind(inner)
    return kind


@lru_cache(maxsize=_NAMES_CACHED)
def expand_abbreviations(name: str) -> str:
    """Standard short forms spelled out: 科技厅 -> 科学技术厅, 发展改革委 -> 发展和改革委员会."""
    out, i = [], 0
    pairs = _abbreviations()
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


def province_stem(province: str) -> str:
    """The short form prose uses for a province: 湖北省 -> 湖北, 广西壮族自治区 -> 广西, 北京市 -> 北京."""
    return _PROVINCE_MARK.sub("", province)


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
