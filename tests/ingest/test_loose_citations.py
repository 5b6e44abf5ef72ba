"""Chinese references written loosely in a CV's list of papers: authors parted by blanks, 、 or commas (or written
last, after the title and the locator), the title after a stop, a comma or a blank, a journal or a meeting, and the year,
volume, issue and pages in the forms CVs use."""

from __future__ import annotations

import pytest

from ingest.nlp.loose_citations import parse_authorless, parse_loose_citation
from tests.ingest.facts import extract_text, relations


def _read(line: str) -> tuple[object, ...] | None:
    r = parse_loose_citation(line, 0, len(line))
    if r is None:
        return None
    return (r.title, r.journal, r.year, r.volume, r.issue, r.pages, [a.name for a in r.authors])


@pytest.mark.parametrize(("line", "expected"), [
    ("[1] 李东 孙健 王强. 湖泊沉积物磷释放机制研究. 某某学会学术年会. 2009,pp.19-25",
     ("湖泊沉积物磷释放机制研究", "", 2009, None, None, "19-25", ["李东", "孙健", "王强"])),
    ("孙广路 王立新 陈海燕 基于词聚类特征的组块分析模型，电子学报， 2008，36(12)： 2450-2453",
     ("基于词聚类特征的组块分析模型", "电子学报", 2008, "36", "12", "2450-2453", ["孙广路", "王立新", "陈海燕"])),
    ("王强 王立新，基于特征类别属性分析的分类方法 自动化学报; 2007年08期",
     ("基于特征类别属性分析的分类方法", "自动化学报", 2007, None, "08", None, ["王强", "王立新"])),
    ("王强、王立新 基于标题语义识别的文本分类研究，电子与信息学报，第29卷第12期，2885-2890，2007年12月",
     ("基于标题语义识别的文本分类研究", "电子与信息学报", 2007, "29", "12", "2885-2890", ["王强", "王立新"])),
    # names parted by commas and closed by a stop, whatever the locator
    ("4. 诸葛岚, 柯远山. 高镍正极材料的表面包覆. 无机材料学报, 2031, 33(2).",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, "33", "2", None, ["诸葛岚", "柯远山"])),
    ("• 诸葛岚, 柯远山. 高镍正极材料的表面包覆. 无机材料学报, 2031(2): 145-152.",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, None, "2", "145-152", ["诸葛岚", "柯远山"])),
    ("（6）诸葛岚（第一作者）, 柯远山. 高镍正极材料的表面包覆. 无机材料学报, 2031.",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, None, None, None, ["诸葛岚", "柯远山"])),
    ("诸葛岚，柯远山. 高镍正极材料的表面包覆. 无机材料学报, 2031, 第33卷第2期, 145-152.",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, "33", "2", "145-152", ["诸葛岚", "柯远山"])),
    ("诸葛岚，柯远山。高镍正极材料的表面包覆。无机材料学报，2031年第2期。",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, None, "2", None, ["诸葛岚", "柯远山"])),
    ("诸葛岚、柯远山：高镍正极材料的表面包覆，《无机材料学报》2031年第2期。",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, None, "2", None, ["诸葛岚", "柯远山"])),
    ("诸葛岚. 高镍正极材料的表面包覆. 无机材料学报. 2031, 33(2): 145-152.",  # one name, closed by a stop
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, "33", "2", "145-152", ["诸葛岚"])),
    # APA's year in brackets after the names
    ("2. 诸葛岚, 柯远山 (2031). 高镍正极材料的表面包覆. 无机材料学报, 33(2), 145-152.",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, "33", "2", "145-152", ["诸葛岚", "柯远山"])),
    # all parted by commas: the venue reads as a journal's name
    ("8. 诸葛岚，柯远山，高镍正极材料的表面包覆，无机材料学报，2031，33(2):145-152",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, "33", "2", "145-152", ["诸葛岚", "柯远山"])),
    # the title first, the authors last with their roles
    ("1. 高镍正极材料的表面包覆，无机材料学报，2031，33（2）：145-152，诸葛岚（第一作者），柯远山（通讯作者）",
     ("高镍正极材料的表面包覆", "无机材料学报", 2031, "33", "2", "145-152", ["诸葛岚", "柯远山"])),
])
def test_a_loose_reference_gives_its_parts(line: str, expected: tuple[object, ...]) -> None:
    assert _read(line) == expected


@pytest.mark.parametrize("line", [
    "王立新 陈海燕 等人参加了2019年的会议，会议讨论了很多问题。",  # no title after the names
    "王立新 湖泊沉积物磷释放机制研究，环境科学，2020",  # one name not closed by a stop: no list of authors
    "诸葛岚. 高镍正极材料的表面包覆. 西岭理工大学, 2031.",  # one name: the venue no journal's
    "诸葛岚，柯远山，高镍正极材料的表面包覆，西岭省材料学会，2031",  # all commas: the venue no journal's
    # an award's, a software copyright's and a patent's lines in a paper's form
    "3. 诸葛岚,柯远山,欧阳舒.锂电池隔膜的改性研究及应用.西岭省科技进步一等奖(XL2031-1-07-3). 2031.",
    "诸葛岚，乔远鸣. 锂电池隔膜改性软件V1.0，计算机软件著作权登记证书，登记号：2031SR004512",
    "诸葛岚, 柯远山. 一种锂电池隔膜的改性方法, 发明专利（公开号： CN113456789A, 公开时间：2031.04.03）",
    # a project's line, the title first and its leader last
    "锂电池隔膜的改性研究，国家自然科学基金面上项目，2031-2034，诸葛岚",
    "王立新 陈海燕 湖泊沉积物磷释放机制研究，环境科学",  # no year
])
def test_what_is_no_loose_reference(line: str) -> None:
    assert _read(line) is None


