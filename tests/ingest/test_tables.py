"""Tables are read by their header, whatever the order or subset of their columns."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from ingest.blocks import Block, BlockKind, BlockWriter
from ingest.extract import extract
from ingest.model import Extraction
from ingest.pipeline import extract_file
from ingest.readers import read_upload
from tests.ingest.facts import entity, extract_text, names, ranked, relations

_PROJECT_ROWS = {
    "项目名称": ["湖泊沉积物中磷的释放机制研究", "基于深度学习的稻瘟病早期识别"],
    "项目负责人": ["张清源", "李晓薇"],
    "依托单位": ["南湖大学", "南湖农业科学院作物研究所"],
    "批准号": ["NH2022001", "NH2022002"],
    "资助金额（万元）": ["20", "15.5"],
    "起止年月": ["2022-01至2024-12", "2023-01至2025-12"],
}


def _table(columns: list[str], rows: dict[str, list[str]],
           title: str = "2022年度南湖市自然科学基金立项项目") -> tuple[str, tuple[Block, ...]]:
    out = BlockWriter()
    out.add(BlockKind.HEADING, title, level=1)
    out.add_table([columns] + [[rows[c][r] for c in columns] for r in range(len(rows[columns[0]]))], header_rows=1)
    return out.result()


@pytest.mark.parametrize("columns", list(itertools.permutations(["项目名称", "项目负责人", "依托单位", "批准号"]))[::5])
def test_a_project_table_gives_the_same_facts_in_any_column_order(columns: tuple[str, ...]) -> None:
    text, blocks = _table(list(columns) + ["资助金额（万元）", "起止年月"], _PROJECT_ROWS)
    extraction = extract_text(text, blocks=blocks)
    assert relations(extraction, "LEADS") == {("张清源", "湖泊沉积物中磷的释放机制研究"),
                                              ("李晓薇", "基于深度学习的稻瘟病早期识别")}
    assert relations(extraction, "UNIT_OF") == {("南湖大学", "湖泊沉积物中磷的释放机制研究"),
                                                ("南湖农业科学院作物研究所", "基于深度学习的稻瘟病早期识别")}
    assert relations(extraction, "WORKS_AT") == {("张清源", "南湖大学"), ("李晓薇", "南湖农业科学院作物研究所")}
    project = entity(extraction, "Project", "基于深度学习的稻瘟病早期识别")
    assert (project.code, project.year, project.budget_cap_wan, project.kind) == (
        "NH2022002", 2023, 15.5, "research_project")
    institute = entity(extraction, "Organization", "南湖农业科学院作物研究所")
    assert institute.parent == "南湖农业科学院"


def test_a_subset_of_columns_gives_what_it_holds() -> None:
    text, blocks = _table(["依托单位", "项目负责人"], _PROJECT_ROWS, title="获资助人员名单")
    extraction = extract_text(text, blocks=blocks)
    assert relations(extraction, "WORKS_AT") == {("张清源", "南湖大学"), ("李晓薇", "南湖农业科学院作物研究所")}
    assert names(extraction, "Project") == set()


def test_a_table_of_completers_ranks_them_and_keeps_work_and_completing_units_apart() -> None:
    out = BlockWriter()
    out.add(BlockKind.PARAGRAPH, "项目名称：高寒草地退化机理与修复技术")
    out.add_table([["排名", "姓名", "职称", "行政职务", "工作单位", "完成单位"],
                   ["1", "许青禾", "教授", "院长", "西岭大学", "西岭大学"],
                   ["2", "冯远山", "研究员", "", "西岭草原研究所", "西岭大学"]], header_rows=1)
    extraction = _extract_written(out)
    assert ranked(extraction) == {"许青禾": 1, "冯远山": 2}
    works = {(r.source, r.target): (r.title, r.position) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert works == {("许青禾", "西岭大学"): ("教授", "院长"), ("冯远山", "西岭草原研究所"): ("研究员", None)}
    assert relations(extraction, "AFFILIATED_WITH") == {("冯远山", "西岭大学")}


def test_a_header_over_two_rows_and_a_project_merged_over_its_members() -> None:
    out = BlockWriter()
    out.add_table([["项目名称", "完成人", ""],
                   ["", "姓名", "职称"],
                   ["新型锂电池正极材料的制备", "魏星河", "教授"],
                   ["", "柯蓝", "副教授"]],
                  spans={(0, 0): (2, 1), (0, 1): (1, 2), (2, 0): (2, 1)})
    extraction = _extract_written(out)
    assert relations(extraction, "MEMBER_OF") == {("魏星河", "新型锂电池正极材料的制备"), ("柯蓝", "新型锂电池正极材料的制备")}


def test_machine_headers_of_an_export_are_read_and_the_query_columns_ignored() -> None:
    out = BlockWriter()
    out.add_table([["index", "approveText", "title", "searchYear", "personText", "money", "approveYear", "organization"],
                   ["1", "41901001", "1.冰川消融对下游水文的影响", "2023", "韩冬青", "25.0", "2019", "西岭大学"],
                   ["2", "41901002", "2.5G基站选址的地理优化", "2023", "柯蓝", "24.0", "2019", "东川理工大学"]],
                  header_rows=1)
    extraction = _extract_written(out)
    assert relations(extraction, "LEADS") == {("韩冬青", "冰川消融对下游水文的影响"), ("柯蓝", "5G基站选址的地理优化")}
    project = entity(extraction, "Project", "冰川消融对下游水文的影响")
    assert (project.code, project.year, project.budget_cap_wan) == ("41901001", 2019, 25.0)


def test_a_table_of_papers_gives_papers_journals_and_authors() -> None:
    out = BlockWriter()
    out.add_table([["序号", "论文题目", "刊名", "年卷页", "作者", "通讯作者", "影响因子", "他引次数"],
                   ["1", "Phosphorus release from lake sediments", "Lake Science", "2021,33(2):101-110",
                    "张清源、李晓薇", "张清源", "3.2", "15"]], header_rows=1)
    extraction = _extract_written(out)
    paper = "Phosphorus release from lake sediments"
    found = entity(extraction, "Paper", paper)
    assert (found.year, found.volume, found.issue, found.pages, found.impact_factor, found.citations) == (
        2021, "33", "2", "101-110", 3.2, 15)
    assert names(extraction, "Journal") == {"Lake Science"}
    assert {(r.source, r.order, r.corresponding) for r in extraction.relations if str(r.type) == "AUTHORED"} == {
        ("张清源", 1, True), ("李晓薇", 2, None)}
    assert relations(extraction, "PUBLISHED_IN") == {(paper, "Lake Science")}


def test_a_table_without_a_header_of_facts_is_left_to_prose() -> None:
    out = BlockWriter()
    out.add_table([["日期", "安排"], ["5月8日", "青溪大学林小溪教授作专题报告"]], header_rows=1)
    extraction = _extract_written(out)
    assert "林小溪" in names(extraction, "Person")
    assert not relations(extraction, "LEADS") and not relations(extraction, "MEMBER_OF")


def _extract_written(out: BlockWriter) -> Extraction:
    text, blocks = out.result()
    return extract_text(text, "doc.html", blocks)


def test_a_caption_the_source_calls_the_header_does_not_hide_the_real_header() -> None:
    out = BlockWriter()
    out.add_table([["2022年度南湖市自然科学基金立项项目一览表"],
                   ["项目名称", "负责人", "依托单位"],
                   ["湖泊沉积物中磷的释放机制研究", "张清源", "南湖大学"]], header_rows=1)
    assert relations(_extract_written(out), "LEADS") == {("张清源", "湖泊沉积物中磷的释放机制研究")}


def test_a_table_of_patents_gives_patents_inventors_and_owners() -> None:
    out = BlockWriter()
    out.add_table([["知识产权类别", "国别", "授权号", "知识产权具体名称", "授权日期", "发明人", "专利权人"],
                   ["发明专利", "中国", "ZL202110000001.1", "一种湖泊底泥磷钝化剂", "2023年3月7日", "张清源；李晓薇", "南湖大学"]],
                  header_rows=1)
    extraction = _extract_written(out)
    patent = next(e for e in extraction.entities if str(e.type) == "Patent")
    assert (patent.name, patent.number, patent.kind, patent.date) == (
        "一种湖泊底泥磷钝化剂", "ZL202110000001.1", "invention_patent", "2023-03-07")
    assert {(r.source, r.order) for r in extraction.relations if str(r.type) == "INVENTED"} == {("张清源", 1), ("李晓薇", 2)}
    assert relations(extraction, "OWNS") == {("南湖大学", "ZL202110000001.1")}


def test_a_patent_given_its_application_and_publication_numbers_is_known_by_the_published_one() -> None:
    out = BlockWriter()
    out.add_table([["专利名称", "申请号", "公开号", "发明人", "申请人"],
                   ["一种湖区灯笼骨架的编织装置", "CN203110012345.6", "CN113456789A", "柯振邦；诸葛岚", "南州灯具股份有限公司"]],
                  header_rows=1)
    extraction = _extract_written(out)
    assert [e.number for e in extraction.entities if str(e.type) == "Patent"] == ["CN113456789A"]
    assert relations(extraction, "INVENTED") == {("柯振邦", "CN113456789A"), ("诸葛岚", "CN113456789A")}


def test_a_patent_table_whose_number_sits_in_a_column_no_header_names() -> None:
    out = BlockWriter()
    out.add_table([["序号", "专利名称", "发明人", "专利信息"],
                   ["1", "一种湖泊底泥磷钝化剂", "张清源，李晓薇", "中国，专利号：ZL202110000001.1，授权公告日：2023-03-07"],
                   ["2", "Composition for lake sediment capping（国际PCT专利）", "Q. Zhang, X. Li",
                    "PCT No. WO2021000001-A1；欧洲专利 EP3900001-A1"],
                   ["3", "一种稻田退水净化装置", "周一鸣", "已受理"]], header_rows=1)
    extraction = _extract_written(out)
    patents = {(e.name, e.number, e.date) for e in extraction.entities if str(e.type) == "Patent"}
    assert patents == {("一种湖泊底泥磷钝化剂", "ZL202110000001.1", "2023-03-07"),
                       ("Composition for lake sediment capping", "WO2021000001-A1", None)}  # a patent needs its number
    assert "周一鸣" in {e.name for e in extraction.entities if str(e.type) == "Person"}
    assert {(r.source, r.order) for r in extraction.relations if str(r.type) == "INVENTED"} >= {("张清源", 1), ("李晓薇", 2)}


def test_a_column_of_programmes_no_header_names_and_a_counter_header_over_codes() -> None:
    out = BlockWriter()
    out.add_table([["分组", "来源", "题目", "编号", "角色"],
                   ["在研", "南湖省教育厅基础研究重大项目", "湖泊沉积物中磷的释放机制研究", "2024-NHZD-23", "主持"],
                   ["在研", "南湖市社科研究一般课题", "稻田退水的生态补偿研究", "-", "参研"],
                   ["结题", "南湖大学青年学者扶持基金", "乡村图书馆数据开放共享研究", "NHQN25-106", "主持"]],
                  header_rows=1)
    extraction = _extract_written(out)
    assert relations(extraction, "PART_OF") >= {
        ("湖泊沉积物中磷的释放机制研究", "南湖省教育厅基础研究重大项目"),
        ("稻田退水的生态补偿研究", "南湖市社科研究一般课题"),
        ("乡村图书馆数据开放共享研究", "南湖大学青年学者扶持基金")}
    codes = {e.name: e.code for e in extraction.entities if str(e.type) == "Project" and e.kind == "research_project"}
    assert codes == {"湖泊沉积物中磷的释放机制研究": "2024-NHZD-23", "稻田退水的生态补偿研究": None,
                     "乡村图书馆数据开放共享研究": "NHQN25-106"}


def test_a_counter_header_over_counts_gives_no_codes() -> None:
    out = BlockWriter()
    out.add_table([["编号", "题目", "负责人"],
                   ["1", "湖泊沉积物中磷的释放机制研究", "张清源"], ["2", "稻田退水的生态补偿研究", "李晓薇"]], header_rows=1)
    assert {e.code for e in _extract_written(out).entities if str(e.type) == "Project"} == {None}


def test_a_word_table_whose_header_names_two_columns_and_whose_unit_spans_two_rows(tmp_path: Path) -> None:
    from tests.ingest.made_files import docx_with_merged_cells

    (tmp_path / "notice.docx").write_bytes(docx_with_merged_cells())
    _, extraction = extract_file(tmp_path / "notice.docx")
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("周一鸣", "青溪大学"), ("苏晚晴", "南湖材料研究所")}
    assert ("青溪大学", "材料表征方法") in relations(extraction, "UNIT_OF")


def test_a_spreadsheet_with_a_header_over_two_rows(tmp_path: Path) -> None:
    from tests.ingest.made_files import xlsx_with_two_row_header

    (tmp_path / "projects.xlsx").write_bytes(xlsx_with_two_row_header())
    _, extraction = extract_file(tmp_path / "projects.xlsx")
    assert relations(extraction, "LEADS") == {("林小溪", "催化机理研究"), ("周一鸣", "材料表征方法")}
    assert entity(extraction, "Project", "材料表征方法").budget_cap_wan == 55.5


def test_a_title_written_after_its_programme_and_a_source_that_is_a_funder() -> None:
    out = BlockWriter()
    out.add_table([["序号", "项目名称", "项目来源", "负责人", "起止时间"],
                   ["1", "某专业课程双语教学理论与实践探索", "教育部", "赵志国", "2003"],
                   ["2", "2011年“教师实验课程研究资助计划:链路可靠传输协议设计", "学校", "钱立新", "2011"],
                   ["3", "电子信息专业综合建设子项目：实验教学方法研究与改革", "学校", "孙宏伟", "2013"]],
                  header_rows=1)
    extraction = _extract_written(out)
    assert {"某专业课程双语教学理论与实践探索", "链路可靠传输协议设计", "实验教学方法研究与改革"} <= names(extraction, "Project")
    assert ("某专业课程双语教学理论与实践探索", "教育部") in relations(extraction, "FUNDED_BY")
    assert ("链路可靠传输协议设计", "教师实验课程研究资助计划") in relations(extraction, "PART_OF")
    assert ("孙宏伟", "实验教学方法研究与改革") in relations(extraction, "LEADS")


def test_a_source_that_is_a_kind_of_body_or_a_place_is_no_programme_and_a_task_is_part_of_the_whole() -> None:
    out = BlockWriter()
    out.add_table([["序号", "项目名称", "项目来源", "负责人", "起止时间"],
                   ["1", "湖泊科学专业综合改革子项目：沉积物实验教学改革", "浙江省", "赵志国", "2011"],
                   ["2", "2013年第一期本科课程实验室建设：水质监测实验室升级", "学校", "钱立新", "2013"]],
                  header_rows=1)
    extraction = _extract_written(out)
    assert not {"学校", "浙江省"} & (names(extraction, "Project") | names(extraction, "Organization"))
    assert not relations(extraction, "FUNDED_BY")
    assert relations(extraction, "PART_OF") == {("沉积物实验教学改革", "湖泊科学专业综合改革"),
                                                ("水质监测实验室升级", "本科课程实验室建设")}


def test_a_label_across_the_table_under_its_header_is_no_column_s_header_and_each_profile_below_is_read() -> None:
    out = BlockWriter()
    out.add_table([["角色", "姓名", "单位 / 职称"], ["个人简介", "", ""],
                   ["主持人", "林小溪", "研究员，南湖大学信息中心"],
                   ["林小溪，南湖大学信息中心研究员，博士生导师，交互部主任，主要研究方向为可视化。", "", ""],
                   ["特邀嘉宾", "周一鸣", "教授，青溪大学"],
                   ["周一鸣，青溪大学计算机学院教授，博士生导师，主要研究方向为图形学。", "", ""]],
                  spans={(1, 0): (1, 3), (3, 0): (1, 3), (5, 0): (1, 3)})  # a PDF's table: no header stated
    extraction = _extract_written(out)
    assert not [e for e in extraction.entities if str(e.type) == "Project"]
    assert {("林小溪", "南湖大学信息中心"), ("周一鸣", "青溪大学计算机学院")} <= relations(extraction, "WORKS_AT")


def test_a_patent_table_whose_dates_and_number_share_one_cell_of_labelled_fields() -> None:
    out = BlockWriter()
    out.add_table([["时间", "名称", "状态", "申请人", "发明人"],
                   ["申请日：2031.08.11\n申请公布日：2031.10.29\n授权公告日：2034.07.02\n专利号：ZL 2031 1 0000116.9",
                    "一种湖泊底泥磷钝化方法", "授权", "南湖大学；\n青溪能源有限公司南湖分公司", "张清源;李晓薇"],
                   ["申请日：2031.08.11\n授权公告日：2033.04.07", "一种稻田退水净化装置", "授权", "南湖大学", "周一鸣;张清源"],
                   ["申请号：203211358632.6", "一种湖区水文预报方法", "进入实审", "南湖大学", "发明人：李晓薇、周一鸣"]],
                  header_rows=1)
    extraction = _extract_written(out)
    patents = {(e.name, e.number, e.date) for e in extraction.entities if str(e.type) == "Patent"}
    assert patents == {("一种湖泊底泥磷钝化方法", "ZL203110000116.9", "2034-07-02"),
                       ("一种湖区水文预报方法", "203211358632.6", None)}
    assert not [e for e in extraction.entities if str(e.type) == "Project"]  # 名称 of a row with inventors
    assert relations(extraction, "OWNS") >= {("南湖大学", "ZL203110000116.9"), ("青溪能源有限公司南湖分公司", "ZL203110000116.9")}
    branch = next(e for e in extraction.entities if e.name == "青溪能源有限公司南湖分公司")
    assert branch.parent == "青溪能源有限公司" and "青溪能源有限公司" not in branch.aliases


def test_a_rank_header_over_lists_of_names_is_the_completers_and_a_date_is_no_project_number() -> None:
    out = BlockWriter()
    out.add_table([["序号", "成果名称", "奖励", "年份", "排名", "完成单位", "日期"],
                   ["1", "湖泊底泥磷释放机理与修复原理", "南湖省自然科学一等奖", "2028", "张清源、李晓薇、周一鸣等",
                    "南湖大学环境研究所等", "2027-12-06"],
                   ["2", "稻田退水的植物修复技术与应用", "南湖省科技进步二等奖", "2026", "李晓薇、张清源等",
                    "南湖农业科学院 青溪环保科技有限公司", "2025-12-05"]], header_rows=1)
    extraction = _extract_written(out)
    assert {(r.source, r.rank) for r in extraction.relations
            if str(r.type) == "MEMBER_OF" and r.target == "湖泊底泥磷释放机理与修复原理"} == {
        ("张清源", 1), ("李晓薇", 2), ("周一鸣", 3)}
    projects = {e.name: (e.code, e.award) for e in extraction.entities if str(e.type) == "Project"}
    assert projects["湖泊底泥磷释放机理与修复原理"] == (None, "南湖省自然科学一等奖")
    units = relations(extraction, "UNIT_OF")
    assert ("南湖大学环境研究所", "湖泊底泥磷释放机理与修复原理") in units
    assert {("南湖农业科学院", "稻田退水的植物修复技术与应用"), ("青溪环保科技有限公司", "稻田退水的植物修复技术与应用")} <= units


def test_a_table_of_theses_in_traditional_characters_with_titles_in_two_languages() -> None:
    out = BlockWriter()
    out.add_table([["日期", "年級", "姓名", "論文名稱", "論文英文名稱"],
                   ["2031/9/11", "醫資碩四", "沈清源 Shen Ching-Yuan", "以基因演算法改良分類器之研究",
                    "An Improved Classifier Using Genetic Algorithms"],
                   ["2030/9/19", "醫資碩三", "章曉薇 CHANG HSIAO-WEI", "猝死偵測與通報系統", "Sudden Death Detection and Notification"]],
                  header_rows=1)
    extraction = _extract_written(out)
    from names.script import simplified

    assert {(simplified(a), simplified(b)) for a, b in relations(extraction, "AUTHORED")} == {
        ("沈清源", "以基因演算法改良分类器之研究"), ("章晓薇", "猝死侦测与通报系统")}
    assert not [e for e in extraction.entities if str(e.type) == "Project"]
    assert not [e for e in extraction.entities if str(e.type) == "Person" and e.name.isascii()]


def test_a_roster_s_cell_of_projects_its_person_took_part_in() -> None:
    out = BlockWriter()
    out.add_table([["類別", "姓名", "期間", "參與計畫"],
                   ["研究助理", "張清源", "2029年 8月 ~", "106年度 南湖科技部婦幼精準醫療專案研究計畫(子計畫二)；106年度 青溪-南湖研究合作計畫"],
                   ["行政助理", "李曉薇", "2030年 2月 ~", "108年度南湖科技部SPARK計畫"]], header_rows=1)
    extraction = _extract_written(out)
    from names.script import simplified

    joined = {(simplified(a), simplified(b)) for a, b in relations(extraction, "MEMBER_OF")}
    assert joined == {("张清源", "106年度 南湖科技部妇幼精准医疗专案研究计划(子计划二)"),
                      ("张清源", "106年度 青溪-南湖研究合作计划"), ("李晓薇", "108年度南湖科技部SPARK计划")}
    assert not relations(extraction, "LEADS")


def test_a_unit_cell_of_an_institute_and_its_unit_parted_by_a_dot_gives_both_the_person_at_the_unit() -> None:
    table = "姓名,单位,职称\n柯远山,湖东林业科学院 · 造林治沙研究所,研究员\n甄一帆,江北农业科学院 · 土壤肥料研究所,副研究员\n"
    ex = extract(read_upload(table.encode("utf-8"), "staff.csv"))
    assert relations(ex, "WORKS_AT") == {("柯远山", "造林治沙研究所"), ("甄一帆", "土壤肥料研究所")}
    assert relations(ex, "PART_OF") == {("造林治沙研究所", "湖东林业科学院"), ("土壤肥料研究所", "江北农业科学院")}


def test_a_table_of_projects_that_lists_each_one_s_output_and_its_authors_is_still_of_projects() -> None:
    """`项目批准号 | 项目名称 | 项目负责人 | 工作单位 | 单位类别 | 成果名称 | 成果形式 | 成果等级 | 出版社 | 作者`: a leader's
    column makes the rows projects (not papers for the 作者 column, empty or not); a unit's class, a grade and a
    form are notes, no unit and no award."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    table = ("项目批准号,项目名称,项目负责人,工作单位,单位类别,成果名称,成果形式,成果等级,出版社,作者\n"
             "13CTQ053,云存储下电子文件管理实证研究,毕小新,青溪大学经济管理学院,211,云存储下电子文件管理实证研究,论文集,合格,,\n"
             "10BGL045,旅游公共服务产业规划研究,李小武,南湖大学商学院,,旅游公共服务产业规划研究,专著,良好,青溪出版社,李小武\n")
    ex = extract(read_upload(table.encode("utf-8"), "projects.csv"))
    projects = {e.name: (e.code, e.award) for e in ex.entities if str(e.type) == "Project"}
    assert projects == {"云存储下电子文件管理实证研究": ("13CTQ053", None), "旅游公共服务产业规划研究": ("10BGL045", None)}
    assert not [e for e in ex.entities if str(e.type) == "Paper"]
    leads = {(r.source, r.target) for r in ex.relations if str(r.type) == "LEADS"}
    assert leads == {("毕小新", "云存储下电子文件管理实证研究"), ("李小武", "旅游公共服务产业规划研究")}
    assert "211" not in {e.name for e in ex.entities}


