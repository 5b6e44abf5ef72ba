"""Who funds the programme a call is for (FUNDED_BY).

In order: the bodies the text shows running it (the upstream body of a relayed notice, a body named
after the programme, one that publishes its call or calls for proposals itself); else the body that
issues the call, where the programme is its own (the call's own title, or a programme of the issuer's
own level of government named in the text); else, for a programme run above the body that relays it
(a school relaying a provincial plan), the one agency of the programme's level and field the text names.
An office named without its body (`科技处` alone) funds nothing: the school it belongs to would.
"""

from __future__ import annotations

import re

from ingest.genres.guide_bodies import Bodies, body_mentions, is_office
from ingest.genres.guide_orgs import AgencyResolver, OrgBook, OrgMention
from ingest.genres.guide_programme import Call, level_of, runs_above
from ingest.org_names import org_kind

# The field a programme is in, and the words of the agencies that run programmes of that field.
_FIELDS = (
    (re.compile(r"科技|科学|技术|创新|研发|研究|软科学"), re.compile(r"科学技术|科技|科委")),
    (re.compile(r"卫生|医|健康|中医"), re.compile(r"卫生|健康|中医")),
    (re.compile(r"教育|教学|教改"), re.compile(r"教育|教委")),
    (re.compile(r"农业|农村|林业"), re.compile(r"农业|农村|林业")),
    (re.compile(r"社会科学|社科|哲学"), re.compile(r"社会科学|社科")),
)


def funders_of(call: Call, issuers: list[OrgMention], bodies: Bodies, orgs: OrgBook,
               resolver: AgencyResolver) -> tuple[list[OrgMention], list[OrgMention]]:
    """The bodies that fund the call's programme, and the agencies those of them that are offices belong
    to (`X委科教司` PART_OF `X委`)."""
    if call.funders:
        named = [m for n in call.funders for m in body_mentions(n.name, n.span, resolver)]
        parents = {m.parent for m in named if m.parent}
        return [m for m in named if m.name not in parents], [m for m in named if m.name in parents]
    return _funders(call, issuers, bodies, orgs), []


def _funders(call: Call, issuers: list[OrgMention], bodies: Bodies, orgs: OrgBook) -> list[OrgMention]:
    programme = call.programme
    if programme is None:
        return []
    callers = issuers or [m for m in bodies.mentions if m.name == bodies.lead and m.parent is None][:1]
    own = [m for m in callers if not runs_above(programme.name, m.name) and not is_office(m.name)
           and (call.own_title or _same_level(programme.name, m.name))]
    if own:
        return own
    return _agency_of_level(programme.name, orgs)


def _same_level(programme: str, issuer: str) -> bool:
    """A government body calling for a programme of its own level of government (`X市…项目` by `X市…局`)."""
    level = level_of(programme)
    return level is not None and level == level_of(issuer) and org_kind(issuer) == "government"


def _agency_of_level(programme: str, orgs: OrgBook) -> list[OrgMention]:
    """The one agency of the programme's level whose field is the programme's (`省科技计划` and `X省科学技术厅`)."""
    level = level_of(programme)
    if level is None:
        return []
    fields = [agency_words for words, agency_words in _FIELDS if words.search(programme)]
    candidates = {m.name: m for m in orgs.mentions if m.parent is None and org_kind(m.name) == "government"
                  and level_of(m.name) == level and any(f.search(m.name) for f in fields)}
    return list(candidates.values()) if len(candidates) == 1 else []
