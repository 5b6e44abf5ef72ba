"""Extraction: one normalised document in, one `Extraction` (kgx/1) out. No database here.

Genre is not a gate. Every document, whatever its kind, goes through the same mechanisms in turn,
each reading only what the ones before it left:

1. the kind's own reading, where it has one (an award nomination form, a funding guide);
2. records: a page's machine records of awards (front matter, ingest.tables.award_records), before the
   fields would read their descriptions' labels apart from the award beside them;
3. fields: key–value fields in any layout (ingest.fields), which also tell the tables what project
   the document is about;
4. tables: table blocks and tables recovered from plain text, read by their header, and numbered
   lists and staff pages (ingest.tables);
5. prose: everything left, through the NER and the relation patterns (ingest.genres.news).

Their results merge into one extraction, whose names are then freed of the codes and annotations written
after them (ingest.kit.annotations). Prose reads all the text the others left, so the names the
NER finds there are kept; and a document of which the other mechanisms consumed everything without
finding a person or an organization yields at least the names the NER finds in the whole of it
(never empty). A guide's own reading consumes its prose, so the bodies that prose names in their own right
(a nation's body, a society, a university) are taken from the NER over it. A paper's Latin-letter
authors stay as the document writes them: pinyin does not tell 饶鸿 from 饶宏, so none is read as a
Chinese-named person of the document. Organizations are then consolidated (ingest.orgs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from graph.schema import Label, RelType
from ingest.approvals import funded_by_approver, units_of_counted_projects
from ingest.award_bodies import (
    awards_of_cited_notices,
    awards_of_the_decision,
    awards_of_their_bodies,
    awards_of_their_office,
)
from ingest.errors import ExtractionError
from ingest.fields import read_fields
from ingest.genres.registry import Kind, detect, kind_named
from ingest.glosses import bare, spans_back
from ingest.kit.annotations import lift_annotations
from ingest.kit.builder import Builder
from ingest.kit.text import INLINE_FORMATTING, has_cjk
from ingest.model import Entity, Extraction, Relation, SourceDocument, Span, fold_projects
from ingest.nlp.project_lines import cv_owner
from ingest.orgs import consolidate
from ingest.readers.sniff import DATA_SUFFIXES
from ingest.readers.text import escaped_prose
from ingest.reading import Coverage, Document, Facts, Reading
from ingest.tables.award_records import read_award_records
from ingest.tables.nested_items import read_nested_items
from ingest.tables.read import read_tables
from ingest.tables.records import Context
from names.organizations import heads, ministries

_NAMED = (Label.PERSON, Label.ORGANIZATION)


def extract(source: SourceDocument, genre: str | None = None) -> Extraction:
    """Extraction reads the text in Simplified Chinese (`SourceDocument.simplified`); its spans point into
    the stored text all the same, as the two have the same length character for character. A page that
    glosses its words in pinyin (`醫(yī)院`) is read without the glosses, and a name padded with blanks (`王　伟`)
    without them, its spans pointing back (ingest.glosses)."""
    reading = bare(source)
    if reading is not None:
        return spans_back(extract(reading[0], genre), reading[1])
    document = Document.of(source)
    kind = kind_named(genre) if genre else detect(document.text)
    try:
        extraction = compose(document, kind)
    except ExtractionError:
        raise
    except Exception as e:  # an extractor bug must not take the batch down with it
        raise ExtractionError(f"{source.name}: {kind.name} extractor failed: {type(e).__name__}: {e}") from e
    return consolidate(extraction, document.text)


def compose(document: Document, kind: Kind) -> Extraction:
    """The merged readings of every mechanism over one document, not yet consolidated."""
    taken = Coverage(len(document.text))
    readings: list[Reading] = []
    if kind.read is not None:
        readings.append(kind.read(document))
        taken.add(readings[-1].consumed)
    readings.append(read_award_records(document, taken))
    taken.add(readings[-1].consumed)
    readings.append(read_nested_items(document, taken))  # items with their fields in sub-items
    taken.add(readings[-1].consumed)
    fields, context = read_fields(document, taken)
    if context.owner is None and (owner := cv_owner(document.text)) is not None:
        context = replace(context, owner=owner)  # 某某个人简历: a CV's tables' `角色` (主持人, 参与人) are its person's
    readings.append(fields)
    taken.add(fields.consumed)
    readings.append(read_tables(document, taken, context))
    taken.add(readings[-1].consumed)
    if subjects := [s for reading in readings for s in reading.subjects]:
        readings.append(read_subjects(document, subjects, kind.genre))
    papers = dict.fromkeys(e.name for r in readings for e in r.entities if e.type is Label.PAPER)
    readings.append(read_prose(document, taken, kind.genre, tuple(papers)))
    merged = _whole_names(merge(document.name, kind.genre, readings), document.text)
    merged = _contacts_of_the_programme(merged, context)
    found = {e.type for e in merged.entities}
    missing = _NAMED if not found & set(_NAMED) else \
        (Label.ORGANIZATION,) if kind.genre == "funding_guideline" and Label.ORGANIZATION not in found else ()
    if missing:  # never empty: the NER's names at least (a call's bodies, where its own reading named none)
        whole = read_prose(document, None, kind.genre)
        merged = merge(document.name, kind.genre, [*readings, Reading(tuple(e for e in whole.entities
                                                                            if e.type in missing))])
    if kind.genre == "funding_guideline":
        merged = _organizations_of_the_guide_prose(document, merged, kind.genre)
    merged = _of_the_article_s_institution(document.text, merged)
    merged = _heads_of_their_kind(_programmes_written_short(merged))
    merged = awards_of_cited_notices(document.text, merged)
    merged = awards_of_their_bodies(funded_by_approver(document.text, units_of_counted_projects(document.text, merged)))
    merged = awards_of_the_decision(document.text, awards_of_their_office(document.text, merged))
    return lift_annotations(merged)


def _of_the_article_s_institution(text: str, extraction: Extraction) -> Extraction:
    """Every mechanism's facts about a department the article names alone (`我校园艺学院某教授主持完成的“…”` read by an
    award list): its people work at the article's own institution too, and the institution completes its projects,
    as the prose reading has it. The institution is the one the page's frame names, the one the text's 我校 can
    stand for, the one whose short name names the site (`某某新闻网讯`), or the work's first unit
    (ingest.nlp.article.text_frame)."""
    from ingest.nlp.article import (
        article_institution,
        awarded_at_institution,
        completed_at_institutions,
        frame_entity,
        text_frame,
        tie_to_institutions,
    )
    from ingest.nlp.mentions import Mention

    frame = article_institution(text)
    if frame is None:
        orgs = sorted((Mention("ORG", s.start, s.end, text[s.start:s.end], e.kind, ref=e.name)
                       for e in extraction.entities if e.type is Label.ORGANIZATION for s in e.spans), key=lambda m: m.start)
        frame = text_frame(text, orgs)
    if frame is None:
        return extraction
    entities = list(extraction.entities)
    relations = completed_at_institutions(text, entities, list(extraction.relations), frame)
    relations += tie_to_institutions(entities, relations, frame)
    relations += awarded_at_institution(text, entities, relations, frame)
    if any(frame.name in (r.source, r.target) for r in relations) and frame.name not in \
            {e.name for e in entities if e.type is Label.ORGANIZATION}:
        entities.append(frame_entity(frame))
    return merge(extraction.document, extraction.genre, [Reading(tuple(entities), tuple(relations))])


def _organizations_of_the_guide_prose(document: Document, extraction: Extraction, genre: str) -> Extraction:
    """A guide's own reading takes its text for its programme, bodies and contacts; the organizations its prose
    names besides (the founders of an award, the societies whose prizes bar a project), and the national
    programmes its rules name (在研的国家自然科学基金项目), are the prose reading's, where no name already read covers
    them."""
    from ingest.genres.news import prose_extraction

    covered = [s for e in extraction.entities for s in e.spans]
    lines = [m.span() for m in re.finditer(r"[^\n]+", document.text) if _names_a_body().search(m.group())]
    if not lines:
        return extraction
    whole = prose_extraction(document.name, document.text, lines, genre=genre)  # only the lines that may name one
    added = [e for e in whole.entities if (e.type is Label.ORGANIZATION and _proper_body(e.name, e.kind)
                                           or e.type is Label.PROJECT and _national_programme(e.name, e.kind))
             and e.spans and not any(s.start < c.end and c.start < s.end for s in e.spans for c in covered)]
    if not added:
        return extraction
    return merge(extraction.document, genre, [Reading.of(extraction), Reading(tuple(added))])


def _national_programme(name: str, kind: str | None) -> bool:
    """A national programme a guide's rules name (`在研的国家自然科学基金项目`): one of the state's by its own name."""
    return kind == "programme" and name.startswith("国家") and name.endswith(("基金", "计划", "专项")) \
        and not _GENERIC_PROGRAMME.fullmatch(name)


_GENERIC_PROGRAMME = re.compile(r"国家(?:科技|级|重点|重大)?(?:计划|专项|基金)")  # 其他国家科技计划: the kind, no one programme


# a line that may name such a body or programme: a nation's, a ministry's, a society's or a university's words
@cache
def _names_a_body() -> re.Pattern[str]:
    ministry = "|".join(sorted(ministries(), key=len, reverse=True))
    return re.compile(r"(?:中国|中华|国家|全国)[\u4e00-\u9fff]{1,20}?(?:会|院|委|部|局|司|所|中心)"
                      r"|国家[\u4e00-\u9fff]{1,12}?(?:基金|计划|专项)"
                      rf"|[\u4e00-\u9fff](?:学会|协会|研究会|基金会|大学)|{ministry}")
# a body of the nation (中华医学会, 国家卫生健康委员会, 中国某某基金会) or a society or university of a name of its own
_NATIONAL = re.compile(r"(?:中国|中华|国家|全国)[\u4e00-\u9fff]{2,}")
_GENERIC_LEAD = re.compile(r"[省市区县各本该我全校院]")


def _proper_body(name: str, kind: str | None) -> bool:
    """An organization the guide's prose names in its own right, not a generic one (`省内医院`, `设区市科技局`): a body
    of the nation, one under a State Council ministry (`教育部科学技术委员会`), or a society or university whose
    name opens with no generic word."""
    if _NATIONAL.fullmatch(name) or any(name.startswith(m) for m in ministries()):
        return True
    return kind in ("society", "university") and len(name) >= 4 and not _GENERIC_LEAD.match(name)


# the words a programme's name is written short with (国家社科基金 for 国家社会科学基金)
_PROGRAMME_SHORT_WORDS = (("社科", "社会科学"), ("自科", "自然科学"), ("国自然", "国家自然科学"))


def _programmes_written_short(extraction: Extraction) -> Extraction:
    """A programme the document also names in full (国家社科基金 and 国家社会科学基金) is one programme: its full
    name, the short one an alias, every fact of either the full one's."""
    programmes = {e.name: e for e in extraction.entities if e.type is Label.PROJECT and e.kind == "programme"}
    full_of: dict[str, str] = {}
    for name in programmes:
        full = name
        for short, whole in _PROGRAMME_SHORT_WORDS:
            full = full.replace(short, whole) if whole not in full else full
        if full != name and full in programmes:
            full_of[name] = full
    return fold_projects(extraction, full_of)


