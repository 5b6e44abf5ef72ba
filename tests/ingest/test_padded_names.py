"""A list pads a two-character name with blanks to the width of three (`王　伟`, `张 靖`): the name is read
without them, its span points into the stored text, blanks and all, and the document's record writes it without
them. Names invented."""

from __future__ import annotations

from pathlib import Path

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.pipeline import extract_file
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, names, relations

_LIST = ("东川大学第二批青年骨干教师名单\n\n王　伟、李　明、张　华、欧阳明月\n\n"
         "评审专家：赵 阳（西岭大学教授）、陈志远（西岭大学教授）\n")


def test_a_padded_name_is_a_person_and_its_span_covers_the_blanks() -> None:
    source = read_upload(_LIST.encode("utf-8"), "list.txt")
    ex = extract(source)
    people = {e.name: e for e in ex.entities if e.type is Label.PERSON}
    assert {"王伟", "李明", "张华", "欧阳明月", "赵阳", "陈志远"} <= set(people)
    assert {source.text[s.start:s.end] for s in people["王伟"].spans} == {"王　伟"}
    assert ("赵阳", "西岭大学") in {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT}


def test_the_record_writes_a_padded_name_without_its_blanks(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text(_LIST, encoding="utf-8")
    _, ex = extract_file(path)
    assert {"王伟", "赵阳"} <= {e.name for e in ex.entities if e.type is Label.PERSON}


def test_a_member_s_line_with_a_padded_name() -> None:
    ex = extract_text("合作老师\n林　立 - 东川大学地理学院副教授。\n博士研究生\n黄　柯 - 2025-Ph.D. student\n")
    assert {"林立", "黄柯"} <= names(ex, "Person")
    assert ("林立", "东川大学地理学院") in relations(ex, "WORKS_AT")


def test_a_latin_name_before_a_spaced_dash_is_not_part_of_the_unit_after_it() -> None:
    ex = extract_text("合作老师\nAnna-Li Nguyen - 东川大学人工智能学院副教授、博士生导师。\n")
    orgs = names(ex, "Organization")
    assert "东川大学人工智能学院" in orgs
    assert not any("Nguyen" in o for o in orgs)
