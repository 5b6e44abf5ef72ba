"""Awards in machine records: a page's front matter (YAML, or TOML `[[item]]` blocks, as the readers keep
them: `key: value` lines) listing its awards, one record each, with an award field and a description.

A record is an award's when one value names an award (`某某科学技术进步奖一等奖`, `二等奖`); its
description (the value that is neither the award nor the organization that gave it) holds the title of
the awarded work, and sometimes its fields (`完成单位：甲大学、乙研究所`, `完成人：…`): the project, with the
award as its `award` and each unit an Organization (UNIT_OF). The organization that gave the award is
an Organization of its own. A key seen again starts the next record.
"""

from __future__ import annotations

import re

from ingest.fields import labels_in
from ingest.kit.orgbook import unit_name
from ingest.model import Span
from ingest.org_names import org_kind
from ingest.reading import Coverage, Document, Facts, Reading
from ingest.tables.cells import Piece, is_name, piece, unquoted, year_in
from ingest.tables.data_records import objects_in
from ingest.tables.profile_records import KeyValue, machine_records
from ingest.tables.records import Record, emit
from ingest.tables.vocabulary import Role, header_of

_AWARD = re.compile(r"(?:奖|奖项|等奖|金奖|银奖|铜奖|优秀奖|大奖|奖励)$|奖[（(][^（）()]{1,12}[）)]$")
_MAX_AWARD = 40
_DATED = re.compile(r"\s*(?:19|20)\d{2}\s*年度?\s*")
_EDGE = "，,。；;：: \u3000“”\"'《》"
_SEGMENT_END = re.compile(r"[。；;]")
_SENTENCE = re.compile(r"[，,。！？!?]")
_MIN_TITLE, _MAX_TITLE = 4, 80
# a description that is a clause about the award, not a title (`表彰其在…的贡献`, `获评…`)
_CLAUSE = re.compile(r"(?:表彰|授予|获得|荣获|获评|获|因|为|在|由|以|被|于|对|凭)")
_ORG_KEYS = ("organization", "organisation", "org", "issuer", "awarder", "institution")


def read_award_records(document: Document, taken: Coverage) -> Reading:
    """The awards of every record of machine `key: value` lines no mechanism has read. It runs before the
    fields mechanism, which would read a description's `完成单位：` apart from the award beside it."""
    facts = Facts()
    literal: list[Span] | None = None
    for run in machine_records(document, taken):
        if literal is None:
            literal = [o.span for o in objects_in(document.text)] if "{" in document.text else []
        if 2 * sum(any(o.start <= v.span.start and v.span.end <= o.end for o in literal) for v in run) > len(run):
            continue  # `{ cgmc: "…", dj: "一等奖" }`: a data literal's record, read by its keys (ingest.tables.data_records)
        for item in _items(run):
            _award_item(item, facts)
    return facts.reading()


def _items(run: list[KeyValue]) -> list[list[KeyValue]]:
    """The records of a run of `key: value` lines. Each record opens with the same key; of the keys seen
    more than once, the one that cuts the run into records with no key twice and the fewest different
    sets of keys (a page's own `title:` may come before the first record)."""
    repeated = [k for k in dict.fromkeys(v.key for v in run) if sum(v.key == k for v in run) > 1]
    best: tuple[tuple[int, int, int], list[list[KeyValue]]] | None = None
    for key in repeated:
        items: list[list[KeyValue]] = []
        for value in run:
            if value.key == key or not items:
                items.append([])
            items[-1].append(value)
        if run[0].key != key:
            items = items[1:]  # what comes before the first record is the page's own
        twice = sum(len({v.key for v in item}) < len(item) for item in items)
        kinds = len({frozenset(v.key for v in item) for item in items})
        score = (twice, kinds, len(run) - sum(map(len, items)))
        if best is None or score < best[0]:
            best = (score, items)
    return best[1] if best is not None else [run]


def _is_award(text: str) -> bool:
    return len(text) <= _MAX_AWARD and _AWARD.search(text) is not None and not _SENTENCE.search(text) \
        and not _AWARDS_WON.match(text.strip())


# a page's name for the awards it lists (`获得奖项`, `获奖情况`, `所获奖励`), not an award
_AWARDS_WON = re.compile(r"(?:获得|荣获|所获|曾获|获)?(?:奖项|奖励|获奖)(?:情况|名单|列表)?$")


def _award_item(item: list[KeyValue], facts: Facts) -> None:
    award = next((v for v in item if _is_award(v.text)), None)
    if award is None:
        return
    givers = [v for v in item if v is not award and (v.key in _ORG_KEYS or _is_org(v.text))]
    rest = [v for v in item if v is not award and v not in givers]
    record = Record(Span(min(v.span.start for v in item), max(v.span.end for v in item)), awarded=True)
    for value in rest:
        _describe(value, record)
    if not record.has(Role.PROJECT):
        return
    dated = _DATED.match(award.text)
    named = award.text[dated.end():] if dated is not None else award.text
    record.add(Role.AWARD, Piece(named, Span(award.span.end - len(named), award.span.end)))
    year = next((y for v in item if (y := year_in(v.text)) is not None), None)
    if year is not None and not record.has(Role.YEAR):
        record.add(Role.YEAR, Piece(str(year), award.span))
    if emit(record, facts.out, facts.orgs) is None:
        return
    for giver in givers:
        if _is_org(giver.text):
            facts.orgs.add(giver.text, giver.span)
    facts.read(*(v.span for v in item))


def _is_org(text: str) -> bool:
    return 4 <= len(text) <= 40 and org_kind(text) != "other" and unit_name(text) == text


def _describe(value: KeyValue, record: Record) -> None:
    """The title and fields one description holds: `某某研究。完成单位：甲、乙` or `项目：某某；完成单位：…`."""
    text, start = value.text, value.span.start
    labels = labels_in(text)
    lead_end = labels[0].start() if labels else len(text)
    lead = _SEGMENT_END.split(text[:lead_end])[0]
    title = _title(Piece(lead, Span(start, start + len(lead))))
    if title is not None and not any(_role(m) is Role.PROJECT for m in labels):
        record.add(Role.PROJECT, title)
    for n, m in enumerate(labels):
        header = header_of(re.sub(r"\s", "", m.group(1)))
        if header is None:
            continue
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        body = text[m.end():stop]
        cut = _SEGMENT_END.search(body)
        body = body[:cut.start()] if cut is not None else body
        found = piece(body.rstrip(_EDGE), start + m.end())
        if found is None:
            continue
        if header.role is Role.PROJECT:
            found = _title(found)
        if found is not None:
            record.add(header.role, found, header.unit)


def _role(m: re.Match[str]) -> Role | None:
    header = header_of(re.sub(r"\s", "", m.group(1)))
    return header.role if header is not None else None


def _title(value: Piece) -> Piece | None:
    found = piece(value.text.rstrip(_EDGE), value.span.start)
    if found is None:
        return None
    found = unquoted(found)
    if (not _MIN_TITLE <= len(found.text) <= _MAX_TITLE or _SENTENCE.search(found.text) or _is_org(found.text)
            or _CLAUSE.match(found.text) or is_name(found.text)):
        return None
    return found
