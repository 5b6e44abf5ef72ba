"""Lists in any layout: project tables embedded in Markdown pages, records in front matter, committee and
talent lists, award lists in prose."""

from __future__ import annotations

import io
from pathlib import Path

from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import entity, extract_text, names, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "lists"


def _read(name: str) -> Extraction:
    return extract(read_upload((FIXTURES / name).read_bytes(), name))


def test_a_centres_project_table_in_markdown_gives_its_projects_the_centre_that_undertook_them() -> None:
    extraction = _read("centre_projects.md")
    centre = "国家湖泊沉积工程技术研究中心"
    assert {p for u, p in relations(extraction, "UNIT_OF") if u == centre} == {
        "湖泊沉积物中磷的释放机制研究", "高原湖泊碳埋藏的过程与机制", "湿地植被演替的遥感监测"}
    project = entity(extraction, "Project", "湖泊沉积物中磷的释放机制研究")
    assert (project.code, project.year) == ("2021YFC3300101", 2021)  # `时间` read by its cells: a period
    assert entity(extraction, "Project", "湿地植被演替的遥感监测").code is None
    # under another heading, with no sentence saying who undertook them, the projects have no unit
    assert not any(p == "河网水质在线预警的理论与方法" for _, p in relations(extraction, "UNIT_OF"))


