"""A society's branch named after it, its field written between the two (中国某协会急诊医师分会)."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

TEXT = ("王海涛，教授，现任东川医科大学附属医院院长。担任中国东川医师协会急诊医师分会副会长，"
        "中国东川医师协会急救复苏与灾难医学专业委员会副主任委员等职务。\n")


def test_the_field_of_a_branch_is_part_of_its_name_past_a_rare_verb_and_an_inner_joiner() -> None:
    ex = extract_text(TEXT)
    branches = {"中国东川医师协会急诊医师分会", "中国东川医师协会急救复苏与灾难医学专业委员会"}
    assert branches <= names(ex, "Organization")
    assert not {"医师分会", "灾难医学专业委员会"} & names(ex, "Organization")
    assert {(b, "中国东川医师协会") for b in branches} <= relations(ex, "PART_OF")
    assert {("王海涛", b) for b in branches} <= relations(ex, "AFFILIATED_WITH")


def test_a_verb_or_a_second_body_after_a_society_is_no_branch_s_field() -> None:
    ex = extract_text("中华东川学会召开专业委员会会议。东川抗癌协会与东川省卫生健康委员会签约。\n")
    orgs = names(ex, "Organization")
    assert {"中华东川学会", "东川抗癌协会", "东川省卫生健康委员会"} <= orgs
    assert not any(o.startswith("中华东川学会召开") or o.startswith("东川抗癌协会与") for o in orgs)


def test_a_society_of_units_is_no_part_of_a_unit_its_name_opens_with() -> None:
    ex = extract_text("李明远，教授。现任中国东川研究型医院学会神经眼科专业委员会副主任委员。\n")
    assert "中国东川研究型医院" not in names(ex, "Organization")
    assert not {r for r in relations(ex, "PART_OF") if r[1] == "中国东川研究型医院"}
    assert ("中国东川研究型医院学会神经眼科专业委员会", "中国东川研究型医院学会") in relations(ex, "PART_OF")


def test_two_units_joined_by_a_conjunction_are_never_one_name() -> None:
    ex = extract_text("南湖工程院医药卫生学部及工程管理学部的院士出席了会议。东川大学化学学院及物理学院联合举办。\n")
    orgs = names(ex, "Organization")
    assert not any("及" in o for o in orgs)
    assert {"东川大学化学学院", "物理学院"} <= orgs or "东川大学物理学院" in orgs


def test_the_copula_before_a_society_is_no_part_of_its_name() -> None:
    ex = extract_text("林海波，男，研究员，现任东川丘陵地区农业科学研究所植保研究室主任，系东川省昆虫学会理事。\n")
    assert "东川省昆虫学会" in names(ex, "Organization")
    assert not {o for o in names(ex, "Organization") if o.startswith("系")}
    assert ("林海波", "东川省昆虫学会") in relations(ex, "AFFILIATED_WITH")


def test_a_lab_of_two_fields_joined_by_and_is_one_lab_where_a_place_opens_it() -> None:
    ex = extract_text("湖东省智能感知与计算重点实验室召开会议。南湖大学与东川研究所重点实验室签约。\n")
    labs = names(ex, "Organization")
    assert "湖东省智能感知与计算重点实验室" in labs
    assert {"南湖大学", "东川研究所重点实验室"} <= labs and not [n for n in labs if n.startswith("南湖大学与")]


def test_a_line_of_pieces_parted_by_spaced_dots_is_no_unit_s_name() -> None:
    ex = extract_text("学士 · 物理学 · 南湖师范大学\n博士 · 空间物理 · 青溪大学\n约翰·霍普金斯大学的学者来访。\n")
    units = names(ex, "Organization")
    assert {"南湖师范大学", "青溪大学"} <= units and not [u for u in units if "学士" in u or "博士" in u]
