"""A short form an article declares for a unit (`（以下称“某所”）`) names that unit wherever it is written later, and the
short form of an institute (`某某所的`) is no person's name, even where its first character is a surname."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations


def test_people_listed_after_a_declared_short_form_work_at_the_unit_it_stands_for() -> None:
    x = extract_text("东川省地质调查研究院（以下称“东川地调院”）与南湖大学合作完成该研究。论文作者包括南湖大学的林晓岚、周文博，"
                     "以及东川地调院的吴一凡、郑雨桐等。")
    works = relations(x, "WORKS_AT")
    assert {("吴一凡", "东川省地质调查研究院"), ("郑雨桐", "东川省地质调查研究院"), ("林晓岚", "南湖大学")} <= works


def test_an_institute_s_short_form_is_no_person_and_leaves_the_full_name_whole() -> None:
    """古 is a surname, so `古生物所` could pass for a name; followed by 所 and then 的 it is the institute's short form,
    and the full name it stands for, joined by 与, stays whole wherever it is written."""
    x = extract_text("东川科学院古生物与古环境研究所（以下称“古生物所”）林晓岚团队发表论文。论文作者包括古生物所的周文博、吴一凡。"
                     "本文来自东川科学院古生物与古环境研究所。")
    assert "古生物" not in names(x, "Person")
    assert "东川科学院古生物与古环境研究所" in names(x, "Organization")
    assert "古环境研究所" not in names(x, "Organization")
    assert ("周文博", "东川科学院古生物与古环境研究所") in relations(x, "WORKS_AT")