def test_a_source_cell_of_a_programme_and_its_class_gives_the_programme_alone() -> None:
    """`项目来源: 国自然、面上`: 面上 (青年, 重点) is the class of the programme's projects, no programme part of it; a
    cell of the class alone (`青年科学基金项目`) stays the programme it is written as."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    table = ("序号,年度,项目负责人,项目编号,课题名称,项目来源\n"
             "1,2031,殷小涛,81672973,纳米纤维水凝胶一体双向体系的放疗增敏研究,国自然、面上\n"
             "2,2031,孙小玲,81600540,锌指蛋白调节足细胞损伤的作用研究,青年科学基金项目\n")
    ex = extract(read_upload(table.encode("utf-8"), "projects.csv"))
    programmes = {e.name for e in ex.entities if str(e.type) == "Project" and e.kind == "programme"}
    assert programmes == {"国自然", "青年科学基金项目"}


def test_a_head_post_in_a_column_of_its_own_leads_the_row_s_unit_where_such_a_unit_has_that_post() -> None:
    """`单位 | 职务/职称`: 所长 beside a 研究所 leads it; 院长 beside a university is one of its schools' heads (no
    lead of the university); a deputy leads nothing."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    table = ("序号,姓名,单位,职务/职称\n1,邵清和,东临大学,副校长、教授\n2,伍子墨,南岭省农业科学院作物研究所,所长、研究员\n"
             "3,韩卫东,西岭大学,院长、教授\n")
    ex = extract(read_upload(table.encode("utf-8"), "experts.csv"))
    leads = {(r.source, r.target, r.role) for r in ex.relations if str(r.type) == "LEADS"}
    assert leads == {("伍子墨", "南岭省农业科学院作物研究所", "所长")}


