"""A decision of posts read out line by line (某某同志任某所所长(试用期一年); 免去某某同志某所副所长职务)."""

from __future__ import annotations

from ingest.genres.news import parse


def test_a_decision_of_posts_with_a_term_after_a_post_and_a_person_addressed_before_the_unit() -> None:
    text = ("经研究,决定:\n柯远同志任青溪研究所所长(试用期一年);\n"
            "免去宋立同志青溪研究所副所长职务,保留副局级。\n")
    extraction = parse("decision.txt", text)
    works = {(r.source, r.target, r.position) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert ("柯远", "青溪研究所", "所长") in works
    assert ("宋立", "青溪研究所") in {(r.source, r.target) for r in extraction.relations
                                     if str(r.type) == "AFFILIATED_WITH"}
    orgs = {e.name for e in extraction.entities if str(e.type) == "Organization"}
    assert not any("同志" in name for name in orgs)
