"""The body that approved a document's projects: a notice of approval issued by a government body funds what it
lists.

- its title: `某省科学技术厅关于下达2023年度某某基金项目的通知`, `某部关于公布…立项名单的通知`;
- or a sentence citing it: `某部发布了《关于某某计划2011年项目立项的通知》`;
- or a list's title that opens with its body's name: `某大学2020年第五期“某计划”项目拟立项名单`.

Each project the document lists (with its leader or unit) and each programme the notice's words name is
FUNDED_BY the issuer, unless the document names another funder for it. A notice of anything else (a meeting,
a call for applications) funds nothing: the notice must approve (下达, 立项, 资助, 批准, 公布…名单).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import Label, RelType
from ingest.model import Entity, Extraction, Relation, Span
from ingest.org_names import org_kind

_LIST = r"(?:名单|清单|一览表|汇总表)"  # a list's kind, as its title ends
_APPROVES = r"(?:下达|立项|资助|批准|拟资助|获批|入库|公布[^\n》]{0,40}?名单)"  # 拟入库: into the programme's project pool
# the title, on one of the first lines: the issuer, 关于, what it approves, and the kind of notice
_TITLE = re.compile(rf"^[ \t\u3000]*(?P<org>[^\n，。；：:]{{4,40}}?)关于(?P<what>[^\n]{{0,80}}?{_APPROVES}[^\n]{{0,80}}?)"
                    r"(?:的)?(?:通知|公告|通报|决定|批复)", re.M)
# a sentence citing the notice: 某部发布了《关于…立项的通知》
_CITED = re.compile(rf"(?P<org>[^\n，。；《]{{2,40}}?)(?:正式)?(?:发布|印发|下发|下达|公布)了?《关于(?P<what>[^》]{{0,80}}?"
                    rf"{_APPROVES}[^》]{{0,80}}?)(?:的)?(?:通知|公告|通报|决定|批复)》")
_TITLE_LINES = 3
# a sentence of the lead reporting the results a body announced: 10月12日，某基金委公布了2031年度资助项目评审结果
_ANNOUNCED = re.compile(r"(?P<org>[^\n，。；《]{2,40}?)(?:正式)?(?:公布|发布)了?(?P<what>[^\n，。；]{0,60}?"
                        r"(?:评审结果|资助结果|立项结果|资助名单|立项名单|获批名单))")
_LEAD = 600  # the characters of a document's opening its lead is in
# a unit's count of the listed projects it won: 某学院共有3项获得资助
_COUNTED = re.compile(r"(?:共有|共|有)\s*(?P<count>\d+)\s*项(?:项目)?\s*(?:获得?资助|获批|获准立项|立项)")
_FILLED_LINE = re.compile(r"[^\n]*\S[^\n]*")
# the programme whose projects the notice approves: 关于(下达)(2023年度)某某基金(2011年)项目(立项)…
_PROGRAMME = re.compile(r"^(?:下达|公布|批准|印发)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*"
                        r"(?P<name>[\u4e00-\u9fff]{4,30}?(?:计划|基金|专项|工程))\s*(?:(?:19|20)\d{2}\s*年度?)?\s*"
                        r"(?:第[一二三四五六七八九十\d]+批)?\s*(?:项目|课题)")
_LISTED = (RelType.LEADS, RelType.UNIT_OF)


def approving_body(text: str, organizations: list[Entity]) -> tuple[str, Span, Span] | None:
    """The government body whose notice of approval the document is or cites, where the notice's words are,
    and where it says what it approves."""
    head = text[:_title_end(text)]
    cited = _CITED.finditer(text) if "《关于" in text else ()  # the pattern is tried only where it can match
    for m in [*_TITLE.finditer(head), *cited, *_ANNOUNCED.finditer(text, 0, _LEAD)]:
        issuer = _issuer_in(organizations, m.start("org"), m.end("org"))
        if issuer is not None:
            return issuer, Span(m.start(), m.end()), Span(*m.span("what"))
    return _signed(text, organizations) or _list_of_its_own(text, organizations)


# a notice's title that approves (`2024年度某基金拟资助项目公示`) and its signature at the end: the body alone on a
# line, a date line after it
_APPROVING_TITLE = re.compile(rf"^[ \t\u3000]*(?P<what>[^\n]{{4,80}}?{_APPROVES}[^\n]{{0,40}}?)(?:公示|公告|通知|{_LIST})[ \t\u3000]*$",
                              re.M)
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?[ \t\u3000]*")
_SIGNATURE_LINES = 3


def _signed(text: str, organizations: list[Entity]) -> tuple[str, Span, Span] | None:
    """The government body that signs a notice whose title approves: its name alone on one of the last lines."""
    title = _APPROVING_TITLE.search(text, 0, _title_end(text))
    if title is None:
        return None
    lines = [m for m in _FILLED_LINE.finditer(text)][-_SIGNATURE_LINES:]
    for line in reversed(lines):
        if _DATE_LINE.fullmatch(line.group()):
            continue
        issuer = _issuer_in(organizations, line.start(), line.end())
        if issuer is not None and line.group().strip() == issuer:
            return issuer, Span(line.start(), line.end()), Span(*title.span("what"))
        break
    return None


# a list's title that opens with the body whose list it is and approves (`某大学2020年第五期“某计划”项目拟立项名单`)
_OWN_LIST_TITLE = re.compile(rf"^[ \t\u3000]*(?P<what>[^\n|]{{0,60}}?{_APPROVES}[^\n|]{{0,20}}?)(?:公示|{_LIST})"
                             r"[ \t\u3000|]*$", re.M)


def _list_of_its_own(text: str, organizations: list[Entity]) -> tuple[str, Span, Span] | None:
    """The body whose name opens a list's approving title (a university's, a bureau's): it funds what it lists."""
    title = _OWN_LIST_TITLE.search(text, 0, _title_end(text))
    if title is None:
        return None
    at = title.start("what")
    owner = next((e.name for e in organizations for s in e.spans if s.start == at
                  and (e.kind or org_kind(e.name)) in _LISTING_BODIES), None)
    if owner is None:
        return None
    return owner, Span(title.start("what"), title.end()), Span(at, title.end("what"))


