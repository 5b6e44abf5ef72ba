"""A notice that a unit completed an achievement as one of its units (`某学院(第二完成人:某某研究员)作为参与单位完成的
成果“甲”`): the achievement, the unit one of its units, the completer in the note a member at that rank working
at the unit. Names invented."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, ranked, relations


def test_a_unit_with_its_completer_in_a_note_completed_the_quoted_achievement() -> None:
    ex = extract_text("根据东川军区总医院《关于请求北辰大学协助开展协作单位公示的函》，北辰大学材料学院（第二完成人：韩立新研究员）"
                      "作为参与单位完成的成果“可降解镁合金骨钉的制备与临床应用研究”将申报2031年度军队科学技术进步奖。特予以公示。")
    project = "可降解镁合金骨钉的制备与临床应用研究"
    assert project in names(ex, "Project")
    assert ("北辰大学材料学院", project) in relations(ex, "UNIT_OF")
    assert ranked(ex)["韩立新"] == 2
    assert ("韩立新", "北辰大学材料学院") in relations(ex, "WORKS_AT")


def test_an_achievement_named_without_the_unit_completing_it_has_no_unit() -> None:
    ex = extract_text("北辰大学材料学院近日举行学术报告会，介绍了学院完成的成果“可降解镁合金骨钉的制备与临床应用研究”。")
    assert not relations(ex, "UNIT_OF")
