"""People a document ties to no unit, named beside a colleague: a byline of two reporters, a list of names.
Two names together again are evidence; one name alone never is (invented names and documents)."""

from __future__ import annotations

from dataclasses import replace

from graph.schema import Label
from ingest.model import Entity, Span
from tests.ingest.test_resolve import Remembered, org, person, resolved, works_at


def at(entity: Entity, start: int) -> Entity:
    """The entity written at `start` (a name of len(name) characters)."""
    return replace(entity, spans=(Span(start, start + len(entity.name)),))


def byline(first: str, second: str, paper: str | None = None) -> tuple[list[Entity], tuple]:
    """`<paper>记者 first 通讯员 second` (the paper's reporter placed), else `本报讯（记者 first，second）`."""
    people = [at(person(first), 10), at(person(second), 18)]
    if paper is None:
        return people, ()
    return [*people, at(org(paper), 0)], (works_at(first, paper),)


def test_a_correspondent_beside_a_placed_reporter_is_the_one_namesake_at_that_paper() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", *byline("柏某清", "穆某远", "江河日报社"))
    b = resolved(known, "b.txt", *byline("穆某远", "柏某清", "江河日报社"))
    c = resolved(known, "c.txt", *byline("柏某清", "穆某远", "江河日报社"))
    assert b.key_of(Label.PERSON, "柏某清") == "person:柏某清@org:江河日报社"
    assert c.key_of(Label.PERSON, "穆某远") == b.key_of(Label.PERSON, "穆某远") == "person:穆某远@org:江河日报社"
    assert a.key_of(Label.PERSON, "穆某远").startswith("person:穆某远@doc:")  # nobody knew them yet


def test_two_unplaced_names_together_again_are_the_pair_seen_before() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", *byline("柏某清", "穆某远"))
    b = resolved(known, "b.txt", *byline("穆某远", "柏某清"))
    assert b.key_of(Label.PERSON, "柏某清") == a.key_of(Label.PERSON, "柏某清")
    assert b.key_of(Label.PERSON, "穆某远") == a.key_of(Label.PERSON, "穆某远")


def test_a_name_beside_someone_else_or_alone_stays_in_its_document() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", *byline("柏某清", "穆某远"))
    b = resolved(known, "b.txt", *byline("柏某清", "岑某"))
    c = resolved(known, "c.txt", [at(person("柏某清"), 10)])
    far = resolved(known, "d.txt", [at(person("柏某清"), 10), at(person("穆某远"), 400)])  # not a byline
    assert b.key_of(Label.PERSON, "柏某清") != a.key_of(Label.PERSON, "柏某清")
    assert c.key_of(Label.PERSON, "柏某清").startswith("person:柏某清@doc:")
    assert far.key_of(Label.PERSON, "柏某清").startswith("person:柏某清@doc:")


def test_a_pair_that_fits_two_earlier_pairs_merges_with_neither() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", *byline("柏某清", "穆某远"))  # together once, unplaced
    for name in ("柏某清", "穆某远"):  # and each a reporter of one paper
        resolved(known, f"{name}.txt", [at(person(name), 10), at(org("江河日报社"), 0)], (works_at(name, "江河日报社"),))
    c = resolved(known, "c.txt", *byline("穆某远", "柏某清"))
    for name in ("柏某清", "穆某远"):
        assert c.key_of(Label.PERSON, name) == f"person:{name}@doc:{c.source.id[:16]}"
        assert a.key_of(Label.PERSON, name) == f"person:{name}@doc:{a.source.id[:16]}"