def test_a_cv_s_list_of_papers_gives_papers_with_ordered_authors_and_journals() -> None:
    ex = extract_text("论文\n\n[1] 孙广路 王立新 陈海燕 基于词聚类特征的组块分析模型，电子学报， 2008，36(12)： 2450-2453\n"
                      "[2] 何晏成 王立新 一个基于免疫机制的在线学习算法，第三届全国信息检索学术会议，2007.11，苏州\n")
    authored = {(r.source, r.target): r.order for r in ex.relations if str(r.type) == "AUTHORED"}
    assert authored[("陈海燕", "基于词聚类特征的组块分析模型")] == 3
    assert ("何晏成", "一个基于免疫机制的在线学习算法") in authored
    assert relations(ex, "PUBLISHED_IN") == {("基于词聚类特征的组块分析模型", "电子学报")}  # a meeting is no journal


@pytest.mark.parametrize("line", [
    "12. 高远山、严青、赵明夫、乔远鸣著；《水中湖泊干扰物处理技术与原理》，中国湖泊工业出版社，2010年",
    "高远山 严青 湖泊沉积物的释放与控制，湖泊科学出版社，2015年",
])
def test_a_book_with_its_authors_and_publisher_is_no_paper(line: str) -> None:
    assert parse_loose_citation(line, 0, len(line)) is None


@pytest.mark.parametrize("line", [
    "1. 高镍正极材料的表面包覆，无机材料学报，2031，33(2):145-152",
    "2. 高镍正极材料的表面包覆[J]. 无机材料学报, 2031, 33(2): 145-152.",
    "8. 高镍正极材料的表面包覆. 无机材料学报, 2031, 33(2): 145-152. (第一作者)",
    "10. 第一作者：高镍正极材料的表面包覆，无机材料学报，2031，33(2)：145-152",
])
def test_a_cv_s_own_paper_listed_without_authors_gives_its_title_journal_and_locator(line: str) -> None:
    found = parse_authorless(line, 0, len(line))
    assert found is not None
    assert (found.title, found.journal, found.year, found.volume, found.issue, found.pages, found.authors) == (
        "高镍正极材料的表面包覆", "无机材料学报", 2031, "33", "2", "145-152", ())


def test_a_latin_paper_listed_without_authors() -> None:
    line = "Surface coating of nickel-rich lantern cathodes, Journal of Lantern Materials, 2031, 33(2): 145-152."
    found = parse_authorless(line, 0, len(line))
    assert found is not None and (found.title, found.journal, found.pages) == (
        "Surface coating of nickel-rich lantern cathodes", "Journal of Lantern Materials", "145-152")


def test_a_latin_paper_in_quotes_with_a_note_on_its_authors_and_the_volume_before_the_year() -> None:
    """`“Title,” (Corresponding Author, with A, B) Journal, Vol.7, No.3, 2031, pp.45-60.`: the co-authors the note
    names, in no order said."""
    line = ("“Meltwater Routing and Flood Risk in Valley Towns,” (Corresponding Author, with Zhen Ke, Lan Zhuge) "
            "Journal of Western Ridge Studies, Vol.7, No.3, 2031, pp.45-60.")
    found = parse_authorless(line, 0, len(line))
    assert found is not None
    assert (found.title, found.journal, found.year, found.volume, found.issue, found.pages) == (
        "Meltwater Routing and Flood Risk in Valley Towns", "Journal of Western Ridge Studies", 2031, "7", "3",
        "45-60")
    assert [(a.name, a.order) for a in found.authors] == [("Zhen Ke", None), ("Lan Zhuge", None)]


@pytest.mark.parametrize("line", [
    "国家自然科学基金面上项目，61234567，湖泊沉积物磷释放机制研究，2031，33(2)",  # a grant's line
    "高镍正极材料的表面包覆，无机材料学报，2031",  # a year alone: no locator of a journal's
    "湖泊沉积物磷释放机制研究，西岭省科技进步一等奖，2031，33(2)",  # an award
    "Rao Q, Mao J, Tang L. A lantern magnetometer with woven threads, Lantern Physics Letters, 2031, 12(3): 45-58.",
    "9. 诸葛岚等. 高镍正极材料的表面包覆. 无机材料学报, 2031, 33(2): 145-152.",  # a name and 等 open it: authors
])
def test_what_is_no_authorless_reference(line: str) -> None:
    assert parse_authorless(line, 0, len(line)) is None