def test_a_blank_form_s_labels_and_their_units_of_measure_name_no_one_and_no_unit() -> None:
    """A call's blank application form: `利润（万元）` is a label and its unit of measure (利 a surname: no person),
    the cell beside `单位名称` is the next label (`组织机构代码/统一社会信用代码`: no unit), `注：以…命名` no project."""
    from ingest.extract import extract
    from ingest.readers import read_upload
    from tests.ingest.made_files import docx_of_tables

    form = [[["单位名称", "组织机构代码/统一社会信用代码", "地址", "合同额（万元）"], ["", "", "", ""]],
            [["近三年发展情况", "总资产（万元）", "税金（万元）", "利润（万元）"], ["2031年", "", "", ""]],
            [["项目名称", "注：以“企业简称+主要产品+智能工厂”命名"], ["申报类型", "□智能工厂 □数字化车间"]]]
    ex = extract(read_upload(docx_of_tables(form), "form.docx"))
    assert not [e.name for e in ex.entities if str(e.type) in ("Person", "Project")]
    assert not [e.name for e in ex.entities if str(e.type) == "Organization" and ("代码" in e.name or "代" in e.name)]


AWARDS_UNMERGED = """序号,项目名称,获奖等级,主要完成人,工作单位,提名单位
1,高维数据稀疏表示理论与方法,一等奖,钟毓秀,青川大学,青川省教育厅
,,,裴少华,青川大学,
,,,蒋思远,北湖理工大学,
2,植物抗旱信号转导机制研究,二等奖,甘露,青川农业大学,青川农业大学
,,,柏文韬,青川省农业科学院,
"""


