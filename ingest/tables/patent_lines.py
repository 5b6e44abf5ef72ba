"""A patent written on a line of its own, in the orders lab pages, CVs and lists of results use:

- `1. 甲，乙. 一种某某方法. 发明专利, 专利号: ZL202110123456.7`
- `一种某某装置，实用新型专利，ZL202120234567.X，发明人：甲，乙`
- `发明专利：一种某某方法（专利号：201910345678.9），发明人：甲、乙`
- `甲，乙，一种某某方法，专利号：ZL 2019 1 0345679.2，授权公告日：2021年3月2日`
- `甲，乙，某大学` over `一种某某方法` over `发明专利，专利号：ZL…` (a CV's list: the unit after the inventors holds it)

The line holds one patent number (granted `ZL…`, published `CN…A`, or an application number after its label
or on a line that says 专利); its pieces between commas and stops are read for what they are: the kind
(发明专利, 实用新型), a date, the inventors (after `发明人：`, or a piece that is only names), and the title (after
`专利名称：`, in quotes, or the piece left that reads as one). Citations typed `[P]` and written in GB/T 7714
order are read by ingest.nlp.papers; a line of labelled fields only (`专利号：…` with no title) by the field
records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.model import Span
from ingest.tables.cells import PATENT_NUMBER, is_name
from names.organizations import kind_suffix

# an application number without its ZL: year, kind digit, serial, check digit (2021 1 0123456 . 7; the stop
# before the check digit left out: 202120537891X)
_APPLICATION = re.compile(r"(?<![\d.A-Za-z])(?P<number>(?:19|20)\d{2}\s*[1-9]\s*\d{7}\s*(?:\.\s*)?[\dXx])(?![\d])")
# a software copyright's registration number (2022SR0456789): a patent in our schema, of kind software_copyright
_SOFTWARE_NUMBER = re.compile(r"(?<![\dA-Za-z])(?P<number>(?:19|20)\d{2}\s*SR\s*\d{5,8})(?!\d)")
# any number of digits right after its label (专利受理号：201610140056120.0): the number as the text gives it
_LABELLED_NUMBER = re.compile(r"(?:专利受理号|受理号|专利申请号|申请号|专利号)\s*[：:]\s*(?P<number>(?:19|20)\d{7,14}(?:\.[\dXx])?)(?![\d])")
_NUMBER_LABELS = r"(?:专利号|授权号|授权公告号|专利申请号|申请号|公开号|公告号|申请公布号|专利号/申请号|登记号|专利受理号|受理号)"
_NUMBER_LABEL = re.compile(rf"[（(]?\s*{_NUMBER_LABELS}\s*[：:]?\s*$")
_PATENT_WORD = re.compile(r"专利|实用新型|发明|\[P\]")
# a patent's kind by the words the text gives it, the first that stands in it
PATENT_KINDS = (("实用新型", "utility_model"), ("外观设计", "other"), ("软件著作权", "software_copyright"),
                ("发明", "invention_patent"))
_KIND_PIECE = re.compile(r"(?:中国|国家|国际|美国|PCT)?(?:发明专利|发明|实用新型专利|实用新型|外观设计专利|外观设计|专利)"
                         r"(?:授权|申请)?")
# a piece that is a number with its label, the kind perhaps before (中国发明专利申请号：2031104100486): no title
_NUMBER_PIECE = re.compile(rf"\s*(?:{_KIND_PIECE.pattern})?\s*{_NUMBER_LABELS}\s*[：:]?\s*[\dA-Za-z.\s]+")
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[.\-/年]\s*(?P<m>\d{1,2})\s*[.\-/月]\s*(?P<d>\d{1,2})\s*日?")
_DATE_LABEL = re.compile(r"(?:授权公告日|授权日期|授权日|授权时间|公告日|申请日|申请日期|申请公布日|公开日|公布日|日期)\s*[：:]?\s*")
_INVENTOR_LABEL = re.compile(r"(?:发明人|发明\s*[(（]\s*设计\s*[)）]\s*人|设计人|全部发明人)\s*(?:[：:]|为|是|包括)\s*")  # (发明人为甲、乙)
_TITLE_LABEL = re.compile(r"(?:[\u4e00-\u9fff]{0,4}名称|题目)\s*[：:]\s*")  # 专利名称, 知识产权名称
_OWNER_LABEL = re.compile(r"(?:专利权人|权利人|著作权人|申请人|申请单位)\s*(?:[：:]|为|是)\s*")
_OTHER_LABEL = re.compile(r"(?:第一发明人|状态|专利状态|法律状态|备注|类型|专利类型|类别|证书编号|证书号)\s*[：:]")
_LIST_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|[(（]\d{1,3}[)）]|\d{1,3}\s*[.、．)](?!\d)|\d{1,3}(?:\t|\s{2,}|\u3000))\s*")
# pieces: split at commas, semicolons, stops and colons, never inside a number (5.8GHz) or brackets
_CUT = re.compile(r"[，,；;。\n]|(?<!\d)[.．](?!\d)|(?<=\D)[.．](?=\D)")  # (\n: a record written over lines)
_QUOTED = re.compile(r"[“《\"](?P<title>[^”》\"]{4,120})[”》\"]")
_NAMES = re.compile(r"\s*[、，,]\s*|\s+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN_TITLE = 4


@dataclass(frozen=True, slots=True)
class PatentLine:
    number: str  # without blanks
    number_span: Span
    title: str
    title_span: Span
    kind: str | None
    date: str | None  # YYYY-MM-DD
    inventors: tuple[tuple[str, Span], ...]
    owners: tuple[tuple[str, Span], ...] = ()  # the units its right holder's label names (权利人：某公司)


def patent_number(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first patent number in text[start:end]: `ZL…`/`CN…` anywhere, an application number after its
    label (`申请号：2019…`) or on a line that names a patent; the granted number (`专利号：ZL…`) where it follows an
    application's."""
    end = len(text) if end is None else end
    found = PATENT_NUMBER.search(text, start, end)
    software = _SOFTWARE_NUMBER.search(text, start, end)
    if software is not None and (found is None or software.start() < found.start()):
        found = software
    bare = _APPLICATION.search(text, start, end) or _LABELLED_NUMBER.search(text, start, end)
    if bare is not None and (found is None or bare.start() < found.start()):
        label = _NUMBER_LABEL.search(text[start:bare.start()])
        if found is not None and label is not None and _APPLIED.search(label.group()) \
                and found.group("number").startswith("ZL"):
            return found  # 申请号：2031…，专利号：ZL2031…: the patent granted is known by its own number (not its publication's)
        if label is not None or _PATENT_WORD.search(text, start, end):
            return bare
    return found


