"""Web pages, Markdown and CSV of our own writing: the article without its page's chrome, tables as
rows and cells (merged cells with their spans, header rows marked), lists and headings as blocks."""

from __future__ import annotations

import pytest

from ingest.blocks import BlockKind
from ingest.extract import extract
from ingest.readers import read_upload
from ingest.readers.delimited import sniff_delimiter
from tests.ingest.facts import relations
from tests.ingest.made_files import MARKDOWN, NEWS_PAGE, STAFF, csv_in_gb18030
from tests.ingest.model_checks import assert_exact, cells, spans, tables, texts


def test_a_news_page_is_read_as_its_article_without_menus_sidebar_share_bar_or_footer() -> None:
    doc = read_upload(NEWS_PAGE.encode("gb18030"), "news.html")
    assert_exact(doc)
    assert doc.format == "html" and doc.encoding == "gb18030"  # as the page declares (GB2312, read as its superset)
    assert texts(doc, BlockKind.HEADING) == ["青溪新闻网", "青溪大学林小溪团队获省自然科学一等奖"]  # the page's title first
    assert doc.blocks[0].kind is BlockKind.HEADING
    paragraphs = texts(doc, BlockKind.PARAGRAPH)
    assert paragraphs[0] == "来源：科研处\u3000时间：2031-05-08"
    # a line break inside Chinese text in the source is no space
    assert "系统研究了催化材料的设计原理，相关成果" in paragraphs[2]
    assert texts(doc, BlockKind.LIST_ITEM) == ["第一完成单位：青溪大学", "第二完成单位：南湖材料研究所"]
    for chrome in ("首页", "学校概况", "当前位置", "分享到", "热点新闻", "召开2031年", "版权所有", "var x"):
        assert chrome not in doc.text, chrome


def test_short_lines_that_together_say_something_stay_in_the_article_after_a_longer_paragraph() -> None:
    honours = "".join(f"<p><b>{h}</b>&nbsp;&nbsp;{n}</p>" for h, n in [
        ("中国工程院院士", "林小溪"), ("国家杰出青年科学基金获得者", "韩冬青、柯蓝"),
        ("省级优秀人才", "宋明哲、杜若兰、陈子墨"), ("青年拔尖人才", "丁一苇")])
    page = (f"<html><body><div><p>{'模板渲染残留的说明文字，' * 6}</p><p><b>优秀人才</b></p>{honours}"
            "<p><b>教授</b></p></div></body></html>")
    doc = read_upload(page.encode(), "team.html")
    assert_exact(doc)
    assert texts(doc, BlockKind.PARAGRAPH)[1:] == [  # not just the long paragraph and two lines after it
        "优秀人才", "中国工程院院士  林小溪", "国家杰出青年科学基金获得者  韩冬青、柯蓝",
        "省级优秀人才  宋明哲、杜若兰、陈子墨", "青年拔尖人才  丁一苇", "教授"]


def test_the_page_title_names_the_site_before_the_article_unless_the_article_holds_it() -> None:
    page = ("<html><head><title>{}</title></head><body><h1>我校召开科技工作会议</h1><p>会上，校长柏青山作了"
            "工作报告，总结了我校一年来的科研工作，部署了下一阶段的重点任务。</p></body></html>")
    framed = read_upload(page.format("我校召开科技工作会议 | 东川大学新闻网").encode(), "a.html")
    assert framed.blocks[0].text(framed.text) == "我校召开科技工作会议 | 东川大学新闻网"
    assert framed.blocks[0].kind is BlockKind.HEADING and framed.blocks[1].text(framed.text) == "我校召开科技工作会议"
    plain = read_upload(page.format("我校召开科技工作会议").encode(), "b.html")
    assert texts(plain, BlockKind.HEADING) == ["我校召开科技工作会议"]  # said once


def test_an_html_table_keeps_rows_cells_header_and_merged_cells() -> None:
    doc = read_upload(NEWS_PAGE.encode("utf-8").replace(b"gb2312", b"utf-8"), "news.html")
    (table,) = tables(doc)
    assert table.header_rows == 1
    assert cells(table) == [["排名", "姓名", "单位"], ["1", "林小溪", "青溪大学"], ["2", "周一鸣", ""],
                            ["3", "苏晚晴", "南湖材料研究所"]]
    assert spans(table) == {(1, 2): (2, 1)}


