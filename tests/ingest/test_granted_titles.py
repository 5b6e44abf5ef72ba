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
