"""A reference manager's export (NoteExpress, RIS, EndNote, RefWorks, BibTeX) read record by record: papers with
their authors in order, journals, years and pages, the authors' units, a thesis's university, a patent's number,
inventors and owner. The records are invented; the formats are the ones CNKI and the reference managers write."""

from __future__ import annotations

from graph.schema import Label
from ingest.extract import extract
from ingest.readers import read_upload
from tests.ingest.facts import entity, extract_text, names, relations

NOTE_EXPRESS = """{Reference Type}: Journal Article
{Title}: 基于多源数据的城市内涝风险评估方法
{Author}: 林晓岚;周文博;吴一凡
{Author Address}: 1.东川大学 土木工程学院；2.南湖水利科学研究院
{Journal}: 南湖水利学报
{Year}: 2031
{Issue}: 04
{Pages}: 45-52+60
{Abstract}: 本文以东川市为例，提出一种城市内涝风险评估方法。
{Database Provider}: CNKI


{Reference Type}: Thesis
{Title}: 山区铁路货运组织优化方法研究
{Author}: 郑雨桐
{Tertiary Author}: 孔德明
{Publisher}: 东川交通大学
{Type of Work}: 博士
{Year}: 2030


{Reference Type}: Patent
{Title}: 一种管道巡检机器人的清洗装置
{Author}: 钱思远;孙浩然
{Author Address}: 610000 东川省南湖市高新区科技路88号
{Subsidiary Author}: 南湖智能装备有限公司
{Date}: 2031-05-12
{Notes}: CN118722921A


{Reference Type}: Standard
{Title}: 货运站场作业规范
{Author}: 东川省交通运输厅
{Year}: 2029
"""


def _read(text: str, name: str):
    return extract(read_upload(text.encode(), name))


def test_a_note_express_export_gives_papers_a_thesis_a_patent_and_the_bodies_of_a_standard() -> None:
    x = _read(NOTE_EXPRESS, "export.net")
    paper = entity(x, "Paper", "基于多源数据的城市内涝风险评估方法")
    assert (paper.journal, paper.year, paper.issue, paper.pages) == ("南湖水利学报", 2031, "04", "45-52+60")
    assert [(r.source, r.order) for r in x.relations if str(r.type) == "AUTHORED" and r.target == paper.name] \
        == [("林晓岚", 1), ("周文博", 2), ("吴一凡", 3)]
    assert {"东川大学土木工程学院", "南湖水利科学研究院"} <= names(x, "Organization")
    assert ("东川大学土木工程学院", "东川大学") in relations(x, "PART_OF")
    affiliated = relations(x, "AFFILIATED_WITH")
    assert ("林晓岚", "南湖水利科学研究院") not in affiliated  # three authors, two units: whose each is, unsaid
    assert ("郑雨桐", "东川交通大学") in affiliated  # a thesis's university is its author's
    assert ("郑雨桐", "山区铁路货运组织优化方法研究") in relations(x, "AUTHORED")
    assert "孔德明" in names(x, "Person")
    patent = entity(x, "Patent", "一种管道巡检机器人的清洗装置")
    assert patent.number == "CN118722921A"
    assert relations(x, "INVENTED") == {("钱思远", "CN118722921A"), ("孙浩然", "CN118722921A")}
    assert ("南湖智能装备有限公司", "CN118722921A") in relations(x, "OWNS")
    assert not any("科技路" in n for n in names(x, "Organization"))  # a patent's address is a postal one
    assert "东川省交通运输厅" in names(x, "Organization")
    assert "货运站场作业规范" not in names(x, "Paper")


def test_ris_endnote_and_refworks_records_name_the_same_paper() -> None:
    ris = ("TY  - JOUR\nTI  - 高原湖泊沉积物磷释放机理研究\nAU  - 林晓岚\nAU  - 周文博\nAD  - 东川大学环境学院\n"
           "JO  - 湖泊科学\nPY  - 2030\nVL  - 42\nIS  - 3\nSP  - 101\nEP  - 110\nER  - \n")
    endnote = ("%0 Journal Article\n%A 林晓岚\n%A 周文博\n%+ 东川大学环境学院\n%T 高原湖泊沉积物磷释放机理研究\n"
               "%J 湖泊科学\n%D 2030\n%V 42\n%N 3\n%P 101-110\n")
    refworks = ("RT Journal Article\nA1 林晓岚;周文博\nAD 东川大学环境学院\nT1 高原湖泊沉积物磷释放机理研究\n"
                "JF 湖泊科学\nYR 2030\nIS 3\nVO 42\nOP 101-110\n")
    for text, name in ((ris, "export.ris"), (endnote, "export.enw"), (refworks, "export.txt")):
        x = _read(text, name)
        paper = entity(x, "Paper", "高原湖泊沉积物磷释放机理研究")
        assert (paper.journal, paper.year, paper.volume, paper.issue) == ("湖泊科学", 2030, "42", "3"), name
        assert relations(x, "AUTHORED") == {("林晓岚", paper.name), ("周文博", paper.name)}, name
        # one unit for both authors: each is affiliated with it
        assert relations(x, "AFFILIATED_WITH") == {("林晓岚", "东川大学环境学院"), ("周文博", "东川大学环境学院")}, name


def test_bibtex_entries_with_authors_joined_by_and_and_a_latin_affiliation() -> None:
    bib = """@article{lin2031,
  title = {{城市热岛效应的遥感监测方法}},
  author = {林晓岚 and 周文博},
  journal = {东川遥感学报},
  year = {2031},
  volume = {12},
  number = {2},
  pages = {33--41},
  authoraddress = {东川大学地理科学学院},
}
@article{wu2030,
  title = {Remote sensing of urban heat islands},
  author = {Wu, Yifan},
  journal = {Remote Sensing Letters},
  year = 2030,
  affiliation = {School of Geography, Donghai University, Donghai 200000, China},
}
"""
    x = _read(bib, "refs.bib")
    paper = entity(x, "Paper", "城市热岛效应的遥感监测方法")
    assert (paper.journal, paper.year, paper.volume, paper.issue) == ("东川遥感学报", 2031, "12", "2")
    assert ("周文博", paper.name) in relations(x, "AUTHORED")
    assert ("林晓岚", "东川大学地理科学学院") in relations(x, "AFFILIATED_WITH")
    assert "Remote sensing of urban heat islands" in names(x, "Paper")
    assert "Donghai University" in names(x, "Organization")
    assert not any(e.type is Label.PROJECT for e in x.entities)


def test_a_compound_family_name_a_blank_parts_from_the_given_name_is_one_author() -> None:
    ex = extract_text("@inproceedings{zhuge2031,\n  author = {诸葛 岚 and 乔 远鸣 and 欧阳 舒},\n"
                      "  title = {乡村学校布局的优化方法},\n  booktitle = {南州城乡规划会议论文集},\n  year = {2031}\n}\n", "refs.bib")
    assert [(r.source, r.order) for r in ex.relations if str(r.type) == "AUTHORED"] == [
        ("诸葛岚", 1), ("乔远鸣", 2), ("欧阳舒", 3)]
    assert names(ex, "Person") == {"诸葛岚", "乔远鸣", "欧阳舒"}