def test_a_page_declared_in_one_charset_but_written_in_another_is_still_read() -> None:
    doc = read_upload(NEWS_PAGE.encode("utf-8"), "news.html")  # declares gb2312, is UTF-8
    assert doc.encoding == "utf-8" and "林小溪" in doc.text


def test_a_page_declared_latin_1_but_written_in_utf_8_is_read_as_utf_8() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
            "<body><p>青溪大学林小溪教授获得青年科技奖。</p></body></html>")
    doc = read_upload(page.encode("utf-8"), "latin.html")
    assert doc.encoding == "utf-8" and "林小溪" in doc.text


def test_a_table_that_lays_out_the_page_is_read_as_its_blocks() -> None:
    page = ("<table><tr><td>青溪大学新闻网</td></tr><tr><td><p>近日，青溪大学化学学院林小溪教授获得青年科技奖，"
            "表彰其在催化化学领域的研究工作。</p><p>林小溪教授长期从事催化材料研究。</p></td></tr></table>")
    doc = read_upload(page.encode(), "layout.html")
    assert_exact(doc)
    assert tables(doc) == [] and len(texts(doc, BlockKind.PARAGRAPH)) == 3


def test_cards_that_a_link_wraps_whole_are_text_and_a_menu_of_links_is_not() -> None:
    card = ('<section><a href="https://lab{n}.example.edu/"><div><h2>{name}</h2><p><br>{about}</p></div></a></section>')
    page = ('<ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/about">概况</a></li></ul>'
            "<h1>研究中心</h1>"
            + card.format(n=1, name="青溪数学中心", about="青溪数学中心于2012年成立，由理学院与校外专家共同推动，致力于推广数学教育与前沿研究。")
            + card.format(n=2, name="南湖材料研究中心", about="南湖材料研究中心整合原有团队，聚焦功能材料及柔性电子的研究与应用，成果丰硕。"))
    doc = read_upload(page.encode(), "centres.html")
    assert_exact(doc)
    assert {"青溪数学中心", "南湖材料研究中心"} <= set(texts(doc, BlockKind.HEADING))
    assert any("柔性电子" in t for t in texts(doc, BlockKind.PARAGRAPH))
    assert "首页" not in doc.text


def test_markdown_tables_lists_and_headings_and_the_chinese_values_of_its_front_matter() -> None:
    doc = read_upload(MARKDOWN.encode(), "team.md")
    assert_exact(doc)
    assert doc.format == "markdown"
    assert "draft" not in doc.text  # the site's settings are not text; its page title in Chinese is
    assert doc.blocks[0].text(doc.text) == "title: 团队成员"
    assert [(b.text(doc.text), b.level) for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        ("青溪大学催化实验室", 1), ("教师", 2)]
    (table,) = tables(doc)
    assert table.header_rows == 1
    assert cells(table) == [["姓名", "职务"], ["林小溪", "实验室主任\n教授/博士生导师"], ["周一鸣", "副教授"]]
    assert [(b.text(doc.text), b.level) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM] == [
        ("研究方向：催化材料", 0), ("子方向：表面化学", 1), ("联系方式: lab@example.org", 0)]
    assert texts(doc, BlockKind.PARAGRAPH) == ["title: 团队成员", "实验室成立于2020年。"]


def test_a_markdown_pipe_table_written_without_its_delimiter_row_is_a_table() -> None:
    page = ("### 科研项目\n\n| **时间** | **课题** |\n| 2031.01-2034.12 | 薄膜流动的数值方法研究 |\n"
            "| 2029.01-2031.12 | 多孔介质的热对流 |\n\n以上为近五年项目。\n")
    doc = read_upload(page.encode(), "lab.md")
    assert_exact(doc)
    (table,) = tables(doc)
    assert table.header_rows == 1
    assert cells(table) == [["时间", "课题"], ["2031.01-2034.12", "薄膜流动的数值方法研究"], ["2029.01-2031.12", "多孔介质的热对流"]]
    assert texts(doc, BlockKind.PARAGRAPH) == ["以上为近五年项目。"]
    prose = read_upload("甲 | 乙\n\n| 单独一行 |\n".encode(), "notes.md")
    assert tables(prose) == []  # one row between bars, or bars inside a line, is no table


