"""Award notices and lists in the layouts of web pages: a nomination form as HTML tables, award and
talent lists as tables."""

from __future__ import annotations

from ingest.blocks import BlockKind, BlockWriter
from tests.ingest.facts import entity, extract_text, names, ranked, relations


def test_a_nomination_form_laid_out_as_web_tables() -> None:
    out = BlockWriter()
    out.add(BlockKind.HEADING, "2024年度青溪市科学技术奖提名项目公示", level=1)
    out.add_table([["提名奖种", "青溪市科学技术进步奖"],
                   ["项目名称", "深海微生物资源的发掘与利用"],
                   ["提名单位", "青溪市教育局"]])
    out.add(BlockKind.HEADING, "主要完成人情况", level=2)
    out.add_table([["排名", "姓名", "职称", "工作单位", "完成单位"],
                   ["1", "林小溪", "教授", "青溪大学", "青溪大学"],
                   ["2", "周一帆", "副研究员", "青溪海洋研究所", "青溪大学"]], header_rows=1)
    out.add(BlockKind.HEADING, "主要完成单位情况", level=2)
    out.add_table([["排名", "单位名称"], ["1", "青溪大学"], ["2", "青溪海洋研究所"]], header_rows=1)
    text, blocks = out.result()
    extraction = extract_text(text, "notice.html", blocks)
    project = "深海微生物资源的发掘与利用"
    assert entity(extraction, "Project", project).award == "青溪市科学技术进步奖"
    assert relations(extraction, "NOMINATED_BY") == {(project, "青溪市教育局")}
    assert ranked(extraction) == {"林小溪": 1, "周一帆": 2}
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("周一帆", "青溪海洋研究所")}
    assert relations(extraction, "AFFILIATED_WITH") == {("周一帆", "青溪大学")}
    assert ("青溪海洋研究所", project) in relations(extraction, "UNIT_OF")


def test_a_talent_list_gives_people_and_where_they_work() -> None:
    out = BlockWriter()
    out.add(BlockKind.PARAGRAPH, "第三批青溪英才计划入选人员名单")
    out.add_table([["序号", "姓名", "性别", "工作单位及职务", "入选类别"],
                   ["1", "林小溪", "女", "青溪大学", "领军人才"],
                   ["2", "欧阳立", "男", "云岭智能装备有限公司", "青年拔尖人才"]], header_rows=1)
    text, blocks = out.result()
    extraction = extract_text(text, "talents.html", blocks)
    assert names(extraction, "Person") >= {"林小溪", "欧阳立"}
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("欧阳立", "云岭智能装备有限公司")}
    assert not relations(extraction, "MEMBER_OF") and not relations(extraction, "LEADS")


def test_a_notice_listing_its_completers_and_units_an_item_each() -> None:
    """`1. 某某，排名1，教授，某大学，主要贡献：…` under 主要完成人情况, `1. 某大学，排名1，…` under 主要完成单位情况; the level's
    label (提名等级) ends the nominator's value."""
    from pathlib import Path

    text = (Path(__file__).parents[1] / "fixtures" / "award" / "listed_completers_notice.txt").read_text(encoding="utf-8")
    ex = extract_text(text, "notice.txt")
    project = "深海微生物资源的发掘与利用"
    assert ranked(ex) == {"林小溪": 1, "代云舒": 2, "韩冬青": 3}
    assert {(r.source, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF" and r.target == project} == {
        ("青溪大学", 1), ("青溪海洋研究所", 2)}
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("韩冬青", "青溪海洋研究所", "研究员") in works and ("林小溪", "青溪大学", "教授") in works
    assert relations(ex, "NOMINATED_BY") == {(project, "青溪省教育厅")}
