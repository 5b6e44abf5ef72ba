"""A résumé: its first line names its person, and its dated lines and rows say where the person works and was
(invented names); and what a CV's tables and lines write besides (a funding body with its acronym, a unit
written with the word for where one is now, a branch campus)."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.pipeline import extract_file
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, relations

RESUME = """林小溪 水文学博士
青溪市湖滨路 12 号
lin.xiaoxi@example.org
教育经历
2012-2017 | 西岭州立大学 (Westridge State University) ， 水资源工程， 博士 ;
2006-2009 | 南湖大学，地理信息系统，硕士。
工作经历：
2020.08 至今 | 青溪科学院湖泊研究所， 副研究员
2017.08-2020.08 | 东川大学雁塔分校 (Eastriver University, Yanta) ，博士后研究员
"""


def test_a_resume_s_first_line_names_its_person_and_its_dated_rows_say_where_they_work_and_were() -> None:
    ex = extract_text(RESUME, "cv.txt")
    assert ("林小溪", "青溪科学院湖泊研究所") in relations(ex, "WORKS_AT")
    assert {("林小溪", "西岭州立大学"), ("林小溪", "南湖大学"), ("林小溪", "东川大学雁塔分校")} <= relations(ex, "AFFILIATED_WITH")


def test_a_first_line_name_without_a_resume_s_marks_is_no_one_s_page() -> None:
    ex = extract_text("林小溪\n今天天气很好，我们去湖边散步。\n2017.08-2020.08 | 东川大学，博士后研究员\n", "note.txt")
    assert not relations(ex, "AFFILIATED_WITH")


def test_a_funding_body_written_with_its_acronym_funds_the_project() -> None:
    ex = extract_text("项目名称 | 经费来源 | 研究区域\n湖泊风暴管理项目 | 西岭环保署WEPA | 青溪湖\n"
                      "古湖城市研究 | 西岭国防研究计划局DLRA | 南湖\n", "projects.txt")
    assert {("湖泊风暴管理项目", "西岭环保署"), ("古湖城市研究", "西岭国防研究计划局")} <= relations(ex, "FUNDED_BY")


def test_now_before_a_unit_is_no_part_of_it() -> None:
    ex = extract_text("林小溪，1983年生，水文学博士，现中国科学院青溪湖泊研究所副研究员。\n")
    assert ("林小溪", "中国科学院青溪湖泊研究所") in relations(ex, "WORKS_AT")
    assert not any(e.name.startswith("现") for e in ex.entities)


def test_a_branch_campus_is_one_university() -> None:
    ex = extract_text("2017年至2020年，林小溪在美国西岭大学戴维斯分校从事博士后研究。\n")
    assert "美国西岭大学戴维斯分校" in {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert "戴维斯" not in {e.name for e in ex.entities if str(e.type) == "Person"}


def test_a_resume_laid_out_in_a_table_gives_the_dated_lines_of_its_cells() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload
    from tests.ingest.made_files import docx_of_tables

    data = docx_of_tables([[["魏星河"], ["个人简介：魏星河，南湖大学副教授。邮箱：wxh@example.edu"]],
                           [["教育经历", "2027.03–2031.09，青溪大学，土木工程，博士研究生\n2029.04–2030.03，西岭大学，访问博士研究生"],
                            ["工作经历", "2031.10–至今，南湖大学，副教授"]]])
    found = relations(extract(read_upload(data, "cv.docx")), "AFFILIATED_WITH")
    assert {("魏星河", "青溪大学"), ("魏星河", "西岭大学")} <= found


def test_a_resume_whose_name_is_set_apart_on_its_first_line() -> None:
    text = ("魏 星河\n南湖大学 水利学院\n邮箱 : wxh@example.edu\n教育背景\n2027 工学博士 , 青溪大学水利系\n工作经历\n"
            "2031.06 - 今 | 副教授 , 南湖大学水利学院 , 南湖\n2029.06 - 2031.06 | 博士后 , 西岭大学水利系 , 西岭\n"
            "基金项目\n• 湖区水文模型的数值方法研究 , 国家自然科学基金青年科学基金项目 , ¥24 万 , 编号 : 52301234, 2032.01.01 - 2034.12.31, 主持\n")
    ex = extract_text(text)
    assert ("魏星河", "南湖大学水利学院") in relations(ex, "WORKS_AT")
    assert ("魏星河", "西岭大学水利系") in relations(ex, "AFFILIATED_WITH")
    assert ("魏星河", "湖区水文模型的数值方法研究") in relations(ex, "LEADS")


def test_a_profile_opening_with_titles_before_the_unit_and_a_dated_postdoc() -> None:
    ex = extract_text("林小溪，教授，博士生导师，青溪大学环境学院副院长。2012年毕业于南湖大学，获理学博士学位；"
                      "2012-2015年在东川科学院湖泊研究所从事博士后研究。\n")
    works = {(r.source, r.target, r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("林小溪", "青溪大学环境学院", "教授/博士生导师", "副院长") in works
    assert {("林小溪", "南湖大学"), ("林小溪", "东川科学院湖泊研究所")} <= relations(ex, "AFFILIATED_WITH")


def test_a_lab_page_s_supervisor_under_its_title_and_career_lines_written_post_school_university() -> None:
    """`课题组介绍 / 一，导师简介 / 林晓溪 Ph. D. / 电话：…`: the name's line under the page's title; dated lines
    written `post，school，university` (the English order): the current post at the university and its school, past
    posts and study there as affiliations, each school part of its university."""
    ex = extract_text("课题组介绍\n一，导师简介\n林晓溪 Ph. D.\n电话：020-61640000\n工作经历：\n"
                      "2020/09 - 至今 副教授，生物医学工程学院，南湖医科大学\n"
                      "2016/03 - 2016/09 博士后研究员，贝克曼激光研究所，青溪大学\n"
                      "教育经历：\n2010/09 - 2016/03 博士，光学工程，现代工程学院，东川大学，导师：张小苹\n")
    works = relations(ex, "WORKS_AT")
    assert {("林晓溪", "南湖医科大学"), ("林晓溪", "南湖医科大学生物医学工程学院")} <= works
    assert {("林晓溪", "东川大学"), ("林晓溪", "青溪大学"), ("林晓溪", "青溪大学贝克曼激光研究所")} <= relations(ex, "AFFILIATED_WITH")
    assert ("东川大学现代工程学院", "东川大学") in relations(ex, "PART_OF")


def test_a_career_line_s_school_named_with_its_university_relates_the_person_to_the_university_too() -> None:
    """`硕士学位，南湖大学物理科学学院，天津市`: the school and the university; an academy's institute
    (`中国科学院青溪研究所`) ties to the institute alone, not to the whole academy."""
    ex = extract_text("林晓溪\n电话：020-61640000\n教育经历：\n"
                      "* 2005.09—2008.07 硕士学位，南湖大学物理科学学院，天津市，中国\n"
                      "* 2012.02—2014.02 博士后学者，中国科学院青溪研究所，北京，中国\n")
    affiliated = relations(ex, "AFFILIATED_WITH")
    assert {("林晓溪", "南湖大学"), ("林晓溪", "南湖大学物理科学学院"), ("林晓溪", "中国科学院青溪研究所")} <= affiliated
    assert ("林晓溪", "中国科学院") not in affiliated


HUGO_AUTHOR = """---
title: '苗青禾（Qinghe MIAO）'
role: 研究员
superuser: true
organizations:
  - name: 湖东省实验室（江湾实验室），江湾，中国
