"""The body that gives an award named after it: `中华医学科技奖` is 中华医学会's, `某学会科学技术奖` the 学会's.

An award programme whose name opens with the name of an organization the document names (less the 会 that
ends a society's name: 中华医学|会, or any of its short forms) is FUNDED_BY that organization, unless the
document names another funder for it; so is one named after a foundation (某某医学奖 of 某某医学基金会). A fund the
document names with the committee that runs it (`国家自然科学基金` and `国家自然科学基金委`) is that committee's. A
year's round of an award the document also names without its year (`2019年度某奖` and `某奖`) is PART_OF it, and the
award, not the round, is the body's."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import Label, RelType
from ingest.model import Extraction, Relation

_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
_SHORTEST_STEM = 3  # 中华医学 of 中华医学会; not 医学 of 医学会
_FOUNDATION = "基金会"
_FUND = re.compile(r"基金(?:委员会|委|会|管理委员会)$")  # the committee that runs a fund of its name


def awards_of_their_bodies(extraction: Extraction) -> Extraction:
    funded = {r.source for r in extraction.relations if r.type is RelType.FUNDED_BY}
    stems: list[tuple[str, str]] = []  # (the words an award's name opens with, the organization)
    for e in extraction.entities:
        if e.type is Label.ORGANIZATION:
            for name in (e.name, *e.aliases):
                stems.append((name, e.ref))
                if name.endswith("会") and len(name) - 1 >= _SHORTEST_STEM:
                    stems.append((name[:-1], e.ref))
                if name.endswith(_FOUNDATION) and len(name) - len(_FOUNDATION) >= _SHORTEST_STEM:
                    stems.append((name[:-len(_FOUNDATION)], e.ref))
    added = []
    programmes = {e.ref for e in extraction.entities if e.type is Label.PROJECT and e.kind == "programme"}
    for e in extraction.entities:
        if e.type is not Label.PROJECT or e.kind != "programme" or e.ref in funded:
            continue
        if "奖" not in e.name:
            fund = _YEAR.sub("", e.name).strip()
            runs = next((org for name, org in stems if (m := _FUND.search(name)) and name[:m.start() + 2] == fund), None)
            if runs is not None:
                added.append(Relation(type=RelType.FUNDED_BY, source=e.ref, target=runs, spans=e.spans[:1]))
            continue
        award = _YEAR.sub("", e.name)
        if award != e.name and award in programmes:
            added.append(Relation(type=RelType.PART_OF, source=e.ref, target=award, spans=e.spans[:1]))
            continue
        body = max(((stem, org) for stem, org in stems if award.startswith(stem) and len(award) > len(stem) + 1),
                   key=lambda so: len(so[0]), default=None)
        if body is not None:
            added.append(Relation(type=RelType.FUNDED_BY, source=e.ref, target=body[1], spans=e.spans[:1]))
    return replace(extraction, relations=(*extraction.relations, *added)) if added else extraction