_APPLIED = re.compile(r"申请号|受理号")


_KIND_DIGIT = {"1": "invention_patent", "8": "invention_patent", "2": "utility_model", "9": "utility_model",
               "3": "other"}  # 3: a design
_PUBLICATION_KIND = {"A": "invention_patent", "B": "invention_patent", "C": "invention_patent", "U": "utility_model",
                     "Y": "utility_model", "S": "other"}


def kind_of_number(number: str) -> str | None:
    """The kind a Chinese patent's number states: an application number's kind digit (2021 1 0345678.2: 1
    an invention, 2 a utility model, 3 a design; 98 1 23456.7 before 2003), a publication's letter (CN…B, …U),
    a software copyright's registration (2022SR0456789); None where it states none."""
    number = re.sub(r"\s+", "", number).upper()
    if _SOFTWARE_NUMBER.fullmatch(number):
        return "software_copyright"
    if m := re.fullmatch(r"CN\d{7,12}([A-Z])\d?", number):
        return _PUBLICATION_KIND.get(m.group(1))
    if re.fullmatch(r"CN\d{9}", number):
        return _KIND_DIGIT.get(number[2])  # a publication's number without its letter: its first digit says the kind
    digits = re.sub(r"^(?:ZL|CN)", "", number).split(".")[0]
    if not re.fullmatch(r"\d{8,12}[\dX]?", digits):
        return None
    at = 4 if len(digits) >= 12 else 2 if len(digits) in (8, 9) else None
    return _KIND_DIGIT.get(digits[at]) if at is not None else None