def test_a_table_of_projects_without_merged_cells_gives_each_project_the_people_of_the_rows_below_it(
        tmp_path: Path) -> None:
    """A CSV of award projects: a row with a person and no number or project of its own goes on with the project
    above, as a merged cell would say; a row of a table without a number column is left to itself."""
    (tmp_path / "awards.csv").write_text(AWARDS_UNMERGED, encoding="utf-8")
    _, ex = extract_file(tmp_path / "awards.csv")
    assert relations(ex, "MEMBER_OF") == {
        ("钟毓秀", "高维数据稀疏表示理论与方法"), ("裴少华", "高维数据稀疏表示理论与方法"), ("蒋思远", "高维数据稀疏表示理论与方法"),
        ("甘露", "植物抗旱信号转导机制研究"), ("柏文韬", "植物抗旱信号转导机制研究")}
    assert ("蒋思远", "北湖理工大学") in relations(ex, "WORKS_AT")
    assert relations(ex, "NOMINATED_BY") == {("高维数据稀疏表示理论与方法", "青川省教育厅"),
                                              ("植物抗旱信号转导机制研究", "青川农业大学")}
    unnumbered = "\n".join(line.split(",", 1)[1] for line in AWARDS_UNMERGED.splitlines()) + "\n"
    (tmp_path / "plain.csv").write_text(unnumbered, encoding="utf-8")
    _, plain = extract_file(tmp_path / "plain.csv")
    assert ("裴少华", "高维数据稀疏表示理论与方法") not in relations(plain, "MEMBER_OF")


