"""A unit's staff page: posts given as labels (`副院长：甲 副教授、乙 研究员`, `党委书记：丙`) under a heading naming
the unit are posts in it (a head post LEADS it), and a table of names and titles under a sub-heading (`## 教授`)
lists people who work at the unit the headings above name."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.model import Extraction
from ingest.pipeline import extract_file
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, relations

PAGE = """# 东川大学环境学院师资队伍

## 领导班子

院长：王立新 教授
副院长：陈海燕 副教授、刘明 研究员
党委书记：赵红梅

## 教授

| 姓名 | 职称 | 研究方向 |
| --- | --- | --- |
| 孙建国 | 教授、博士生导师 | 水污染控制 |
| 李东 | 教授 | 大气环境 |
"""


def _page(tmp_path: Path) -> Extraction:
    (tmp_path / "staff.md").write_text(PAGE, encoding="utf-8")
    return extract_file(tmp_path / "staff.md")[1]


def test_posts_under_the_unit_s_heading_are_held_in_it(tmp_path: Path) -> None:
    ex = _page(tmp_path)
    posts = {r.source: r.position for r in ex.relations if str(r.type) == "WORKS_AT" and r.target == "东川大学环境学院"}
    assert {k: posts.get(k) for k in ("王立新", "陈海燕", "刘明", "赵红梅")} == {
        "王立新": "院长", "陈海燕": "副院长", "刘明": "副院长", "赵红梅": "党委书记"}
    assert ("王立新", "东川大学环境学院") in relations(ex, "LEADS")
    assert ("陈海燕", "东川大学环境学院") not in relations(ex, "LEADS")


def test_a_table_of_names_under_a_sub_heading_works_at_the_unit_named_above(tmp_path: Path) -> None:
    ex = _page(tmp_path)
    assert {("孙建国", "东川大学环境学院"), ("李东", "东川大学环境学院")} <= relations(ex, "WORKS_AT")


def test_a_post_label_with_no_unit_above_gives_no_workplace() -> None:
    ex = extract_text("领导班子\n\n院长：王立新\n副院长：陈海燕、刘明\n")
    assert not relations(ex, "WORKS_AT") and not relations(ex, "LEADS")


def test_a_list_of_people_with_units_may_end_with_a_stop_or_and_so_on() -> None:
    ex = extract_text("与会专家包括：周杰（东川大学）、吴磊（西山医院）等专家。\n")
    assert relations(ex, "WORKS_AT") == {("周杰", "东川大学"), ("吴磊", "西山医院")}


def test_past_heads_in_a_roster_of_terms_are_affiliated_and_the_present_one_leads() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    page = ("### 東川大學海洋研究所歷任所長\n\n| 姓名 | 職稱 | 任期 |\n| --- | --- | --- |\n"
            "| 陳大明 | 教授 | 第1任所長 (1968-1974) |\n| 林小華 | 名譽教授 | 第2,3任所長 (1974~1980) |\n"
            "| 王海濤 | 教授兼所長 | 第4任所長 (2014-present) |\n")
    ex = extract(read_upload(page.encode("utf-8"), "heads.md"))
    facts = {(str(r.type), r.source, r.target, r.role) for r in ex.relations}  # the graph's names: Simplified
    institute = "东川大学海洋研究所"
    assert {("AFFILIATED_WITH", "陈大明", institute, None), ("AFFILIATED_WITH", "林小华", institute, None)} <= facts
    assert ("LEADS", "王海涛", institute, "所长") in facts
    assert not {f for f in facts if f[0] == "WORKS_AT" and f[1] in ("陈大明", "林小华")}


def test_a_body_s_members_listed_under_its_members_heading_are_affiliated_not_its_staff() -> None:
    page = "# 湖东研究资助局2031年度成员\n\n- 甄一帆 教授\n- 柏若水 教授\n- 杭子墨 研究员\n"
    ex = extract(read_upload(page.encode("utf-8"), "members.md"))
    assert relations(ex, "AFFILIATED_WITH") == {("甄一帆", "湖东研究资助局"), ("柏若水", "湖东研究资助局"), ("杭子墨", "湖东研究资助局")}
    assert relations(ex, "WORKS_AT") == set()


def test_a_sheet_captioned_by_a_label_and_its_value_lists_the_staff_of_the_unit_it_names() -> None:
    for caption in ("页面,教职员::东川大学海洋科学系", "填报单位（盖章）,东川大学海洋科学系"):
        data = f"{caption},,\n姓名,职称,研究方向\n孙建国,教授,海洋化学\n李东,副教授,物理海洋\n".encode()
        ex = extract(read_upload(data, "staff.csv"))
        assert relations(ex, "WORKS_AT") == {("孙建国", "东川大学海洋科学系"), ("李东", "东川大学海洋科学系")}, caption


def test_an_adjunct_or_visiting_title_in_a_staff_table_is_an_affiliation_not_employment() -> None:
    data = ("东川大学海洋科学系教师名录,,\n姓名,职称,研究方向\n孙建国,教授,海洋化学\n李东,兼任副教授,物理海洋\n"
            "周敏,合聘教授,海洋生物\n吴磊,客座研究员,海洋地质\n").encode()
    ex = extract(read_upload(data, "staff.csv"))
    assert relations(ex, "WORKS_AT") == {("孙建国", "东川大学海洋科学系")}
    assert relations(ex, "AFFILIATED_WITH") == {(p, "东川大学海洋科学系") for p in ("李东", "周敏", "吴磊")}


def test_a_graduates_destination_column_gives_where_each_works_now_with_the_post_after_the_comma() -> None:
    data = ("博士毕业生,,,\n姓名,学位,去向,备注\n许青禾,博士,湖东大学，教授,优博\n王艳秋,博士,东川职业技术大学（前：远帆云）,\n"
            "魏星河,博士,湖东大学，副教授（前：西山海洋大学副教授）,\n").encode()
    ex = extract(read_upload(data, "alumni.csv"))
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("许青禾", "湖东大学", "教授"), ("王艳秋", "东川职业技术大学", None), ("魏星河", "湖东大学", "副教授")}


def test_a_roster_s_units_written_short_as_a_city_s_offices_courts_and_bank_branches() -> None:
    """`成员：甲（市编委办）、乙（市法院）、丙（人行某某支行）`: a city's offices written short, its court and
    procuratorate, its federation of industry and a bank's branch are each member's unit."""
    ex = extract_text("成员：柯远山（市编委办）、林小溪（市法院）、苗青禾（市检察院）、乔远航（人行青溪支行）、"
                      "吕冰清（市工商联）、宋雨田（市委政研室）\n")
    assert {("柯远山", "市编委办"), ("林小溪", "市法院"), ("苗青禾", "市检察院"), ("乔远航", "人行青溪支行"),
            ("吕冰清", "市工商联"), ("宋雨田", "市委政研室")} <= relations(ex, "WORKS_AT")


def test_a_joint_conference_set_up_above_its_roster_of_conveners_and_members() -> None:
    """`建立某市创新发展联席会议制度` above `总召集人：甲 市政府副市长 / 召 集 人：乙 市经信委副主任 / 成 员：…`: each
    a seat on the joint conference, the chief convener its head; the units written short (市经信委) their own."""
    text = ("经市政府研究同意，建立青溪市创新发展联席会议（以下简称联席会议）制度。现将有关事项通知如下：\n"
            "二、组成人员\n总召集人：柯远山 市政府副市长\n召 集 人：林小溪 市经信委副主任\n乔远航 市科技局局长\n"
            "成 员：宋雨田 市建委副主任\n吕冰清 市人才办主任\n")
    ex = extract_text(text)
    body = "青溪市创新发展联席会议"
    assert {(p, body) for p in ("柯远山", "林小溪", "乔远航", "宋雨田", "吕冰清")} <= relations(ex, "AFFILIATED_WITH")
    assert ("柯远山", body) in relations(ex, "LEADS")
    assert {("林小溪", "市经信委"), ("宋雨田", "市建委"), ("吕冰清", "市人才办")} <= relations(ex, "WORKS_AT")
