"""What a table column holds, from its header: the vocabulary in ingest/data/table_headers.txt.

A header is compared without blanks, colons, asterisks and anything in brackets: a unit (`金额（万元）`
is `金额`, whose unit is 万元) or a note (`主要完成人（不超过15人）` is `主要完成人`). English and pinyin headers of machine exports are read as lower-case words
(`personText` -> `person`, `approveYear` -> `approve year`). A header that is no entry but contains one
(`项目负责人姓名`) takes the longest entry it contains.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources

from ingest.kit.text import BRACKET_NOTE
from names.script import simplified


class Role(StrEnum):
    COUNTER = "counter"
    RANK = "rank"
    PERSON = "person"
    LEADER = "leader"
    MEMBER = "member"
    TITLE = "title"
    POSITION = "position"
    WORK_UNIT = "work_unit"
    HOST_UNIT = "host_unit"
    COMPLETING_UNIT = "completing_unit"
    NOMINATOR = "nominator"
    PROJECT = "project"
    CODE = "code"
    BUDGET = "budget"
    PERIOD = "period"
    YEAR = "year"
    END_YEAR = "end_year"
    DISCIPLINE = "discipline"
    AWARD = "award"
    PROGRAMME = "programme"
    KEYWORDS = "keywords"
    RESEARCH_AREA = "research_area"
    EMAIL = "email"
    PHONE = "phone"
    CONTACT = "contact"
    NOTE = "note"
    PAPER_TITLE = "paper_title"
    JOURNAL = "journal"
    VOLUME_PAGES = "volume_pages"
    VOLUME = "volume"
    ISSUE = "issue"
    PAGES = "pages"
    AUTHORS = "authors"
    FIRST_AUTHOR = "first_author"
    CORRESPONDING = "corresponding"
    AUTHOR_KIND = "author_kind"  # 第一作者, 通讯作者: how the row's person authored the paper
    OWN_ROLE = "own_role"  # 主持, 参与: the part the document's own person took in the row's project
    IMPACT_FACTOR = "impact_factor"
    CITATIONS = "citations"
    PATENT_TITLE = "patent_title"
    PATENT_NUMBER = "patent_number"
    PATENT_KIND = "patent_kind"
    INVENTORS = "inventors"
    PATENTEE = "patentee"
    COUNTRY = "country"
    DATE = "date"
    UNIT_NAME = "unit_name"  # the unit a row is about (a table of labs or centres), of the kind its header says
    JOINED = "joined"  # 参与项目: the projects the row's person took part in, listed in one cell
    BOARD_POST = "board_post"  # a post on a board of the row's unit (学术委员会主任), in the header's words
    SUPERVISOR = "supervisor"  # 导师: the supervisor of the row's student, at the row's unit
    OUTSIDE_SUPERVISOR = "outside_supervisor"  # 企业导师, 校外导师: a supervisor from outside the row's unit
    STUDIED_AT = "studied_at"  # 毕业院校, 博士学校: where the row's person studied, a past affiliation


PEOPLE = frozenset({Role.PERSON, Role.LEADER, Role.MEMBER, Role.CONTACT, Role.BOARD_POST, Role.SUPERVISOR,
                    Role.OUTSIDE_SUPERVISOR})
UNITS = frozenset({Role.WORK_UNIT, Role.HOST_UNIT, Role.COMPLETING_UNIT, Role.NOMINATOR, Role.PATENTEE})
PAPER = frozenset({Role.PAPER_TITLE, Role.JOURNAL, Role.VOLUME_PAGES, Role.VOLUME, Role.ISSUE, Role.PAGES, Role.AUTHORS, Role.FIRST_AUTHOR,
                   Role.CORRESPONDING, Role.AUTHOR_KIND, Role.IMPACT_FACTOR, Role.CITATIONS})
PATENT = frozenset({Role.PATENT_TITLE, Role.PATENT_NUMBER, Role.PATENT_KIND, Role.INVENTORS, Role.PATENTEE})


@dataclass(frozen=True, slots=True)
class Header:
    """What one column holds and the unit its header states (`万元`, `元`), if any."""

    role: Role
    unit: str | None = None
    exact: bool = True  # the header is an entry of the vocabulary, not a longer text containing one


_UNIT = re.compile(r"[（(]\s*(万元|元|千元|亿元|年|%)\s*[）)]")
_NOISE = re.compile(r"[\s:：*＊]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-\s./]+")
_FILLER = frozenset({"text", "name", "str", "value", "string", "list", "array"})
_GLUED_FILLER = re.compile(r"(?<=[a-z]{3})(string|list|array)$")  # a filler word run into the one before it
_ECHO = frozenset({"search", "query"})
_ASCII_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9_\-\s./]*")
_LONGEST_HEADER = 16  # a cell longer than this (without blanks) is a value, not a header


@cache
def _entries() -> tuple[dict[str, Role], tuple[tuple[str, Role], ...]]:
    """(header -> role, (header, role) pairs of the Chinese entries, longest first)."""
    raw = resources.files("ingest").joinpath("data", "table_headers.txt").read_text(encoding="utf-8")
    exact: dict[str, Role] = {}
    role: Role | None = None
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#") and len(line) > 1:
            continue
        if line.startswith("[") and line.endswith("]"):
            role = Role(line[1:-1])
            continue
        if role is not None:
            exact.setdefault(_key(BRACKET_NOTE.sub("", _UNIT.sub("", line)) or line), role)
    contained = tuple(sorted(((h, r) for h, r in exact.items() if not h.isascii() and len(h) >= 2),
                             key=lambda hr: -len(hr[0])))
    return exact, contained


_BILINGUAL = re.compile(r"\s*(?P<cn>[\u4e00-\u9fff]{2,10})[\s/]*(?P<en>[A-Za-z][A-Za-z .\-]{1,30})\s*"
                        r"|\s*(?P<en2>[A-Za-z][A-Za-z .\-]{1,30}?)[\s/]*(?P<cn2>[\u4e00-\u9fff]{2,10})\s*")


def _key(header: str) -> str:
    """The comparable form of a header: Chinese without blanks and marks; machine names as words."""
    text = unicodedata.normalize("NFKC", header).strip()
    if _ASCII_WORDS.fullmatch(text):
        words = [w.lower() for w in _CAMEL.split(text) if w]
        words = [part for w in words for part in _GLUED_FILLER.split(w) if part]  # assigneestring: assignee string
        while len(words) > 1 and words[-1] in _FILLER:
            words.pop()
        return " ".join(words)
    return _NOISE.sub("", text).lower()


_CLAUSE = re.compile(r"[。；;！？!?]|\d\s*[个年项人名次位篇]")


@lru_cache(maxsize=4096)
def header_of(cell: str) -> Header | None:
    """The role a header cell names, or None when it names none (or is a value, not a header)."""
    text = simplified(unicodedata.normalize("NFKC", cell).strip())  # 論文名稱 is 论文名称
    unit_match = _UNIT.search(text)
    unit = unit_match.group(1) if unit_match else None
    bare = BRACKET_NOTE.sub("", _UNIT.sub("", text)) or text  # `主要完成人（不超过15人）` is `主要完成人`
    bilingual = _BILINGUAL.fullmatch(bare)
    if bilingual:  # `职称 Position`: the Chinese label, else its English one
        cn, en = bilingual.group("cn") or bilingual.group("cn2"), bilingual.group("en") or bilingual.group("en2")
        found = header_of(cn) or header_of(en)
        return replace(found, unit=unit) if found is not None and unit and not found.unit else found
    key = _key(bare)
    if not key or len(key.replace(" ", "")) > _LONGEST_HEADER and not key.isascii():
        return None
    exact, contained = _entries()
    if key.split(" ")[0] in _ECHO:
        return None
    if key in exact:
        return Header(exact[key], unit)
    if key.isascii():
        return _machine_header(key, unit, exact)
    if _CLAUSE.search(text):
        return None  # a clause (单位不得超过2个, 研究期限一般为3年。) holds a header's word but is none
    for entry, role in contained:
        if entry in key and len(key) <= len(entry) + 6:
            return Header(role, unit, exact=False)
    return None


# What a machine name's plural or last word may say for the whole name (`completers`, `project leader`):
# the people, units and works a record names; never a title, a post or an award, whose plurals list them
# in words (`positions`: 历任…), nor a name (`job title` is no project).
_HEAD_ROLES = PEOPLE | UNITS | (PAPER | PATENT) - {Role.PAPER_TITLE, Role.PATENT_TITLE} | frozenset(
    {Role.PROGRAMME, Role.KEYWORDS, Role.RESEARCH_AREA, Role.EMAIL, Role.PHONE, Role.BUDGET})


def _machine_header(key: str, unit: str | None, exact: dict[str, Role]) -> Header | None:
    """A machine name that is no entry: its words in the singular (`completing units`), else its last word
    where that word names a record's people, units or works (`project leader` is the leader)."""
    words = key.split(" ")
    singular = " ".join(_singular(w) for w in words)
    if exact.get(singular) in _HEAD_ROLES:
        return Header(exact[singular], unit)
    if len(words) > 1:
        for head in (words[-1], _singular(words[-1])):
            if exact.get(head) in _HEAD_ROLES:
                return Header(exact[head], unit, exact=False)
    return None


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def exact_header(cell: str) -> Header | None:
    """The role a header cell names as the vocabulary writes it (`学院`), not by a word it holds (`某某学院`)."""
    header = header_of(cell)
    return header if header is not None and header.exact else None


def chinese_headers() -> list[str]:
    """Every Chinese entry of the vocabulary, as compared (no blanks): the labels fields are known by."""
    return [h for h in _entries()[0] if not h.isascii()]


def is_query_echo(cell: str) -> bool:
    """A machine header naming a search parameter (`searchYear`): a known column that says nothing."""
    key = _key(_UNIT.sub("", unicodedata.normalize("NFKC", cell)))
    return key.isascii() and key.split(" ")[0] in _ECHO and len(key.split(" ")) > 1
