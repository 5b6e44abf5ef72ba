"""Paper keys across documents: two papers become one only on evidence that tells papers apart.

Given two nominations whose paper tables were cut by page breaks, each leaving a one-word paper
`Randomized` with different authors, the two must not become one paper (that would make every author
of either a co-author of the other). Nor do two papers of one journal, year and first page in two
volumes. Full titles, and journal, volume, issue and page together, still merge.
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


def test_journal_volume_issue_and_page_key_a_paper_whose_title_is_too_short() -> None:
    doc = _resolved("甲提名书", _paper("Randomized", journal="J Invented Med", year=2021, volume="12", issue="3",
                                    pages="88-95"))
    assert doc.key_of(Label.PAPER, "Randomized") == "paper:jinventedmed:12:3:88"
    again = _resolved("乙提名书", _paper("Randomized", journal="J Invented Med", volume="12", issue="3", pages="88"))
    assert again.key_of(Label.PAPER, "Randomized") == "paper:jinventedmed:12:3:88"


def test_two_papers_of_one_journal_year_and_first_page_are_two_papers() -> None:
    first = _paper("Lantern fever in river towns: a cohort", journal="J Affective Lanterns", year=2020,
                   volume="276", pages="402-410")
    second = _paper("Sleep and lantern fever: a randomised trial", journal="J Affective Lanterns", year=2020,
                    volume="277", pages="402-409")
    keys = {_resolved(text, paper).key_of(Label.PAPER, paper.name) for text, paper in (("甲", first), ("乙", second))}
    assert len(keys) == 2
    short = [_paper("Cohort", journal="J Affective Lanterns", year=2020, volume=v, pages="402-410") for v in "67"]
    assert _resolved("甲", short[0]).key_of(Label.PAPER, "Cohort") != _resolved("乙", short[1]).key_of(
        Label.PAPER, "Cohort")


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
