"""A corpus: documents in the three genres over one invented world, and the truth of who is who."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.synth.award import render_award
from bench.synth.guide import render_guide
from bench.synth.news import render_news
from bench.synth.truth import Mentions
from bench.synth.world import World, build_world

# 12 award nominations, 5 news articles and 3 funding guides in every 20 documents.
GENRE_CYCLE = "AANAAGANAAANAGAANAGA"
GENRES = {"A": "award_nomination", "N": "news", "G": "funding_guideline"}
TRUTH_FORMAT = "synth-truth/1"
TEAM_SHARE = 0.8  # fraction of award nominations that introduce a new team; the rest reuse one


@dataclass(frozen=True, slots=True)
class SynthDocument:
    name: str
    genre: str
    text: str
    mentions: tuple[dict[str, Any], ...]


def genre_of(index: int) -> str:
    return GENRES[GENRE_CYCLE[index % len(GENRE_CYCLE)]]


def award_count(n_docs: int) -> int:
    return sum(1 for i in range(n_docs) if genre_of(i) == "award_nomination")


@dataclass(slots=True)
class Corpus:
    n_docs: int
    seed: int
    world: World = field(init=False)
    n_teams: int = field(init=False)

    def __post_init__(self) -> None:
        self.n_teams = max(1, round(TEAM_SHARE * award_count(self.n_docs)))
        self.world = build_world(self.seed, self.n_teams)

    def document_name(self, index: int) -> str:
        digest = hashlib.sha1(f"{self.seed}:{index}".encode()).hexdigest()[:16]
        return f"{index:05d}_{digest}.txt"

    def documents(self) -> Iterator[SynthDocument]:
        """The documents in order; deterministic for (n_docs, seed). Iterate once per Corpus."""
        world = self.world
        awards = 0
        for index in range(self.n_docs):
            rng = random.Random(self.seed * 1_000_003 + index)
            genre = genre_of(index)
            mentions = Mentions()
            introduced = max(1, min(awards, self.n_teams))
            if genre == "award_nomination":
                first_use = awards < self.n_teams
                team = world.teams[awards] if first_use else rng.choice(world.teams)
                text = render_award(world, team, first_use, rng, mentions)
                awards += 1
            elif genre == "news":
                teams = rng.sample(world.teams[:introduced], min(introduced, rng.randint(1, 2)))
                text = render_news(world, teams, rng, mentions)
            else:
                province = world.registry[rng.choice(world.teams[:introduced]).anchor].province
                text = render_guide(world, province, rng, mentions)
            name = self.document_name(index)
            yield SynthDocument(name, genre, text, tuple(mentions.rows(name)))

    def truth(self, documents: list[SynthDocument]) -> dict[str, Any]:
        reg = self.world.registry
        mentions = [m for d in documents for m in d.mentions]
        mentioned = sorted({m["person"] for m in mentions})
        people = {}
        for pid in mentioned:
            person = self.world.people[pid]
            people[pid] = {"name": person.name, "unit": reg[person.unit].name}
        by_name: dict[str, set[str]] = {}
        for pid in mentioned:
            by_name.setdefault(self.world.people[pid].name, set()).add(pid)
        planted = {name: [p for p in pids if p in people] for name, pids in self.world.planted.items()}
        return {
            "format": TRUTH_FORMAT,
            "seed": self.seed,
            "documents": [{"document": d.name, "genre": d.genre} for d in documents],
            "people": people,
            "mentions": mentions,
            "planted_collisions": {n: p for n, p in planted.items() if len(p) >= 2},
            "shared_names": sum(1 for pids in by_name.values() if len(pids) > 1),
        }


def write_corpus(out: Path, n_docs: int, seed: int) -> dict[str, Any]:
    """Write N documents and truth.json into ``out``; return the truth."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(n_docs, seed)
    written = []
    for doc in corpus.documents():
        (out / doc.name).write_text(doc.text, encoding="utf-8")
        written.append(SynthDocument(doc.name, doc.genre, "", doc.mentions))
    truth = corpus.truth(written)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return truth