def test_an_award_list_s_other_holders_are_members_and_a_unit_among_the_completers_completed_it() -> None:
    """`成果名称 | 成果完成者 | 所在单位 | 其他成果持有人`: the holders after the first completer are members in order; a
    completers' cell that names a unit (`某市教育委员会教学研究所`) makes the unit one that completed the achievement."""
    out = BlockWriter()
    out.add_table([["序号", "成果名称", "成果完成者", "所在单位", "其他成果持有人"],
                   ["1", "湖泊科学课程的区域实践探索", "北辰市教育委员会教学研究所", "", ""],
                   ["2", "沉积物实验教学的双向互助模式", "柯振邦", "南州大学", "乔远鸣，诸葛岚"]],
                  header_rows=1)
    extraction = _extract_written(out)
    ranks = {(r.source, r.target): r.rank for r in extraction.relations if str(r.type) == "MEMBER_OF"}
    second = "沉积物实验教学的双向互助模式"
    assert {("柯振邦", second), ("乔远鸣", second), ("诸葛岚", second)} <= set(ranks)
    assert ("北辰市教育委员会教学研究所", "湖泊科学课程的区域实践探索") in relations(extraction, "UNIT_OF")


def test_an_export_of_patents_with_english_headers_gives_each_patent_its_inventors_in_order() -> None:
    """`no,author,title,patentId,granted`, as a group's site exports its patents, in GBK: beside a patent's number
    and nothing else of a paper's, `author` are the inventors and `title` the patent's, no paper's."""
    table = ("no,author,title,patentId,granted\n"
             '1,"柯振邦, 诸葛岚, 司马青",一种冰川边界提取方法及装置,2031104417306,1\n'
             '2,"乔远鸣, 柯振邦",基于多源影像的积雪识别系统,2032100528814,0\n')
    ex = extract(read_upload(table.encode("gbk"), "patents.csv"))
    assert not [e for e in ex.entities if str(e.type) == "Paper"]
    numbers = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert numbers == {"2031104417306": "一种冰川边界提取方法及装置", "2032100528814": "基于多源影像的积雪识别系统"}
    invented = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "INVENTED"}
    assert invented == {("柯振邦", "2031104417306", 1), ("诸葛岚", "2031104417306", 2), ("司马青", "2031104417306", 3),
                        ("乔远鸣", "2032100528814", 1), ("柯振邦", "2032100528814", 2)}


