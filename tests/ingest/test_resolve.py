"""Stable keys and person identity across documents (invented names and documents)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graph.schema import Label, RelType
from ingest.model import Entity, Extraction, Relation, ResolvedDocument, SourceDocument, Span
from ingest.resolve import KnownOrganization, KnownPerson, NoKnownEntities, resolve
from ingest.resolve_people import evidence, one_character_apart


class Remembered:
    """A graph in memory: what earlier resolved documents said, as `KnownEntities`."""

    def __init__(self) -> None:
        self.people: dict[str, KnownPerson] = {}
        self.org_aliases: dict[str, set[str]] = {}

    def remember(self, doc: ResolvedDocument) -> None:
        ex = doc.extraction
        org_keys = {ref: key for (label, ref), key in doc.keys.items() if label is Label.ORGANIZATION}
        for e in ex.entities:
            if e.type is Label.ORGANIZATION:
                for n in (e.name, *e.aliases):
                    self.org_aliases.setdefault(n, set()).add(doc.key_of(Label.ORGANIZATION, e.ref))
        for name, facts in evidence(ex, org_keys).items():
            key = doc.key_of(Label.PERSON, name)
            old = self.people.get(key, KnownPerson(key, name))
            self.people[key] = KnownPerson(
                key, name, tuple(sorted({*old.org_keys, *facts.org_keys})),
                tuple(sorted({*old.coworker_names, *facts.coworkers})),
                tuple(sorted({*old.related_org_keys, *(facts.related_org_keys - set(facts.org_keys))})),  # parents, as read
                tuple(sorted({*old.coworker_keys, *(doc.key_of(Label.PERSON, c) for c in facts.coworkers)})),
            )

    def prefetch(self, names: list[str], coworkers: Sequence[str] = ()) -> None:
        return None

    def people_named(self, name: str) -> list[KnownPerson]:
        return [p for p in self.people.values() if p.name == name]

    def people_like(self, name: str, coworkers: Sequence[str]) -> list[KnownPerson]:
        return [p for p in self.people.values() if one_character_apart(p.name, name)]

    def org_keys_for_aliases(self, aliases: Sequence[str]) -> dict[str, str]:
        found = {alias: self.org_aliases.get(alias, set()) for alias in aliases}
        return {alias: next(iter(keys)) for alias, keys in found.items() if len(keys) == 1}

    def orgs_starting_with(self, prefixes: Sequence[str]) -> list[KnownOrganization]:
        return [KnownOrganization(key, name) for name, keys in self.org_aliases.items() for key in keys
                if name.startswith(tuple(prefixes))]


def source(name: str, text: str) -> SourceDocument:
    return SourceDocument(name=name, text=text, encoding="utf-8", size=len(text.encode()))


def person(name: str) -> Entity:
    return Entity(type=Label.PERSON, name=name)


def org(name: str, *aliases: str, parent: str | None = None) -> Entity:
    return Entity(type=Label.ORGANIZATION, name=name, aliases=aliases, parent=parent)


def spanned(entity: Entity, *spans: tuple[int, int]) -> Entity:
    return replace(entity, spans=tuple(Span(*s) for s in spans))


def paper(title: str) -> Entity:
    return Entity(type=Label.PAPER, name=title)


def works_at(who: str, where: str) -> Relation:
    return Relation(RelType.WORKS_AT, who, where)


def authored(title: str, *names: str) -> tuple[Relation, ...]:
    return tuple(Relation(RelType.AUTHORED, n, title, order=i) for i, n in enumerate(names, 1))


def extraction(name: str, entities: list[Entity], relations: tuple[Relation, ...] = ()) -> Extraction:
    return Extraction(document=name, genre="award_nomination", entities=tuple(entities), relations=relations)


def resolved(known: Remembered, name: str, entities: list[Entity], relations: tuple[Relation, ...] = ()) -> ResolvedDocument:
    doc = resolve(source(name, f"text of {name}"), extraction(name, entities, relations), known)
    known.remember(doc)
    return doc


def test_namesakes_at_different_hospitals_are_two_people_possibly_the_same() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("张某燕"), org("江河大学明湖二医院")], (works_at("张某燕", "江河大学明湖二医院"),))
    b = resolved(known, "b.txt", [person("张某燕"), org("云岭市第三人民医院")], (works_at("张某燕", "云岭市第三人民医院"),))
    first, second = a.key_of(Label.PERSON, "张某燕"), b.key_of(Label.PERSON, "张某燕")
    assert first == "person:张某燕@org:江河大学明湖二医院"
    assert second == "person:张某燕@org:云岭市第三人民医院"
    assert len(b.possibly_same) == 1
    pair = b.possibly_same[0]
    assert {pair.a, pair.b} == {first, second} and pair.reason == "same name" and 0 < pair.score < 0.5


def test_same_name_at_the_same_organization_is_one_person() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("李某江"), org("江河大学明湖二医院")], (works_at("李某江", "江河大学明湖二医院"),))
    b = resolved(known, "b.txt", [person("李某江"), org("江河大学明湖二医院")],
                 (Relation(RelType.AFFILIATED_WITH, "李某江", "江河大学明湖二医院"),))
    assert a.key_of(Label.PERSON, "李某江") == b.key_of(Label.PERSON, "李某江")
    assert b.possibly_same == ()


def test_an_organization_known_by_an_alias_keeps_its_key_in_the_next_document() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("李某江"), org("江河大学明湖二医院", "明湖二医院")],
                 (works_at("李某江", "江河大学明湖二医院"),))
    b = resolved(known, "b.txt", [person("李某江"), org("明湖二医院")], (works_at("李某江", "明湖二医院"),))
    assert b.key_of(Label.ORGANIZATION, "明湖二医院") == a.key_of(Label.ORGANIZATION, "江河大学明湖二医院")
    assert b.key_of(Label.PERSON, "李某江") == a.key_of(Label.PERSON, "李某江")


def test_people_without_a_unit_merge_on_two_shared_coauthors() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person(n) for n in ("赵某伟", "钱某", "孙某", "周某")] + [paper("Paper A")],
                 authored("Paper A", "赵某伟", "钱某", "孙某", "周某"))
    b = resolved(known, "b.txt", [person(n) for n in ("赵某伟", "钱某", "孙某")] + [paper("Paper B")],
                 authored("Paper B", "赵某伟", "钱某", "孙某"))
    key = a.key_of(Label.PERSON, "赵某伟")
    assert key.startswith("person:赵某伟@doc:")
    assert b.key_of(Label.PERSON, "赵某伟") == key


def test_one_shared_coauthor_is_not_enough_but_raises_the_score() -> None:
    known = Remembered()
    resolved(known, "a.txt", [person(n) for n in ("赵某伟", "钱某", "孙某")] + [paper("Paper A")],
             authored("Paper A", "赵某伟", "钱某", "孙某"))
    b = resolved(known, "b.txt", [person(n) for n in ("赵某伟", "钱某", "吴某")] + [paper("Paper B")],
                 authored("Paper B", "赵某伟", "钱某", "吴某"))
    c = resolved(known, "c.txt", [person(n) for n in ("赵某伟", "郑某")] + [paper("Paper C")],
                 authored("Paper C", "赵某伟", "郑某"))
    keys = {d.key_of(Label.PERSON, "赵某伟") for d in (b, c)}
    assert len(keys) == 2
    with_coauthor = [p for p in b.possibly_same if "钱某" in p.reason]
    without = [p for p in c.possibly_same if p.reason == "same name"]
    assert with_coauthor and without and with_coauthor[0].score > without[0].score


def test_a_common_name_at_different_units_is_never_merged_even_with_shared_coauthors() -> None:
    known = Remembered()
    team = ("钱某", "孙某", "周某")
    a = resolved(known, "a.txt", [person("张某霞"), *map(person, team), org("甲大学第一医院"), paper("P1")],
                 (works_at("张某霞", "甲大学第一医院"), *authored("P1", "张某霞", *team)))
    b = resolved(known, "b.txt", [person("张某霞"), *map(person, team), org("乙省肿瘤医院"), paper("P2")],
                 (works_at("张某霞", "乙省肿瘤医院"), *authored("P2", "张某霞", *team)))
    assert a.key_of(Label.PERSON, "张某霞") != b.key_of(Label.PERSON, "张某霞")
    pair = next(p for p in b.possibly_same if "张某霞" in p.a)
    assert "3 shared co-workers" in pair.reason and pair.score >= 0.7


def test_same_parent_organization_is_evidence() -> None:
    known = Remembered()
    resolved(known, "a.txt", [person("王某"), org("甲大学"), org("甲大学第一医院", parent="甲大学")],
             (works_at("王某", "甲大学第一医院"),))
    b = resolved(known, "b.txt", [person("王某"), org("甲大学"), org("甲大学第二医院", parent="甲大学")],
                 (works_at("王某", "甲大学第二医院"),))
    pair = b.possibly_same[0]
    assert "same parent organization org:甲大学" in pair.reason and pair.score == 0.45


def test_names_one_character_apart_with_shared_coauthors_are_candidates_not_merges() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person(n) for n in ("王某汨", "钱某", "孙某")] + [paper("P1")],
                 authored("P1", "王某汨", "钱某", "孙某"))
    b = resolved(known, "b.txt", [person(n) for n in ("王某汩", "钱某")] + [paper("P2")], authored("P2", "王某汩", "钱某"))
    first, second = a.key_of(Label.PERSON, "王某汨"), b.key_of(Label.PERSON, "王某汩")
    assert first != second
    pair = b.possibly_same[0]
    assert {pair.a, pair.b} == {first, second} and pair.reason.startswith("name one character apart")


def test_variants_in_one_document_are_candidates() -> None:
    people = [person(n) for n in ("王某汨", "王某汩", "钱某")] + [paper("P1"), paper("P2")]
    doc = resolve(source("a.txt", "x"), extraction("a.txt", people, authored("P1", "王某汨", "钱某") + authored("P2", "王某汩", "钱某")),
                  NoKnownEntities())
    assert len(doc.possibly_same) == 1 and doc.possibly_same[0].reason.endswith("(same document)")
    assert not one_character_apart("王某", "李某") and not one_character_apart("王某汨", "王某汨")


def test_resolving_a_document_again_gives_the_same_keys_and_no_self_pairs() -> None:
    known = Remembered()
    entities = [person("孙某"), person("钱某"), org("甲研究所"), paper("P1")]
    relations = (works_at("孙某", "甲研究所"), *authored("P1", "孙某", "钱某"))
    first = resolved(known, "a.txt", entities, relations)
    again = resolved(known, "a.txt", entities, relations)
    assert again.keys == first.keys and again.possibly_same == ()


def test_keys_of_papers_patents_journals_projects() -> None:
    entities = [
        Entity(type=Label.PAPER, name="A Study", journal="J Invented Med", year=2020, pages="402-410"),
        Entity(type=Label.PAPER, name="Another: Study!"),
        Entity(type=Label.PATENT, name="一种装置", number="ZL 2019 1234567.8"),
        Entity(type=Label.JOURNAL, name="J Invented Med"),
        Entity(type=Label.PROJECT, name="青藤关键技术研发", kind="funding_topic", code="1001"),
        Entity(type=Label.PROJECT, name="青藤机制研究", kind="award_nomination"),
        org("湖北省卫健委"),
    ]
    doc = resolve(source("a.txt", "x"), extraction("a.txt", entities), NoKnownEntities())
    assert doc.key_of(Label.PAPER, "A Study").startswith("paper:astudy@doc:")  # year, page and journal are not enough
    assert doc.key_of(Label.PAPER, "Another: Study!") == "paper:anotherstudy"
    assert doc.key_of(Label.PATENT, "ZL 2019 1234567.8") == "patent:ZL20191234567.8"
    assert doc.key_of(Label.JOURNAL, "J Invented Med") == "journal:jinventedmed"
    assert doc.key_of(Label.PROJECT, "青藤关键技术研发") == "project:青藤关键技术研发:1001"
    assert doc.key_of(Label.PROJECT, "青藤机制研究") == "project:青藤机制研究"
    assert doc.key_of(Label.ORGANIZATION, "湖北省卫健委") == "org:湖北省卫生健康委员会"


def test_a_unit_in_short_form_is_the_known_organization_it_abbreviates() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("李某江"), org("湖南省青藤医院")], (works_at("李某江", "湖南省青藤医院"),))
    b = resolved(known, "b.txt", [person("李某江"), org("湖南青藤医院")], (works_at("李某江", "湖南青藤医院"),))
    assert b.key_of(Label.ORGANIZATION, "湖南青藤医院") == "org:湖南省青藤医院"
    assert b.key_of(Label.PERSON, "李某江") == a.key_of(Label.PERSON, "李某江")


def test_a_short_form_that_fits_two_known_organizations_keeps_its_own_key() -> None:
    known = Remembered()
    resolved(known, "a.txt", [org("云岭医科大学"), org("云岭医学大学")])
    b = resolved(known, "b.txt", [person("李某江"), org("云岭医大")], (works_at("李某江", "云岭医大"),))
    assert b.key_of(Label.ORGANIZATION, "云岭医大") == "org:云岭医大"


def test_a_hospital_and_its_university_are_one_unit_for_a_single_namesake() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("王某"), org("甲大学"), org("甲大学第一医院", parent="甲大学")],
                 (works_at("王某", "甲大学第一医院"), Relation(RelType.PART_OF, "甲大学第一医院", "甲大学")))
    b = resolved(known, "b.txt", [person("王某"), org("甲大学")], (works_at("王某", "甲大学"),))
    assert b.key_of(Label.PERSON, "王某") == a.key_of(Label.PERSON, "王某")


def test_a_person_without_a_unit_is_the_one_namesake_whose_unit_the_document_names_beside_them() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("吴某兰"), org("青藤医院")], (works_at("吴某兰", "青藤医院"),))
    resolved(known, "b.txt", [person("吴某兰"), org("白鹭医院")], (works_at("吴某兰", "白鹭医院"),))
    # 青藤医院（吴某兰）: the unit right beside the name, a relation the extraction could not read
    c = resolved(known, "c.txt", [spanned(person("吴某兰"), (5, 8)), spanned(org("青藤医院"), (0, 4))])
    d = resolved(known, "d.txt", [spanned(person("吴某兰"), (5, 8)), spanned(org("黄河研究所"), (0, 5))])
    # a byline name, and the unit named three paragraphs below: no evidence they go together
    e = resolved(known, "e.txt", [spanned(person("吴某兰"), (5, 8)), spanned(org("青藤医院"), (300, 304))])
    assert c.key_of(Label.PERSON, "吴某兰") == a.key_of(Label.PERSON, "吴某兰")
    assert d.key_of(Label.PERSON, "吴某兰").startswith("person:吴某兰@doc:")
    assert e.key_of(Label.PERSON, "吴某兰").startswith("person:吴某兰@doc:")


def test_one_shared_coworker_who_is_the_same_person_is_enough_without_a_unit() -> None:
    known = Remembered()
    a = resolved(known, "a.txt", [person("赵某伟"), person("钱某"), org("青藤医院"), paper("P1")],
                 (works_at("钱某", "青藤医院"), *authored("P1", "赵某伟", "钱某")))
    b = resolved(known, "b.txt", [person("赵某伟"), person("钱某"), org("白鹭医院"), paper("P2")],
                 (works_at("钱某", "白鹭医院"), *authored("P2", "赵某伟", "钱某")))
    c = resolved(known, "c.txt", [person("赵某伟"), person("钱某"), org("青藤医院"), paper("P3")],
                 (works_at("钱某", "青藤医院"), *authored("P3", "赵某伟", "钱某")))
    assert b.key_of(Label.PERSON, "赵某伟") != a.key_of(Label.PERSON, "赵某伟")  # another 钱某: no evidence
    assert c.key_of(Label.PERSON, "赵某伟") == a.key_of(Label.PERSON, "赵某伟")


def test_contacts_of_successive_guides_merge_on_two_shared_co_contacts() -> None:
    known = Remembered()
    contacts = ("周某梅", "郑某", "冯某")
    programmes = [Entity(type=Label.PROJECT, name=f"{year}年度重点研发计划") for year in (2030, 2031)]
    a, b = (resolved(known, f"{p.name}.txt", [*map(person, contacts), p],
                     tuple(Relation(RelType.CONTACT_FOR, n, p.name) for n in contacts)) for p in programmes)
    assert b.key_of(Label.PERSON, "周某梅") == a.key_of(Label.PERSON, "周某梅")
