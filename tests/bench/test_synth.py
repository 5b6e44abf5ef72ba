"""The synthetic corpus: reproducible byte for byte, with the collisions it promises, in genres
our detector recognises, and with a truth file that accounts for every name."""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from bench.synth import Corpus, write_corpus
from bench.synth.__main__ import main
from bench.synth.news import _unit_phrase
from bench.synth.orgs import PROVINCES
from ingest.genres.detect import detect_genre


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    write_corpus(out, 60, seed=7)
    return out


@pytest.fixture(scope="module")
def truth(corpus_dir: Path) -> dict:
    return json.loads((corpus_dir / "truth.json").read_text(encoding="utf-8"))


def test_same_seed_writes_the_same_bytes(corpus_dir: Path, tmp_path: Path) -> None:
    main(["--out", str(tmp_path), "--docs", "60", "--seed", "7"])
    assert _digest(tmp_path) == _digest(corpus_dir)


def test_another_seed_writes_another_corpus(corpus_dir: Path, tmp_path: Path) -> None:
    write_corpus(tmp_path, 60, seed=8)
    assert _digest(tmp_path) != _digest(corpus_dir)


def test_document_names_are_unique() -> None:
    docs = list(Corpus(20, seed=7).documents())
    assert len(docs) == 20
    assert len({d.name for d in docs}) == 20


def test_every_document_is_written_with_its_mentions(corpus_dir: Path, truth: dict) -> None:
    names = {d["document"] for d in truth["documents"]}
    assert names == {p.name for p in corpus_dir.glob("*.txt")}
    assert {m["document"] for m in truth["mentions"]} <= names
    assert set(truth["people"]) == {m["person"] for m in truth["mentions"]}


def test_one_name_is_one_person_within_a_document(truth: dict) -> None:
    seen: dict[tuple[str, str], str] = {}
    for m in truth["mentions"]:
        assert seen.setdefault((m["document"], m["name"]), m["person"]) == m["person"]


def test_planted_collisions_are_different_people_at_different_units_in_the_corpus(truth: dict) -> None:
    planted = truth["planted_collisions"]
    assert len(planted) >= 3
    mentioned_people_by_name: dict[str, set[str]] = defaultdict(set)
    for m in truth["mentions"]:
        mentioned_people_by_name[m["name"]].add(m["person"])
    for name, people in planted.items():
        assert len(people) >= 2
        assert {truth["people"][p]["name"] for p in people} == {name}
        assert len({truth["people"][p]["unit"] for p in people}) == len(people), name
        assert set(people) <= mentioned_people_by_name[name]


def test_people_recur_across_documents(truth: dict) -> None:
    documents_by_person: dict[str, set[str]] = defaultdict(set)
    for m in truth["mentions"]:
        documents_by_person[m["person"]].add(m["document"])
    assert sum(1 for docs in documents_by_person.values() if len(docs) > 1) >= 20


def test_names_are_broken_across_lines_as_in_pdf_text(corpus_dir: Path, truth: dict) -> None:
    award = next(d["document"] for d in truth["documents"] if d["genre"] == "award_nomination")
    text = (corpus_dir / award).read_text(encoding="utf-8")
    names = {m["name"] for m in truth["mentions"] if m["document"] == award and len(m["name"]) >= 3}
    assert any(name not in text and name in text.replace("\n", "") for name in names) or any(
        name[:2] + "\n" in text for name in names
    )


def test_documents_are_recognised_as_their_genre(corpus_dir: Path, truth: dict) -> None:
    genres = {d["genre"] for d in truth["documents"]}
    assert genres == {"award_nomination", "news", "funding_guideline"}
    for d in truth["documents"]:
        text = (corpus_dir / d["document"]).read_text(encoding="utf-8")
        assert detect_genre(text) == d["genre"], d["document"]


def test_scale_reaches_about_ten_people_per_document() -> None:
    corpus = Corpus(200, seed=1)
    docs = list(corpus.documents())
    people = {m["person"] for d in docs for m in d.mentions}
    assert len(people) >= 8 * len(docs)


def test_a_short_form_that_leaves_the_province_to_the_reader_names_only_the_writers_own() -> None:
    world = Corpus(40, seed=7).world
    hospital = next(o for o in world.registry.orgs.values() if o.short and o.short[-1] == "省人民医院")
    elsewhere = next(p for p, _ in PROVINCES if p != hospital.province)
    rng = random.Random(3)
    assert "省人民医院" not in {hospital.spelled(rng, 1.0, elsewhere) for _ in range(50)}
    assert "省人民医院" in {hospital.spelled(rng, 1.0, hospital.province) for _ in range(50)}


def test_a_hospital_is_written_after_its_university_only_when_its_own_name_does_not_say_it() -> None:
    world = Corpus(200, seed=7).world
    reg = world.registry
    hospitals = [o for o in reg.orgs.values() if o.kind == "hospital" and o.parent]
    rng = random.Random(5)
    for hospital in hospitals:
        parent = reg[hospital.parent]  # type: ignore[index]
        for _ in range(20):
            phrase = _unit_phrase(world, hospital, hospital.province, rng)
            assert phrase.count(parent.name[:2]) <= 1, phrase  # never 安岭大学安岭医大一院


def test_the_hospitals_of_a_university_that_is_not_medical_are_not_written_as_a_medical_universitys() -> None:
    reg = Corpus(1000, seed=7).world.registry
    affiliated = [o for o in reg.orgs.values() if o.kind == "hospital" and "附属" in o.name
                  and "医科" not in reg[o.parent].name]  # type: ignore[index]
    assert affiliated
    for hospital in affiliated:
        assert not any("医大" in short for short in hospital.short), (hospital.name, hospital.short)


def test_an_article_from_this_paper_carries_the_papers_masthead(corpus_dir: Path, truth: dict) -> None:
    ours = [d["document"] for d in truth["documents"] if d["genre"] == "news"
            and "本报讯" in (corpus_dir / d["document"]).read_text(encoding="utf-8")]
    assert ours
    for name in ours:
        first = (corpus_dir / name).read_text(encoding="utf-8").splitlines()[0]
        assert re.fullmatch(r"\S+日报 \d{4}年\d{1,2}月\d{1,2}日 第\d+版", first), first