def test_a_course_team_s_column_of_what_each_teacher_does_in_the_course_names_no_project() -> None:
    out = BlockWriter()
    out.add_table([["姓名", "性别", "专业技术职务", "学科专业", "在本课程中承担的工作"],
                   ["柯振邦", "男", "教授/博导", "水文学", "课程负责人/理论讲授"],
                   ["诸葛岚", "女", "副教授/博士", "结构力学", "实验指导/答疑"]], header_rows=1)
    extraction = _extract_written(out)
    assert names(extraction, "Person") == {"柯振邦", "诸葛岚"}
    assert not names(extraction, "Project") and not relations(extraction, "LEADS")


def test_a_hospital_s_table_names_each_project_s_clinical_department_as_a_unit_never_a_person() -> None:
    ex = extract_text("序号 | 项目名称 | 负责人 | 所在科室 | 资助经费（万元）\n"
                      "1 | 湖区灯笼骨架的力学机制 | 柯振邦 | 骨科 | 52\n"
                      "2 | 竹材改性后的康复支具 | 诸葛岚 | 康复科 | 10\n")
    assert names(ex, "Person") == {"柯振邦", "诸葛岚"}
    assert relations(ex, "WORKS_AT") == {("柯振邦", "骨科"), ("诸葛岚", "康复科")}
