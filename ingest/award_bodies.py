"""The body that gives an award named after it: `中华医学科技奖` is 中华医学会's, `某学会科学技术奖` the 学会's.

An award programme whose name opens with the name of an organization the document names (less the 会 that
ends a society's name: 中华医学|会, or any of its short forms) is FUNDED_BY that organization, unless the
document names another funder for it; so is one named after a foundation (某某医学奖 of 某某医学基金会). A fund the
document names with the committee that runs it (`国家自然科学基金` and `国家自然科学基金委`) is that committee's. A
year's round of an award the document also names without its year (`2019年度某奖` and `某奖`) is that award (its name
an alias; in a call for nominations the round is PART_OF it), and the award, not the round, is the body's.

An award the document cites a body's notice about (`根据《某省科学技术奖励委员会办公室关于2019年度某省科学技术奖提名工作的
通知》`, or the body before the title: `根据某办公室《关于…奖…的通知》`) is FUNDED_BY that body: the notice's issuer gives
the award, not the city bureau or university that relays the call and nominates to it. An award office that signs
the document (`某省科学技术奖励工作办公室` alone on a line above the date) gives the awards it names with no other
body."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import Label, RelType
from ingest.genres.guide_header import CITED_NOTICE
from ingest.genres.guide_text import squeeze
from ingest.model import Entity, Extraction, Relation, Span, fold_projects

_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
_SHORTEST_STEM = 3  # 中华医学 of 中华医学会; not 医学 of 医学会
_FOUNDATION = "基金会"
_FUND = re.compile(r"基金(?:委员会|委|会|管理委员会)$")  # the committee that runs a fund of its name


def awards_of_their_bodies(extraction: Extraction) -> Extraction:
    extraction = _rounds_of_named_awards(extraction)
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


def _rounds_of_named_awards(extraction: Extraction) -> Extraction:
    """A year's round of an award the document also names without its year (`2031年度某奖` and `某奖`) is that award:
    the round's name an alias of it, every fact of the round the award's; not in a call, whose round is its own."""
    if extraction.genre == "funding_guideline":
        return extraction  # (a call for nominations names the year's round it calls for: its own programme)
    programmes = {e.ref: e for e in extraction.entities if e.type is Label.PROJECT and e.kind == "programme"}
    rounds = {ref: award for ref in programmes if "奖" in ref and (award := _YEAR.sub("", ref).strip()) != ref
              and award in programmes}
    return fold_projects(extraction, rounds)


def awards_of_cited_notices(text: str, extraction: Extraction) -> Extraction:
    """Each award programme a cited notice's title names (with or without its year), with no funder yet, FUNDED_BY
    the notice's issuer where the document names it as an organization."""
    if "《" not in text or "奖" not in text:
        return extraction
    awards = _unfunded_awards(extraction)
    if not awards:
        return extraction
    bodies = {name: e.ref for e in extraction.entities if e.type is Label.ORGANIZATION for name in (e.name, *e.aliases)}
    added: dict[str, Relation] = {}
    for m in CITED_NOTICE.finditer(text):
        group = "org" if m.group("org") else "pre"
        issuer = bodies.get(squeeze(m.group(group) or ""))
        notice = squeeze(m.group("notice"))
        if issuer is None or "奖" not in notice:
            continue
        for award in awards:
            if award.ref not in added and _YEAR.sub("", award.name) in notice:
                added[award.ref] = Relation(type=RelType.FUNDED_BY, source=award.ref, target=issuer,
                                            spans=(Span(m.start(), m.end()),))
    if not added:
        return extraction
    return replace(extraction, relations=(*extraction.relations, *added.values()))


# the office of a body's awards: 某省科学技术奖励工作办公室, 某奖励委员会办公室, 某奖励委员会
_AWARD_OFFICE = re.compile(r"奖励(?:工作)?(?:委员会)?办公室$|奖励委员会$")
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*")


def awards_of_their_office(text: str, extraction: Extraction) -> Extraction:
    """Each award programme with no funder yet, FUNDED_BY the award office that signs the document: its name alone on
    the line above a date line."""
    awards = _unfunded_awards(extraction)
    if not awards:
        return extraction
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    signed = {lines[k - 1].group().strip(): Span(lines[k - 1].start(), lines[k - 1].end())
              for k in range(1, len(lines)) if _DATE_LINE.fullmatch(lines[k].group())}
    office = next((e for e in extraction.entities if e.type is Label.ORGANIZATION and _AWARD_OFFICE.search(e.name)
                   and any(n in signed for n in (e.name, *e.aliases))), None)
    if office is None:
        return extraction
    at = next(signed[n] for n in (office.name, *office.aliases) if n in signed)
    added = [Relation(type=RelType.FUNDED_BY, source=e.ref, target=office.ref, spans=(at,)) for e in awards]
    return replace(extraction, relations=(*extraction.relations, *added))