_LISTING_BODIES = frozenset({"government", "university", "research_institute", "hospital", "society"})


def funded_by_approver(text: str, extraction: Extraction) -> Extraction:
    """The projects the document lists, and their programme, FUNDED_BY the body whose notice approved them;
    the listed projects PART_OF the programme the notice names."""
    organizations = [e for e in extraction.entities if e.type is Label.ORGANIZATION]
    found = approving_body(text, organizations)
    if found is None:
        return extraction
    issuer, notice, what = found
    entities = list(extraction.entities)
    programme = _programme(text, what, entities)
    funded = {r.source for r in extraction.relations if r.type is RelType.FUNDED_BY}
    within = {r.source for r in extraction.relations if r.type is RelType.PART_OF}
    listed = {r.target for r in extraction.relations if r.type in _LISTED}
    added = []
    for e in entities:
        if e.type is not Label.PROJECT:
            continue
        named = e.kind == "programme" and any(notice.start <= s.start and s.end <= notice.end
                                              or what.start <= s.start and s.end <= what.end for s in e.spans)
        is_listed = e.kind != "programme" and e.ref in listed
        if (named or is_listed) and e.ref not in funded:
            added.append(Relation(type=RelType.FUNDED_BY, source=e.ref, target=issuer, spans=(notice,)))
        if is_listed and programme is not None and e.ref not in within:
            added.append(Relation(type=RelType.PART_OF, source=e.ref, target=programme, spans=(notice,)))
    if not added:
        return extraction
    return replace(extraction, entities=tuple(entities), relations=(*extraction.relations, *added))


def units_of_counted_projects(text: str, extraction: Extraction) -> Extraction:
    """The unit a sentence credits with as many of the projects as the document lists (`某学院共有3项获得资助`, over
    a list of three projects with their leaders and no unit): UNIT_OF each of them, and their leaders WORKS_AT it."""
    listed = {r.target for r in extraction.relations if r.type is RelType.LEADS}
    owned = {r.target for r in extraction.relations if r.type is RelType.UNIT_OF}
    projects = [e.ref for e in extraction.entities if e.type is Label.PROJECT and e.kind != "programme" and e.ref in listed]
    if len(projects) < 2 or any(p in owned for p in projects):
        return extraction
    ends = {s.end: e.name for e in extraction.entities if e.type is Label.ORGANIZATION for s in e.spans}
    for m in _COUNTED.finditer(text):
        unit = ends.get(m.start())
        if unit is not None and int(m.group("count")) == len(projects):
            span = Span(m.start(), m.end())
            added = [Relation(type=RelType.UNIT_OF, source=unit, target=p, spans=(span,)) for p in projects]
            leaders = dict.fromkeys(r.source for r in extraction.relations if r.type is RelType.LEADS and r.target in projects)
            added += [Relation(type=RelType.WORKS_AT, source=person, target=unit, spans=(span,)) for person in leaders]
            return replace(extraction, relations=(*extraction.relations, *added))
    return extraction


def _programme(text: str, what: Span, entities: list[Entity]) -> str | None:
    """The programme the notice's words name (`国家某某计划2011年项目立项`), added to `entities` where the
    document had not named it."""
    m = _PROGRAMME.match(text[what.start:what.end])
    if m is None:  # a programme the notice's words name that the prose read (`2024年度某省某基金拟资助人选公示`)
        return next((e.ref for e in entities if e.type is Label.PROJECT and e.kind == "programme"
                     and any(what.start <= s.start and s.end <= what.end for s in e.spans)), None)
    name = m.group("name")
    span = Span(what.start + m.start("name"), what.start + m.end("name"))
    known = next((e for e in entities if e.type is Label.PROJECT and (e.name == name or name in e.aliases)), None)
    if known is not None:
        return known.ref  # (the programme named in full elsewhere, this its short form)
    entities.append(Entity(type=Label.PROJECT, name=name, kind="programme", spans=(span,)))
    return name


def _title_end(text: str) -> int:
    """The end of the document's first few non-empty lines."""
    end = 0
    for _ in range(_TITLE_LINES):
        m = _FILLED_LINE.search(text, end)
        if m is None:
            break
        end = m.end()
    return end


def _issuer_in(organizations: list[Entity], start: int, end: int) -> str | None:
    """The last government body named within [start, end), the notice's issuer."""
    inside = [(s.start, e.name) for e in organizations for s in e.spans
              if start <= s.start and s.end <= end and (e.kind == "government" or org_kind(e.name) == "government")]
    return max(inside)[1] if inside else None