def read_patent_line(text: str, start: int = 0, end: int | None = None) -> PatentLine | None:
    """The patent text[start:end] (one line) states, or None where it states none, or more than one."""
    end = len(text) if end is None else end
    number = patent_number(text, start, end)
    if number is None:
        return None
    other = patent_number(text, number.end(), end)
    if other is not None and _squeeze(other.group("number")) != _squeeze(number.group("number")) \
            and not _NUMBER_LABEL.search(text[number.end():other.start()]):
        return None  # two patents, or a sentence about several: no one title belongs to one number
    return _read(text, start, end, number)


def read_unnumbered_patent_line(text: str, start: int, end: int) -> tuple[PatentLine, bool] | None:
    """A patent on a line that gives no number (`一种某某方法，发明人：甲，乙，授权日期：…`; `甲，乙. 一种某某装置.
    实用新型专利. 2021.`): inventors and a title that reads as an invention's, and whether the line says so itself
    (an item of a list, its inventors labelled); a line that does not is a patent's only on a list of patents
    (under a heading that says 专利). Its number is empty, it is known by its title, unless an application number
    with no label or ZL stands after the title (a citation's `中国, 202011418366.2, 2020`): on such a line that is its
    number."""
    if patent_number(text, start, end) is not None or text[start:end].rstrip().endswith((",", "，", "、", ";", "；")):
        return None  # (an item that runs on to the next line, where its number may stand)
    line = _read(text, start, end, None)
    if line is None or not line.inventors or not _INVENTION_TITLE.search(line.title):
        return None
    said = _LIST_MARK.match(text, start, end) is not None and _INVENTOR_LABEL.search(text, start, end) is not None
    if (bare := _APPLICATION.search(text, line.title_span.end, end)) is not None:  # 甲，乙. 一种某某方法. 中国, 2020114183662, 2020.
        line = replace(line, number=_squeeze(bare.group("number")), number_span=Span(*bare.span("number")),
                       kind=line.kind or kind_of_number(bare.group("number")))
    return line, said


def is_unnumbered_patent_item(line: str) -> bool:
    """A list's item that says it is a patent with no number (`1. 一种某某方法，发明人：甲，乙`)."""
    if not _LIST_MARK.match(line) or not _INVENTOR_LABEL.search(line):
        return False  # (the cheap tests first: every free line of a document is asked)
    found = read_unnumbered_patent_line(line, 0, len(line))
    return found is not None and found[1]


# the words an invention's title opens or ends with (一种…, …方法, …装置, …系统)
_INVENTION_TITLE = re.compile(r"^一种|(?:方法|装置|系统|设备|仪器?|工艺|结构|组件|器件|材料|制剂|组合物|用途|电路|芯片|机构|"
                              r"平台|模块|传感器|探头|检测仪|试剂盒|软件|算法)$")


