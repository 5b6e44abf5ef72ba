"""知识产权 table: kind, country, number, date, title, inventors in order, owner where given."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.schema import Label, RelType
from ingest.genres.award_orgs import OrgRegistry, ends_with_org_suffix
from ingest.kit.builder import Builder
from ingest.kit.text import Joined, Line, is_person_name
from ingest.model import Entity, Span

_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])((?:ZL|CN|US|EP|WO|JP|KR|DE|GB|PCT)?\s?\d{4}[A-Z]{0,2}\d{3,}(?:[.．][\dXx])?(?:[A-Z]\d?)?)"
)
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
_KINDS = (
    (re.compile(r"发明专利|发明"), "invention_patent"), (re.compile(r"实用新型"), "utility_model"),
    (re.compile(r"软件著作权|软件著作|著作权|软件登记"), "software_copyright"),
)
_COUNTRY = re.compile(r"(中国|美国|日本|欧洲|欧盟|德国|英国|法国|韩国|俄罗斯|澳大利亚|加拿大|PCT|国际)\s*$")
_INVENTOR_SEP = re.compile(r"[；;、，,]")
_ROW_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s|$)")
_LEADING_NUMBER = re.compile(r"^\d{1,2}")
_WHITE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_PEOPLE_CELL = re.compile(r"[^；;、，,]+")


@dataclass(frozen=True, slots=True)
class PatentRecord:
    number: str
    title: str | None
    kind: str
    country: str | None
    date: str | None
    inventors: tuple[tuple[str, Span], ...]
    owners: tuple[tuple[str, Span], ...]
    span: Span

    def emit(self, out: Builder, orgs: OrgRegistry) -> None:
        ref = out.entity(Entity(Label.PATENT, self.title or self.number, kind=self.kind, number=self.number,
                                country=self.country, date=self.date, spans=(self.span,)))
        for order, (name, span) in enumerate(self.inventors, start=1):
            out.person(name, span)
            out.relation(RelType.INVENTED, name, ref, span, order=order)
        for name, span in self.owners:
            org = orgs.add(name, span, from_table=True)
            out.relation(RelType.OWNS, org, ref, span)


def parse_patents(lines: list[Line]) -> list[PatentRecord]:
    rows: list[list[Line]] = []
    expected = 1
    for line in lines:
        m = _ROW_NUMBER.match(line.text)
        if m and int(m.group(1)) == expected and not _DATE.match(line.text.strip()):
            rows.append([line])
            expected += 1
        elif rows:
            rows[-1].append(line)
    out = []
    for row in rows:
        record = _record(row)
        if record:
            out.append(record)
    return out


def _record(row: list[Line]) -> PatentRecord | None:
    joined = Joined.of_lines(row)
    spaced = "\n".join(ln.text for ln in row)
    num = _NUMBER.search(spaced)
    if not num:
        return None
    number = _WHITE.sub("", num.group(1))
    head = _WHITE.sub("", spaced[:num.start()])
    head = _LEADING_NUMBER.sub("", head)
    kind = next((k for pattern, k in _KINDS if pattern.search(head)), "other")
    country_m = _COUNTRY.search(head)
    after_num = spaced[num.end():]
    date_m = _DATE.search(after_num)
    date = f"{date_m.group(1)}-{int(date_m.group(2)):02d}-{int(date_m.group(3)):02d}" if date_m else None
    rest_start = num.end() + (date_m.end() if date_m else 0)
    title, inventors, owners = _title_and_people(row, rest_start)
    return PatentRecord(
        number=number, title=title, kind=kind, country=country_m.group(1) if country_m else None, date=date,
        inventors=inventors, owners=owners, span=joined.span(0, len(joined.text)),
    )


def _title_and_people(row: list[Line], rest_start: int
                      ) -> tuple[str | None, tuple[tuple[str, Span], ...], tuple[tuple[str, Span], ...]]:
    """The title runs until the word where the `；`-separated inventor list begins."""
    flat: list[tuple[str, int]] = []
    at = 0
    for ln in row:
        for m in _WORD.finditer(ln.text):
            if at + m.start() >= rest_start:
                flat.append((m.group(0), ln.start + m.start()))
        at += len(ln.text) + 1
    people_at = next((i for i, (part, _) in enumerate(flat) if _starts_people(part)), len(flat))
    title = "".join(
        (" " if i and _LATIN_OR_DIGIT.match(part) else "") + part for i, (part, _) in enumerate(flat[:people_at])
    ).strip() or None
    joined = Joined(flat[people_at:])
    people = [part for m in _PEOPLE_CELL.finditer(joined.text) for part in _name_then_owner(joined, m.start(), m.end())]
    inventors = tuple((p, s) for p, s in people if is_person_name(p))
    owners = tuple((p, s) for p, s in people if not is_person_name(p) and ends_with_org_suffix(p) and len(p) >= 4)
    return title, inventors, owners


def _name_then_owner(joined: Joined, i: int, j: int) -> list[tuple[str, Span]]:
    """`宋青山 江东农业大学`: the last inventor and the owner cell glued together; cut at a line or blank."""
    piece = joined.text[i:j]
    if is_person_name(piece) or not ends_with_org_suffix(piece):
        return [(piece, joined.span(i, j))]
    for k in range(j - 4, i + 1, -1):
        gap = joined.offsets[k] - joined.offsets[k - 1] > 1
        if gap and is_person_name(joined.text[i:k]) and ends_with_org_suffix(joined.text[k:j]):
            return [(joined.text[i:k], joined.span(i, k)), (joined.text[k:j], joined.span(k, j))]
    return [(piece, joined.span(i, j))]


def _starts_people(part: str) -> bool:
    first = _INVENTOR_SEP.split(part)[0]
    return bool(_INVENTOR_SEP.search(part)) and (is_person_name(first) or len(first) <= 4)
