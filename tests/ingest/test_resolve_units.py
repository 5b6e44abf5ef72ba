"""Units written short, aliases that name a unit of more than one university, and which shared unit makes two
namesakes one (invented names and documents)."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.model import Relation
from tests.ingest.test_resolve import Remembered, authored, org, paper, person, resolved, works_at

# Which short forms abbreviate which full names: tests/names/organization_pairs.tsv (one table for every
# organization-name predicate). Here: what resolution makes of them.


def test_a_unit_the_graph_knows_only_in_full_is_found_from_its_short_form_in_prose() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("姜某诚"), org("青溪医科大学明湖医院")],
                 (works_at("姜某诚", "青溪医科大学明湖医院"),))
    b = resolved(known, "b.txt", [person("姜某诚"), org("明湖医院")], (works_at("姜某诚", "明湖医院"),))
    c = resolved(known, "c.txt", [person("姜某诚"), org("青溪大")], (works_at("姜某诚", "青溪大"),))
    assert b.key_of(Label.PERSON, "姜某诚") == a.key_of(Label.PERSON, "姜某诚")
    assert c.key_of(Label.PERSON, "姜某诚") == "person:姜某诚@org:青溪大"  # not the university of that hospital


def test_a_short_form_that_fits_two_namesakes_units_merges_with_neither() -> None:
    known = Remembered()
    resolved(known, "a.txt", [person("姜某诚"), org("青溪医科大学明湖医院")], (works_at("姜某诚", "青溪医科大学明湖医院"),))
    resolved(known, "b.txt", [person("姜某诚"), org("白沙大学明湖医院")], (works_at("姜某诚", "白沙大学明湖医院"),))
    c = resolved(known, "c.txt", [person("姜某诚"), org("明湖医院")], (works_at("姜某诚", "明湖医院"),))
    assert c.key_of(Label.PERSON, "姜某诚") == "person:姜某诚@org:明湖医院"


def test_x_da_is_the_known_university_x_daxue() -> None:
    known = Remembered()
    resolved(known, "a.txt", [org("青溪大学"), org("青溪大学附属第一医院", parent="青溪大学")])
    b = resolved(known, "b.txt", [person("姜某诚"), org("青溪大")], (works_at("姜某诚", "青溪大"),))
    assert b.key_of(Label.ORGANIZATION, "青溪大") == "org:青溪大学"


def test_an_alias_that_names_a_unit_of_several_universities_does_not_capture_another_universitys_unit() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [org("青溪医科大学明湖第二医院", "明湖第二医院")])
    b = resolved(known, "b.txt", [org("白沙医大明湖第二医院", "明湖第二医院")])
    c = resolved(known, "c.txt", [org("明湖第二医院")])
    assert b.key_of(Label.ORGANIZATION, "白沙医大明湖第二医院") == "org:白沙医大明湖第二医院"
    assert c.key_of(Label.ORGANIZATION, "明湖第二医院") != b.key_of(Label.ORGANIZATION, "白沙医大明湖第二医院")
    assert a.key_of(Label.ORGANIZATION, "青溪医科大学明湖第二医院") == "org:青溪医科大学明湖第二医院"


def test_a_full_name_is_not_keyed_to_a_unit_the_graph_knows_only_by_its_short_name() -> None:
    known = Remembered()
    resolved(known, "a.txt", [org("明湖第二医院")])
    b = resolved(known, "b.txt", [org("青溪医科大学明湖第二医院", "明湖第二医院")])
    assert b.key_of(Label.ORGANIZATION, "青溪医科大学明湖第二医院") == "org:青溪医科大学明湖第二医院"


def test_one_namesakes_completing_unit_is_not_the_others_workplace() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("姜某诚"), org("江河省人民医院"), org("青溪大学明湖医院")],
                 (works_at("姜某诚", "江河省人民医院"), Relation(RelType.AFFILIATED_WITH, "姜某诚", "青溪大学明湖医院")))
    b = resolved(known, "b.txt", [person("姜某诚"), org("青溪大学明湖医院")], (works_at("姜某诚", "青溪大学明湖医院"),))
    c = resolved(known, "c.txt", [person("姜某诚"), org("江河省人民医院")], (works_at("姜某诚", "江河省人民医院"),))
    assert b.key_of(Label.PERSON, "姜某诚") != a.key_of(Label.PERSON, "姜某诚")
    assert c.key_of(Label.PERSON, "姜某诚") == a.key_of(Label.PERSON, "姜某诚")


def test_a_nested_unit_does_not_join_namesakes_whose_co_authors_differ() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("姜某诚"), person("钱某"), org("青溪大学"), paper("P1")],
                 (works_at("姜某诚", "青溪大学"), *authored("P1", "姜某诚", "钱某")))
    hospital = org("青溪大学附属第一医院", parent="青溪大学")
    b = resolved(known, "b.txt", [person("姜某诚"), person("孙某"), org("青溪大学"), hospital, paper("P2")],
                 (works_at("姜某诚", "青溪大学附属第一医院"), *authored("P2", "姜某诚", "孙某")))
    c = resolved(known, "c.txt", [person("姜某诚"), org("青溪大学"), hospital],  # news: no co-authors to compare
                 (works_at("姜某诚", "青溪大学附属第一医院"),))
    assert b.key_of(Label.PERSON, "姜某诚") != a.key_of(Label.PERSON, "姜某诚")
    assert c.key_of(Label.PERSON, "姜某诚") == b.key_of(Label.PERSON, "姜某诚")


def test_words_before_a_known_name_that_name_no_organization_do_not_make_another_one() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [org("青溪大学明湖医院")])
    b = resolved(known, "b.txt", [org("成果由青溪大学明湖医院", "青溪大学明湖医院")])  # a recogniser's slip
    assert b.key_of(Label.ORGANIZATION, "成果由青溪大学明湖医院") == a.key_of(Label.ORGANIZATION, "青溪大学明湖医院")


def test_a_short_form_that_opens_a_longer_word_of_a_name_gives_it_no_parent() -> None:
    """东南 of 东南大学 opens 东南亚 in `东南亚研究院`: no unit of that university; `东南人文学院` still is one."""
    from ingest.orgs import _parent_by_name

    names = {"东南大学": "东南大学", "东南": "东南大学"}
    assert _parent_by_name("东南亚研究院", names) is None
    assert _parent_by_name("东南人文学院", names) == "东南大学"
