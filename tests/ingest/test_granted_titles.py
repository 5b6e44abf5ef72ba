"""A news item on projects granted names each project after its holder's 的, in book quotes (甲教授的《某某研究》
获某基金资助): each is a project the person leads. Such an item, posted with its site's byline (更新时间, 点击数),
is news even where it mentions how applications were made (申报工作). Names and titles invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.readers import read_upload

_ITEM = """<html><head><title>我校获批多项2031年度南湖省社会科学研究项目</title></head><body>
<h1>我校获批多项2031年度南湖省社会科学研究项目</h1>
<p>作者:   点击数:   更新时间:2031-08-21</p>
<p>8月19日,2031年度南湖省社会科学研究一般项目立项名单公布,我校共获批4项。其中林小溪教授的《乡村图书馆数据开放共享机制研究》和周一鸣副教授的《湖区方言“语音演变”与文化传承研究》获规划基金项目资助;苏晚晴博士的《近代南湖教育制度的建构与实践路径研究》、宋明老师的《新时代高校体育课程思政的实现机制研究》获青年项目资助。</p>
<p>近年来,我校高度重视项目的培育和申报工作,邀请专家指导申报书的撰写,使申报数量和质量不断提升。</p>
</body></html>"""


def test_titles_after_their_holders_in_a_sentence_of_grants_are_the_holders_projects() -> None:
    ex = extract(read_upload(_ITEM.encode("utf-8"), "item.html"))
    assert ex.genre == "news"
    leads = {(r.source, r.target) for r in ex.relations if r.type is RelType.LEADS}
    assert leads == {("林小溪", "乡村图书馆数据开放共享机制研究"), ("周一鸣", "湖区方言“语音演变”与文化传承研究"),
                     ("苏晚晴", "近代南湖教育制度的建构与实践路径研究"), ("宋明", "新时代高校体育课程思政的实现机制研究")}
    assert "年度南湖省" not in {e.name for e in ex.entities if e.type is Label.ORGANIZATION}


def test_a_book_after_its_author_in_a_sentence_of_no_grant_is_no_project() -> None:
    text = "林小溪教授的《乡村图书馆数据开放共享机制研究》一书近日由南湖大学出版社出版，受到读者好评。\n"
    ex = extract(read_upload(text.encode("utf-8"), "item.txt"))
    assert not [e for e in ex.entities if e.type is Label.PROJECT]


_LISTED = ("本报讯 2031年度优秀青年科学基金评审结果揭晓，我省4所高校6个项目入选。\n"
           "入选的项目包括：青溪大学林小溪所负责的湖泊沉积物磷释放机制，周一鸣所负责的湿地植被演替遥感反演，"
           "江岸理工大学柯蓝所负责的桥梁结构健康监测；东湖师范大学韩冬青主持的乡村教育数字化转型研究，"
           "宋明负责的近代教育制度史研究；南湖大学苏晚晴所负责的深海微生物代谢调控等。\n"
           "据了解，林小溪负责的工作得到学校支持。\n")


def test_a_list_of_projects_without_quotes_gives_each_its_holder_and_the_unit_written_before() -> None:
    """`甲大学乙所负责的某某，丙所负责的某某；丁大学…`: an item after a comma keeps the unit before it; an item
    after a semicolon takes none from before it; one holder's 负责的 in passing is no project."""
    ex = extract(read_upload(_LISTED.encode("utf-8"), "item.txt"))
    rel = lambda t: {(r.source, r.target) for r in ex.relations if r.type is t}  # noqa: E731
    assert rel(RelType.LEADS) == {
        ("林小溪", "湖泊沉积物磷释放机制"), ("周一鸣", "湿地植被演替遥感反演"), ("柯蓝", "桥梁结构健康监测"),
        ("韩冬青", "乡村教育数字化转型研究"), ("宋明", "近代教育制度史研究"), ("苏晚晴", "深海微生物代谢调控")}
    assert rel(RelType.UNIT_OF) >= {
        ("青溪大学", "湖泊沉积物磷释放机制"), ("青溪大学", "湿地植被演替遥感反演"), ("江岸理工大学", "桥梁结构健康监测"),
        ("东湖师范大学", "乡村教育数字化转型研究"), ("东湖师范大学", "近代教育制度史研究"), ("南湖大学", "深海微生物代谢调控")}
    assert ("周一鸣", "青溪大学") in rel(RelType.WORKS_AT) and ("宋明", "东湖师范大学") in rel(RelType.WORKS_AT)
    assert "学校支持" not in {e.name for e in ex.entities if e.type is Label.PROJECT}


def test_the_granted_projects_a_sentence_lists_by_the_people_whose_they_are() -> None:
    """`通过评审的两项国家自然基金资助项目分别是甲教授的“…”和乙教授的“…”`: the funded projects named as each person's
    are the projects they lead; a talk named as a person's in a sentence that funds nothing is none."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("此次东川脑科医院通过评审的两项国家自然基金资助项目分别是林小溪教授的“局灶性皮质发育不良的作用机制研究”"
                     "和柯远山教授的“免疫逃逸与胶质瘤差异性形成的关系研究”。\n")
    assert {("林小溪", "局灶性皮质发育不良的作用机制研究"), ("柯远山", "免疫逃逸与胶质瘤差异性形成的关系研究")} \
        <= relations(x, "LEADS")
    x = extract_text("会上，林小溪教授的“湖泊沉积物研究的新进展”引起热烈讨论。\n")
    assert not relations(x, "LEADS")
