"""Tables that only the layout of plain text shows, numbered lists, and fields in any layout."""

from __future__ import annotations

from pathlib import Path

from ingest.model import Extraction
from tests.ingest.facts import entity, extract_text, names, ranked, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "tables"


def _extract(name: str) -> Extraction:
    return extract_text((FIXTURES / name).read_text(encoding="utf-8"), name)


def test_a_pipe_copy_with_one_cell_a_line_is_read_as_rows() -> None:
    extraction = _extract("pipe_copy_award_table.txt")
    first, second = "深海微生物资源的发掘与利用", "城市地下管网智能监测系统"
    assert ranked(extraction) == {"林小溪": 1, "周一帆": 2, "韩冬青": 3, "欧阳立": 1, "宋明哲": 2}
    assert relations(extraction, "MEMBER_OF") >= {("林小溪", first), ("宋明哲", second)}
    unit_ranks = {(r.source, r.target): r.rank for r in extraction.relations if str(r.type) == "UNIT_OF"}
    assert unit_ranks == {("青溪大学", first): 1, ("青溪海洋研究所", first): 2, ("云岭智能装备有限公司", second): None}
    assert not relations(extraction, "LEADS")  # completers of an award: members, not leaders


def test_aligned_columns_are_read_by_their_header() -> None:
    extraction = _extract("aligned_projects.txt")
    assert relations(extraction, "LEADS") == {("张清源", "湖泊沉积物中磷的释放机制研究"),
                                              ("李晓薇", "基于深度学习的稻瘟病早期识别")}
    assert relations(extraction, "WORKS_AT") == {("张清源", "南湖大学"), ("李晓薇", "南湖农业科学院")}
    project = entity(extraction, "Project", "湖泊沉积物中磷的释放机制研究")
    assert (project.code, project.budget_cap_wan) == ("NH2022001", 20.0)


def test_comma_separated_text_is_read_as_a_table() -> None:
    text = ('序号,项目名称,负责人,依托单位,资助金额\n'
            '"1","冰川消融对下游水文的影响","韩冬青","西岭大学","25.0"\n'
            '"2","高原湖泊的碳埋藏","柯蓝","东川理工大学","24.0"\n')
    extraction = extract_text(text, "list.txt")
    assert relations(extraction, "UNIT_OF") == {("西岭大学", "冰川消融对下游水文的影响"),
                                                ("东川理工大学", "高原湖泊的碳埋藏")}


def test_a_script_s_list_of_rows_under_a_row_of_headers_is_read_as_a_table() -> None:
    text = ('rows = [\n'
            '    ["序号", "项目名称", "主要完成人", "主要完成单位"],\n'
            '    ["1", "冰川消融对下游水文的影响", "韩冬青、柯蓝", "西岭大学、东川理工大学"],\n'
            "    ['2', '高原湖泊的碳埋藏', '柯蓝', null],\n"
            ']\n')
    extraction = extract_text(text, "rows.py")
    assert relations(extraction, "MEMBER_OF") == {("韩冬青", "冰川消融对下游水文的影响"), ("柯蓝", "冰川消融对下游水文的影响"),
                                                  ("柯蓝", "高原湖泊的碳埋藏")}
    assert relations(extraction, "UNIT_OF") == {("西岭大学", "冰川消融对下游水文的影响"), ("东川理工大学", "冰川消融对下游水文的影响")}
    assert not any('"' in n or "'" in n for n in names(extraction, "Project"))


