"""The conflict check never merges what differs, never crashes on a batch, and quotes only the stored text."""

from __future__ import annotations

from graph.schema import Label, RelType
from graph.stores.base import Store
from ingest.model import Entity, Extraction, Relation, SourceDocument, Span
from ingest.pipeline import load_resolved
from ingest.resolve import NoKnownEntities, resolve
from queries.coi import PersonRef, check_conflicts
from queries.coi.evidence import WINDOW
from queries.runner import run_query


def _spans(text: str, needle: str) -> tuple[Span, ...]:
    at = text.find(needle)
    return (Span(at, at + len(needle)),) if at >= 0 else ()


def _load(store: Store, name: str, text: str, entities: list[Entity], relations: list[Relation]) -> None:
    entities = [Entity(**{**{f: getattr(e, f) for f in e.__slots__}, "spans": _spans(text, e.name)})  # type: ignore[attr-defined]
                for e in entities]
    relations = [Relation(r.type, r.source, r.target, spans=_spans(text, r.source)) for r in relations]
    source = SourceDocument(name=name, text=text, encoding="utf-8", size=len(text.encode()), path=f"/docs/{name}")
    extraction = Extraction(name, "award_nomination", tuple(entities), tuple(relations))
    load_resolved(store, resolve(source, extraction, NoKnownEntities()))


def _paper_document(store: Store, name: str, author: str, unit: str, title: str, volume: str) -> None:
    text = f"{author}，{unit}，教授。代表性论文：{title}，Journal of Invented Affect，2020年{volume}卷402-410页。\n"
    _load(store, name, text, [
        Entity(Label.PERSON, author), Entity(Label.ORGANIZATION, unit),
        Entity(Label.PAPER, title, journal="Journal of Invented Affect", year=2020, volume=volume, pages="402-410"),
    ], [Relation(RelType.WORKS_AT, author, unit), Relation(RelType.AUTHORED, author, title)])


def test_two_papers_of_one_journal_year_and_page_in_two_volumes_make_no_coauthors(store: Store) -> None:
    _paper_document(store, "a.txt", "龙啸天", "江北第一医院", "Lantern fever and sleep in river towns", "276")
    _paper_document(store, "b.txt", "凤栖梧", "南湖第二医院", "Mood and lantern fever after floods", "277")
    papers = store.read("MATCH (p:Paper) RETURN p.name AS name ORDER BY name")
    assert [p["name"] for p in papers] == ["Lantern fever and sleep in river towns", "Mood and lantern fever after floods"]
    report = check_conflicts(store, [PersonRef("龙啸天")], [PersonRef("凤栖梧")])
    assert report.conflicts == () and report.not_found == () and report.ambiguous == ()


def test_an_expert_and_an_applicant_who_both_head_one_hospital_share_a_unit(store: Store) -> None:
    text = "江北第一医院院长龙啸天，副院长凤栖梧。\n"
    _load(store, "heads.txt", text,
          [Entity(Label.PERSON, "龙啸天"), Entity(Label.PERSON, "凤栖梧"), Entity(Label.ORGANIZATION, "江北第一医院")],
          [Relation(RelType.LEADS, "龙啸天", "江北第一医院"), Relation(RelType.LEADS, "凤栖梧", "江北第一医院")])
    report = check_conflicts(store, [PersonRef("龙啸天")], [PersonRef("凤栖梧")])
    assert [c.types for c in report.conflicts] == [("same_unit",)]
    quoted = [s.text for e in report.conflicts[0].evidence for s in e.sources]
    assert quoted and all(q == text.strip() for q in quoted)


def test_evidence_windows_are_clipped_to_the_text(store: Store) -> None:
    text = "甲乙丙丁戊己庚辛壬癸\n"  # 11 characters in 31 bytes
    store.write("CREATE (:Document {id: 'doc-short', name: 'short.txt', text: $text})", {"text": text})
    beyond = [{"doc": "doc-short", "start": s, "end": s + 1, "from": s, "len": 1 + WINDOW}
              for s in range(len(text), len(text.encode()) + 8)]
    inside = [{"doc": "doc-short", "start": 8, "end": 10, "from": 0, "len": 400}]
    rows = run_query(store, "evidence_text", spans=beyond + inside)
    windows = {(r["start"], r["window_start"]): r["window"] for r in rows}
    assert windows.pop((8, 0)) == text
    assert set(windows.values()) == {""}
    assert all(start == len(text) for _, start in windows)


def test_a_relationship_whose_spans_lie_past_its_document_is_reported_without_a_quote(store: Store) -> None:
    text = "龙啸天与凤栖梧合著论文。\n"
    _load(store, "paper.txt", text,
          [Entity(Label.PERSON, "龙啸天"), Entity(Label.PERSON, "凤栖梧"), Entity(Label.PAPER, "灯笼热的流行病学研究新进展")],
          [Relation(RelType.AUTHORED, "龙啸天", "灯笼热的流行病学研究新进展"),
           Relation(RelType.AUTHORED, "凤栖梧", "灯笼热的流行病学研究新进展")])
    doc_id = store.read("MATCH (d:Document) RETURN d.id AS id")[0]["id"]
    store.write("MATCH ()-[r:AUTHORED]->() SET r.spans = [$a, $b]",
                         {"a": f"{doc_id}:{len(text) + 3}:{len(text) + 5}", "b": f"{doc_id}:0:3"})
    report = check_conflicts(store, [PersonRef("龙啸天")], [PersonRef("凤栖梧")])
    sources = [s for c in report.conflicts for e in c.evidence for s in e.sources]
    assert report.conflicts and sources
    assert {s.text for s in sources} == {None, text.strip()}
