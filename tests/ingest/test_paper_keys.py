"""Paper keys across documents: a paper known only by a title too short to tell it apart stays in its document.

Given two nominations whose paper tables were cut by page breaks, each leaving a one-word paper
`Randomized` with different authors, the two must not become one paper (that would make every author
of either a co-author of the other). Full titles, and papers with year and first page, still merge.
"""

from __future__ import annotations

import pytest

from graph.schema import Label
from ingest.model import Entity, Extraction, ResolvedDocument, SourceDocument
from ingest.resolve import NoKnownEntities, is_distinctive_title, resolve


def _resolved(text: str, *papers: Entity) -> ResolvedDocument:
    source = SourceDocument(name="nomination.txt", text=text, encoding="utf-8", size=len(text.encode()))
    return resolve(source, Extraction("nomination.txt", "award_nomination", entities=papers), NoKnownEntities())


def _paper(name: str, **fields: object) -> Entity:
    return Entity(type=Label.PAPER, name=name, **fields)  # type: ignore[arg-type]


def test_a_one_word_paper_from_two_documents_is_two_papers() -> None:
    first = _resolved("甲提名书", _paper("Randomized", journal="Frontiers in", year=2023))
    second = _resolved("乙提名书", _paper("Randomized", journal="Annals of Invented Surgery"))
    key_a, key_b = first.key_of(Label.PAPER, "Randomized"), second.key_of(Label.PAPER, "Randomized")
    assert key_a != key_b
    assert key_a.startswith("paper:randomized@doc:") and key_b.startswith("paper:randomized@doc:")


def test_the_same_short_title_in_one_document_is_one_paper_again() -> None:
    again = _resolved("甲提名书", _paper("Randomized"))
    assert again.key_of(Label.PAPER, "Randomized") == _resolved("甲提名书", _paper("Randomized")).key_of(
        Label.PAPER, "Randomized")


def test_a_full_title_still_merges_across_documents() -> None:
    title = "Invented cohort study of lantern fever in river towns"
    first, second = _resolved("甲提名书", _paper(title)), _resolved("乙提名书", _paper(title))
    assert first.key_of(Label.PAPER, title) == second.key_of(Label.PAPER, title) == \
        "paper:inventedcohortstudyoflanternfeverinrivertowns"


def test_year_and_first_page_key_a_paper_whatever_its_title() -> None:
    doc = _resolved("甲提名书", _paper("Randomized", journal="J Invented Med", year=2021, pages="88-95"))
    assert doc.key_of(Label.PAPER, "Randomized") == "paper:2021:88:jinventedmed"


def test_a_rows_stand_in_name_stays_in_its_document() -> None:
    first, second = _resolved("甲提名书", _paper("代表性论文5")), _resolved("乙提名书", _paper("代表性论文5"))
    assert first.key_of(Label.PAPER, "代表性论文5") != second.key_of(Label.PAPER, "代表性论文5")


@pytest.mark.parametrize(("title", "distinctive"), [
    ("Randomized", False),
    ("Deep-learning", False),
    ("Brief report", False),
    ("Another: Study!", True),
    ("Invented cohort study of lantern fever", True),
    ("灯笼热研究", False),
    ("代表性论文12", False),
    ("灯笼热流行病学调查", True),
    ("IL-6在灯笼热中的作用", True),
])
def test_which_titles_are_distinctive(title: str, distinctive: bool) -> None:
    assert is_distinctive_title(title) is distinctive