def test_pipe_rows_with_a_rule_line_are_read() -> None:
    text = ("| 序号 | 姓名 | 职称 | 工作单位 |\n| -- | -- | -- | -- |\n"
            "| 1 | 林小溪 | 教授 | 青溪大学 |\n| 2 | 周一帆 | 副研究员 | 青溪海洋研究所 |\n")
    extraction = extract_text(text, "staff.txt")
    works = {(r.source, r.target, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert works == {("林小溪", "青溪大学", "教授"), ("周一帆", "青溪海洋研究所", "副研究员")}


def test_numbered_items_with_labelled_fields_are_records() -> None:
    extraction = _extract("numbered_awards.txt")
    first, second = "高寒草地退化机理与修复技术", "新型锂电池正极材料的制备"
    assert names(extraction, "Project") >= {first, second}
    assert ranked(extraction) == {"许青禾": 1, "冯远山": 2, "丁一苇": 3, "魏星河": 1, "柯蓝": 2}
    assert relations(extraction, "UNIT_OF") == {("西岭大学", first), ("西岭草原研究所", first), ("东川理工大学", second)}


def test_a_numbered_list_of_projects_gives_programmes_codes_years_and_funders() -> None:
    text = ("结题项目\n"
            "1. 青溪发展计划（甲类）项目：湖泊碳循环的基础研究（2013-2017）\n"
            "2. 西岭矿业研究院：“矿区通风优化平台V2.0”（2010-2012）\n"
            "3. 东川省重大科技计划课题：河网水质在线预警平台 Q1203030113 （2008-2010）\n"
            "4. 青溪科技攻关计划：智慧农业关键技术集成与示范---农田墒情监测技术研究2009QX21C07 （2007-2010）\n")
    extraction = extract_text(text, "projects.txt")
    programmes = {e.name for e in extraction.entities if str(e.type) == "Project" and e.kind == "programme"}
    assert programmes == {"青溪发展计划", "东川省重大科技计划", "青溪科技攻关计划"}
    assert entity(extraction, "Project", "湖泊碳循环的基础研究").year == 2013
    assert entity(extraction, "Project", "河网水质在线预警平台").code == "Q1203030113"
    assert relations(extraction, "FUNDED_BY") == {("矿区通风优化平台V2.0", "西岭矿业研究院")}
    assert ("农田墒情监测技术研究", "智慧农业关键技术集成与示范") in relations(extraction, "PART_OF")
    assert entity(extraction, "Project", "农田墒情监测技术研究").code == "2009QX21C07"


def test_an_award_certificate_read_by_ocr_gives_the_project_its_award_and_ranked_completers() -> None:
    extraction = _extract("certificate_ocr.txt")
    project = entity(extraction, "Project", "面向低功耗物联网终端的自适应通信协议")
    assert (project.award, project.year, project.code) == ("东川省电子学会科学技术奖一等奖", 2021, "2021-科技进步奖-0117")
    assert ranked(extraction) == {"韩冬青": 1, "宋明哲": 2, "林小溪": 3, "欧阳立": 4}
    assert relations(extraction, "UNIT_OF") == {("东川通信技术研究院", project.name)}


def test_a_certificate_listing_one_completer_a_line_stops_at_the_issuer() -> None:
    extraction = _extract("certificate_one_per_line.txt")
    project = entity(extraction, "Project", "融媒体稿件智能审校平台")
    assert (project.award, project.year) == ("青溪新闻技术奖二等奖", 2020)
    members = ranked(extraction)
    assert {"周一帆", "韩冬青", "柯蓝"} <= set(members) and members["周一帆"] == 1
    assert "青溪新闻技术协会" not in members


def test_fields_on_one_line_and_a_pipe_label_cell() -> None:
    text = ("项目名称 |\n湖泊沉积物中磷的释放机制研究 |\n推荐单位 |\n南湖市科学技术协会 |\n"
            "联系人：李晓薇 电话：0571-88886666\n")
    extraction = extract_text(text, "notice.txt")
    assert relations(extraction, "NOMINATED_BY") == {("湖泊沉积物中磷的释放机制研究", "南湖市科学技术协会")}
    contact = next(r for r in extraction.relations if str(r.type) == "CONTACT_FOR")
    assert (contact.source, contact.target, contact.phone) == ("李晓薇", "湖泊沉积物中磷的释放机制研究", "0571-88886666")


def test_a_form_with_each_label_alone_on_its_line_over_its_value() -> None:
    """A page's form copied a label a line, its value on the lines below, blank lines between (completers in
    two columns, one unit a line); a table laid out a cell a line (序号 / 姓名 / 工作单位, then 1 / 甲 / …) is
    no form."""
    text = ("某公司获奖\n\n奖项\n\n国家科技进步二等奖\n\n项目名称\n\n湖泊沉积物中磷的释放机制研究\n\n主要完成人\n\n"
            "林小溪  周一鸣\n\n柯蓝  韩冬青\n\n主要完成单位\n\n南湖大学\n\n东湖化工股份有限公司\n\n"
            "提名单位(专家)\n\n南湖市科学技术协会\n\n据悉，该奖每年评审一次。\n")
    extraction = extract_text(text, "news.txt")
    title = "湖泊沉积物中磷的释放机制研究"
    assert {(r.source, r.rank) for r in extraction.relations if str(r.type) == "MEMBER_OF"} == {
        ("林小溪", 1), ("周一鸣", 2), ("柯蓝", 3), ("韩冬青", 4)}
    assert relations(extraction, "UNIT_OF") == {("南湖大学", title), ("东湖化工股份有限公司", title)}
    assert relations(extraction, "NOMINATED_BY") == {(title, "南湖市科学技术协会")}
    table = ("获奖名单如下：\n序号\n姓名\n性别\n所在领域\n工作单位\n1\n林小溪\n女\n数学物理学\n南湖大学\n"
             "2\n周一鸣\n男\n东湖大学\n3\n柯蓝\n男\n生命科学\n西岭大学\n")
    listed = extract_text(table, "list.txt")
    assert relations(listed, "WORKS_AT") == {("林小溪", "南湖大学"), ("周一鸣", "东湖大学"), ("柯蓝", "西岭大学")}
    assert names(listed, "Organization") == {"南湖大学", "东湖大学", "西岭大学"}


def test_a_pipe_copy_cell_wrapped_over_lines_is_one_cell() -> None:
    text = ("序号 |\n项目名称 |\n项目负责人 |\n依托单位 |\n"
            "1 |\n高原湖泊沉积物中\n有机碳的埋藏机制 |\n韩冬青 |\n西岭大学 |\n"
            "2 |\n冰川消融对下游水文的影响 |\n柯蓝* |\n东川理工大学 |\n")
    extraction = extract_text(text, "list.txt")
    assert relations(extraction, "LEADS") == {("韩冬青", "高原湖泊沉积物中有机碳的埋藏机制"), ("柯蓝", "冰川消融对下游水文的影响")}


def test_a_header_cell_wrapped_over_lines_keeps_the_next_header_cell_a_header() -> None:
    text = ("附：项目清单\n项目名称 |\n领域 |\n首席\n科学家 |\n院系 |\n"
            "固体废弃物能源化清洁利用机理研究 |\n能源 |\n韩冬青 |\n能源系 |\n"
            "弹性体制备及加工应用中的科学问题 |\n材料 |\n柯蓝 |\n化工系 |\n")
    extraction = extract_text(text, "list.txt")
    assert relations(extraction, "LEADS") == {("韩冬青", "固体废弃物能源化清洁利用机理研究"), ("柯蓝", "弹性体制备及加工应用中的科学问题")}
    assert "固体废弃物能源化清洁利用机理研究" not in names(extraction, "Organization")


def test_a_line_of_a_project_s_fields_opens_with_its_title() -> None:
    text = ("二等奖\n"
            "“高寒草地退化机理与修复技术”（完成人：许青禾、冯远山；完成单位：西岭大学）\n"
            "新型锂电池正极材料的制备 完成人：魏星河 完成单位：东川理工大学\n")
    extraction = extract_text(text, "awards.txt")
    assert relations(extraction, "MEMBER_OF") == {("许青禾", "高寒草地退化机理与修复技术"), ("冯远山", "高寒草地退化机理与修复技术"),
                                                  ("魏星河", "新型锂电池正极材料的制备")}
    assert relations(extraction, "UNIT_OF") == {("西岭大学", "高寒草地退化机理与修复技术"), ("东川理工大学", "新型锂电池正极材料的制备")}


def test_form_labels_without_a_colon_at_the_start_of_a_line() -> None:
    text = "项目名称 融媒体稿件智能审校平台\n主要完成人 周一帆、韩冬青\n完成单位 青溪日报社\n"
    extraction = extract_text(text, "form.txt")
    assert ranked(extraction) == {"周一帆": 1, "韩冬青": 2}
    assert relations(extraction, "UNIT_OF") == {("青溪日报社", "融媒体稿件智能审校平台")}


def test_the_row_number_of_a_table_of_projects_is_not_a_completer_s_rank() -> None:
    text = ("| 序号 | 项目名称 | 第一完成人 | 获奖等级 |\n| -- | -- | -- | -- |\n"
            "| 7 | 高寒草地退化机理与修复技术 | 许青禾 | 二等奖 |\n| 8 | 新型锂电池正极材料的制备 | 魏星河 | 三等奖 |\n")
    extraction = extract_text(text, "awards.txt")
    assert ranked(extraction) == {"许青禾": None, "魏星河": None}


def test_each_contact_of_a_notice_is_a_contact_for_its_project_with_their_own_phone() -> None:
    text = ("项目名称：湖泊沉积物中磷的释放机制研究\n负责人：张清源\n"
            "联系人：李晓薇 电话：0571-88886666\n联系人：周一帆 电话：0571-88887777\n")
    extraction = extract_text(text, "notice.txt")
    contacts = {(r.source, r.phone) for r in extraction.relations if str(r.type) == "CONTACT_FOR"}
    assert contacts == {("李晓薇", "0571-88886666"), ("周一帆", "0571-88887777")}
    assert relations(extraction, "LEADS") == {("张清源", "湖泊沉积物中磷的释放机制研究")}


def test_numbered_paragraphs_of_an_article_are_not_projects() -> None:
    text = ("本报讯 青溪大学近日公布了三项举措：\n"
            "1. 学校将扩建海洋实验楼，总投资约2亿元，预计于2025年完工，咨询电话88886666\n"
            "2. 学校与东川理工大学签署合作协议，双方将共建联合实验室（2023-2026）\n")
    extraction = extract_text(text, "news.txt")
    assert not {e.name for e in extraction.entities if str(e.type) == "Project"}


def test_fields_of_one_person_after_another_stay_with_their_person() -> None:
    text = ("姓名：林小溪 职称：教授 所在单位：青溪大学海洋科学系\n"
            "姓名：周一帆 职称：讲师 所在单位：青溪海洋研究所\n")
    extraction = extract_text(text, "staff.txt")
    works = {(r.source, r.target, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert works == {("林小溪", "青溪大学海洋科学系", "教授"), ("周一帆", "青溪海洋研究所", "讲师")}


def test_a_table_of_labs_gives_each_lab_its_host_its_director_and_its_board_chair() -> None:
    text = """经研究，同意聘任下列实验室主任和学术委员会主任。
| 序号 | 实验室名称 | 依托单位 | 实验室主任 | 学术委员会主任 |
| 1 | 湖沼沉积过程 | 青溪大学 | 林小溪 | 周一鸣 |
| 2 | 湿地遥感监测 | 江岸理工大学 | 韩 东 | 柯 蓝 |
"""
    extraction = extract_text(text)
    first, second = "湖沼沉积过程", "湿地遥感监测"
    assert entity(extraction, "Organization", first).kind == "lab"  # as the header says, though the name does not
    assert relations(extraction, "PART_OF") >= {(first, "青溪大学"), (second, "江岸理工大学")}
    assert {(r.source, r.target, r.role) for r in extraction.relations if str(r.type) == "LEADS"} == {
        ("林小溪", first, "实验室主任"), ("韩东", second, "实验室主任")}
    assert {(r.source, r.target, r.position) for r in extraction.relations if str(r.type) == "AFFILIATED_WITH"} == {
        ("周一鸣", first, "学术委员会主任"), ("柯蓝", second, "学术委员会主任")}
    assert not names(extraction, "Project")


def test_columns_set_apart_by_single_blanks_under_a_header_with_padded_names_and_the_unit_the_line_above_names(
        ) -> None:
    text = """消息称，初步候选人名单已经公布。
青大入选的名单是:
姓名 年龄 专业
林小溪 70 天体物理
韩 东 43 无机化学
周一鸣(女) 69 临床医学、内科学
"""
    extraction = extract_text(text)
    assert {"林小溪", "韩东", "周一鸣"} <= names(extraction, "Person")
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青大"), ("韩东", "青大"), ("周一鸣", "青大")}


def test_a_line_before_a_table_of_people_that_names_no_unit_gives_them_none() -> None:
    text = "入选的名单是:\n姓名 年龄 专业\n林小溪 70 天体物理\n韩 东 43 无机化学\n"
    extraction = extract_text(text)
    assert {"林小溪", "韩东"} <= names(extraction, "Person")
    assert not relations(extraction, "WORKS_AT")


def test_a_column_of_award_names_is_the_award_not_a_second_title_column() -> None:
    text = ("| 奖励名称 | 获奖项目名称 | 完成人 | 获奖年度 | 获奖等级 |\n| -- | -- | -- | -- | -- |\n"
            "| 某省第十届哲学社会科学优秀成果奖 | 海岛渔村的变迁研究 | 许青禾 | 2010 | 三等奖 |\n"
            "| 某省第十届哲学社会科学优秀成果奖 | 近代港口城市史 | 魏星河 | 2010 | 二等奖 |\n")
    extraction = extract_text(text, "awards.txt")
    assert relations(extraction, "MEMBER_OF") == {("许青禾", "海岛渔村的变迁研究"), ("魏星河", "近代港口城市史")}
    assert entity(extraction, "Project", "近代港口城市史").award == "某省第十届哲学社会科学优秀成果奖"


def test_a_cell_that_tallies_a_person_s_work_in_counts_is_no_project() -> None:
    text = ("| 姓名 | 职称 | 科研情况 |\n| --- | --- | --- |\n"
            "| 许青禾 | 教授 | 主持或参与纵向项目12项,横向项目8项,承担科研经费201.4万元 |\n"
            "| 魏星河 | 副教授 | 主持某省自然科学基金青年项目1项,参与某省重点项目2项 |\n"
            "| 柯远山 | 教授 | 海岛渔村变迁的数据处理技术研究 |\n")
    extraction = extract_text(text, "staff.txt")
    assert names(extraction, "Project") == {"海岛渔村变迁的数据处理技术研究"}


def test_a_web_table_copied_one_cell_a_line_without_marks_is_read_by_its_header_lines() -> None:
    extraction = _extract("bare_cell_award_table.txt")
    first, second = "深海微生物资源的发掘与利用", "城市地下管网智能监测系统"
    assert ranked(extraction) == {"林小溪": 1, "代云舒": 2, "韩冬青": 3, "欧阳立": 1, "宋明哲": 2}
    unit_ranks = {(r.source, r.target): r.rank for r in extraction.relations if str(r.type) == "UNIT_OF"}
    assert unit_ranks == {("青溪大学", first): 1, ("青溪海洋研究所", first): 2, ("青溪大学", second): 1,
                          ("云岭智能装备有限公司", second): 2}
    assert entity(extraction, "Project", first).award == "自然科学一等奖"
    assert not any("赤潮" in n for n in names(extraction, "Project"))  # a row the page cut short


def test_a_list_of_works_with_several_units_in_a_column_no_header_names_gives_their_completing_units() -> None:
    extraction = extract_text("一等奖（2项）\n"
                              "1. 深海微生物资源的发掘与利用  青溪大学，青溪海洋研究所  林小溪，代云舒，韩冬青\n"
                              "2. 城市地下管网智能监测系统  云岭智能装备有限公司，青溪大学  欧阳立，宋明哲\n")
    unit_ranks = {(r.source, r.target): r.rank for r in extraction.relations if str(r.type) == "UNIT_OF"}
    assert unit_ranks == {("青溪大学", "深海微生物资源的发掘与利用"): 1, ("青溪海洋研究所", "深海微生物资源的发掘与利用"): 2,
                          ("云岭智能装备有限公司", "城市地下管网智能监测系统"): 1, ("青溪大学", "城市地下管网智能监测系统"): 2}
    assert not relations(extraction, "WORKS_AT")  # the units are the works', not paired with the people


def test_numbered_rows_of_columns_set_apart_by_blanks_without_a_header() -> None:
    extraction = extract_text("经专家评审，现将拟资助名单公示如下：\n"
                              "1. 柯远航  东岭大学  深海微生物资源的发掘与利用\n"
                              "2. 韩东  青溪医院  心力衰竭早期预警研究\n"
                              "3. 吴一鸣  南山研究所  近海赤潮灾害预警关键技术\n")
    assert relations(extraction, "LEADS") == {("柯远航", "深海微生物资源的发掘与利用"), ("韩东", "心力衰竭早期预警研究"),
                                              ("吴一鸣", "近海赤潮灾害预警关键技术")}
    assert ("韩东", "青溪医院") in relations(extraction, "WORKS_AT")


def test_a_table_laid_out_a_cell_a_line_under_a_header_the_vocabulary_knows_by_a_word_it_holds() -> None:
    """`姓名` / `奖项类别` / `工作单位`, one a line with blank lines between, then the rows: `奖项类别` is known by
    `奖项`, so the three lines are a table's header, not a form's labels over their values."""
    text = ("南州大学获2017年度某基金奖名单\n\n姓名\n\n奖项类别\n\n工作单位\n\n柯振邦\n\n基础研究奖\n\n南州大学\n\n"
            "诸葛岚\n\n技术发明奖\n\n西岭农业科学院\n\n欧阳舒\n\n科普奖\n\n北辰省生态环境研究中心\n\n注:名单\n")
    ex = extract_text(text)
    assert relations(ex, "WORKS_AT") == {("柯振邦", "南州大学"), ("诸葛岚", "西岭农业科学院"), ("欧阳舒", "北辰省生态环境研究中心")}
    assert not {"柯振邦", "基础研究奖", "技术发明奖"} & names(ex, "Organization")


def test_a_patent_s_record_copied_as_rows_of_label_and_value_cells_gives_the_patent_under_its_published_number() -> None:
    ex = extract_text("专利名称 | 一种湖区灯笼骨架的编织装置 |\n申请号 | CN203110012345.6 | 申请日期 | 2031-06-10 |\n"
                      "公开/公告日 | 2032-01-21 | 公开/公告号 | CN113456789B |\n"
                      "权利人 | 南州灯具股份有限公司 | 当前权利人 | 南州灯具股份有限公司 |\n"
                      "发明人 | 柯振邦;诸葛岚;司马青 |\n一种湖区灯笼骨架的编织装置，包括底座和支架。\n")
    (patent,) = [e for e in ex.entities if str(e.type) == "Patent"]
    assert (patent.name, patent.number) == ("一种湖区灯笼骨架的编织装置", "CN113456789B")
    assert [r.source for r in sorted((r for r in ex.relations if str(r.type) == "INVENTED"), key=lambda r: r.order or 0)] \
        == ["柯振邦", "诸葛岚", "司马青"]
    assert relations(ex, "OWNS") == {("南州灯具股份有限公司", "CN113456789B")}


def test_a_pipe_copy_under_the_headers_of_an_achievement_s_units_people_class_and_level_is_one_row() -> None:
    ex = extract_text("南州大学一项成果获南州省科学技术奖。\n成果名称 |\n成果完成单位 |\n成果完成人 |\n成果类别 |\n拟授等级 |\n"
                      "湖区灯笼骨架编织技术的传承机理研究 |\n南州大学; 北辰大学; 西岭工程大学 |\n柯振邦,诸葛岚,司马青 |\n应用研究、 技术开发 |\n一等奖 |\n")
    work = "湖区灯笼骨架编织技术的传承机理研究"
    assert ranked(ex) == {"柯振邦": 1, "诸葛岚": 2, "司马青": 3}
    assert {(r.source, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF" and r.target == work} == {
        ("南州大学", 1), ("北辰大学", 2), ("西岭工程大学", 3)}
    assert not {n for n in names(ex, "Project") if "研究、" in n or n.endswith("大学")}