def test_a_table_written_a_cell_a_line_as_converters_write_one_is_a_table() -> None:
    """`**负责人**` / `|` / `**项目名称**` over `---|---`, then each row's cells on lines of their own parted by `|`
    lines (an HTML-to-Markdown converter's output for cells that hold paragraphs): a table of its rows."""
    page = ("获批项目清单：\n\n**负责人** ****\n\n|\n\n**项目名称** ****  \n\n---|---  \n\n林小溪\n\n|\n\n"
            "薄膜流动的数值方法研究  \n\n周一鸣\n\n|\n\n多孔介质的热对流  \n\n以上为今年项目。\n")
    doc = read_upload(page.encode(), "news.md")
    assert_exact(doc)
    (table,) = tables(doc)
    assert cells(table) == [["负责人", "项目名称"], ["林小溪", "薄膜流动的数值方法研究"], ["周一鸣", "多孔介质的热对流"]]
    assert texts(doc, BlockKind.PARAGRAPH) == ["获批项目清单：", "以上为今年项目。"]


def test_a_cell_wrapped_over_lines_in_a_table_written_a_cell_a_line_is_one_cell() -> None:
    """A title wrapped over two lines of its own inside a row written a cell a line (`1` / `|` / `林小溪` / `|` /
    `Phosphorus release under` / `shifting lake ice` / `|` / `一等奖`): one cell, its lines joined, and the rows
    after it still read."""
    page = ("获奖名单\n\n**序号** ****\n\n|\n\n**姓名** ****\n\n|\n\n**论文题目** ****\n\n|\n\n**等级** ****  \n\n"
            "---|---|---|---  \n\n1\n\n|\n\n林小溪\n\n|\n\nPhosphorus release under\n\nshifting lake ice\n\n|\n\n"
            "一等奖  \n\n2\n\n|\n\n周一鸣\n\n|\n\n湖泊沉积物的多尺度监测\n\n|\n\n二等奖  \n\n以上名单按等级排列。\n")
    doc = read_upload(page.encode(), "news.md")
    assert_exact(doc)
    (table,) = tables(doc)
    assert cells(table) == [["序号", "姓名", "论文题目", "等级"],
                            ["1", "林小溪", "Phosphorus release under shifting lake ice", "一等奖"],
                            ["2", "周一鸣", "湖泊沉积物的多尺度监测", "二等奖"]]
    assert texts(doc, BlockKind.PARAGRAPH) == ["获奖名单", "以上名单按等级排列。"]


def test_two_tables_written_a_cell_a_line_one_after_the_other_are_two_tables() -> None:
    """The rows of a first table written a cell a line end where the second one's header starts (its title, a bar
    before its first cell, and its own width): each table keeps all its rows, and the bar before a header is none."""
    page = ("**甲类名单**\n\n|\n\n**序号**\n\n|\n\n**姓名**  \n\n---|---  \n\n1\n\n|\n\n林小溪  \n\n"
            "2\n\n|\n\n周一鸣  \n\n**乙类名单**\n\n|\n\n**序号**\n\n|\n\n**作者**\n\n|\n\n**导师**  \n\n"
            "---|---|---  \n\n1\n\n|\n\n柯振邦\n\n|\n\n诸葛岚  \n\n2\n\n|\n\n司马青\n\n|\n\n乔远鸣  \n\n以上。\n")
    doc = read_upload(page.encode(), "news.md")
    assert_exact(doc)
    first, second = tables(doc)
    assert cells(first) == [["序号", "姓名"], ["1", "林小溪"], ["2", "周一鸣"]]
    assert cells(second) == [["序号", "作者", "导师"], ["1", "柯振邦", "诸葛岚"], ["2", "司马青", "乔远鸣"]]
    assert texts(doc, BlockKind.PARAGRAPH) == ["甲类名单", "乙类名单", "以上。"]