# a decision to give awards as a document's title: `某省人民政府关于2031年度某省科学技术奖励的决定`, after its number
# where a page writes the two on one line (`某政[2031]81号 某市人民政府关于表彰…的决定`)
_DECISION = re.compile(r"^[ \t\u3000#*]*(?:[^\s，。；：:《]{1,12}[〔\[【(（]\d{4}[〕\]】)）]\s*\d{1,4}\s*号[ \t\u3000]*)?"
                       r"(?P<org>[^\n，。；：:《 ]{2,40}?)关于[^\n]{0,60}?(?:奖励|授奖|表彰)[^\n]{0,20}?的决定[ \t\u3000*]*$", re.M)
_TITLE_LINES = 3
# a government page's field naming the body that issued the document (`发布机构：某市人民政府`, `发布机构 | 国务院`), and a
# sentence of it that grants awards (`国务院决定，…授予…奖`)
_ISSUER = re.compile(r"(?:发布机构|发文机关|发文单位)[ \t\u3000]*[|：:][ \t\u3000]*(?P<org>[^\s|，。；]{2,30})")
_GRANTS_AWARDS = re.compile(r"决定[^。\n]{0,80}?(?:授予|奖励|表彰)")
_CLASS = re.compile(r"(?:[一二三四五特]等奖|最高奖)$")
# the kinds of award a body gives, written without the body's name
_AWARD_KINDS = frozenset({"科技进步奖", "科学技术进步奖", "技术发明奖", "自然科学奖", "科学技术奖", "科技奖", "科技成果奖",
                          "教学成果奖", "优秀成果奖", "社会科学优秀成果奖", "技术创新奖", "创新奖"})


def awards_of_the_decision(text: str, extraction: Extraction) -> Extraction:
    """The body whose decision to give awards the document is (its title, on one of the first lines:
    `国务院关于某年度国家科学技术奖励的决定`) gives each award programme it names with no funder yet, and each award its
    achievements are granted (`授予“…”为某市科学技术进步奖一等奖`: the programme 某市科学技术进步奖, its class aside);
    each such achievement is PART_OF its award."""
    head = "\n".join(text.lstrip().split("\n")[:_TITLE_LINES])
    title = _DECISION.search(text, 0, text.find(head) + len(head))
    if title is None and _GRANTS_AWARDS.search(text):  # no such title: the body a government page says issued it
        title = _ISSUER.search(text, 0, text.find(head) + len(head))
    if title is None:
        return extraction
    body = next((e for e in extraction.entities if e.type is Label.ORGANIZATION
                 and title.group("org").strip() in (e.name, *e.aliases)), None)
    if body is None:
        return extraction
    entities = list(extraction.entities)
    programmes = {e.name: e.ref for e in entities if e.type is Label.PROJECT and e.kind == "programme"}
    parted = {r.source for r in extraction.relations if r.type is RelType.PART_OF}
    added: list[Relation] = []
    for e in extraction.entities:
        if e.type is not Label.PROJECT or e.kind == "programme" or not e.award or not _CLASS.search(e.award):
            continue
        award = _YEAR.sub("", _CLASS.sub("", e.award)).strip()
        if len(award) < 4 or not award.endswith("奖") or award in _AWARD_KINDS:
            continue  # 科技进步奖 alone: the kind of award, no programme's name
        if award not in programmes and (found := text.find(award)) >= 0:
            entities.append(Entity(type=Label.PROJECT, name=award, kind="programme",
                                   spans=(Span(found, found + len(award)),)))
            programmes[award] = award
        if award in programmes and e.ref not in parted:
            added.append(Relation(type=RelType.PART_OF, source=e.ref, target=programmes[award], spans=e.spans[:1]))
    grown = replace(extraction, entities=tuple(entities))
    decided = Span(title.start(), title.end())
    added += [Relation(type=RelType.FUNDED_BY, source=e.ref, target=body.ref, spans=(decided,))
              for e in _unfunded_awards(grown)]
    return replace(grown, relations=(*extraction.relations, *added)) if added else extraction


def _unfunded_awards(extraction: Extraction) -> list[Entity]:
    """The award programmes with no funder yet, less a year's round of an award the document also names on its own
    (the round is PART_OF the award, which the body gives)."""
    funded = {r.source for r in extraction.relations if r.type is RelType.FUNDED_BY}
    programmes = {e.ref for e in extraction.entities if e.type is Label.PROJECT and e.kind == "programme"}
    return [e for e in extraction.entities if e.type is Label.PROJECT and e.kind == "programme" and "奖" in e.name
            and e.ref not in funded and not (_YEAR.sub("", e.name) != e.name and _YEAR.sub("", e.name) in programmes)]