def _heads_of_their_kind(extraction: Extraction) -> Extraction:
    """Every mechanism's LEADS where the post may head the unit (`某局某处长` heads the 处, not the 局)."""
    kept = tuple(r for r in extraction.relations if r.type is not RelType.LEADS or not r.role or heads(r.role, r.target))
    return replace(extraction, relations=kept) if len(kept) != len(extraction.relations) else extraction


def _contacts_of_the_programme(extraction: Extraction, context: Context) -> Extraction:
    """Contacts a notice names (`联系人：某某，电话：…`) where it names no project of its own: the contacts of the
    programme it names first (its title's), where no mechanism tied them to anything."""
    tied = {r.source for r in extraction.relations if r.type is RelType.CONTACT_FOR}
    waiting = [c for c in context.contacts if c[0] not in tied]
    programmes = [e for e in extraction.entities if e.type is Label.PROJECT and e.kind == "programme" and e.spans]
    if not waiting or not programmes:
        return extraction
    programme = min(programmes, key=lambda e: e.spans[0].start).ref
    added = tuple(Relation(type=RelType.CONTACT_FOR, source=name, target=programme, phone=phone, spans=(span,))
                  for name, phone, span in waiting)
    return replace(extraction, relations=(*extraction.relations, *added))


def read_prose(document: Document, taken: Coverage | None, genre: str, papers: Sequence[str] = ()) -> Reading:
    """The prose mechanism over the text no other mechanism consumed (`taken`; None: all of it); `papers`: those the
    readings before it found."""
    from ingest.genres.news import prose_extraction

    ranges = taken.free_ranges() if taken is not None else None
    if ranges is not None and not any(document.text[a:b].strip() for a, b in ranges):
        return Reading()
    return Reading.of(prose_extraction(document.name, _escapes_as_breaks(document), ranges, genre=genre, papers=papers))


