"""A CV's posts in societies listed line by line, with no verb of holding (`中国某某学会理事`, `某省某学会常务理事`,
`中国某某学会会员`): the posts of the person whose name opens the document (`owner`: ingest.nlp.project_lines.cv_owner).

A line (or a table row's cell) is such a list only where every piece of it, parted by commas, 、 or blanks, is a society
or a committee and a post in it, or a society and its membership (会员, 会士); each is an affiliation with the post,
and a head post (理事长, 主任委员) leads the body (ingest.nlp.posts). Lines that say more are prose's. In a roster's row
that opens with a name, the posts are that person's.
"""

from __future__ import annotations

import re

from graph.schema import Label
from ingest.blocks import row_cells
from ingest.kit.text import strip_titles
from ingest.model import Entity, Relation, Span
from ingest.nlp.posts import is_society, post_relations
from ingest.nlp.project_lines import ITEM_MARK
from ingest.tables.cells import is_name
from ingest.tables.people_lists import unit_and_post
from ingest.tables.typing import STUDY_NOTE

_PIECE = re.compile(r"(?:[^，,、；;。\s]|(?<![\u4e00-\u9fff])\s|\s(?![\u4e00-\u9fff]))+")  # a blank parts Han pieces too
_MEMBERSHIP = re.compile(r"(?P<unit>.+?)(?P<post>高级会员|终身会员|会员|会士|fellow)$", re.I)
_MAX_LINE = 80
_HOLDING = re.compile(r"[ \t\u3000]*(?:现|还|并|同时|另)?(?:担任|兼任|任)")
_AFTER_NAME = frozenset(" \t\u3000，,")


def service_lines(text: str, lines: list[tuple[int, int]], owner: str | None,
                  entities: list[Entity], relations: list[Relation]) -> None:
    """The society posts listed on the lines, as the posts of the CV's person (`owner`)."""
    for start, end in lines:
        if "会" not in text[start:end]:
            continue  # no society, no committee on the line
        cells = row_cells(text, start, end)
        person = _row_person(text, start) or owner  # a roster's row: the posts of the person it names
        if person is None:
            continue
        for cell in cells:
            for unit, post, where in _posts(text, cell.start, cell.end, person):
                entities.append(Entity(type=Label.ORGANIZATION, name=unit, spans=(where,)))
                relations += post_relations(person, unit, post, None, cell)


def _row_person(text: str, at: int) -> str | None:
    """The name the first cell of the table row that `at` is in gives, if the row's first cell is only a name."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    cells = row_cells(text, start, len(text) if end < 0 else end)
    first = STUDY_NOTE.sub("", text[cells[0].start:cells[0].end].strip())  # 某某，在读博士
    first = strip_titles(first) if not is_name(first) else first  # 某某教授
    return first if len(cells) > 1 and is_name(first) else None


def _posts(text: str, start: int, end: int, person: str = "") -> list[tuple[str, str, Span]]:
    """(society, post, where the society is written) of each piece of a line made only of such pieces, after the
    person's name where the line opens with it (`某某现任某学会理事、…`); [] otherwise."""
    item = ITEM_MARK.match(text, start, end)
    at = item.end() if item else start
    if person and text.startswith(person, at):
        at += len(person)
        while at < end and text[at] in _AFTER_NAME:
            at += 1
    verb = _HOLDING.match(text, at, end)
    at = verb.end() if verb else at  # 担任某学会理事、…: the line's verb, then its posts
    if end - at > _MAX_LINE or not text[at:end].strip():
        return []
    out: list[tuple[str, str, Span]] = []
    for m in _PIECE.finditer(text, at, end):
        piece = m.group().strip()
        if not piece:
            continue
        unit, post = unit_and_post(piece)
        if unit is None or not post:
            member = _MEMBERSHIP.fullmatch(piece)
            unit, post = (member.group("unit"), member.group("post")) if member else (None, "")
        if unit is None or not post or not is_society(unit) or "是" in unit:
            return []  # (柏某是某学会会士: a sentence saying what a person is, prose's)
        where = m.start() + m.group().find(unit)
        span = Span(where, where + len(unit))
        if out and _PART_OF_THE_LAST.fullmatch(unit) and not _OWN_NAME.match(unit):
            unit = out[-1][0] + unit  # 某学会外科分会委员、腹腔镜学组副组长: a group of the body named before it
        out.append((unit, post, span))
    return out


# a body's part named without the body (`外科分会`, `腹腔镜内镜外科学组`): its own words then a part's ending, no 会
# or 院 of a body of its own before that ending
_PART_OF_THE_LAST = re.compile(r"[^会院校所]{2,12}(?:分会|学组|专业委员会|专委会|委员会|协作组|工作组|学部)")
_OWN_NAME = re.compile(r"中国|中华|全国|国际|世界|亚洲|欧洲|美国|[\u4e00-\u9fff]{2,3}[省市]")
