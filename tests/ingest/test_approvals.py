"""A notice of approval funds what it lists: the projects of a notice issued by a government body (its title, or
a sentence citing it) are FUNDED_BY the body and PART_OF the programme the notice names; a notice of anything
else funds nothing."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

NOTICE = """东川省科学技术厅关于下达2023年度东川省自然科学基金项目的通知

各有关单位：
经专家评审，现将2023年度东川省自然科学基金项目下达如下。

序号 项目名称 负责人 依托单位
1 湖泊沉积物磷释放机制研究 王立新 东川大学
2 新型储氢合金设计 陈海燕 东川研究院
"""


def test_the_projects_a_notice_lists_are_funded_by_its_issuer_and_part_of_its_programme() -> None:
    ex = extract_text(NOTICE)
    assert relations(ex, "FUNDED_BY") == {("湖泊沉积物磷释放机制研究", "东川省科学技术厅"), ("新型储氢合金设计", "东川省科学技术厅"),
                                          ("东川省自然科学基金", "东川省科学技术厅")}
    assert relations(ex, "PART_OF") >= {("湖泊沉积物磷释放机制研究", "东川省自然科学基金"),
                                        ("新型储氢合金设计", "东川省自然科学基金")}


def test_a_sentence_citing_the_notice_names_the_body_that_approved_the_projects_listed_after_it() -> None:
    text = ("近日，科技部发布了《关于国家东川研究计划2011年项目立项的通知》，我校牵头承担2项。\n\n"
            "项目名称 首席科学家 承担单位\n湖泊沉积物磷释放机制研究 王立新 东川大学\n新型储氢合金设计 陈海燕 东川大学\n")
    ex = extract_text(text)
    assert ("湖泊沉积物磷释放机制研究", "科技部") in relations(ex, "FUNDED_BY")
    assert ("新型储氢合金设计", "国家东川研究计划") in relations(ex, "PART_OF")


def test_a_notice_of_a_meeting_funds_nothing() -> None:
    text = ("东川省科学技术厅关于召开2023年度东川省自然科学基金项目工作会议的通知\n\n"
            "项目名称 负责人 依托单位\n湖泊沉积物磷释放机制研究 王立新 东川大学\n")
    ex = extract_text(text)
    assert not relations(ex, "FUNDED_BY")
    assert "湖泊沉积物磷释放机制研究" in names(ex, "Project")