def read_subjects(document: Document, subjects: list[tuple[str, Span, Span]], genre: str) -> Reading:
    """Each passage about a person it does not name (a record's `bio`), read by prose as a profile that opens with
    the person's name on a line of its own; every span points back at the stored text (the name's at the place the
    record writes it)."""
    from ingest.genres.news import prose_extraction
    from ingest.tables.profile_records import career_line

    text = _escapes_as_breaks(document)
    entities: list[Entity] = []
    relations: list[Relation] = []
    careers = Facts()
    for person, named, passage in subjects:
        for line in _LINE.finditer(text, passage.start, passage.end):  # dated career lines (`2019年6月–至今，某大学，…`)
            career_line(person, line.group(), line.start(), careers)
        head = len(person) + 1
        read = prose_extraction(document.name, person + "\n" + text[passage.start:passage.end], None, genre=genre)

        def back(span: Span, named: Span = named, passage: Span = passage, head: int = head) -> Span:
            if span.start < head:
                return named
            return Span(passage.start + span.start - head, passage.start + span.end - head)

        entities += [replace(e, spans=tuple(back(s) for s in e.spans)) for e in read.entities]
        relations += [replace(r, spans=tuple(back(s) for s in r.spans)) for r in read.relations]
    found = careers.reading()
    return Reading((*found.entities, *entities), (*found.relations, *relations))


