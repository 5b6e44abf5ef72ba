"""Codes and annotations written inside a title or a name, taken out of it.

Whatever mechanism read them, the names of projects and organizations may still carry what the page
wrote after them:

- a project title with its approval or grant code in brackets, half- or full-width, at its end or on
  the line after it (`某某机理研究（61505119）`, `某某(获奖编号:J-237-2-02)`, `Some study (NorU 4271/05E，主持人:…)`,
  `(K-QZ37)`): the name is the title without it, the code goes to `code`; the same title with two codes is one
  project;
- a name's English gloss or acronym in brackets after its Chinese (`某某研究基金 (Some Fellowships)`, `某基金(GRF)`):
  the name is the Chinese alone (a part's numeral, `（II）`, stays);
- a project title followed by a bracketed list of units (`某某中心(2014B0505)(甲大学、乙大学)`): those
  are its units (UNIT_OF), not part of its name;
- a unit with an annotation of its rank (`某大学（校内排名第1）`, `某大学（第一完成单位）`, `某大学 排名第2`):
  the unit, its rank on the UNIT_OF it has where the rank is the units' order;
- a value that ends with a comma or other punctuation keeps none of it.

This runs on the merged readings of every mechanism (ingest.extract), before organizations are
consolidated.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import Label, RelType
from ingest.kit.builder import Builder
from ingest.kit.text import DASHES
from ingest.model import Entity, Extraction, Relation
from ingest.org_names import LIST_SEPARATORS, org_kind

_TRAILING_MARKS = "，,；;、。：:．.　 \t\n"
_PAIRS = {"《": "》", "“": "”", "「": "」"}
_ABBREVIATED_END = re.compile(r"(?<![A-Za-z])(?:Ltd|Inc|Co|Corp|Bros|St|Univ|Dept|Inst)\.$")
# a code in brackets: an optional label (批准号：, 获奖编号:, No.) and letters, digits and dashes with at
# least four digits; a year alone is not a code
_CODE_LABEL = r"(?:[\u4e00-\u9fff]{2,6}\s*[:：]\s*|(?:No|NO)\.?\s*(?![A-Za-z]))?"
_CODE_BODY = r"[A-Za-z0-9][A-Za-z0-9\-_/．.]{3,30}"
# a funder's letters before the number (NorU 4271/05E); the people the code's note names after it (，主持人：甲, 乙)
_CODE_BODY_SPACED = r"(?:[A-Za-z]{2,8}\s)?" + _CODE_BODY
_CODE_HOLDERS = r"(?:\s*[，,；;]\s*(?:主持人|负责人|项目负责人|PI)\s*[:：][^（）()]{1,60})?"
_CODE_GROUP = re.compile(r"\s*[（(]\s*(" + _CODE_LABEL + _CODE_BODY_SPACED + r"(?:\s*[，,、；;]\s*" + _CODE_BODY
                         + r")*)" + _CODE_HOLDERS + r"\s*[）)]\s*$")
# a code of letters, a dash and digits (K-QZ37): a funder's scheme and its number, not a word
_LETTERED_CODE = re.compile(r"[A-Z]{1,4}-[A-Z0-9]{2,10}")
# a name's Latin gloss or acronym in brackets after its Chinese (某某研究基金 (Some Research Fellowships), 某基金(GRF))
_LATIN_GLOSS = re.compile(r"\s*[（(]\s*[A-Za-z][A-Za-z .,&'\-]{1,80}\s*[）)]\s*$")
_LABELLED_CODE = re.compile(r"\s+(" + r"(?:[\u4e00-\u9fff]{2,6}编号|批准号)\s*[:：]\s*" + _CODE_BODY + r")\s*$")
_UNIT_GROUP = re.compile(r"\s*[（(]([^（）()]{4,120})[）)]\s*$")
_RANK_NOTE = re.compile(
    r"\s*[（(\[【]?\s*(?:(校内|院内|单位)?(?:排名|排序|位次)\s*[:：]?\s*第?\s*([0-9一二三四五六七八九十]{1,3})\s*(?:位|名)?"
    r"|第\s*([0-9一二三四五六七八九十]{1,3})\s*(?:完成|承担|申报|参与)?单位)\s*[）)\]】]?\s*$")
# A title written as a Latin-letter sentence, ending in one full stop (no Chinese, no code in brackets)
_LATIN_SENTENCE = re.compile(r"[A-Za-z][^\u3000-\u9fff\uff00-\uffef()]*[A-Za-z]\.")
_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}
_MIN_TITLE = 4
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ROMAN = re.compile(r"[IVXivx]{1,5}")


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in _NUMERALS:
        return _NUMERALS[text]
    if len(text) == 2 and text[0] == "十" and text[1] in _NUMERALS:
        return 10 + _NUMERALS[text[1]]
    if len(text) == 2 and text[1] == "十" and text[0] in _NUMERALS:
        return 10 * _NUMERALS[text[0]]
    return None


def _is_code(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    bare = re.sub(r"^" + _CODE_LABEL, "", text).strip()
    if digits >= 2 and _LETTERED_CODE.fullmatch(bare):
        return True
    return digits >= 4 and not re.fullmatch(rf"(?:19|20)\d{{2}}(?:\s*[{DASHES}~至]\s*(?:19|20)?\d{{2,4}})?", bare)


def _code_value(text: str) -> str:
    first = re.split(r"\s*[，,、；;]\s*", text)[0]
    return re.sub(r"^" + _CODE_LABEL, "", first).strip()


def _units_in(text: str) -> list[str] | None:
    """The units a bracketed list names, if every item of it is an organization's name."""
    parts = [p.strip() for p in LIST_SEPARATORS.split(text) if p.strip()]
    if not parts or any(len(p) < 4 or org_kind(p) == "other" for p in parts):
        return None
    return parts


