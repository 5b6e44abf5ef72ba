"""Facts stated in prose: organizations and their ties, funded projects, papers cited by journal and year.

Only statements with a clear pattern are taken: a quoted name, a name after a verb of
relation (依托, 拥有, 是, 联合 …), a name in parentheses after a known organization, a
`某委…课题—名称项目` grant, `（Journal. 2020）` citations (journals only: a paper's title is not in the text), and the 代表性论文 a completer's
contribution text names.
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.genres.award_orgs import OrgRegistry, plausible_org_name
from ingest.genres.award_papers import PaperRole
from ingest.genres.award_people import Completer, CompletingUnit
from ingest.genres.award_prose_orgs import organizations_in
from ingest.kit.builder import Builder
from ingest.kit.text import Joined, Line
from ingest.model import Entity, Span

_PAPER_REF = re.compile(r"代表(?:性)?论文((?:\d+|[、,，和及与\-–~至])+)的?(共同)?(第一|通讯|通信)?作者")
_GRANT = re.compile(
    r"([\u4e00-\u9fff]{2,20}?(?:卫生健康委员会|卫生健康委|卫健委|科学技术厅|科技厅|科学技术委员会|科委|基金委员会|"
    r"委员会|教育厅|教育部|科学技术部|科技部|科技局|卫生厅|卫生局))"
    r"[\u4e00-\u9fff]{0,12}?(?:课题|项目|计划|基金)[—－\-–:：“\"]+([^，,。；;”\"]{4,60}?)(?:项目|课题)?(?=的|”|\"|，|,|。|；|$)"
)
_CITATION = re.compile(r"[（(]\s*([A-Z][A-Za-z&]*(?:\s+[A-Za-z&]+){0,6})\s*[.,，]?\s*((?:19|20)\d{2})\s*[）)]")
_JOURNAL_LIST = re.compile(r"((?:[A-Z][A-Za-z&]*(?: [A-Za-z&]+){0,5}\s*、\s*)*[A-Z][A-Za-z&]*(?: [A-Z][A-Za-z&]*){0,5})\s*(?:等[\u4e00-\u9fff]{0,6}?期刊|杂志)")
_PLACE_START = re.compile(r"(国家|中国|(?:黑龙江|内蒙古|[\u4e00-\u9fff]{2})(?:省|市|自治区))")
_NUMBER_LIST = re.compile(r"[、,，和及与]")
_NUMBER_RANGE = re.compile(r"(\d+)[-–~至](\d+)")
_WHITE = re.compile(r"\s+")
_LISTED = re.compile(r"[^、]+")
_CLAUSE_VERBS = re.compile(r"^.*?(?:提出了?|验证了?|证实了?|揭示了?|发现了?|参与了?|报道了?|阐明了?|建立了?|构建了?)")


def contribution_paper_roles(completers: list[Completer]) -> dict[int, list[PaperRole]]:
    """`代表性论文 4、5和 6的共同通讯作者` → papers 4, 5, 6: this completer, corresponding."""
    out: dict[int, list[PaperRole]] = {}
    for c in completers:
        text = c.contribution.text
        for m in _PAPER_REF.finditer(text):
            role = PaperRole(
                person=c.name, first=m.group(3) == "第一" and not m.group(2),
                corresponding=m.group(3) in ("通讯", "通信"), span=c.contribution.span(m.start(), m.end()),
            )
            for number in _numbers(m.group(1)):
                out.setdefault(number, []).append(role)
    return out


def _numbers(text: str) -> list[int]:
    out: list[int] = []
    for part in _NUMBER_LIST.split(text):
        r = _NUMBER_RANGE.fullmatch(part)
        if r and int(r.group(1)) <= int(r.group(2)) <= int(r.group(1)) + 20:
            out.extend(range(int(r.group(1)), int(r.group(2)) + 1))
        elif part.isdigit():
            out.append(int(part))
    return out


def prose_organizations(orgs: OrgRegistry, text: str, intro: list[Line],
                        units: list[CompletingUnit], completers: list[Completer]) -> None:
    orgs.infer_structure()
    organizations_in(orgs, Joined.of_lines(intro), subject=None)
    for unit in units:
        organizations_in(orgs, unit.contribution, subject=orgs.resolve(unit.name) or unit.name)
    for c in completers:
        organizations_in(orgs, c.contribution, subject=None, part_of=False)


def funded_projects(out: Builder, orgs: OrgRegistry, completers: list[Completer]) -> None:
    """`某省卫生健康委卫生科研课题—名称项目的共同申报人` → a research project, its funder, the completer."""
    for c in completers:
        joined = c.contribution
        for m in _GRANT.finditer(joined.text):
            funder = m.group(1)
            place = _PLACE_START.search(funder)
            if place:
                funder = funder[place.start():]
            name = m.group(2).strip("“”\"")
            if not plausible_org_name(funder) or len(name) < 4:
                continue
            fspan = joined.span(m.start(1) + len(m.group(1)) - len(funder), m.end(1))
            pspan = joined.span(m.start(2), m.end(2))
            org = orgs.add(funder, fspan)
            project = out.entity(Entity(Label.PROJECT, name, kind="research_project", spans=(pspan,)))
            out.relation(RelType.FUNDED_BY, project, org, joined.span(m.start(), m.end()))
            out.relation(RelType.MEMBER_OF, c.name, project, joined.span(m.start(), m.end()))


def cited_journals(out: Builder, text: str) -> None:
    """Journals named in prose: `（Plant Methods. 2016）`, `Plant Cell、Crop Science 等权威期刊`."""
    for m in _CITATION.finditer(text):
        name = _WHITE.sub(" ", m.group(1)).strip()
        out.entity(Entity(Label.JOURNAL, name, spans=(Span(m.start(1), m.end(1)),)))
    if "期刊" not in text and "杂志" not in text:
        return  # what a list of journals ends with: no need to try every capitalised word
    for m in _JOURNAL_LIST.finditer(text):
        for part in _LISTED.finditer(m.group(1)):
            name = _WHITE.sub(" ", part.group(0)).strip()
            if len(name) >= 3:
                start = m.start(1) + part.start()
                out.entity(Entity(Label.JOURNAL, name, spans=(Span(start, start + len(part.group(0))),)))


def cited_papers(out: Builder, text: str, intro: list[Line], units: list[CompletingUnit],
                 completers: list[Completer]) -> None:
    cited_journals(out, text)