def _read(text: str, start: int, end: int, number: re.Match[str] | None) -> PatentLine | None:
    mark = _LIST_MARK.match(text, start, end)
    holes = [number.span("number")] if number is not None else []
    pieces = _names_before_colon(_pieces(text, mark.end() if mark else start, end, holes))
    title: tuple[str, Span] | None = None
    inventors: list[tuple[str, Span]] = []
    candidates: list[tuple[str, Span]] = []
    kind = next((k for w, k in PATENT_KINDS if w in text[start:end]), None)
    if number is not None and (_SOFTWARE_NUMBER.fullmatch(number.group("number")) or kind is None):
        kind = kind_of_number(number.group("number")) or kind
    owners: list[tuple[str, Span]] = []
    date = None
    listing = False  # the piece before listed inventors: a name in this one goes on the list
    opening = _opening_names(pieces)
    if opening:  # 理某某，戚某，田某，…: the names that open the line, a rare surname's among them
        inventors, listing, pieces = [n for _, names in opening for n in names], True, pieces[len(opening):]
    for body, span in pieces:
        was_listing, listing = listing, False
        if (m := _TITLE_LABEL.match(body)) and title is None:
            title = _trimmed(body, span, m.end())
        elif m := _INVENTOR_LABEL.match(body):
            inventors = _names(body, span, m.end()) or inventors
            listing = bool(inventors)
        elif was_listing and (names := _names(body, span, 0)):
            inventors += names
            listing = True
        elif was_listing and (units := _units(body, span, 0)):
            owners += units  # 甲，乙，某大学: the unit after the inventors holds the patent
        elif m := _OWNER_LABEL.match(body):
            owners += _units(body, span, m.end())
        elif _OTHER_LABEL.match(body):
            continue
        elif (d := _DATE.search(body)) and (_DATE_LABEL.match(body) or _DATE.fullmatch(body.strip())):
            date = date or f"{d.group('y')}-{int(d.group('m')):02d}-{int(d.group('d')):02d}"
        elif _KIND_PIECE.fullmatch(body.strip()) or _NUMBER_LABEL.search(body) and len(_HAN.findall(body)) <= 6 \
                or _NUMBER_PIECE.fullmatch(body):
            continue
        elif (names := _names(body, span, 0)) and not inventors:
            inventors, listing = names, True
        else:
            kind_lead = re.match(rf"\s*{_KIND_PIECE.pattern}\s*[：:]\s*", body)
            candidates.append(_trimmed(body, span, kind_lead.end()) if kind_lead else (body, span))
    if title is None:
        listed = mark is not None or bool(inventors)
        title = _title(candidates, listed, number.start() if number is not None else end)
    if title is None:
        return None
    if (office := _TITLE_OFFICE.search(title[0])) is not None:  # 一种某某装置: 中国, …[P]: the country is no part of it
        title = title[0][:office.start()], Span(title[1].start, title[1].start + office.start())
    if (noted := _KIND_NOTE.search(title[0])) is not None:  # 一种某某方法（发明专利申请）: the kind is no part of it
        title = title[0][:noted.start()], Span(title[1].start, title[1].start + noted.start())
    if not title[0]:
        return None
    if number is None:
        return PatentLine("", title[1], title[0], title[1], kind, date, tuple(inventors), tuple(owners))
    return PatentLine(_squeeze(number.group("number")), Span(*number.span("number")), title[0], title[1], kind, date,
                      tuple(inventors), tuple(owners))


_RECORD_LINES = 3  # lines a patent's record may run over above its number's
_LEADING_LABEL = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff/（）()]{2,10}[ \t\u3000]*[：:]")


def patent_record(text: str, start: int, end: int) -> tuple[PatentLine, int] | None:
    """A patent written over the lines above its number's line, one piece a line (`一种某某方法` | `甲, 乙, 丙` |
    `发明专利, ZL…`, as a page's list renders without its marks): read from the nearest line above, no further than
    a blank line or another patent's number, that gives its inventors; with where it starts."""
    if patent_number(text, start, end) is None:
        return None
    at = start
    for _ in range(_RECORD_LINES):
        if at == 0:
            break
        before = text.rfind("\n", 0, at - 1) + 1
        if not text[before:at - 1].strip() or patent_number(text, before, at - 1) is not None:
            break
        if at == start and _LEADING_LABEL.match(text, start, end) and _LEADING_LABEL.match(text, before, at):
            return None  # 专利名称：… | 发明人：… | 专利号：…: a record of labelled fields, read as one
        at = before
        found = read_patent_line(text, at, end)
        if found is not None and found.inventors:
            return found, at
    return None


# (or the next item's number after a run of blanks: `…，专利状态：有效　　2. 发明专利：…`, a list run into one line)
_SEGMENT_END = re.compile(r"[；;]|。(?!$)|(?<=[ \t\u3000]{2})(?=\d{1,3}\s*[.．、](?!\d))")
_PATENTS_LABEL = re.compile(r"[^：:\n；;。]{0,20}?专利[^：:\n；;。]{0,10}[：:]")  # 授权发明专利：, 获授权发明专利3项：