_LINE = re.compile(r"[^\n]+")


_ESCAPED_BREAK = re.compile(r"(?:\\r)?\\n|\\r")
_ESCAPED_QUOTE = re.compile(r'\\"')  # a quote a program's string escapes (`\"某某研究\"项目`)


def _quote_kept(m: re.Match[str]) -> str:
    """The escaped quote, its backslash a blank outside the quotes: before an opening one, after a closing one."""
    before = m.string[m.start() - 1:m.start()]
    return '" ' if before.isalnum() or before in "）)》”" else ' "'


# a tag that opens or closes a block of a page a data file's string holds (`</p><p class="x">`): a break between lines
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|br|tr|td|th|table|h[1-6]|section|article)\b[^<>\n]*>", re.I)


# a string's key and its opening quote (`"科研奖励": "`): the key a heading of its own line over the string's lines
_STRING_KEY = re.compile(r'^(?P<indent>[ \t]*)"(?P<key>[^"\n]{1,30})"(?P<sep>[ \t]*:[ \t]*)"', re.M)
_STRING_END = re.compile(r'"[ \t]*,?[ \t]*$', re.M)  # the closing quote of a string that ends its line


def _escapes_as_breaks(document: Document) -> str:
    """The text prose is read from: in a data file or a text holding a program's strings of prose, a line break a
    string writes escaped (`\\r\\n` in a database row's text, `。\\n现任` in a scraper's dictionary), and a tag
    opening or closing a block of the page a string holds (`</p><p data-v-1>`), is a break, written as blanks and a
    newline of its length; a quote the string escapes (`\\"`) is a quote; a string's key that opens its line
    (`"科研奖励": "`) is a heading over the string's lines; an inline tag (`<strong>`, `<a href=…>`) is blank.
    Every span still points at the stored text."""
    if not (document.name.lower().endswith(DATA_SUFFIXES) or escaped_prose(document.text)) \
            or "\\" not in document.text and "<" not in document.text:
        return document.text
    text = _ESCAPED_BREAK.sub(lambda m: " " * (len(m.group()) - 1) + "\n", document.text)
    text = _ESCAPED_QUOTE.sub(_quote_kept, text)
    text = _BLOCK_TAG.sub(lambda m: " " * (len(m.group()) - 1) + "\n", text)
    text = _STRING_KEY.sub(lambda m: m.group("indent") + " " + m.group("key") + "：" + " " * len(m.group("sep")) + "\n", text)
    text = _STRING_END.sub(lambda m: " " * len(m.group()), text)
    if document.name.lower().endswith(_COMPONENTS):  # a component's markup: its inline tags are no words either
        text = _INLINE_TAG.sub(lambda m: " " * len(m.group()), text)
    else:  # a page's inline formatting in a string (`副校长<strong>某某</strong>`, `<a href=…>某某</a>`): no words
        text = INLINE_FORMATTING.sub(lambda m: " " * len(m.group()), text)
    return text