education:
  - area: PhD 凝聚态物理
    institution: 西岭大学（湖东科学院物理研究所）
    date_start: 2008-09-01
    date_end: 2014-06-30
work:
  - position: 研究员
    company_name: 湖东省实验室，分子诊疗研究中心
    date_start: 2025-03-01
    date_end: ''
  - position: 博士后
    company_name: 北川理工大学
    date_start: 2015-04-20
    date_end: 2017-12-31
---

围绕基因转录调控的基本问题开展研究。
"""


def test_an_academic_page_s_front_matter_gives_its_person_s_work_now_and_before(tmp_path) -> None:
    """A Markdown author page (Hugo Blox): the name with its Latin spelling in brackets, the items of `education` and
    `work` with their dates: the post held now is WORKS_AT with its title, past posts and studies AFFILIATED_WITH (the
    institute in brackets after the university too); the place after the unit (`江湾，中国`) is no unit."""
    from ingest.pipeline import extract_file

    (tmp_path / "_index.md").write_text(HUGO_AUTHOR, encoding="utf-8")
    _, ex = extract_file(tmp_path / "_index.md")
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("苗青禾", "分子诊疗研究中心", "研究员") in works
    assert {"湖东省实验室"} <= {t for s, t, _ in works if s == "苗青禾"}
    assert relations(ex, "AFFILIATED_WITH") >= {("苗青禾", "西岭大学"), ("苗青禾", "湖东科学院物理研究所"),
                                                ("苗青禾", "北川理工大学")}
    assert not {"江湾", "中国"} & {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert all(e.parent != e.name for e in ex.entities)


def test_a_resume_whose_name_stands_in_its_name_field_gives_its_dated_lines() -> None:
    """`姓名：某某` at the top of a résumé with its sections: the person whose career lines follow."""
    ex = extract_text("姓名：苗青禾\n职称：研究员\n教育经历\n2004.09-2008.06 西岭大学 材料物理 学士\n"
                      "工作经历\n2019.12-至今 北川理工大学 材料学院 教授\n")
    assert ("苗青禾", "西岭大学") in relations(ex, "AFFILIATED_WITH")
    assert ("苗青禾", "北川理工大学") in relations(ex, "WORKS_AT")


def test_a_resume_s_title_line_above_its_fields_is_no_project() -> None:
    from tests.ingest.facts import extract_text, names

    ex = extract_text("柯远航 简历\n姓名：柯远航\n职称：教授\n单位：东岭大学计算机学院\n研究方向：机器学习\n")
    assert not names(ex, "Project")
    assert ("柯远航", "东岭大学计算机学院", "教授") in {(r.source, r.target, r.title) for r in ex.relations
                                                     if str(r.type) == "WORKS_AT"}


def test_the_journals_of_a_list_a_kind_of_journal_closes() -> None:
    """`在A、B、《丙》等国内外期刊发表`, `X, Y等国际学术期刊的编委`: every item is a journal; a citation index
    (SCI) is none, and a list of journals and meetings (`等国际期刊和会议`) names no journal."""
    from tests.ingest.facts import names

    ex = extract_text("柯远航，东岭大学教授。在Invented Linguistics Review、Northvale Syntax 、《东岭语文》等国内外期刊"
                      "发表论文50余篇，担任IJNS, NVL等国际学术期刊的编委。在SCI、EI等期刊发表论文。"
                      "在NLPC、ACLX等国际期刊和会议上发表论文。\n")
    journals = names(ex, "Journal")
    assert {"Invented Linguistics Review", "Northvale Syntax", "东岭语文", "IJNS", "NVL"} <= journals
    assert not journals & {"SCI", "EI", "NLPC", "ACLX"}


def test_journals_a_profile_names_as_those_edited_or_published_in_but_no_meeting_s_acronym() -> None:
    """`发表于ICSX、ASEM、Orbital Systems Review等计算机视觉、图形学领域的会议与期刊`: an acronym among meetings names no journal, a full
    name does; `在“甲”、“乙”等发表`: each quoted title; `《甲》副主编`, `《甲》和《乙》编委`: the journals edited, not an
    editorial office (`《甲》编辑部`) nor an edited guide (`《某指南》编委`)."""
    from tests.ingest.facts import names

    ex = extract_text("柯远航，东岭大学教授。多篇论文发表于ICSX、ASEM、CVPX、Orbital Systems Review等计算机视觉、图形学领域的"
                      "会议与期刊。在“Journal of Sparse Things”、“Graph Methods Letters”等发表了多篇论文。"
                      "他是《东岭软件》和《西岭计算》编委、《Western Ridge Computing》执行主编，并任《Northvale Informatics》"
                      "客座编辑，参编《东岭肾病诊疗指南》。曾参观《东岭评论》编辑部。\n")
    assert names(ex, "Journal") == {"Orbital Systems Review", "Journal of Sparse Things", "Graph Methods Letters",
                                    "Western Ridge Computing", "Northvale Informatics", "东岭软件", "西岭计算"}


def test_a_count_of_projects_led_is_no_project() -> None:
    """`主持完成国家自然基金等10多个项目`: a count of the projects the person led, none named."""
    from tests.ingest.facts import names

    ex = extract_text("柯远航，东岭大学教授。主持完成国家自然基金等10多个项目，发表论文20余篇。\n")
    assert not names(ex, "Project")


def test_a_resume_page_titled_with_its_person_its_open_ended_posts_and_the_posts_it_holds_beside_them() -> None:
    """A page titled `某某-环境经济学-简历`, its lines `2022-，某大学，某学院，副教授` (no end: held now) and
    `2015-2016，某分校，某学院，副教授` (the school of the campus); under 社会兼职 a current seat is an affiliation."""
    page = ("<html><head><title>乔远鸣-湖泊经济学-简历</title></head><body>"
            "<h2>工作经历</h2><ul><li>2016-，西岭大学，湖泊环境学院，副教授</li>"
            "<li>2015-2016，东川大学雁塔分校，全球政策学院，副教授</li></ul>"
            "<h2>社会兼职</h2><ul><li>2017-，青溪环境科学学会湖泊经济学分会，副主任委员</li></ul></body></html>")
    ex = extract(read_upload(page.encode("utf-8"), "cv.html"))
    assert {("乔远鸣", "西岭大学湖泊环境学院"), ("乔远鸣", "西岭大学")} <= relations(ex, "WORKS_AT")
    affiliated = relations(ex, "AFFILIATED_WITH")
    assert {("乔远鸣", "东川大学雁塔分校全球政策学院"), ("乔远鸣", "青溪环境科学学会湖泊经济学分会")} <= affiliated
    assert not {(p, u) for p, u in relations(ex, "WORKS_AT") if "学会" in u or "东川" in u}


def test_a_plain_text_resume_s_section_of_posts_beside_one_s_job_on_a_line_of_its_own() -> None:
    ex = extract_text("乔远鸣\n工作经历\n2022-，西岭大学，副教授\n社会兼职\n2017-，青溪湖泊学会，理事\n", "cv.txt")
    assert relations(ex, "WORKS_AT") == {("乔远鸣", "西岭大学")}
    assert ("乔远鸣", "青溪湖泊学会") in relations(ex, "AFFILIATED_WITH")


def test_a_cv_s_award_line_with_the_person_s_rank_after_the_work_ranks_the_page_s_person(tmp_path: Path) -> None:
    """`获奖项目：某某研究，第四获奖人` in a CV's list of awards: the work without the rank, and the page's person
    a member of it, fourth."""
    page = tmp_path / "cv.md"
    page.write_text("柯振邦 教授\n\n### 获奖情况\n\n"
                    "1. 2013年获北辰省科技进步奖，一等奖，获奖项目：湖泊蓝藻水华预警机理和方法研究，第四获奖人。<br>\n\n"
                    "2. 2008年获教育部自然科学奖一等奖，获奖项目：湖泊监测技术若干基础关键问题的研究，排名第2。<br>\n", "utf-8")
    _, ex = extract_file(page)
    assert {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"} == {
        ("柯振邦", "湖泊蓝藻水华预警机理和方法研究", 4), ("柯振邦", "湖泊监测技术若干基础关键问题的研究", 2)}


def test_career_lines_dated_with_a_bar_and_a_title_set_apart_from_the_unit_by_a_blank() -> None:
    """`2003.03―2005.08 某大学某系 助教` (a horizontal bar between the dates, a blank before the title): a past post in
    the department and its university; `2009.12― 某大学某系　教授`, open, the job held now, with its title."""
    ex = extract_text("柯振邦\n电话：020-61640000\n工作经历：\n2003.03―2005.08 南州大学材料物理系 助教\n"
                      "2009.12― 南州大学材料物理系　教授\n")
    assert {("柯振邦", "南州大学材料物理系"), ("柯振邦", "南州大学")} <= relations(ex, "WORKS_AT")
    assert {r.title for r in ex.relations if str(r.type) == "WORKS_AT"} == {"教授"}
    assert ("南州大学材料物理系", "南州大学") in relations(ex, "PART_OF")


def test_a_page_s_items_of_degrees_and_visits_are_past_affiliations_and_a_value_may_list_units() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    page = ("---\ntitle: 柯岚\nrole: 副教授，硕士生导师\norganizations:\n- name: 南州大学\n  url: \"https://example.org/\"\n"
            "education:\n  courses:\n  - course: 环境系 副教授\n    institution: 南州大学\n    year: 2031\n"
            "  - course: 环境系 访问学者\n    institution: 西岭大学，北辰大学\n    year: 2027.10\n"
            "  - course: 环境系 学士学位\n    institution: 东湖交通大学\n    year: 2009\n---\n")
    ex = extract(read_upload(page.encode(), "index.md"))
    assert relations(ex, "WORKS_AT") == {("柯岚", "南州大学")}
    assert {("柯岚", "西岭大学"), ("柯岚", "北辰大学"), ("柯岚", "东湖交通大学")} <= relations(ex, "AFFILIATED_WITH")