def patents_in_segments(text: str, start: int, end: int) -> list[PatentLine]:
    """The patents a line lists one after another, parted by semicolons (`授权发明专利：甲，乙，一种某某方法，ZL…；
    丙，一种某某装置，ZL…。`) or by the items' numbers after blanks: each segment one patent with its number, read as a line of its own; none where a
    segment with a number does not read as one."""
    lead = _PATENTS_LABEL.match(text, start, end)
    at = lead.end() if lead else start
    out: list[PatentLine] = []
    for m in [*_SEGMENT_END.finditer(text, at, end), None]:
        stop = m.start() if m else end
        if patent_number(text, at, stop) is not None:
            line = read_patent_line(text, at, stop)
            if line is None or not line.title:
                return []
            out.append(line)
        at = m.end() if m else stop
    return out if len(out) >= 2 else []


def on_patent_lines(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) is read as a patent's (ingest.nlp.papers reads it whole, no other mechanism):
    a patent on its line, the end of one opened on the line before, the number's line of one written over the
    lines above, or several parted by semicolons."""
    if read_patent_line(text, start, end) is not None:
        return True
    opened = item_opened_before(text, start)
    return opened is not None and read_patent_line(text, opened, end) is not None \
        or patent_record(text, start, end) is not None or bool(patents_in_segments(text, start, end))


def item_opened_before(text: str, start: int) -> int | None:
    """Where the item opens that the line at `start` runs on from: the line before opens with a list mark and
    gives no patent number, this one opens with none (`[9] 甲, 乙. 某某方法,` | `中国, 发明专利，专利号: …`)."""
    if start == 0 or _LIST_MARK.match(text, start) and text[start:start + 1].strip():
        return None
    before = text.rfind("\n", 0, start - 1) + 1
    opens = _LIST_MARK.match(text, before, start)
    return before if opens and text[before:before + 1].strip() and patent_number(text, before, start) is None else None


def _squeeze(number: str) -> str:
    return re.sub(r"\s+", "", number)


def _pieces(text: str, start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[str, Span]]:
    """The line's pieces between its separators, the number and its brackets taken out."""
    out: list[tuple[str, Span]] = []
    bounds = [(start, end)]
    for a, b in holes:
        bounds = [part for lo, hi in bounds for part in ((lo, min(hi, a)), (max(lo, b), hi)) if part[1] > part[0]]
    for lo, hi in bounds:
        pos = lo
        for m in [*_CUT.finditer(text, lo, hi), None]:
            stop = m.start() if m else hi
            body = text[pos:stop]
            label = _NUMBER_LABEL.search(body)
            body = body[:label.start()] if label else body  # `（专利号：` before the number
            keyed = _DATA_KEY.match(body)  # `title: '一种某某方法（发明专利）'`: a data file's key and quotes
            lead = keyed.end() if keyed else 0
            body = " " * lead + body[lead:].rstrip(" '\"") if keyed else body
            body = body.rstrip(" '") if body.count("'") == 1 else body  # (`…，乙', title: …`: the string's end)
            for part, offset in _at_open_bracket(body):  # 一种某某方法（发明专利，第一发明人，…）: the title, then notes
                stripped = part.strip(" \t\u3000（()）")
                if stripped:
                    at = pos + offset + part.find(stripped)
                    out.append((stripped, Span(at, at + len(stripped))))
            pos = m.end() if m else stop
    return out


_KIND_NOTE = re.compile(rf"\s*[（(]\s*{_KIND_PIECE.pattern}\s*[）)]?$")
_DATA_KEY = re.compile(r"\s*[{\[]?\s*[A-Za-z_][\w]{0,20}\s*:\s*['\"]")


