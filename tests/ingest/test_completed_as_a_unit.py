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


def test_a_team_s_completing_unit_named_in_one_sentence_completes_the_project_named_in_another() -> None:
    """`甲副院长团队荣获某奖一等奖，某医院为唯一完成单位` … `甲副院长团队的“某某”项目…`: the hospital is the project's
    unit, first (唯一) or at the rank written."""
    ex = extract_text("4月15日，东川省科技创新大会召开。我院韩立新副院长团队荣获东川省科技进步奖一等奖，东川医科大学附属第一医院为唯一"
                      "完成单位。周文军院长团队荣获东川省科技进步奖二等奖，东川医科大学附属第一医院为第二完成单位。\n"
                      "韩立新副院长团队的“鼻咽癌智能诊疗体系的关键技术研究”项目实现了精准预测。\n"
                      "周文军院长团队的“缺血性脑血管病核心诊治技术的推广应用”项目首次证实了评分的作用。\n")
    units = {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF"}
    assert units >= {("东川医科大学附属第一医院", "鼻咽癌智能诊疗体系的关键技术研究", 1),
                     ("东川医科大学附属第一医院", "缺血性脑血管病核心诊治技术的推广应用", 2)}