def test_sections_of_a_table_written_a_cell_a_line_under_their_own_header_rows_are_tables() -> None:
    """A converter wrote a table's caption row as the Markdown header (`**一等奖**` / `---`) and each section's column
    headers as a row of cells a line with no delimiter: each section whose headers the vocabulary knows is a table, its
    caption a paragraph before it."""
    section = "{caption}\n\n项目名称\n\n|\n\n负责人\n\n|\n\n推荐学院\n\n|\n\n团队成员  \n\n{rows}"
    row = "{title}\n\n|\n\n{leader}\n\n|\n\n{school}\n\n|\n\n{members}  \n\n"
    page = ("获奖项目\n\n|\n\n**一等奖**  \n\n---  \n\n"
            + section.format(caption="", rows=row.format(title="湖冰监测平台", leader="林小溪", school="环境学院",
                                                          members="周一鸣，柯振邦"))
            + section.format(caption="**二等奖**", rows=row.format(title="沉积物分析系统", leader="诸葛岚", school="化学学院",
                                                                  members="司马青")
                             + row.format(title="湖泊微生物图谱", leader="乔远鸣", school="生命科学学院", members="乔松"))
            + "以上。\n")
    doc = read_upload(page.encode(), "news.md")
    assert_exact(doc)
    first, second = tables(doc)
    header = ["项目名称", "负责人", "推荐学院", "团队成员"]
    assert cells(first) == [header, ["湖冰监测平台", "林小溪", "环境学院", "周一鸣，柯振邦"]]
    assert cells(second) == [header, ["沉积物分析系统", "诸葛岚", "化学学院", "司马青"],
                             ["湖泊微生物图谱", "乔远鸣", "生命科学学院", "乔松"]]
    assert "二等奖" in texts(doc, BlockKind.PARAGRAPH)
    ex = extract(doc)
    assert {("湖冰监测平台", "环境学院"), ("湖泊微生物图谱", "生命科学学院")} <= relations(ex, "NOMINATED_BY")
    assert {("林小溪", "湖冰监测平台"), ("乔远鸣", "湖泊微生物图谱")} <= relations(ex, "LEADS")
    assert ("乔松", "湖泊微生物图谱") in relations(ex, "MEMBER_OF")


def test_a_summary_divider_put_inside_a_sentence_breaks_nothing() -> None:
    """Hugo's `<!--more-->` on a line of its own between two halves of one sentence (a crawler cuts the summary
    by length): the sentence is one paragraph again, the divider gone; alone between paragraphs it parts them."""
    page = ("---\ntitle: 新闻\n---\n林小溪教授主编的《湖泊\n<!--more-->\n沉积学》获奖。\n\n<!--more-->\n\n周一鸣教授参编。\n")
    doc = read_upload(page.encode(), "news.md")
    assert_exact(doc)
    assert texts(doc, BlockKind.PARAGRAPH)[-2:] == ["林小溪教授主编的《湖泊沉积学》获奖。", "周一鸣教授参编。"]
    assert "more" not in doc.text


def test_a_line_a_converter_broke_at_a_hyphen_into_two_paragraphs_is_one_line_again() -> None:
    """`研究项目“基于病理-⏎⏎药理机制…”获奖`: a page's converter broke the line at a hyphen and left a blank line; the
    hyphen glued to a character on both sides, it is one paragraph (a list's dash opens its line, never ends one)."""
    page = "---\ntitle: 新闻\n---\n东川大学研究项目“基于病理-\n\n药理机制平移的药物研发”获奖。\n\n- 第一项\n- 第二项\n"
    doc = read_upload(page.encode(), "news.md")
    assert_exact(doc)
    assert "东川大学研究项目“基于病理-药理机制平移的药物研发”获奖。" in texts(doc, BlockKind.PARAGRAPH)


def test_a_paragraph_a_converter_broke_inside_a_quote_or_a_phrase_is_one_paragraph_again() -> None:
    """`（“Analysis⏎⏎on the lake ice”）发表在…Journal of⏎⏎Lake Science`: a quote or a bracket left open, a Latin phrase
    the next paragraph goes on with in lower case or after a word no phrase ends with; a heading and a list are apart."""
    page = ("---\ntitle: 新闻\n---\n成果以题为《湖冰分析》（“Analysis\n\non the lake ice”）发表在期刊Journal of\n\n"
            "Lake Science上。\n\nPublications\n\n- 第一项\n")
    doc = read_upload(page.encode(), "news.md")
    assert_exact(doc)
    assert "成果以题为《湖冰分析》（“Analysis on the lake ice”）发表在期刊Journal of Lake Science上。" in \
        texts(doc, BlockKind.PARAGRAPH)
    assert "Publications" in texts(doc, BlockKind.PARAGRAPH)