def split_title(name: str) -> tuple[str, list[str], list[str]]:
    """A project's title without its trailing codes and lists of units: (title, codes, units)."""
    title = name
    codes: list[str] = []
    units: list[str] = []
    while True:
        title = title.rstrip(_TRAILING_MARKS)
        code = _CODE_GROUP.search(title) or _LABELLED_CODE.search(title)
        if code is not None and _is_code(code.group(1)) and len(title[:code.start()].strip()) >= _MIN_TITLE:
            codes.insert(0, _code_value(code.group(1)))
            title = title[:code.start()]
            continue
        gloss = _LATIN_GLOSS.search(title)
        if gloss is not None and _CJK.search(title[:gloss.start()]) and len(title[:gloss.start()].strip()) >= _MIN_TITLE \
                and not _ROMAN.fullmatch(gloss.group().strip(" （()）")):  # (某某研究（II）: its part, kept)
            title = title[:gloss.start()]  # the name in English after the Chinese one: no part of it
            continue
        group = _UNIT_GROUP.search(title)
        found = _units_in(group.group(1)) if group is not None else None
        if group is not None and found and len(title[:group.start()].strip()) >= _MIN_TITLE:
            units = found + units
            title = title[:group.start()]
            continue
        if not codes and not units and _LATIN_SENTENCE.fullmatch(name.strip()):
            return name.strip(), codes, units  # `Understanding how cells divide.`: its full stop as written
        title = title.strip()
        if title[:1] in _PAIRS and title.endswith(_PAIRS[title[0]]) and not any(c in title[1:-1] for c in _PAIRS[title[0]]):
            title = title[1:-1].strip()  # `《某某研究》，`: the marks around the whole, once the comma after them is gone
        return title, codes, units


def split_rank(name: str) -> tuple[str, int | None, bool]:
    """A unit's name without its annotation of rank: (name, rank, whether the rank is the units' order).
    `校内排名第1` ranks within the unit, not among the units: no order."""
    bare = name.rstrip(_TRAILING_MARKS)
    if _ABBREVIATED_END.search(name):
        bare = name.rstrip(_TRAILING_MARKS.replace(".", ""))  # `Co., Ltd.`, `Inc.`: the stop is the name's
    m = _RANK_NOTE.search(bare)
    if m is None or len(bare[:m.start()].strip()) < 2:
        return bare.strip(), None, False
    rank = _number(m.group(2) or m.group(3) or "")
    return bare[:m.start()].strip(), rank, m.group(1) is None


def lift_annotations(extraction: Extraction) -> Extraction:
    """The extraction with codes, unit lists and ranks taken out of its projects' and units' names."""
    renamed: dict[tuple[Label, str], str] = {}
    out = Builder()
    extra: list[Relation] = []
    ranks: dict[str, int] = {}
    for e in extraction.entities:
        if e.type is Label.PROJECT:
            title, codes, units = split_title(e.name)
            if title == e.name:
                out.entity(e)
                continue
            renamed[(e.type, e.name)] = title
            out.entity(replace(e, name=title, code=e.code or (codes[0] if codes else None)))
            for order, unit in enumerate(units, start=1):
                out.entity(Entity(Label.ORGANIZATION, unit, kind=org_kind(unit), spans=e.spans[:1]))
                extra.append(Relation(RelType.UNIT_OF, unit, title, rank=order, spans=e.spans[:1]))
        elif e.type is Label.ORGANIZATION:
            bare, rank, ordered = split_rank(e.name)
            if bare == e.name:
                out.entity(e)
                continue
            renamed[(e.type, e.name)] = bare
            if rank is not None and ordered:
                ranks[bare] = rank
            out.entity(replace(e, name=bare, kind=org_kind(bare) if e.kind in (None, "other") else e.kind))
        else:
            out.entity(e)
    if not renamed:
        return extraction
    labels = {e.ref: e.type for e in extraction.entities}
    for r in (*extraction.relations, *extra):
        source = renamed.get((labels.get(r.source, Label.PERSON), r.source), r.source)
        target = renamed.get((labels.get(r.target, Label.PERSON), r.target), r.target)
        if source == target:
            continue
        if r.type is RelType.UNIT_OF and r.rank is None and source in ranks and source != r.source:
            r = replace(r, rank=ranks[source])
        out.add(replace(r, source=source, target=target))
    return replace(extraction, entities=out.entities(), relations=out.relations())

