"""A group site's data exported as sheets: papers with their source cited whole in one cell (`某学报, 46(4),
525-531 · DOI: …`), and patents whose one note gives the country, the number and the date
(`中国 · CN2031….7 · 2033-01-12`) under the same generic headers as the papers (题目, 作者). Names, titles and
numbers invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload

_PAPERS = """年份,题目,作者,出处
2031,薄壁铸件充型过程的数值模拟,柯一鸣; 游若川; 韩子墨,"湖东铸造学报, 46(4), 525-531 · DOI: 10.1234/j.hdzz.2031.04.011"
2030,Grain refinement of cast alloys by ultrasound,"You, Ruochuan; Ke, Yiming","Journal of Casting Science, 43, 1002-1012"
2030,砂型打印工艺的参数优化,韩子墨; 游若川,"铸造工艺, (5), 57-63"
"""

_PATENTS = """年份,题目,作者,说明
2033,一种高阻尼合金的制备方法,游若川; 柯一鸣,中国 · CN203111327726.7 · 2033-01-12
2032,CASTING MOULD FOR THIN WALLS,You Ruochuan; Ke Yiming,美国 · US 12788172 · 2032-10-17
"""


def _extract(text: str, name: str) -> Extraction:
    return extract(read_upload(text.encode("utf-8"), name))


def test_a_source_cited_whole_gives_the_journal_volume_issue_and_pages() -> None:
    ex = _extract(_PAPERS, "papers.csv")
    papers = {e.name: (e.journal, e.year, e.volume, e.issue, e.pages) for e in ex.entities if e.type is Label.PAPER}
    assert papers == {
        "薄壁铸件充型过程的数值模拟": ("湖东铸造学报", 2031, "46", "4", "525-531"),
        "Grain refinement of cast alloys by ultrasound": ("Journal of Casting Science", 2030, "43", None, "1002-1012"),
        "砂型打印工艺的参数优化": ("铸造工艺", 2030, None, "5", "57-63"),
    }
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.PUBLISHED_IN} == {
        ("薄壁铸件充型过程的数值模拟", "湖东铸造学报"), ("Grain refinement of cast alloys by ultrasound", "Journal of Casting Science"),
        ("砂型打印工艺的参数优化", "铸造工艺")}
    authored = {(r.source, r.order) for r in ex.relations if r.type is RelType.AUTHORED and r.target == "薄壁铸件充型过程的数值模拟"}
    assert authored == {("柯一鸣", 1), ("游若川", 2), ("韩子墨", 3)}


def test_a_row_whose_note_gives_a_patent_number_is_a_patent_with_its_inventors() -> None:
    ex = _extract(_PATENTS, "patents.csv")
    assert not [e for e in ex.entities if e.type is Label.PAPER]
    patents = {e.number: (e.name, e.country, e.date) for e in ex.entities if e.type is Label.PATENT}
    assert patents == {"CN203111327726.7": ("一种高阻尼合金的制备方法", "中国", "2033-01-12"),
                       "US12788172": ("CASTING MOULD FOR THIN WALLS", "美国", "2032-10-17")}
    invented = {(r.source, r.order) for r in ex.relations if r.type is RelType.INVENTED and r.target == "CN203111327726.7"}
    assert invented == {("游若川", 1), ("柯一鸣", 2)}


_PROJECTS = """年份,题目,来源
2034,合金快速凝固过程的组织调控,湖东省科学技术厅 · 重点研发计划项目
2033,高端铸件联合研发项目,江北重工（集团）有限公司 · 横向
2032,准晶增强镁合金的机理研究,湖东省轻合金重点实验室项目
2031,流变轧制中准晶的形成机理,湖东理工大学自然科学基金项目
2030,纳米准晶复合增强机理研究,国家自然科学基金项目 · 51974153
2029,连铸坯缺陷的在线检测,校企合作项目
"""


def test_a_source_cell_naming_a_body_gives_the_projects_funder_not_a_programme_of_it() -> None:
    ex = _extract(_PROJECTS, "projects.csv")
    funded = {(r.source, r.target) for r in ex.relations if r.type is RelType.FUNDED_BY}
    assert funded == {("合金快速凝固过程的组织调控", "湖东省科学技术厅"), ("高端铸件联合研发项目", "江北重工（集团）有限公司"),
}
    programmes = {e.name for e in ex.entities if e.type is Label.PROJECT and e.kind == "programme"}
    assert programmes == {"湖东省轻合金重点实验室项目", "湖东理工大学自然科学基金项目", "国家自然科学基金项目"}
    orgs = {e.name for e in ex.entities if e.type is Label.ORGANIZATION}
    assert "江北重工（集团" not in orgs  # a bracket left open ends no unit's name


_GRANTS = """资助机构,项目类别,项目编号,项目名称,起止时间,经费,状态,角色
国家自然科学基金委员会,青年基金项目,62393201,矿物浮选过程的软测量建模研究,2034-01-01至2036-12-31,30万元,在研,主持
湖东省科技厅,基础研究计划-面上项目,203401CF070111,浮选泡沫图像的预测建模研究,2034-03-01至2037-02-28,10万,在研,主持
"""

_PUBLICATIONS = """date,title,venue,citation
2036-01-28,浮选工况的半监督识别方法,湖东大学学报（工学版）,"柯远,甄一帆,柏若水.浮选工况的半监督识别方法. 湖东大学学报（工学版）, 2036. doi: 10.16383/j.hd.c350628"
2031-05-02,Visual perception of flotation faults,Journal of Process Science,"Yuan Ke, Yifan Zhen. Visual perception of flotation faults [J]. Journal of Process Science, 2031, 26(2), 172-184"
"""


def test_a_funding_body_s_column_gives_the_projects_funder_never_their_unit() -> None:
    ex = _extract(_GRANTS, "grants.csv")
    funded = {(r.source, r.target) for r in ex.relations if r.type is RelType.FUNDED_BY}
    assert funded == {("矿物浮选过程的软测量建模研究", "国家自然科学基金委员会"), ("浮选泡沫图像的预测建模研究", "湖东省科技厅")}
    assert not [r for r in ex.relations if r.type is RelType.UNIT_OF]


def test_a_publications_sheet_reads_the_venue_as_the_journal_and_the_citation_for_authors_and_pages() -> None:
    ex = _extract(_PUBLICATIONS, "publications.csv")
    papers = {e.name: (e.journal, e.year, e.volume, e.issue, e.pages) for e in ex.entities if e.type is Label.PAPER}
    assert papers == {"浮选工况的半监督识别方法": ("湖东大学学报（工学版）", 2036, None, None, None),  # a doi gives no pages
                      "Visual perception of flotation faults": ("Journal of Process Science", 2031, "26", "2", "172-184")}
    authored = {(r.source, r.order) for r in ex.relations if r.type is RelType.AUTHORED and r.target == "浮选工况的半监督识别方法"}
    assert authored == {("柯远", 1), ("甄一帆", 2), ("柏若水", 3)}