def test_a_publication_page_s_front_matter_is_its_paper_with_authors_in_order_and_where_it_appeared() -> None:
    """A Hugo Blox publication page: `title`, `authors` (Chinese and Latin names), `author_notes` marking the
    corresponding author, `publication: "*Journal* 12, A34 (2031)"`: one paper, its authors in order, its journal,
    year, volume and pages; the page's body is read as ever."""
    from ingest.extract import extract

    page = ("---\ntitle: \"Phosphorus release under shifting lake ice\"\nauthors:\n- 林小溪\n- 周一鸣\n- Ann Lee\n"
            "author_notes:\n- \n- \"corresponding author\"\n- \ndate: \"2031-09-01T00:00:00Z\"\n"
            "publication_types: [\"article-journal\"]\npublication: \"*Journal of Lake Science* 12, A34 (2031)\"\n---\n"
            "湖冰变化下的沉积物磷释放研究简介。\n")
    doc = read_upload(page.encode(), "paper.md")
    assert_exact(doc)
    x = extract(doc)
    (paper,) = [e for e in x.entities if str(e.type) == "Paper"]
    assert (paper.name, paper.year, paper.volume, paper.pages) == ("Phosphorus release under shifting lake ice", 2031,
                                                                   "12", "A34")
    authored = {r.source: r for r in x.relations if str(r.type) == "AUTHORED"}
    assert set(authored) == {"林小溪", "周一鸣", "Ann Lee"}
    assert authored["周一鸣"].corresponding and not authored["林小溪"].corresponding
    assert ("Phosphorus release under shifting lake ice", "Journal of Lake Science") in {
        (r.source, r.target) for r in x.relations if str(r.type) == "PUBLISHED_IN"}


def test_a_collected_publication_page_names_its_paper_and_the_body_s_sentences_name_its_authors() -> None:
    """A Jekyll academic site's publication (`collection: publications`, `title`, `venue`, `date`): the paper, its
    journal and year; the body's sentences of authors that name no paper are about it: `第一作者和通讯作者为甲` (first
    and corresponding), `合作作者包括某所的乙、丙；某大学丁` (every group of units up to the full stop)."""
    from ingest.extract import extract

    page = ("---\ntitle: \"A quiet survey of lake temperature in invented basins\"\ncollection: publications\n"
            "category: manuscripts\ndate: 2031-08-01\nvenue: 'Journal of Invented Lakes'\n"
            "citation: 'Ke, Z., Qiao, Y., 2031: A quiet survey.'\n---\n\nThis paper describes the survey.\n\n"
            "论文第一作者和通讯作者为北辰大学大气研究所柯振邦。合作作者包括北辰大学大气研究所海洋团队的乔远鸣、诸葛岚；"
            "南州大学欧阳舒；西岭海洋研究所司马青。\n")
    doc = read_upload(page.encode(), "2031-lakes.md")
    assert_exact(doc)
    x = extract(doc)
    title = "A quiet survey of lake temperature in invented basins"
    (paper,) = [e for e in x.entities if str(e.type) == "Paper"]
    assert (paper.name, paper.journal) == (title, "Journal of Invented Lakes")
    authored = {r.source: r for r in x.relations if str(r.type) == "AUTHORED" and r.target == title}
    assert set(authored) == {"柯振邦", "乔远鸣", "诸葛岚", "欧阳舒", "司马青"}
    assert (authored["柯振邦"].order, authored["柯振邦"].corresponding) == (1, True)


def test_html_inside_markdown_is_read_as_html_a_table_cut_by_blank_lines_included() -> None:
    page = """---
title: 科研项目
weight: 3
organizations:
  - name: 青溪大学催化实验室
  - name: 青溪大学
---
<!-- a comment only -->

### 在研项目

<table>
    <thead><tr><th>项目来源</th><th>项目名称</th><th>负责人</th></tr></thead>
    <tbody>
        <tr><td>国家自然科学基金</td><td>表面催化机理研究</td><td>林小溪</td></tr>

        <tr><td>省重点研发计划</td><td>催化材料制备</td><td>周一鸣</td></tr>
    </tbody>
</table>

实验室简介。
"""
    doc = read_upload(page.encode(), "projects.md")
    assert_exact(doc)
    (table,) = tables(doc)
    assert table.header_rows == 1
    assert cells(table) == [["项目来源", "项目名称", "负责人"], ["国家自然科学基金", "表面催化机理研究", "林小溪"],
                            ["省重点研发计划", "催化材料制备", "周一鸣"]]
    assert texts(doc, BlockKind.PARAGRAPH) == ["title: 科研项目", "name: 青溪大学催化实验室", "name: 青溪大学",
                                               "实验室简介。"]
    assert "weight" not in doc.text and "comment" not in doc.text


