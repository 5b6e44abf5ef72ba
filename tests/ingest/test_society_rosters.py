"""A society's officers listed under its title, each post a label before people with their units in brackets
(`副理事长：甲（某大学）、乙（某医院）`): each person WORKS_AT their unit and is AFFILIATED_WITH the society in
the post, and the head post LEADS it. The term (`第十届理事会`) is the society's, never a unit of its own."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

ROSTER = """中国东川学会第十届理事会负责人名单

理事长：王立新（东川大学）
副理事长：陈海燕（东川研究院）、刘明（西山医院）
秘书长：赵红梅（东川大学）
"""


def _posts(extraction, body: str) -> dict[str, str | None]:
    return {r.source: r.position for r in extraction.relations
            if str(r.type) == "AFFILIATED_WITH" and r.target == body}


def test_each_officer_holds_the_post_in_the_society_the_title_names_and_works_at_their_unit() -> None:
    ex = extract_text(ROSTER)
    assert _posts(ex, "中国东川学会") == {"王立新": "理事长", "陈海燕": "副理事长", "刘明": "副理事长", "赵红梅": "秘书长"}
    assert relations(ex, "LEADS") == {("王立新", "中国东川学会")}
    assert relations(ex, "WORKS_AT") == {("王立新", "东川大学"), ("陈海燕", "东川研究院"), ("刘明", "西山医院"),
                                         ("赵红梅", "东川大学")}


def test_the_term_of_the_council_is_no_unit_and_plain_names_hold_the_posts_too() -> None:
    ex = extract_text("中国东川学会第十届理事会负责人名单\n\n理事长：王立新\n副理事长：陈海燕、刘明\n")
    assert names(ex, "Organization") == {"中国东川学会"}
    assert _posts(ex, "中国东川学会") == {"王立新": "理事长", "陈海燕": "副理事长", "刘明": "副理事长"}


def test_a_committee_of_a_university_is_no_society_and_its_members_keep_only_their_units() -> None:
    ex = extract_text("东川大学实验室建设工作组名单\n\n组长：王立新（东川大学）\n成员：陈海燕（东川研究院）\n")
    assert not relations(ex, "AFFILIATED_WITH")


def test_a_table_of_officers_under_the_society_s_heading(tmp_path) -> None:
    from ingest.pipeline import extract_file

    (tmp_path / "council.html").write_text(
        "<html><body><h2>中国东川学会第十届理事会理事名单</h2><table>"
        "<tr><th>姓名</th><th>工作单位</th><th>职称</th><th>学会职务</th></tr>"
        "<tr><td>王立新</td><td>东川大学</td><td>教授</td><td>理事长</td></tr>"
        "<tr><td>刘明</td><td>西山医院</td><td>主任医师</td><td>理事</td></tr></table></body></html>", encoding="utf-8")
    ex = extract_file(tmp_path / "council.html")[1]
    assert _posts(ex, "中国东川学会") == {"王立新": "理事长", "刘明": "理事"}
    assert relations(ex, "LEADS") == {("王立新", "中国东川学会")}  # never the unit the society's head works at
    assert {r.position for r in ex.relations if str(r.type) == "WORKS_AT"} == {None}


def test_a_society_post_in_a_column_of_its_own_is_no_post_at_the_work_unit() -> None:
    from ingest.blocks import BlockWriter

    out = BlockWriter()
    out.add_table([["姓名", "单位", "职务"], ["王立新", "东川大学", "理事长"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert relations(ex, "WORKS_AT") == {("王立新", "东川大学")}
    assert not relations(ex, "LEADS")
    assert {r.position for r in ex.relations if str(r.type) == "WORKS_AT"} == {None}


def test_a_post_s_label_on_a_line_of_its_own_heads_the_list_below_it_and_a_secretary_is_a_post() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("青溪省医学会神经病学专业委员会委员名单\n\n主任委员：林小溪（青溪医科大学附属第一医院）\n"
                      "秘书：魏星河（青溪医科大学附属第一医院）\n委员（按姓氏笔画排序）：\n"
                      "王振华（青溪市中心医院） 刘佳（东川县人民医院）\n")
    posts = {(r.source, r.position) for r in ex.relations
             if str(r.type) == "AFFILIATED_WITH" and r.target == "青溪省医学会神经病学专业委员会"}
    assert posts == {("林小溪", "主任委员"), ("魏星河", "秘书"), ("王振华", "委员"), ("刘佳", "委员")}
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("王振华", "青溪市中心医院"), ("刘佳", "东川县人民医院")} <= works


def test_a_committee_s_roster_with_each_post_on_a_line_of_its_own_and_names_in_the_hong_kong_style(tmp_path) -> None:
    """A roster in Traditional: the title names the committee, `主席`, `委員`, `秘書` alone on their lines head the
    people below; each line `某某教授，SBS，JP  某大學` (honours in letters, a form of address 先生/博士, a post after
    the unit) gives the person's unit and the seat on the committee (LEADS for its chair); an English honorific
    opens no unit's name."""
    from ingest.pipeline import extract_file

    (tmp_path / "roster.txt").write_text(
        "青川研究資助委員會 2025/26年度委員名單\n\n主席\n陳大文教授，SBS，JP  青川大學\n\n委員\n李嘉明教授  北灣科技大學\n"
        "黃美玲教授  東港中文大學\nProfessor John SMITH  University of Northvale\n張志強先生，BBS  青川創新科技署署長\n"
        "何淑儀博士  青川理工大學\n\n秘書\n梁小華女士  青川研究資助委員會秘書處\n", encoding="utf-8")
    _, ex = extract_file(tmp_path / "roster.txt")
    seats = {(r.source, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH" and r.target == "青川研究資助委員會"}
    assert seats == {("陳大文", "主席"), ("李嘉明", "委員"), ("黃美玲", "委員"), ("張志強", "委員"), ("何淑儀", "委員"),
                     ("梁小華", "秘書")}
    assert ("陳大文", "青川研究資助委員會") in relations(ex, "LEADS")
    assert {("陳大文", "青川大學"), ("何淑儀", "青川理工大學"), ("張志強", "青川創新科技署")} <= relations(ex, "WORKS_AT")
    assert not any(n.startswith("Professor") for n in names(ex, "Organization"))


def test_a_post_of_four_characters_alone_on_its_line_heads_the_people_below_rather_than_titling_them() -> None:
    """`主任委员` alone on its line is as short as a caption; it is the post of the lines below, and each member,
    written with their unit after a blank, keeps that unit."""
    ex = extract_text("中国东川学会青年委员会委员名单\n主任委员\n王立新 东川大学\n副主任委员\n陈海燕 东川研究院\n"
                      "委员（以姓氏拼音为序）\n刘明 西山医院\n")
    assert _posts(ex, "中国东川学会青年委员会") == {"王立新": "主任委员", "陈海燕": "副主任委员", "刘明": "委员"}
    assert relations(ex, "WORKS_AT") == {("王立新", "东川大学"), ("陈海燕", "东川研究院"), ("刘明", "西山医院")}


def test_a_council_table_under_a_plain_title_line_with_a_post_at_the_unit_and_a_post_in_the_branch(tmp_path) -> None:
    """A page's title written as a plain paragraph names the branch; each row's `职务` is the post at the unit
    (`党委副书记` a post there, not a unit named 党委) and `分会职务` the seat in the branch; a row whose unit is a
    group of the branch holds the first post there."""
    from ingest.pipeline import extract_file

    (tmp_path / "council.html").write_text(
        "<html><body><p>中国东川协会空间结构分会第六届理事会名单</p><table>"
        "<tr><th>序号</th><th>单位</th><th>代表人</th><th>职务</th><th>分会职务</th></tr>"
        "<tr><td>1</td><td>东川工业大学</td><td>王立新</td><td>院长</td><td>理事长</td></tr>"
        "<tr><td>2</td><td>西山建筑设计有限公司</td><td>陈海燕</td><td>党委副书记</td><td>副理事长</td></tr>"
        "<tr><td>3</td><td>空间结构分会膜结构专业组</td><td>刘明</td><td>主任委员</td><td>常务理事</td></tr>"
        "</table></body></html>", encoding="utf-8")
    ex = extract_file(tmp_path / "council.html")[1]
    assert _posts(ex, "中国东川协会空间结构分会") == {"王立新": "理事长", "陈海燕": "副理事长", "刘明": "常务理事"}
    assert _posts(ex, "空间结构分会膜结构专业组") == {"刘明": "主任委员"}
    assert relations(ex, "LEADS") == {("王立新", "中国东川协会空间结构分会"), ("刘明", "空间结构分会膜结构专业组")}
    assert {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"} == {
        ("王立新", "东川工业大学", "院长"), ("陈海燕", "西山建筑设计有限公司", "党委副书记")}
    assert "党委" not in names(ex, "Organization")


def test_each_post_s_list_of_plain_names_under_its_label_however_long_and_whoever_is_listed_above() -> None:
    """`副主任委员：` over `甲、乙`, then `委员：` over a long list: the lists above are no title of the lists below;
    a list longer than a paragraph's line is still a list under its label; a name padded to three characters' width
    (`覃  莲`) is one name, and in a long list one whose surname is rare (种) is still a name."""
    members = ["钱思远", "孙浩然", "赵明远", "覃  莲", "田梅", "种晓琴", "王若曦", "李子涵", "郑雨桐", "孔德明",
               *(f"{surname}{given}" for surname in "陈林黄吴刘" for given in ("建国", "海燕", "志强", "丽华", "文博",
                                                                                   "晓东", "红梅", "立新", "国庆", "春华"))]
    text = ("东川神经病学会\n主任委员：\n林晓岚\n副主任委员：\n周文博、吴一凡\n委员：\n" + "、".join(members)
            + "\n青年委员：\n邹雨晴、王浩宇\n")
    x = extract_text(text)
    posts = _posts(x, "东川神经病学会")
    assert posts["吴一凡"] == "副主任委员"
    assert posts["钱思远"] == posts["覃莲"] == posts["种晓琴"] == posts["黄国庆"] == "委员"
    assert posts["王浩宇"] == "青年委员"
    assert "周文博、吴一凡" not in names(x, "Organization")


def test_a_committee_s_roster_with_padded_labels_carries_the_members_label_to_the_lines_below() -> None:
    """`主 任：甲 某局局长` … `委 员：丁 某处处长` then `戊 某医院`, `己 某医院`: the padded labels are posts on the
    committee the title names (主任 leads it), and the members' label goes on over the lines of names after it."""
    ex = extract_text("东川省器官移植临床应用委员会专家名单\n主 任：林小溪 东川省卫生局局长\n副主任：柯远山 东川省卫生局副局长\n"
                      "委 员：魏星河 东川省卫生局医政处处长\n周明川 东川大学附属第一医院\n韩立峰 东川省第一人民医院\n"
                      "\n东川省卫生局\n2030年1月11日\n")
    body = "东川省器官移植临床应用委员会"
    assert _posts(ex, body) == {"林小溪": "主任", "柯远山": "副主任", "魏星河": "委员", "周明川": "委员", "韩立峰": "委员"}
    assert ("林小溪", body) in relations(ex, "LEADS")
    assert ("周明川", "东川大学附属第一医院") in relations(ex, "WORKS_AT")


def test_a_roster_s_line_above_a_members_label_is_no_project_s_title() -> None:
    """`副组长：甲  某职` / `      乙  某委主任` / `成 员：丙  某委副主任`: the line above the members' label is a roster's
    line of a person, no project the members belong to."""
    ex = extract_text("关于成立东川省医学中心建设领导小组的通知\n\n二、组成人员\n\n  组 长：林小溪  副省长\n\n"
                      "  副组长：柯远山  省政府副秘书长\n\n      魏星河  省卫生健康委主任\n\n  成 员：周明川  省教育厅副厅长\n")
    assert not names(ex, "Project")
    assert not relations(ex, "MEMBER_OF")
    assert ("魏星河", "省卫生健康委") in relations(ex, "WORKS_AT")


def test_a_leading_group_named_by_its_task_is_a_body_whose_roster_gives_seats() -> None:
    """`关于成立某省某中心建设领导小组的通知`, `（以下简称领导小组）`, `组 长：甲  副省长`: the group is one body (建设 its
    task, no founding), the short form no second body, and its leader holds a seat and leads it."""
    ex = extract_text("北辰省人民政府办公厅关于成立北辰省国际医学中心建设领导小组的通知\n\n各地级以上市人民政府：\n\n"
                      "  省政府决定成立北辰省国际医学中心建设领导小组（以下简称领导小组）。\n\n  二、组成人员\n\n"
                      "  组 长：林小溪  副省长\n\n  副组长：柯远山  省政府副秘书长\n")
    body = "北辰省国际医学中心建设领导小组"
    assert body in names(ex, "Organization")
    assert not any(n.endswith("简称领导小组") for n in names(ex, "Organization"))
    assert _posts(ex, body) == {"林小溪": "组长", "柯远山": "副组长"}
    assert ("林小溪", body) in relations(ex, "LEADS")


def test_a_group_set_up_in_a_sentence_takes_the_roster_the_sentence_introduces() -> None:
    """`省政府决定成立某省推进某中心建设领导小组，组成人员名单如下：` over `组 长:甲 省长` and one person a line: the
    group is named from the verb that set it up (推进, 建设 are its task's), the sentence is the roster's caption,
    a label's post carries over the lines below it, and a bare post with no unit still leaves the line a roster's."""
    ex = extract_text("云州省人民政府办公厅关于成立领导小组的通知\n"
                      "为加强统筹协调,省政府决定成立云州省推进湾区科技创新中心建设领导小组,组成人员名单如下:\n"
                      "组 长:甄国栋 省长\n副组长:钱立群 副省长\n成 员:孔德海 省政协副主席、省科技厅厅长\n"
                      "卫晓岚 省政府副秘书长\n柏 舟 省财政厅厅长\n")
    body = "云州省推进湾区科技创新中心建设领导小组"
    assert body in names(ex, "Organization")
    assert _posts(ex, body) == {"甄国栋": "组长", "钱立群": "副组长", "孔德海": "成员", "卫晓岚": "成员", "柏舟": "成员"}
    assert ("甄国栋", body) in relations(ex, "LEADS")
    works = relations(ex, "WORKS_AT")
    assert {("柏舟", "省财政厅"), ("孔德海", "省科技厅")} <= works
    assert ("孔德海", "省政协") in works and ("卫晓岚", "省政府") in works  # a post in government is a job, no seat
    assert ("卫晓岚", "省科技厅") not in works  # the post ending one line is not the next line's person's


def test_a_group_named_after_the_verb_that_sets_it_up_stops_at_the_clause() -> None:
    """`学校成立了由校长任组长的疫情防控工作领导小组`: the name runs back to the verb, not over 的 or a comma."""
    ex = extract_text("东川大学成立了由校长任组长的疫情防控工作领导小组。国务院决定成立国家新材料产业发展领导小组。")
    assert {"疫情防控工作领导小组", "国家新材料产业发展领导小组"} <= names(ex, "Organization")
    assert not any("组长" in n or n.startswith("成立") for n in names(ex, "Organization"))


def test_a_roster_under_its_own_heading_is_of_the_group_the_notice_sets_up_before_it() -> None:
    """`国务院决定成立第三次全国某普查领导小组（以下简称领导小组）` in a paragraph, then `一、主要职责`,
    `二、组成人员` and the roster: its lines are seats in that group, the title's lines split before the name; a
    post in the State Council (国务院副秘书长) is a job there."""
    ex = extract_text("国务院办公厅关于成立\n第三次全国湖泊普查领导小组的通知\n国办发〔2031〕30号\n"
                      "为加强对普查工作的领导，国务院决定成立第三次全国湖泊普查领导小组（以下简称领导小组），现将有关事项通知如下：\n"
                      "一、主要职责\n负责普查的组织和实施。\n二、组成人员\n组 长：甄国栋 国务院副总理\n"
                      "副组长：柯 蓝 国务院副秘书长\n钱立群 统计局局长\n成 员：孔德海 民政部副部长\n")
    body = "第三次全国湖泊普查领导小组"
    assert _posts(ex, body) == {"甄国栋": "组长", "柯蓝": "副组长", "钱立群": "副组长", "孔德海": "成员"}
    assert {("柯蓝", "国务院"), ("钱立群", "统计局"), ("孔德海", "民政部")} <= relations(ex, "WORKS_AT")


def test_a_page_s_title_wrapped_over_two_lines_names_the_group_whose_list_items_give_seats(tmp_path) -> None:
    """A page's title broken by `<br/>` (`…关于成立东川市<br/>诚信建设工作领导小组的通知`) over a list of one person
    an item: `组 长：甲`, `副组长：乙`, then `丙` and `丁（市财政局）` alone: the group is named whole, each label's
    post goes on over the items of names below it, and a unit in brackets is the person's work unit."""
    from ingest.pipeline import extract_file

    (tmp_path / "group.html").write_text(
        "<html><body><p>东政办函[2031]12号</p><p align='center'><span>东川市人民政府办公室关于成立东川市<br/>\n"
        "  诚信建设工作领导小组的通知</span></p><ul><li>组&nbsp;&nbsp;长：甄国栋</li><li>副组长：柯 蓝</li>"
        "<li>钱立群</li><li>孔德海（市纪委）</li><li>成&nbsp;&nbsp;员：卫晓岚（市财政局）</li><li>柏 舟（市教育局）</li>"
        "</ul><p>领导小组下设办公室，办公室设在市发改局。</p></body></html>", encoding="utf-8")
    ex = extract_file(tmp_path / "group.html")[1]
    body = "东川市诚信建设工作领导小组"
    assert _posts(ex, body) == {"甄国栋": "组长", "柯蓝": "副组长", "钱立群": "副组长", "孔德海": "副组长",
                                "卫晓岚": "成员", "柏舟": "成员"}
    assert ("甄国栋", body) in relations(ex, "LEADS")
    assert {("孔德海", "市纪委"), ("柏舟", "市教育局")} <= relations(ex, "WORKS_AT")


def test_names_padded_to_one_width_and_parted_by_wider_gaps_are_each_a_seat_in_the_group_set_up_above() -> None:
    """`1.学院成立某工作领导小组，…` above `组  长：吕  冰   乔保军` and a line of names alone: two-character names padded
    to three's width, the names parted by a wider gap, each holds the label's post in the group."""
    ex = extract_text("五、保障措施\n\n1.学院成立课程建设工作领导小组，统筹推进学院课程建设工作。\n\n"
                      "组  长：甄  冰   柯远山\n\n副组长：钱  蓝   孔德海\n\n成  员：卫晓岚   柏  舟   韩冬青\n\n"
                      "            周一鸣   林  溪\n\n领导小组负责研究部署学院课程建设工作。\n")
    body = "课程建设工作领导小组"
    assert _posts(ex, body) == {"甄冰": "组长", "柯远山": "组长", "钱蓝": "副组长", "孔德海": "副组长", "卫晓岚": "成员",
                                "柏舟": "成员", "韩冬青": "成员", "周一鸣": "成员", "林溪": "成员"}
    assert {("甄冰", body), ("柯远山", body)} <= relations(ex, "LEADS")


def test_state_bodies_written_short_and_the_posts_of_banks_stations_and_libraries_are_units_and_posts() -> None:
    """`甲 人民银行行长`, `乙 工程院院长`, `丙 中科院院长` in a roster and `某总站站长丁` in prose: each a unit and its
    head post, the roster's label going on over the lines."""
    ex = extract_text("云州省人民政府办公厅关于成立领导小组的通知\n"
                      "省政府决定成立云州省科技创新工作领导小组,组成人员名单如下:\n"
                      "组 长:甄国栋 省长\n成 员:钱立群 人民银行行长\n孔德海 工程院院长\n卫晓岚 中科院院长\n"
                      "柏 舟 省财政厅厅长\n\n东川农机推广总站站长韩冬青出席会议。\n")
    body = "云州省科技创新工作领导小组"
    assert _posts(ex, body) == {"甄国栋": "组长", "钱立群": "成员", "孔德海": "成员", "卫晓岚": "成员", "柏舟": "成员"}
    assert {("钱立群", "人民银行"), ("孔德海", "工程院"), ("卫晓岚", "中科院")} <= relations(ex, "LEADS")
    assert ("韩冬青", "东川农机推广总站") in relations(ex, "LEADS")


def test_a_roster_line_of_names_linked_to_the_site_s_pages_and_closed_by_their_count_seats_everyone() -> None:
    """`委员：甲、[乙]({{ site.baseurl }}{% link people/x.md %})、丙等31人` under the sentence renaming the body
    (`1928年改名为“某委员会”`): each name a seat, the site's template links read as their text, the count no name."""
    ex = extract_text("东川国语研究会（1919年成立）\n\n1928年改名为“东川国语统一委员会”\n\n主席：甄国栋\n\n"
                      "委员：钱立群、[孔德海]({{ site.baseurl }}{% link people/kongdehai.md %})、卫晓岚、柏舟等31人\n")
    body = "东川国语统一委员会"
    assert _posts(ex, body) == {"甄国栋": "主席", "钱立群": "委员", "孔德海": "委员", "卫晓岚": "委员", "柏舟": "委员"}
    assert not any("site" in n or "等" in n for n in names(ex, "Person"))


def test_names_run_straight_into_their_posts_in_a_roster_whose_labelled_line_is_read_as_a_field() -> None:
    """`成 员:甲某省发展改革委主任` (read as a field) over `乙 某省财政厅副厅长`, `丙某某省公安厅副厅长`: the members' label goes
    on over the lines below, each name split from the unit and post it runs into (a padded name, one of three
    characters, one of two before the province's word)."""
    ex = extract_text("云州省人民政府办公厅关于成立云州省\n航空产业发展工作领导小组的通知\n"
                      "为加强组织领导,省政府决定成立云州省航空产业发展工作领导小组。现就有关事项通知如下:\n"
                      "二、组成人员\n组 长:甄国栋省长\n成 员:钱立群省发展改革委主任\n孔德海省发展改革委一级巡视员\n"
                      "卫 岚省财政厅副厅长\n柏晓舟省公安厅副厅长\n韩冬省教育厅副厅长\n")
    body = "云州省航空产业发展工作领导小组"
    posts = _posts(ex, body)
    assert {"孔德海", "卫岚", "柏晓舟", "韩冬"} <= set(posts) and {posts[n] for n in ("孔德海", "卫岚", "柏晓舟", "韩冬")} == {"成员"}
    works = relations(ex, "WORKS_AT")
    assert {("孔德海", "省发展改革委"), ("卫岚", "省财政厅"), ("柏晓舟", "省公安厅"), ("韩冬", "省教育厅")} <= works


def test_numbered_bodies_each_over_its_own_roster_not_a_body_a_sentence_above_sets_up() -> None:
    """`1、市某委员会` over `主 任 委 员:甲`, `2、市某委员会` over `主 任:甲` and `常务副主任:乙`: each numbered body's
    name is the caption of the roster below it; a meeting the notice's prose would set up (建立某联席会议制度) is none's."""
    ex = extract_text("某市人民政府办公室关于清理和调整部分非常设机构的通知\n"
                      "政府事务中涉及多个部门职责的,建立部门联席会议制度进行协调。领导小组成员需调整的,报市人民政府办公室备案。\n"
                      "现将保留的非常设机构市领导任职情况通知如下:\n"
                      "1、市城市规划委员会\n主 任 委 员:乔远鸣\n副主任委员:柯 振\n"
                      "2、市绿化委员会\n主 任:乔远鸣\n常务副主任:诸葛岚\n副主任:司马青、欧阳舒\n")
    assert _posts(ex, "市城市规划委员会") == {"乔远鸣": "主任委员", "柯振": "副主任委员"}
    assert _posts(ex, "市绿化委员会") == {"乔远鸣": "主任", "诸葛岚": "常务副主任", "司马青": "副主任", "欧阳舒": "副主任"}
    assert {("乔远鸣", "市城市规划委员会"), ("乔远鸣", "市绿化委员会")} <= relations(ex, "LEADS")
    assert not _posts(ex, "部门联席会议")
    assert "市人民政府办公室" in names(ex, "Organization") and not any(n.startswith("报") for n in names(ex, "Organization"))


def test_a_post_that_opens_with_a_surname_s_character_is_no_name_on_a_roster_s_line() -> None:
    from ingest.tables.cells import is_name

    assert not is_name("国务委员") and is_name("乔远鸣")


def test_a_column_of_posts_written_at_their_units_gives_the_job_and_a_second_column_the_committee_seat(tmp_path) -> None:
    """`委员会职务 | 职务`: `主任 | 某工程院院士、某大学校长`: the seat in the committee the heading names, and the job
    at the first unit the post column names (a title there too: `某大学教授`); an academy's honour is no job."""
    from ingest.pipeline import extract_file

    (tmp_path / "panel.md").write_text(
        "# 第二届南州咨询委员会名单\n\n| 序号 | 委员会职务 | 姓名 | 职务 |\n|---|---|---|---|\n"
        "| 1 | 主任 | 柯振邦 | 北辰工程院院士、南州大学校长 |\n| 2 | 委员 | 诸葛岚 | 北辰科学院院士、北辰理工大学教授 |\n"
        "| 3 | 委员 | 乔远鸣 | 西岭智能科技有限公司董事长 |\n", encoding="utf-8")
    ex = extract_file(tmp_path / "panel.md")[1]
    assert _posts(ex, "南州咨询委员会") == {"柯振邦": "主任", "诸葛岚": "委员", "乔远鸣": "委员"}
    assert relations(ex, "WORKS_AT") == {("柯振邦", "南州大学"), ("诸葛岚", "北辰理工大学"), ("乔远鸣", "西岭智能科技有限公司")}
    assert relations(ex, "LEADS") == {("柯振邦", "南州咨询委员会"), ("柯振邦", "南州大学"), ("乔远鸣", "西岭智能科技有限公司")}
    assert {r.title for r in ex.relations if r.source == "诸葛岚" and str(r.type) == "WORKS_AT"} == {"教授"}


def test_a_column_of_posts_alone_names_the_units_they_are_held_at() -> None:
    from ingest.blocks import BlockWriter

    out = BlockWriter()
    out.add_table([["姓名", "职务"], ["柯振邦", "南州大学副校长"], ["司马青", "东湖大学教授、东湖研究所所长"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert relations(ex, "WORKS_AT") == {("柯振邦", "南州大学"), ("司马青", "东湖大学")}
    assert relations(ex, "LEADS") == {("司马青", "东湖研究所")}


def test_a_row_with_a_supervisor_s_column_is_a_student_s_and_a_list_title_before_a_hyphen_is_no_unit() -> None:
    """`作者姓名 | 导师姓名 | 企业导师`: the author studies at the row's unit (AFFILIATED_WITH), the supervisor works
    there, the company's supervisor is a person of no unit the row names; a table of supervisors alone
    (`指导教师姓名`) gives their jobs. `…优秀导师名单-某大学` over a table names the university alone."""
    from ingest.blocks import BlockKind, BlockWriter

    out = BlockWriter()
    out.add(BlockKind.PARAGRAPH, "2031年度优秀毕业论文名单-南州大学")
    out.add_table([["序号", "单位名称", "作者姓名", "导师姓名", "企业导师"], ["1", "南州大学", "柯振邦", "诸葛岚", "乔远鸣"]],
                  header_rows=1)
    out.add(BlockKind.PARAGRAPH, "2031年度优秀导师名单-南州大学")
    out.add_table([["序号", "单位名称", "指导教师姓名"], ["1", "南州大学", "司马青"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert {"柯振邦", "诸葛岚", "乔远鸣", "司马青"} <= names(ex, "Person")
    assert relations(ex, "AFFILIATED_WITH") == {("柯振邦", "南州大学")}
    assert relations(ex, "WORKS_AT") == {("诸葛岚", "南州大学"), ("司马青", "南州大学")}
    assert names(ex, "Organization") == {"南州大学"}


def test_a_page_of_groups_each_captioned_by_its_name_alone_on_its_line_over_its_posts() -> None:
    """`教学课程建设督导工作领导小组` alone on its line (its task's verb 督导 the name's) over `组 长：甲  乙`, then
    `教学课程建设督导工作小组` (another body: its own ending, no short form of the first): each group's seats."""
    ex = extract_text("组织机构\n\n教学课程建设督导工作领导小组\n\n组 长：柯振邦  乔远鸣\n副 组 长：诸葛岚\n成 员：柯岚  乔岩\n\n"
                      "教学课程建设督导工作小组\n\n组长：乔松\n成 员：欧阳舒  柯远山\n", "groups.txt")
    assert {"教学课程建设督导工作领导小组", "教学课程建设督导工作小组"} <= names(ex, "Organization")
    seats = relations(ex, "AFFILIATED_WITH")
    assert {("柯振邦", "教学课程建设督导工作领导小组"), ("诸葛岚", "教学课程建设督导工作领导小组"), ("乔岩", "教学课程建设督导工作领导小组"),
            ("乔松", "教学课程建设督导工作小组"), ("柯远山", "教学课程建设督导工作小组")} <= seats
    assert ("乔松", "教学课程建设督导工作领导小组") not in seats
    assert relations(ex, "LEADS") == {("柯振邦", "教学课程建设督导工作领导小组"), ("乔远鸣", "教学课程建设督导工作领导小组"),
                                      ("乔松", "教学课程建设督导工作小组")}