def _names_before_colon(pieces: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The pieces with one that runs from the inventors' last name on to the title after a colon (`甲，乙：一种某某
    方法，…`) parted in two at the colon."""
    out: list[tuple[str, Span]] = []
    for body, span in pieces:
        colon = re.search(r"[：:]", body)
        if colon and _names(body[:colon.start()], span, 0) and body[colon.end():].strip():
            out += [(body[:colon.start()].strip(), Span(span.start, span.start + colon.start())),
                    _trimmed(body, span, colon.end())]
        else:
            out.append((body, span))
    return out


# the country a citation writes after a patent's title and its colon (`一种某某装置: 中国, …[P]`), no part of the title
CITED_COUNTRIES = "中国|美国|日本|欧洲|韩国|世界知识产权组织"
_TITLE_OFFICE = re.compile(rf"\s*[:：]\s*(?:{CITED_COUNTRIES})?\s*$")


def _at_open_bracket(body: str) -> list[tuple[str, int]]:
    """The piece parted at a bracket it opens and does not close (the notes run on past its comma), each part
    with its offset; the piece whole otherwise."""
    depth, cut = 0, None
    for i, c in enumerate(body):
        if c in "（(":
            depth, cut = depth + 1, i if depth == 0 else cut
        elif c in "）)" and depth:
            depth -= 1
    if not depth or cut is None or cut == 0:
        return [(body, 0)]
    return [(body[:cut], 0), (body[cut:], cut)]


def _trimmed(body: str, span: Span, cut: int) -> tuple[str, Span]:
    rest = body[cut:].strip()
    at = span.start + body.find(rest, cut) if rest else span.end
    return rest, Span(at, at + len(rest))


def _names(body: str, span: Span, cut: int) -> list[tuple[str, Span]]:
    """The names a piece lists (`甲、乙 丙`), each with its span; [] unless every word is a name."""
    rest = body[cut:]
    words = [w for w in _NAMES.split(rest) if w]
    if not words or words[-1] in ("等",):
        words = words[:-1]
    if not words or not all(is_name(w.rstrip("等*")) for w in words):
        return []
    out, at = [], span.start + cut
    for w in words:
        name = w.rstrip("等*")
        where = body.find(name, at - span.start)
        out.append((name, Span(span.start + where, span.start + where + len(name))))
        at = span.start + where + len(name)
    return out


def _units(body: str, span: Span, cut: int) -> list[tuple[str, Span]]:
    """The units a right holder's piece names (`某大学、某公司`), each with its span; [] unless each names one."""
    out = []
    for m in re.finditer(r"[^、/／\s]+", body[cut:]):
        name = m.group()
        if not kind_suffix(name) or len(name) < 4:
            return []
        out.append((name, Span(span.start + cut + m.start(), span.start + cut + m.end())))
    return out


_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _opening_names(pieces: list[tuple[str, Span]]) -> list[tuple[str, list[tuple[str, Span]]]]:
    """The pieces that open the line as a list of names, each with its names: a run of two or more pieces, each
    names or two or three Chinese characters alone, most of them names (a name of a surname no list knows is
    one in such a run); [] where the line opens otherwise."""
    run: list[tuple[str, list[tuple[str, Span]]]] = []
    for body, span in pieces:
        if names := _names(body, span, 0):
            run.append((body, names))
        elif _BARE_NAME.fullmatch(body.strip()) and not _KIND_PIECE.fullmatch(body.strip()):
            run.append((body, [(body.strip(), Span(span.start + body.find(body.strip()), span.start
                                                    + body.find(body.strip()) + len(body.strip())))]))
        else:
            break
    known = sum(1 for body, names in run if len(names) > 1 or is_name(names[0][0]))
    return run if len(run) >= 2 and 2 * known > len(run) else []


def _title(candidates: list[tuple[str, Span]], listed: bool, number: int) -> tuple[str, Span] | None:
    """The title among the pieces no label claimed: quoted (the last before the number, else the first after
    it), or opening with 一种, or, on a line that reads as an entry of a list (a list mark, or inventors), the
    longest in Chinese that names no unit."""
    quoted = [(Span(span.start + m.start("title"), span.start + m.end("title")), m.group("title"))
              for body, span in candidates for m in _QUOTED.finditer(body)]
    before = [q for q in quoted if q[0].end <= number]
    if chosen := (before[-1] if before else quoted[0] if quoted else None):
        return chosen[1], chosen[0]
    titled = [(b, s) for b, s in candidates if len(_HAN.findall(b)) >= _MIN_TITLE and not kind_suffix(b)]
    for body, span in titled:
        if body.startswith("一种"):
            return body, span
    return max(titled, key=lambda c: len(c[0]), default=None) if listed else None
