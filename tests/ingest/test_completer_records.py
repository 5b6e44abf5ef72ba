"""Completers of an awarded project in a table or in fields, and a table's categories of projects: what each did for the project (`对本项目贡献`) is a
note, never the project's title, and a section's caption above the fields (`主要完成人情况`) is none either. A
completing unit other than the work unit is an affiliation."""

from __future__ import annotations

from ingest.blocks import BlockWriter
from tests.ingest.facts import extract_text, names, relations


def test_a_column_of_contributions_names_no_project() -> None:
    out = BlockWriter()
    out.add_table([["排名", "姓名", "职称", "工作单位", "完成单位", "对本项目贡献"],
                   ["1", "王立新", "教授", "东川大学", "东川大学", "提出总体思路"],
                   ["2", "陈海燕", "研究员", "东川研究院", "东川大学", "完成实验"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert not names(ex, "Project")
    assert relations(ex, "WORKS_AT") == {("王立新", "东川大学"), ("陈海燕", "东川研究院")}
    assert relations(ex, "AFFILIATED_WITH") == {("陈海燕", "东川大学")}


def test_a_caption_above_a_completers_fields_is_no_project() -> None:
    ex = extract_text("主要完成人情况\n\n姓名：陈海燕\n排名：2\n职称：研究员\n工作单位：东川研究院\n完成单位：东川大学\n"
                      "对本项目技术创造性贡献：完成实验\n")
    assert not names(ex, "Project")
    assert relations(ex, "AFFILIATED_WITH") == {("陈海燕", "东川大学")}


def test_a_category_of_projects_is_no_programme() -> None:
    out = BlockWriter()
    out.add_table([["项目类别", "项目名称", "主持人", "学院"],
                   ["重点项目", "湖泊沉积物磷释放机制研究", "王立新", "环境学院"],
                   ["一般项目", "新型储氢合金设计", "陈海燕", "材料学院"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert names(ex, "Project") == {"湖泊沉积物磷释放机制研究", "新型储氢合金设计"}  # no node that every funder's projects share
    assert not relations(ex, "PART_OF")


def test_completers_with_their_units_in_brackets_are_ranked_members_who_work_at_those_units() -> None:
    ex = extract_text("项目名称：湖泊沉积物磷释放机制研究\n提名单位：东川省教育厅\n"
                      "主要完成人：王立新（东川大学）、陈海燕（东川研究院）、刘明（西山医院）\n")
    ranks = {r.source: r.rank for r in ex.relations if str(r.type) == "MEMBER_OF"}
    assert ranks == {"王立新": 1, "陈海燕": 2, "刘明": 3}
    assert relations(ex, "WORKS_AT") == {("王立新", "东川大学"), ("陈海燕", "东川研究院"), ("刘明", "西山医院")}