def test_indented_lines_inside_an_open_div_of_markdown_are_its_html_not_code() -> None:
    page = """### 青溪催化实验室

<div class="grid">
    <div>
        研究表面催化。

        <br><br><strong>负责人</strong> ：<a href="/p/1">林小溪</a>
        <br><strong>研发骨干</strong> ：
        <a href="/p/1">林小溪</a>，
        周一鸣
    </div>
</div>

    def code():  # an indented block with no HTML open before it stays code
"""
    doc = read_upload(page.encode(), "team.md")
    assert_exact(doc)
    text = "\n".join(texts(doc, BlockKind.PARAGRAPH))
    assert "负责人 ：林小溪" in text and "研发骨干 ： 林小溪，周一鸣" in text
    assert "<a" not in text and "<br>" not in text and "def code():" in text


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_a_gb18030_csv_is_one_table_with_its_header_whatever_the_delimiter(delimiter: str) -> None:
    doc = read_upload(csv_in_gb18030(delimiter), "staff.csv")
    assert_exact(doc)
    assert doc.format == "csv" and doc.encoding == "gb18030"
    (table,) = tables(doc)
    assert table.header_rows == 1
    assert cells(table) == STAFF + [["宋𠀾", "青溪大学，化学学院", "讲师"]]


def test_the_delimiter_is_the_one_that_splits_every_line_alike() -> None:
    assert sniff_delimiter("姓名;单位\n林小溪;青溪大学，化学学院\n") == ";"
    assert sniff_delimiter("姓名\t单位\n林小溪\t青溪大学\n") == "\t"
    assert sniff_delimiter("姓名,单位\n林小溪,青溪大学\n") == ","


_PAPER_EXPORT = (
    "id,title,author,perio,year,keywords,abstract,pdf_url\n"
    "A0001,湖区灯笼骨架编织技术的传承与变迁,柯振邦 诸葛岚,南州民俗研究,2031,\"编织技术;\n    传承;\n    村落;\n    变迁;\","
    "\"本文以南州的三个村落为例,讨论编织技术的传承与变迁。\",http://example.org/papers/a0001.pdf?download=1&from=list\n"
    "A0002,北辰地区乡村学校布局调整的回顾,司马青,江河文史,2031,\"乡村学校;\n    布局调整;\n    回顾;\","
    "\"本文回顾了北辰地区乡村学校布局调整的历程。\",http://example.org/papers/a0002.pdf?download=1&from=list\n"
)


def test_a_comma_separated_export_whose_keyword_cells_run_over_lines_with_semicolons_is_read_by_its_commas() -> None:
    assert sniff_delimiter(_PAPER_EXPORT) == ","
    ex = extract(read_upload(_PAPER_EXPORT.encode(), "papers.csv"))
    assert relations(ex, "AUTHORED") == {("柯振邦", "湖区灯笼骨架编织技术的传承与变迁"), ("诸葛岚", "湖区灯笼骨架编织技术的传承与变迁"),
                                         ("司马青", "北辰地区乡村学校布局调整的回顾")}
    assert relations(ex, "PUBLISHED_IN") == {("湖区灯笼骨架编织技术的传承与变迁", "南州民俗研究"),
                                             ("北辰地区乡村学校布局调整的回顾", "江河文史")}
    assert {e.name for e in ex.entities if str(e.type) == "Person"} == {"柯振邦", "诸葛岚", "司马青"}


def test_the_markup_a_page_s_script_writes_into_it_is_read_where_the_script_stands() -> None:
    """`$(".content").append("<p>1.某某论文：…</p>")`: the strings of block markup with Chinese text a script writes are
    the page's paragraphs; the script's other strings (a URL, a selector) are not."""
    page = ("<html><head><title>非遗研究中心</title></head><body><div class='content'><p>中心成员项目一览</p>"
            "<p>1.林晓岚项目：南山古戏台营造技艺的调查研究，东川省社会科学规划一般项目，在研</p></div>"
            "<script type='text/javascript'>$('#tab2').click(function(){ $('.content').html('');"
            "$('.content').append(\"<p>1.林晓岚论文：南山古戏台营造技艺的调查与分析，东川学院学报，2031年4月，省刊</p>\");"
            "window.location.href='https://example.org/find.action?cid=2'; });</script></body></html>")
    source = read_upload(page.encode(), "center.jsp")
    assert "1.林晓岚论文：南山古戏台营造技艺的调查与分析，东川学院学报，2031年4月，省刊" in texts(source, BlockKind.PARAGRAPH)
    assert "example.org" not in source.text
    assert_exact(source)