_COMPONENTS = (".jsx", ".tsx")
# a JSX element's tag, its props' expressions in braces included (`<span className={styles.left}>`, `</span>`)
_INLINE_TAG = re.compile(r"</?[A-Za-z][\w.]*(?:\s(?:[^<>{}\n]|\{[^{}\n]*\})*)?/?>")


def _whole_names(extraction: Extraction, text: str) -> Extraction:
    """A person's name one reader cut short where the text always goes on with the character another reader read
    as the name's last (`柯显|和，1964年生` read whole by a profile's opener, cut before 和 by prose): the whole
    name, everywhere."""
    people = {e.name: e for e in extraction.entities if e.type is Label.PERSON}
    named = set(people) | {n for r in extraction.relations for n in (r.source, r.target)}
    renamed: dict[str, str] = _glossed(people, text)
    for name, person in people.items():
        if not 2 <= len(name) <= 3 or not has_cjk(name) or not person.spans:
            continue
        after = {text[s.end:s.end + 1] for s in person.spans}
        whole = name + next(iter(after)) if len(after) == 1 else None
        if whole is not None and whole in named and whole != name and has_cjk(whole[-1]):
            renamed[name] = whole
    if not renamed:
        return extraction
    out = Builder()
    for e in extraction.entities:
        if e.type is not Label.PERSON or e.name not in renamed:
            out.entity(e)
        elif has_cjk(e.name):
            out.entity(replace(e, name=renamed[e.name], spans=tuple(Span(s.start, s.end + 1) for s in e.spans)))
        # (a gloss's Latin name is its person's, whose own spans stand)
    for r in extraction.relations:
        out.add(replace(r, source=renamed.get(r.source, r.source), target=renamed.get(r.target, r.target)))
    return replace(extraction, entities=tuple(out.entities()), relations=out.relations())


def _glossed(people: dict[str, Entity], text: str) -> dict[str, str]:
    """A name in Latin letters written only in brackets right after a person's Chinese name (`柯某（Mou Ke）`): that
    person's name in another script, no second person."""
    ends = {s.end: name for name, e in people.items() if has_cjk(name) for s in e.spans}
    out = {}
    for name, person in people.items():
        if has_cjk(name) or not person.spans:
            continue
        owners = {ends.get(_gloss_opens(text, s.start)) for s in person.spans}
        if len(owners) == 1 and (owner := next(iter(owners))) is not None:
            out[name] = owner
    return out


def _gloss_opens(text: str, at: int) -> int:
    """Where the bracket a name at `at` opens stands (blanks between), or -1."""
    k = at - 1
    while k >= 0 and text[k] in " \t\u3000":
        k -= 1
    return k if k >= 0 and text[k] in "（(" else -1


def merge(name: str, genre: str, readings: list[Reading]) -> Extraction:
    """One extraction of several readings: a fact read twice is one fact with the spans of both; entities
    in the order the document first names them."""
    out = Builder()
    for reading in readings:
        for entity in reading.entities:
            out.entity(entity)
        for relation in reading.relations:
            out.add(relation)
    rules = tuple(rule for reading in readings for rule in reading.rules)
    metadata = tuple(dict(item for reading in readings for item in reading.metadata).items())
    entities = sorted(out.entities(), key=lambda e: (0, min(s.start for s in e.spans)) if e.spans else (1, 0))
    return Extraction(document=name, genre=genre, entities=tuple(entities), relations=out.relations(),
                      rules=rules, metadata=metadata)