def _works(extraction: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {(r.source, r.target, r.position, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}


def test_a_committee_list_gives_each_member_the_unit_and_post_in_brackets() -> None:
    extraction = _read("committee.html")
    works = _works(extraction)
    assert ("韩冬青", "青溪大学", "副校长", "教授") in works
    assert ("柯蓝", "青溪大学教务处", "处长", None) in works
    assert ("仉云帆", "青溪大学地理科学学院", "党委书记", None) in works  # a rare surname, vouched for by the note
    assert ("丁一苇", "青溪大学", "数学建模竞赛总教练", None) in works
    assert ("宋明哲", "青溪大学教务处", "实践科科长", None) in works  # a section's post is a post of its office
    leads = {(r.source, r.target, r.role) for r in extraction.relations if str(r.type) == "LEADS"}
    assert leads == {("柯蓝", "青溪大学教务处", "处长"), ("许青禾", "青溪大学地理科学学院", "院长"),
                     ("仉云帆", "青溪大学地理科学学院", "党委书记")}
    assert ("青溪大学教务处", "青溪大学") in relations(extraction, "PART_OF")


def test_a_staff_list_of_names_and_titles_gives_each_the_unit_of_the_heading() -> None:
    extraction = _read("staff_list.md")
    assert _works(extraction) == {
        ("林小溪", "青溪大学地理科学学院", None, "教授"), ("周一帆", "青溪大学地理科学学院", None, "教授/博士生导师"),
        ("韩冬青", "青溪大学地理科学学院", None, "副教授"), ("柯蓝", "青溪大学地理科学学院", None, "副研究员")}


def _awards(extraction: Extraction) -> dict[str, str | None]:
    return {e.name: e.award for e in extraction.entities if str(e.type) == "Project" and e.kind == "research_project"}


def test_an_award_list_in_a_sentence_gives_each_project_its_applicant_unit_and_award() -> None:
    extraction = _read("award_prose.txt")
    assert relations(extraction, "UNIT_OF") == {
        ("青溪新材料有限公司", "高强度复合板材的制备工艺"), ("南湖市第一医院", "微创介入治疗技术的临床应用"),
        ("南湖市农业科学研究院(所)", "早熟稻新品种选育及推广")}
    assert set(_awards(extraction).values()) == {"一等奖"}
    assert entity(extraction, "Project", "早熟稻新品种选育及推广").year == 2019


def test_projects_led_by_named_people_take_the_awards_handed_out_in_order() -> None:
    extraction = _read("award_led.txt")
    first, second, third = "低温燃料电池关键材料研究", "高速列车减振降噪技术及应用", "饮用水安全快速检测技术及应用"
    assert _awards(extraction) == {first: "国家技术发明奖二等奖", second: "国家科技进步奖二等奖",
                                   third: "国家科技进步奖二等奖"}
    assert relations(extraction, "LEADS") == {("许青禾", first), ("魏星河", second), ("丁一苇", third)}
    assert relations(extraction, "MEMBER_OF") == {("许青禾", first), ("魏星河", second), ("丁一苇", third)}
    assert relations(extraction, "UNIT_OF") == {("西岭大学", first), ("南湖医学研究院环境医学研究所", third)}
    titles = {(r.source, r.target, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert ("丁一苇", "南湖医学研究院环境医学研究所", "研究员") in titles
    assert ("魏星河", "西岭大学") not in relations(extraction, "WORKS_AT")  # the text does not say


def test_a_numbered_winner_list_under_award_levels_gives_ranked_completers() -> None:
    extraction = _read("award_numbered.txt")
    assert _awards(extraction) == {"湖泊沉积物中磷的释放机制研究": "一等奖", "近海赤潮预警关键技术": "一等奖",
                                   "高原湖泊碳埋藏的过程与机制": "二等奖", "抗旱小麦新品种选育": "二等奖"}
    assert {(r.source, r.target, r.rank) for r in extraction.relations if str(r.type) == "MEMBER_OF"} >= {
        ("林小溪", "湖泊沉积物中磷的释放机制研究", 1), ("周一帆", "湖泊沉积物中磷的释放机制研究", 2)}
    assert ("西岭农业科学院", "抗旱小麦新品种选育") in relations(extraction, "UNIT_OF")
    assert not relations(extraction, "LEADS")  # completers, not leaders


def test_a_person_page_in_front_matter_and_career_lines_gives_current_and_past_units() -> None:
    extraction = _read("author_page.md")
    works = {(r.source, r.target, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert works == {("林小溪", "湖泊沉积国家重点实验室", "教授/博士生导师"), ("林小溪", "青溪大学", "教授/博士生导师"),
                     ("林小溪", "青溪大学地理科学学院", "教授/博士生导师")}
    assert relations(extraction, "AFFILIATED_WITH") == {("林小溪", "西岭大学湖泊研究所"), ("林小溪", "东川理工大学地球科学系"),
                                                        ("林小溪", "西岭大学"), ("林小溪", "东川理工大学")}  # and the universities
    assert {"韩冬青", "柯蓝"} <= {e.name for e in extraction.entities if str(e.type) == "Person"}  # advisers
    assert ("东川理工大学地球科学系", "东川理工大学") in relations(extraction, "PART_OF")
    assert "Lake Science" in {e.name for e in extraction.entities if str(e.type) == "Journal"}
    assert not any(e.name.startswith("湖泊沉积国家") and e.name != "湖泊沉积国家重点实验室"
                   for e in extraction.entities)  # no parent cut out of a lab's accredited name


def test_a_talent_list_keeps_every_honours_group_and_its_people() -> None:
    extraction = _read("talent_list.html")
    people = {e.name for e in extraction.entities if str(e.type) == "Person"}
    # the first groups are short lists: with the longest one they are one list, none left out of the page
    assert people == {"林小溪", "周一帆", "韩冬青", "柯蓝", "许青禾", "魏星河"}
    assert not relations(extraction, "MEMBER_OF")  # membership of an honour is not asserted


def test_a_talent_list_of_names_and_units_gives_where_each_works() -> None:
    extraction = _read("talent_units.md")
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("周一帆", "西岭农业科学院"),
                                                 ("韩冬青", "东川理工大学"), ("柯蓝", "南湖科学院地理研究所")}


def test_records_in_yaml_and_toml_blocks_give_each_member_the_unit_and_title() -> None:
    extraction = _read("member_blocks.md")
    works = {(r.source, r.target, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert works == {("周一帆", "青溪大学地理科学学院", "副教授"), ("韩冬青", "南湖科学院地理研究所", "研究员")}


def test_a_decision_listing_each_project_above_its_units_and_completers_gives_the_projects() -> None:
    extraction = _read("award_decision.txt")
    first = "湖泊沉积物中磷的释放机制研究"
    assert {(r.source, r.rank) for r in extraction.relations
            if str(r.type) == "MEMBER_OF" and r.target == first} == {("林小溪", 1), ("周一帆", 2), ("韩冬青", 3)}
    assert relations(extraction, "UNIT_OF") == {("青溪大学", first), ("青溪海洋研究所", first),
                                                ("东川理工大学", "高原湖泊碳埋藏的过程与机制"),
                                                ("西岭农业科学院", "抗旱小麦新品种选育")}
    assert not relations(extraction, "LEADS")  # an award's completers are members


def test_members_described_in_short_parts_and_a_table_without_a_header_give_units_titles_and_posts() -> None:
    extraction = _read("lab_members.md")
    works = _works(extraction)
    assert ("林小溪", "青溪大学湖泊环境实验室", None, "教授/博士生导师") in works  # the heading's unit
    assert ("周一帆", "南湖科学院地理研究所", None, "副研究员") in works
    assert ("韩冬青", "西岭大学湖泊研究所", "所长", "教授") in works
    assert ("韩冬青", "西岭大学湖泊研究所") in relations(extraction, "LEADS")
    assert {("柯蓝", "东川理工大学", None, "副教授"), ("许青禾", "南湖科学院地理研究所", None, "研究员")} <= works


def test_a_person_described_in_one_line_ending_with_a_stop_has_the_title_or_post_without_it() -> None:
    works = _works(extract_text("苏晚晴，南湖大学教授。\n"))
    assert works == {("苏晚晴", "南湖大学", None, "教授")}
    head = extract_text("韩冬青，西岭大学化学学院院长。\n")
    assert ("韩冬青", "西岭大学化学学院", "院长", None) in _works(head)
    assert ("韩冬青", "西岭大学化学学院") in relations(head, "LEADS")


def test_a_unit_after_a_verb_of_holding_in_a_one_person_line_has_its_own_span() -> None:
    """`某某，现任某大学教授`: the unit's span is where its name is written, after 现任."""
    text = "苏晚晴，现任南湖大学教授。\n"
    unit = entity(extract_text(text), "Organization", "南湖大学")
    assert [text[s.start:s.end] for s in unit.spans] == ["南湖大学"]


def test_a_line_telling_a_move_in_a_career_is_prose_with_the_unit_after_the_verb() -> None:
    """`某某，回国后任某大学教授`: no part of a one-person line; the unit is named after the verb, not with it."""
    for line in ("苏晚晴，回国后任南湖理工大学教授。\n", "苏晚晴，博士毕业后任南湖理工大学教授。\n"):
        orgs = names(extract_text(line), "Organization")
        assert "南湖理工大学" in orgs and not any("任" in n for n in orgs)


def test_members_listed_as_a_name_a_dash_and_a_description_are_people_with_the_units_it_gives() -> None:
    ex = extract_text("团队成员\n合作老师\n林小溪 - 南湖大学化学学院教授、博士生导师。\n周一鸣 - 东川大学物理学院副教授。\n"
                      "博士研究生\n苏晚晴 - 2030-Ph.D. student\n韩冬青 - 2031级博士研究生-联培\n")
    assert names(ex, "Person") == {"林小溪", "周一鸣", "苏晚晴", "韩冬青"}
    assert _works(ex) == {("林小溪", "南湖大学化学学院", None, "教授/博士生导师"), ("周一鸣", "东川大学物理学院", None, "副教授"),
                          ("林小溪", "南湖大学", None, "教授/博士生导师"), ("周一鸣", "东川大学", None, "副教授")}  # (its university too)


def test_a_page_s_menu_words_alone_on_their_lines_are_no_people() -> None:
    page = ("<html><body><h2>南湖大学海洋研究所师资介绍</h2><table><tr><th>姓名</th><th>职称</th></tr>"
            "<tr><td>林小溪</td><td>教授</td></tr><tr><td>周一鸣</td><td>副教授</td></tr></table>"
            "<h4>成果报导</h4><h4>加入我们</h4></body></html>")
    ex = extract(read_upload(page.encode("utf-8"), "staff.html"))
    assert names(ex, "Person") == {"林小溪", "周一鸣"}


def test_a_unit_opening_a_line_with_a_surname_s_character_is_no_person() -> None:
    ex = extract_text("南湖大学 化学学院林小溪教授出席。\n吉林大学 物理学院\n")
    assert names(ex, "Person") == {"林小溪"}
    assert not relations(ex, "WORKS_AT") & {("南湖大学", "化学学院")}


def test_numbered_people_and_people_after_a_colon_are_read_with_their_units() -> None:
    text = ("2021年度青溪学者入选名单\n1. 林小溪 青溪大学\n2、周一帆（西岭农业科学院）\n"
            "特聘教授入选者：韩冬青（东川理工大学）、柯蓝（南湖科学院地理研究所）\n")
    extraction = extract_text(text, "talents.txt")
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("周一帆", "西岭农业科学院"),
                                                 ("韩冬青", "东川理工大学"), ("柯蓝", "南湖科学院地理研究所")}


def test_columns_of_unfamiliar_headers_beside_known_ones_are_typed_by_their_cells() -> None:
    text = ("| 序号 | 项目名称 | 承担者 | 所在单位 |\n| -- | -- | -- | -- |\n"
            "| 1 | 湖泊沉积物中磷的释放机制研究 | 韩冬青 | 西岭大学 |\n| 2 | 高原湖泊碳埋藏的过程与机制 | 柯蓝 | 东川理工大学 |\n")
    extraction = extract_text(text, "projects.txt")
    assert relations(extraction, "LEADS") == {("韩冬青", "湖泊沉积物中磷的释放机制研究"), ("柯蓝", "高原湖泊碳埋藏的过程与机制")}


def test_projects_introduced_by_whom_and_split_between_awards_with_fenhuo() -> None:
    text = ("近日，2022年度青溪省科学技术奖评审结果揭晓。由青溪大学林小溪教授主持完成的“湖泊沉积物中磷的释放机制研究”、"
            "西岭大学韩冬青研究员团队完成的“高原湖泊碳埋藏的过程与机制”分获一等奖和二等奖。\n")
    extraction = extract_text(text, "news.txt")
    assert _awards(extraction) == {"湖泊沉积物中磷的释放机制研究": "一等奖", "高原湖泊碳埋藏的过程与机制": "二等奖"}
    assert relations(extraction, "UNIT_OF") == {("青溪大学", "湖泊沉积物中磷的释放机制研究"),
                                                ("西岭大学", "高原湖泊碳埋藏的过程与机制")}
    assert relations(extraction, "LEADS") == {("林小溪", "湖泊沉积物中磷的释放机制研究")}  # 主持: the one who led


def test_an_award_written_before_the_items_it_went_to_and_a_quote_left_open() -> None:
    """`获科技进步二等奖3项，分别是：甲教授主持完成的“…”；乙教授主研完成的“…”`: every item after the award's count
    won it; 主研 makes a member, not a leader; a quote the text leaves open before an item is no part of its title."""
    text = ("我校获科技进步二等奖3项，分别是：经济学院林小溪教授主持完成的“湖泊治理的理论、方法与应用；"
            "园艺学院韩冬青教授主持完成的“高原湖泊碳埋藏的过程与机制”；林学院柯蓝教授主研完成的“抗旱小麦新品种选育与推广”。\n")
    extraction = extract_text(text, "news.txt")
    assert _awards(extraction) == {"高原湖泊碳埋藏的过程与机制": "科技进步二等奖", "抗旱小麦新品种选育与推广": "科技进步二等奖"}
    assert ("柯蓝", "抗旱小麦新品种选育与推广") in relations(extraction, "MEMBER_OF")
    assert relations(extraction, "LEADS") == {("韩冬青", "高原湖泊碳埋藏的过程与机制")}


def test_a_list_s_departments_named_alone_are_of_the_article_s_institution() -> None:
    """An award list in a university's news (`来源：某大学新闻网`), its items by `园艺学院甲教授主持完成的` and by two
    people who `合作完成` one: the people work at the university as well as their school, and the university
    completes the projects."""
    text = ("东川大学2项成果获省科学技术奖\n\n来源：东川大学新闻网\n\n我校获科技进步二等奖2项，分别是：园艺学院林小溪教授"
            "主持完成的“高原湖泊碳埋藏的过程与机制”；林学院柯蓝教授、韩冬青教授合作完成的“抗旱小麦新品种选育与推广”。\n")
    extraction = extract_text(text, "news.txt")
    assert {("林小溪", "东川大学"), ("柯蓝", "东川大学"), ("韩冬青", "东川大学")} <= relations(extraction, "WORKS_AT")
    assert relations(extraction, "UNIT_OF") == {("东川大学", "高原湖泊碳埋藏的过程与机制"), ("东川大学", "抗旱小麦新品种选育与推广")}
    assert ("韩冬青", "抗旱小麦新品种选育与推广") in relations(extraction, "MEMBER_OF")


def test_a_certificate_names_the_society_that_gives_its_award_and_its_statement_is_no_prose() -> None:
    extraction = extract_text((FIXTURES.parent / "tables" / "certificate_ocr.txt").read_text(encoding="utf-8"), "c.txt")
    organizations = {e.name for e in extraction.entities if str(e.type) == "Organization"}
    assert "东川省电子学会" in organizations
    assert not any(n.startswith("东川省电子学会") and n != "东川省电子学会" for n in organizations)


def test_a_roster_under_a_heading_that_names_a_unit_ties_its_leader_and_members_to_the_unit() -> None:
    page = """## 研究机构

### 青溪催化材料实验室

负责人：林小溪

研发骨干：林小溪，周一鸣，韩冬青

### 团队介绍

团队成立于2020年。

负责人：柯蓝

科研骨干：姚远帆，程思源
"""
    extraction = extract(read_upload(page.encode(), "team.md"))
    lab = "青溪催化材料实验室"
    assert {(r.source, r.target, r.role) for r in extraction.relations if str(r.type) == "LEADS"} == {
        ("林小溪", lab, "负责人")}
    assert relations(extraction, "WORKS_AT") == {("林小溪", lab), ("周一鸣", lab), ("韩冬青", lab)}
    # a heading that names no unit: the people, tied to nothing
    assert {"柯蓝", "姚远帆", "程思源"} <= {e.name for e in extraction.entities if str(e.type) == "Person"}


def test_a_roll_of_awards_one_a_line_gives_each_work_its_award_and_the_unit_that_won_them() -> None:
    page = """## 获得奖项

青溪湖泊研究中心获得国家及省部级奖项12项。

### 国家级奖项

- <strong>国家自然科学二等奖</strong> 湖泊沉积物磷释放机制研究
- <strong>国家科技进步一等奖（参与）</strong> 湿地植被遥感监测关键技术及应用

### 其他奖项

- <strong>某某行业金奖</strong> 创新产品奖
- <strong>某某行业金奖</strong> 优秀应用成果
- <strong>某某行业银奖</strong> 优秀应用成果
- <strong>某某行业科技奖一等奖</strong> 水质在线预警系统2015
"""
    extraction = extract(read_upload(page.encode(), "awards.md"))
    centre = "青溪湖泊研究中心"
    first, second, third = "湖泊沉积物磷释放机制研究", "湿地植被遥感监测关键技术及应用", "水质在线预警系统"
    assert entity(extraction, "Project", first).award == "国家自然科学二等奖"
    assert entity(extraction, "Project", second).award == "国家科技进步一等奖（参与）"
    assert entity(extraction, "Project", third).year == 2015
    # the centre the text before says won them, though a sibling section lies between
    assert relations(extraction, "UNIT_OF") == {(centre, first), (centre, second), (centre, third)}
    # an award's category (a title that is itself an award, or one under several awards) is no work
    assert not {"创新产品奖", "优秀应用成果"} & {e.name for e in extraction.entities if str(e.type) == "Project"}


def test_a_single_line_of_an_award_and_a_title_is_no_roll() -> None:
    extraction = extract(read_upload("- 国家自然科学二等奖 湖泊沉积物磷释放机制研究\n".encode(), "one.md"))
    assert "湖泊沉积物磷释放机制研究" not in {e.name for e in extraction.entities if str(e.type) == "Project"}


def test_a_committee_page_gives_each_member_the_unit_in_brackets_and_names_the_posts_people() -> None:
    page = """### 技术委员会

<p><strong>主任</strong>：<br>
    韩冬青（青溪大学）
</p>
<p><strong>副主任</strong>：<br>
    林小溪（江岸理工大学）<br>
    周一鸣 （东湖研究院）
</p>
<p><strong>成员</strong>：<br>
    柯蓝（青溪大学）<br>
    程思源（江岸理工大学）
</p>

### 行政组织

<p><strong>副主任</strong>：<br>
    姚远帆 <br>
    宋明哲（兼）
</p>
"""
    extraction = extract(read_upload(page.encode(), "board.md"))
    assert relations(extraction, "WORKS_AT") >= {
        ("韩冬青", "青溪大学"), ("林小溪", "江岸理工大学"), ("周一鸣", "东湖研究院"), ("柯蓝", "青溪大学"),
        ("程思源", "江岸理工大学")}
    assert not [e for e in extraction.entities if str(e.type) == "Project"]  # a member's line is no title
    assert {"姚远帆", "宋明哲"} <= {e.name for e in extraction.entities if str(e.type) == "Person"}


def test_a_list_of_units_gives_each_unit_its_whole_name_and_a_unit_built_with_a_partner() -> None:
    page = """### 实验室

- 湖泊沉积与环境演变实验室
- 湿地遥感与信息安全实验室

### 联合实验室

- 与青溪智能装备有限公司共建：智能感知联合实验室
- 与江岸数据科技有限公司共建：数据治理技术研究中心
"""
    extraction = extract(read_upload(page.encode(), "units.md"))
    orgs = {e.name for e in extraction.entities if str(e.type) == "Organization"}
    assert {"湖泊沉积与环境演变实验室", "湿地遥感与信息安全实验室", "智能感知联合实验室", "数据治理技术研究中心",
            "青溪智能装备有限公司", "江岸数据科技有限公司"} <= orgs
    assert relations(extraction, "COLLABORATES_WITH") == {("智能感知联合实验室", "青溪智能装备有限公司"),
                                                          ("数据治理技术研究中心", "江岸数据科技有限公司")}


def test_a_project_cell_with_its_fields_on_lines_of_their_own_gives_the_title_programme_and_fields() -> None:
    page = """## 主持项目

| **时间** | **项目内容** |
|----------|--------------|
| 2031年 – 至今 | **某某高校科研专项资助**<br>项目编号：31625611<br>经费：12万元<br>负责人：林小溪 |
| 2029年1月 – 2032年12月 | **某某科学基金面上项目**<br>湖泊沉积物磷释放机制研究<br>项目编号：71174153 |
"""
    extraction = extract(read_upload(page.encode(), "grants.md"))
    first = entity(extraction, "Project", "某某高校科研专项资助")
    assert (first.code, first.year, first.budget_cap_wan) == ("31625611", 2031, 12.0)
    assert relations(extraction, "LEADS") == {("林小溪", "某某高校科研专项资助")}
    second = entity(extraction, "Project", "湖泊沉积物磷释放机制研究")
    assert (second.code, second.year) == ("71174153", 2029)
    assert entity(extraction, "Project", "某某科学基金面上项目").kind == "programme"
    assert ("湖泊沉积物磷释放机制研究", "某某科学基金面上项目") in relations(extraction, "PART_OF")


def test_approved_projects_with_their_unit_and_leader_in_brackets() -> None:
    ex = extract_text("2023年度东川省重点研发计划拟立项项目\n\n1. 湖泊沉积物磷释放机制研究（东川大学，王立新）\n"
                      "2. 新型储氢合金设计（负责人：陈海燕，东川研究院）\n")
    assert relations(ex, "LEADS") == {("王立新", "湖泊沉积物磷释放机制研究"), ("陈海燕", "新型储氢合金设计")}
    assert relations(ex, "UNIT_OF") == {("东川大学", "湖泊沉积物磷释放机制研究"), ("东川研究院", "新型储氢合金设计")}


def test_people_with_their_units_in_brackets_are_no_projects() -> None:
    ex = extract_text("入选名单\n\n1. 王立新（东川大学）\n2. 陈海燕（东川研究院，西山医院）\n")
    assert not names(ex, "Project")


def test_contributors_handles_with_their_names_in_brackets_are_no_projects() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload
    text = "## 本期作者\n\n编辑组：\n\n- `@ke-zhenbang`（柯振邦）\n- `@QiaoYM2031`（乔远鸣）\n- `@sima-q`（司马青）\n"
    ex = extract(read_upload(text.encode("utf-8"), "weekly.md"))
    assert not names(ex, "Project")
    assert {"柯振邦", "乔远鸣"} <= names(ex, "Person")


def test_a_committee_s_posts_under_its_label_after_a_numbered_list_of_members_and_units() -> None:
    ex = extract_text("学术委员会:\n1.\t陈平远\t    东川大学\n2.\t张海靖      西岭大学\n会议工作委员会:\n"
                      "主任：薛德明、罗洪海\n委员：安钧东、谭磊、田永东\n秘书：苏振东、陈冲、马超\n")
    assert {"苏振东", "陈冲", "马超"} <= names(ex, "Person")  # 秘书: a post, the names after it people
    assert not {r for r in relations(ex, "WORKS_AT") | relations(ex, "LEADS") if r[1] == "西岭大学" and r[0] != "张海靖"}


def test_people_in_a_table_under_a_committee_s_heading_are_its_members() -> None:
    from ingest.blocks import BlockKind, BlockWriter

    out = BlockWriter()
    out.add(BlockKind.HEADING, "东川会议工作委员会：", level=2)
    out.add_table([["主任:", "薛德明、罗洪海"], ["委员:", "安钧东、谭磊、田永东"]])
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert ("安钧东", "东川会议工作委员会") in relations(ex, "AFFILIATED_WITH")
    assert not {r for r in relations(ex, "WORKS_AT") if r[1] == "东川会议工作委员会"}


def test_a_degree_beside_a_title_and_a_post_is_a_staff_member_s_not_a_student_s() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("穆远浩，博士，研究员，现任青溪医科大学附属第一医院副院长。\n")
    works = {(r.source, r.target, r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("穆远浩", "青溪医科大学附属第一医院", "研究员", "副院长") in works
    assert not [r for r in ex.relations if str(r.type) == "AFFILIATED_WITH" and r.source == "穆远浩"]


def test_a_meeting_s_committees_and_its_hotel_are_no_units_and_no_names() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("二、会议委员会（按姓氏拼音顺序）\n会议工作委员会:\n林小溪 青溪大学\n韩东 西岭大学\n住宿：\n"
                      "东方大酒店（单间240元 间/晚，标间220元 间/晚，含早）\n")
    orgs = {e.name for e in ex.entities if str(e.type) == "Organization"}
    people = {e.name for e in ex.entities if str(e.type) == "Person"}
    assert orgs == {"青溪大学", "西岭大学"} and people == {"林小溪", "韩东"}


def test_award_items_whose_people_are_said_to_be_first_completers_keep_them_and_their_whole_title() -> None:
    extraction = extract_text(
        "机械工程学院林小溪副教授作为第一完成人的“大型风电齿轮箱智能运维关键技术”项目、"
        "南湖医学院附属第一医院魏星河主任医师团队的“早期肺癌精准诊疗体系的建立与应用”项目分别获科学技术进步奖二等奖。\n")
    gearbox, lung = "大型风电齿轮箱智能运维关键技术", "早期肺癌精准诊疗体系的建立与应用"
    assert _awards(extraction) == {gearbox: "科学技术进步奖二等奖", lung: "科学技术进步奖二等奖"}
    assert {(r.source, r.target, r.rank) for r in extraction.relations if str(r.type) == "MEMBER_OF"} >= {
        ("林小溪", gearbox, 1), ("魏星河", lung, None)}
    titles = {(r.source, r.target, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert ("林小溪", "机械工程学院", "副教授") in titles  # the longest title, not 林小溪副 and 教授
    assert "林小溪副" not in names(extraction, "Person")


def test_an_award_item_the_list_cannot_read_is_left_to_the_prose() -> None:
    extraction = extract_text(
        "今年，西岭大学许青禾教授主持完成的“抗旱小麦新品种选育”项目、南湖大学与青溪新材料有限公司合作完成的"
        "“高强度复合板材的制备工艺”项目分别获自然科学奖二等奖和科技进步奖三等奖。\n")
    assert ("西岭大学", "抗旱小麦新品种选育") in relations(extraction, "UNIT_OF")
    assert {"南湖大学", "青溪新材料有限公司"} <= names(extraction, "Organization")


def test_a_roster_table_of_titled_names_and_units_with_posts_under_group_labels() -> None:
    page = ("<html><body><h1>2031年青溪教育学术年会</h1><table>"
            "<tr><td colspan='2'>地方组委会</td></tr>"
            "<tr><td>林小溪教授</td><td>中国南京大学教育研究院院长，联合主席</td></tr>"
            "<tr><td>周一帆教授</td><td>青溪大学教育研究院，联合主席</td></tr>"
            "<tr><td colspan='2'>程序委员会</td></tr>"
            "<tr><td>韩冬青博士</td><td>青溪大学教育研究院</td></tr>"
            "<tr><td>许青禾教授</td><td>南湖教育学会科学教育分会常务副理事长</td></tr>"
            "<tr><td>魏星河，在读博士</td><td>青溪大学教育研究院</td></tr>"
            "<tr><td>丁一苇在读研究生</td><td>青溪大学教育研究院</td></tr>"
            "</table></body></html>")
    extraction = extract(read_upload(page.encode(), "committee.html"))
    works = {(r.source, r.target, r.title, r.position) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert ("林小溪", "南京大学教育研究院", "教授", "院长") in works  # 中国: the address, not the name
    assert ("林小溪", "南京大学教育研究院") in relations(extraction, "LEADS")
    assert {("魏星河", "青溪大学教育研究院"), ("丁一苇", "青溪大学教育研究院")} <= relations(extraction, "WORKS_AT")
    affiliated = {(r.source, r.target, r.position) for r in extraction.relations if str(r.type) == "AFFILIATED_WITH"}
    assert affiliated == {("许青禾", "南湖教育学会科学教育分会", "常务副理事长")}  # a society's post, no one else's
    assert "中国南京大学" in entity(extraction, "Organization", "南京大学").aliases


def test_a_post_ending_one_row_is_not_the_post_of_the_name_opening_the_next() -> None:
    from ingest.genres.news import prose_extraction

    for second in ("魏星河", "魏星河，在读博士"):  # rows as prose reads them, where no table reading took them
        rows = f"许青禾教授 | 南湖教育学会科学教育分会常务副理事长\n{second} | 青溪大学教育研究院\n"
        affiliated = relations(prose_extraction("rows.txt", rows, None, genre="news"), "AFFILIATED_WITH")
        assert affiliated == {("许青禾", "南湖教育学会科学教育分会")}


def test_a_university_s_list_of_approved_student_projects_in_a_workbook() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["青溪大学2031年第五期“英才计划”项目拟立项名单"])
    sheet.append(["序号", "项目名称", "类别", "项目主持人", "年级专业", "学院"])
    sheet.append([1, "湖区水文数据的可视化分析", "科技创新", "林小溪", "2029级水文与水资源", "水利学院"])
    sheet.append([2, "乡村儿童科普读物的编写与推广", "社会实践", "周一帆", "30应用化学", "化学学院"])
    sheet.append([3, "校园垃圾分类的激励机制调研", "社会实践", "韩冬青", "2030级公共事业管理", "公共管理学院"])
    book.create_sheet("Sheet2")  # an empty sheet: no heading of its own
    data = io.BytesIO()
    book.save(data)
    extraction = extract(read_upload(data.getvalue(), "list.xlsx"))
    assert extraction.document == "list.xlsx"
    funded = relations(extraction, "FUNDED_BY")
    assert {("湖区水文数据的可视化分析", "青溪大学"), ("校园垃圾分类的激励机制调研", "青溪大学")} <= funded
    assert not {"科技创新", "社会实践"} & names(extraction, "Project")  # the kinds of the projects
    assert ("林小溪", "水利学院") in relations(extraction, "AFFILIATED_WITH")  # a student, no staff
    assert not relations(extraction, "WORKS_AT")


def test_a_researcher_s_workbook_lists_talks_courses_and_books_as_no_projects() -> None:
    from openpyxl import Workbook

    book = Workbook()
    talks = book.active
    talks.title = "会议发表"
    for row in (["序号", "题目", "会议名称", "地点", "发表类型", "年份"],
                [1, "湖区水文模型与政策", "第三届青溪水资源论坛", "青溪", "主旨演讲", 2030],
                [2, "湿地碳汇的评估方法", "南湖能源经济年会", "南湖", "口头发表", 2031]):
        talks.append(row)
    courses = book.create_sheet("教授本科课程")
    for row in (["课程名称", "学年起始", "开设单位"], ["水文统计", 2030, "青溪大学水利学院"], ["湖泊生态学", 2031, "青溪大学水利学院"]):
        courses.append(row)
    books = book.create_sheet("出版著作")
    for row in (["著作标题", "作者", "年份", "出版社"], ["湖区水文学", "林小溪，周一帆", 2030, "青溪科学出版社"],
                ["湿地碳管理", "周一帆", 2031, "南湖大学出版社"]):
        books.append(row)
    data = io.BytesIO()
    book.save(data)
    extraction = extract(read_upload(data.getvalue(), "cv.xlsx"))
    projects = names(extraction, "Project")
    assert not projects & {"湖区水文模型与政策", "第三届青溪水资源论坛", "水文统计", "湖泊生态学", "青溪科学出版社"}
    assert entity(extraction, "Organization", "青溪科学出版社").kind == "company"


def test_a_patent_row_with_its_application_and_its_grant_numbers_is_known_by_the_grant() -> None:
    rows = ("专利名称,申请时间,申请号,授权号,授权时间,发明人1,发明人2\n"
            "一种湖区水位预报方法,2029.01.14,CN203010021667.6,ZL203010021667.6,2031.10.31,林小溪,周一帆\n"
            "一种湿地碳汇监测装置,2030.03.02,203010031234.5,,,周一帆,林小溪\n")
    extraction = extract(read_upload(rows.encode("utf-8"), "patents.csv"))
    numbers = {e.name: e.number for e in extraction.entities if str(e.type) == "Patent"}
    assert numbers == {"一种湖区水位预报方法": "ZL203010021667.6", "一种湿地碳汇监测装置": "203010031234.5"}


def test_numbered_projects_with_their_fields_in_brackets_keep_the_title_and_the_last_unit_without_the_brackets() -> None:
    ex = extract_text("二等奖\n1. 城市轨道智能运维平台（完成人：林小溪、周一帆；完成单位：东川交通大学、西岭智控科技股份有限公司）\n"
                      "2. 复杂地质隧道安全监测技术（完成人：魏星河；完成单位：东川交通大学）\n")
    assert names(ex, "Project") == {"城市轨道智能运维平台", "复杂地质隧道安全监测技术"}
    assert {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF"} >= {
        ("东川交通大学", "城市轨道智能运维平台", 1), ("西岭智控科技股份有限公司", "城市轨道智能运维平台", 2)}
    assert ("林小溪", "城市轨道智能运维平台") in relations(ex, "MEMBER_OF")


def test_a_staff_page_s_names_under_a_title_heading_and_its_cards_of_name_over_titles(tmp_path) -> None:
    """A faculty page whose title names the school: names alone under a heading that is a title (`教授`), and cards
    of a name over a line of titles, each work at the school and its university with those titles."""
    from ingest.pipeline import extract_file

    head = "<html><head><title>师资队伍-青溪林业大学计算机学院</title></head><body>"
    (tmp_path / "titled.html").write_text(head + "<h2>教授</h2><ul><li>穆远浩</li><li>林小溪</li></ul></body></html>",
                                          encoding="utf-8")
    (tmp_path / "cards.html").write_text(
        head + "<h2>师资队伍</h2><ul><li><p>穆远浩</p><p>教授 博士生导师</p><p>研究方向：机器学习</p></li>"
        "<li><p>林小溪</p><p>副教授</p><p>研究方向：计算机视觉</p></li></ul></body></html>", encoding="utf-8")
    titled = extract_file(tmp_path / "titled.html")[1]
    cards = extract_file(tmp_path / "cards.html")[1]
    works = {(r.source, r.target, r.title) for r in titled.relations if str(r.type) == "WORKS_AT"}
    assert works == {(p, u, "教授") for p in ("穆远浩", "林小溪") for u in ("青溪林业大学计算机学院", "青溪林业大学")}
    works = {(r.source, r.target, r.title) for r in cards.relations if str(r.type) == "WORKS_AT"}
    assert works == {(p, u, t) for p, t in (("穆远浩", "教授/博士生导师"), ("林小溪", "副教授"))
                     for u in ("青溪林业大学计算机学院", "青溪林业大学")}


def test_numbered_titles_with_their_completers_in_brackets_are_awarded_projects_and_fields_lose_their_marks() -> None:
    """`1. 某某研究（甲、乙）`, `2. 某某集成（丙等）`: the names alone in brackets are the project's completers in order
    (`甲等`: 甲 the first of several), no leader; `获奖项目：《某某》，完成人：…`: the title without its book marks."""
    text = ("北辰农业大学多项成果获2031年度东川省科学技术奖\n二等奖：\n1. 玉米抗旱品种的选育与推广（邓晓林、林兰舟）\n"
            "2. 生猪健康养殖关键技术集成（韩立新等）\n"
            "获奖项目：《水稻抗病品种的选育》，完成人：柏宁、文远，完成单位：北辰农业大学\n")
    ex = extract(read_upload(text.encode(), "awards.txt"))
    members = {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"}
    assert {("邓晓林", "玉米抗旱品种的选育与推广", 1), ("林兰舟", "玉米抗旱品种的选育与推广", 2),
            ("韩立新", "生猪健康养殖关键技术集成", 1), ("柏宁", "水稻抗病品种的选育", 1)} <= members
    assert not [r for r in ex.relations if str(r.type) == "LEADS"]
    assert not any(e.name.startswith("《") for e in ex.entities)


def test_an_awarded_item_with_its_units_in_brackets_and_its_completers_after_a_colon() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    ex = extract(read_upload(("## 一等奖\n\n- **深海微生物资源的发掘与利用**（青溪大学、青溪海洋研究所）：林小溪、代云舒、韩冬青\n"
                              "- **城市地下管网智能监测系统**（云岭智能装备有限公司）：欧阳立、宋明哲\n").encode(), "awards.md"))
    first = "深海微生物资源的发掘与利用"
    assert {(r.source, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF" and r.target == first} == {
        ("青溪大学", 1), ("青溪海洋研究所", 2)}
    assert {(r.source, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF" and r.target == first} == {
        ("林小溪", 1), ("代云舒", 2), ("韩冬青", 3)}
    assert ("欧阳立", "城市地下管网智能监测系统") in {(r.source, r.target) for r in ex.relations if str(r.type) == "MEMBER_OF"}


def test_a_source_cell_that_names_the_body_then_its_kind_of_project_after_a_blank() -> None:
    """`项目来源: 省科技厅 社会发展面上-慢病规范化管理`: the body funds the project; what follows the blank is the body's
    kind of project, no programme of its own."""
    table = ("| 序号 | 年度 | 项目负责人 | 所属部门 | 项目编号 | 课题名称 | 项目来源 | 项目经费（万元） |\n"
             "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
             "| 1 | 2031 | 林景行 | 心内科 | XKQ101 | 冠脉介入术后肾损伤的预防策略研究 | 省科技厅 社会发展面上-慢病规范化管理 | 20 |\n"
             "| 2 | 2031 | 周雨桐 | 肾内科 | XKQ102 | 足细胞损伤的分子机制研究 | 省科技厅 自然基金、面上 | 10 |\n")
    extraction = extract(read_upload(table.encode(), "projects.md"))
    funded = relations(extraction, "FUNDED_BY")
    assert {project for project, _ in funded} == {"冠脉介入术后肾损伤的预防策略研究", "足细胞损伤的分子机制研究"}
    assert all(funder.endswith("科技厅") or funder.endswith("科学技术厅") for _, funder in funded)
    assert not any(n.startswith("省科技厅") for n in names(extraction, "Project"))


def test_two_posts_held_together_are_never_one_unit() -> None:
    """`某某，某部副部长兼某局局长`: the first post in its unit; the words around 兼 make no unit of their own."""
    x = extract_text("柯远山，北辰部副部长兼中医药局局长\n")
    assert ("柯远山", "北辰部", "副部长", None) in _works(x)
    assert not any("兼" in n for n in names(x, "Organization"))


def test_a_department_of_a_named_institution_with_its_head_s_post_in_one_cell() -> None:
    """`工作单位及职务 | 青溪大学材料系主任`: the department is the unit and 主任 the post in it, not a unit's name."""
    extraction = extract_text("| 姓名 | 工作单位及职务 |\n| -- | -- |\n| 林小溪 | 青溪大学材料系主任 |\n| 周一鸣 | 东湖研究院副院长 |\n",
                              "people.md")
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学材料系"), ("周一鸣", "东湖研究院")}
    assert relations(extraction, "LEADS") == {("林小溪", "青溪大学材料系")}


def test_a_column_of_fields_named_with_mingcheng_is_no_project() -> None:
    """`领域名称`, `学科名称`: the field a winner is listed under, not a project they are members of."""
    extraction = extract_text("| 序号 | 单位名称 | 获奖人姓名 | 领域名称 |\n| -- | -- | -- | -- |\n| 1 | 东川大学 | 林小溪 | 环境工程 |\n"
                              "| 2 | 东川大学 | 周一鸣 | 计算机技术 |\n", "winners.md")
    assert not names(extraction, "Project")
    assert relations(extraction, "WORKS_AT") == {("林小溪", "东川大学"), ("周一鸣", "东川大学")}


def test_the_members_of_an_institution_s_committee_of_experts_hold_seats_not_jobs() -> None:
    """`某实验室学术委员会主任甲院士、副主任乙院士以及丙院士、丁教授等学术委员出席`: each a seat on the committee
    (AFFILIATED_WITH), the chair its head; the last item's people end at 等, what they are together after it."""

    ex = extract_text("东川物理重点实验室学术委员会年会召开，重点实验室学术委员会主任柯远山院士、副主任林小溪院士以及"
                      "乔远航院士、宋雨田教授等学术委员出席了会议。\n")
    seats = {person for person, _ in relations(ex, "AFFILIATED_WITH")}
    assert {"柯远山", "林小溪", "乔远航", "宋雨田"} <= seats
    assert not relations(ex, "WORKS_AT")
    assert {person for person, _ in relations(ex, "LEADS")} == {"柯远山"}


def test_a_unit_s_two_posts_before_a_name_both_the_person_s() -> None:
    """`某集团有限公司首席科学家、首席技术专家甲荣获…`: the unit, its posts joined by 、, then the person."""
    ex = extract_text("东川电力建设集团有限公司首席科学家、首席技术专家柯远山荣获一等奖。\n")
    assert ("柯远山", "东川电力建设集团有限公司") in relations(ex, "WORKS_AT")


def test_people_described_after_a_colon_each_on_a_line_of_a_list_keep_their_own_units() -> None:
    """`甲教授：某大学某学院院长<br>乙研究员：…副院长、《Some Journal》杂志副主编`: each line's unit and post are its
    person's, never the line above's (a post at the line's end is no post of the name opening the next line), and a
    journal's post, its name broken over two lines, is no unit."""
    page = ("<div><h2>组织委员会</h2><ul><li>副主席</li><li>"
            "柯振邦教授：乙州大学食品科学与工程学院院长<br>"
            "诸葛青研究员：乙州大学食品科学与工程学院副院长<br>"
            "司马远教授：丙州大学生命科学学院营养学部主任、《Journal of Lantern and Food <br>&nbsp;&nbsp;Chemistry》杂志副主编<br>"
            "欧阳舒教授：丁州大学食品科技研究所、《Journal of Lantern Analysis》杂志副主编<br></li></ul></div>")
    ex = extract(read_upload(page.encode("utf-8"), "committee.html"))
    assert {(p, u, pos) for p, u, pos, _ in _works(ex)} == {
        ("柯振邦", "乙州大学食品科学与工程学院", "院长"), ("诸葛青", "乙州大学食品科学与工程学院", "副院长"),
        ("柯振邦", "乙州大学", "食品科学与工程学院院长"), ("诸葛青", "乙州大学", "食品科学与工程学院副院长"),  # (the university too)
        ("司马远", "丙州大学生命科学学院营养学部", "主任"), ("欧阳舒", "丁州大学食品科技研究所", None)}
    assert relations(ex, "LEADS") == {("柯振邦", "乙州大学食品科学与工程学院"), ("司马远", "丙州大学生命科学学院营养学部")}


def test_a_post_read_after_a_verb_stops_at_the_next_line_that_opens_with_its_own_label() -> None:
    page = ("<div><h2>组织委员会</h2><ul><li>副主席</li><li>"
            "Lan Rao教授：甲州大学营养学院主任、某某食品荣誉学会前任主席<br>"
            "Wen Ke教授：国际湖泊营养学会主席、乙州大学心理学系主任<br></li></ul></div>")
    ex = extract(read_upload(page.encode("utf-8"), "committee.html"))
    assert not {(p, u) for p, u in relations(ex, "LEADS") | relations(ex, "AFFILIATED_WITH") if p == "Lan Rao"
                and u in ("国际湖泊营养学会", "乙州大学心理学系")}


def test_a_word_before_a_colon_is_no_person_described_after_it() -> None:
    page = "<div><p>乔远鸣教授是甲州医院泌尿外科主任。</p><p>来源：甲州医院<br>日期：2015年8月21日</p></div>"
    ex = extract(read_upload(page.encode("utf-8"), "news.html"))
    assert "来源" not in names(ex, "Person")
    assert relations(ex, "WORKS_AT") == {("乔远鸣", "甲州医院")}


def test_a_committee_line_s_academy_honour_is_a_title_and_a_magazine_is_a_unit() -> None:
    """`甲院士：中国工程院院士、某大学校长`: the honour is a title, no job at the academy, and the line's post is still read;
    `某杂志社社长`: the magazine is a unit the person heads."""
    page = ("<html><body><div>\n组织委员会<br>\n柯振邦院士：中国工程院院士、北辰工商大学校长<br>\n"
            "乔远鸣教授：北辰食品科学研究院院长、北辰食品杂志社社长<br>\n司马青院士：中国科学院院士、西岭大学校长<br>\n"
            "</div></body></html>\n")
    x = extract(read_upload(page.encode(), "committee.html"))
    works = relations(x, "WORKS_AT")
    assert {("柯振邦", "北辰工商大学"), ("乔远鸣", "北辰食品杂志社"), ("司马青", "西岭大学")} <= works
    assert {("柯振邦", "北辰工商大学"), ("乔远鸣", "北辰食品杂志社")} <= relations(x, "LEADS")
    assert not {unit for _, unit in works} & {"中国工程院", "中国科学院"}


def test_a_cv_s_project_item_its_programme_before_a_colon_its_number_field_running_on_to_its_years() -> None:
    """`* 某基金重大项目课题: __<title>__, 批准号:42375118, 2031-2035.`: the title (out of markdown's emphasis), part of
    the programme written before it; the number alone, the years the project's; a course taught in a department
    (`环境化学 2024-2030 （计算机系）`) has no leader named 计算机系."""
    ex = _upload("# 柯振邦\n\n柯振邦，南州大学环境学院教授。\n\n## 科研项目\n\n"
                      "* 国家自然科学基金重大项目课题: __湖泊沉积物磷循环的多尺度机理__, 批准号:42375118, 2031-2035.\n"
                      "* 国家重点基础研究计划（973计划）课题: __浅水湖泊富营养化的演化规律__, 批准号:2030CB118406, 2030-2034.\n\n"
                      "## 教学\n\n* 水文地质学 2024-2030 （计算机系）\n* 湖泊学概论 （计算机系）\n")
    first = entity(ex, "Project", "湖泊沉积物磷循环的多尺度机理")
    assert (first.code, first.year) == ("42375118", 2031)
    assert entity(ex, "Project", "浅水湖泊富营养化的演化规律").code == "2030CB118406"
    assert {("湖泊沉积物磷循环的多尺度机理", "国家自然科学基金重大项目课题"),
            ("浅水湖泊富营养化的演化规律", "国家重点基础研究计划（973计划）课题")} <= relations(ex, "PART_OF")
    assert "计算机系" not in names(ex, "Person")


def _upload(text: str) -> Extraction:
    return extract(read_upload(text.encode("utf-8"), "cv.md"))


def test_an_item_that_tells_applicants_what_to_do_is_no_project_s_title() -> None:
    """`3.各候选人须于5月20日前把申请材料交至科研办公室（电话：…）`: an instruction before a labelled phone, no project."""
    ex = extract_text("四、申报流程\n1.请各候选人准备申报材料。\n2.学院最多推荐候选人1人。\n"
                      "3.各候选人须于2031年5月20日前把申请材料交至科研办公室柯振邦处（电话：66012345）\n")
    assert names(ex, "Project") == set()
    assert "柯振邦" in names(ex, "Person")


def test_an_item_whose_only_label_is_in_the_note_closing_it_is_read_by_its_own_shape() -> None:
    """`甲, 乙. 某服务. 获得某大赛三等奖。（指导教师：丙）`: the note's label makes no record of the item, whose title would
    be the whole line; its people are read."""
    ex = extract_text("## 获奖\n\n1. 柯振邦, 诸葛岚. 湖泊水质的在线监测系统. 获得2031北辰大学生设计竞赛三等奖。（指导教师：乔远鸣）\n\n"
                      "2. 司马青. 沉积物采样机器人. 获得2030北辰大学生设计竞赛二等奖。（指导教师：乔远鸣）\n", "cv.md")
    assert {"柯振邦", "诸葛岚", "司马青", "乔远鸣"} <= names(ex, "Person")
    assert not [n for n in names(ex, "Project") if "获得" in n or "," in n]
