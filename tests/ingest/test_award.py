"""Award nominations: given a 公示, the completers, units, papers and patents it lists come out as facts."""

from __future__ import annotations

import re
from pathlib import Path

from graph.schema import Label, RelType
from ingest.genres.award import parse
from ingest.model import Extraction, Relation
from tests.shared import shared

FIXTURES = Path(__file__).parents[1] / "fixtures" / "award"


def _load(name: str) -> tuple[str, Extraction]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, parse(name, text)


def _rels(ex: Extraction, type_: RelType) -> list[Relation]:
    return [r for r in ex.relations if r.type is type_]


def _seed(name: str) -> tuple[str, Extraction]:
    [path] = shared(f"seeds/{name}")
    from ingest.normalize import normalise

    text = normalise(path.read_text(encoding="utf-8"))
    return text, parse(name, text)


def test_header_gives_project_award_year_and_nominator() -> None:
    _, ex = _load("fifteen_completers.txt")
    (project,) = [e for e in ex.entities if e.type is Label.PROJECT]
    assert project.kind == "award_nomination"
    assert project.award == "科学技术进步奖"
    assert project.year == 2024
    assert [(r.source, r.target) for r in _rels(ex, RelType.NOMINATED_BY)] == [(project.name, "江东省农业农村厅")]


def test_fifteen_completers_across_a_page_break_keep_their_ranks() -> None:
    _, ex = _load("fifteen_completers.txt")
    ranks = sorted(r.rank for r in _rels(ex, RelType.MEMBER_OF) if r.rank is not None)
    assert ranks == list(range(1, 16))


def test_completing_unit_differing_from_work_unit_is_an_affiliation() -> None:
    _, ex = _load("fifteen_completers.txt")
    affiliated = {r.source: r.target for r in _rels(ex, RelType.AFFILIATED_WITH)}
    assert affiliated == {
        "欧阳明远": "江东农业大学", "范雨桐": "江东省农业科学院", "蒋秀兰": "青禾农业科技有限公司",
        "曹文杰": "江东农业大学", "严春雨": "江东农业大学", "邹明辉": "江东省农业科学院",
    }
    works = {r.source: r for r in _rels(ex, RelType.WORKS_AT)}
    assert works["严春雨"].target == "江东省农业技术推广中心"  # cell wrapped over two lines
    assert (works["曹文杰"].title, works["曹文杰"].position) == ("教授", "院长")
    assert (works["魏子墨"].target, works["魏子墨"].title, works["魏子墨"].position) == ("江东农业大学", None, None)
    assert works["蒋秀兰"].title == "农艺师"


def test_completing_units_ranked_and_prose_ties() -> None:
    _, ex = _load("fifteen_completers.txt")
    assert sorted((r.rank, r.source) for r in _rels(ex, RelType.UNIT_OF)) == [
        (1, "江东农业大学"), (2, "江东省农业科学院"), (3, "青禾农业科技有限公司")]
    assert ("国家农作物病虫害监测重点实验室", "江东省农业科学院") in {
        (r.source, r.target) for r in _rels(ex, RelType.PART_OF)}
    assert {(r.source, r.target) for r in _rels(ex, RelType.COLLABORATES_WITH)} == {
        ("江东农业大学", "青禾农业科技有限公司")}


def test_papers_authors_in_order_with_corresponding() -> None:
    _, ex = _load("fifteen_completers.txt")
    papers = {e.name: e for e in ex.entities if e.type is Label.PAPER}
    english = papers["Early warning of greenhouse pests using hyperspectral imaging"]
    assert (english.journal, english.year, english.volume, english.pages) == (
        "Computers and Electronics in Agriculture", 2021, "185", "106-118")
    assert (english.impact_factor, english.citations, english.indexed_in) == (6.8, 23, ("SCI",))
    authored = sorted((r.order, r.source, r.corresponding) for r in _rels(ex, RelType.AUTHORED)
                      if r.target == english.name)
    assert authored == [(1, "欧阳明远", None), (2, "林晓", True), (3, "宋青山", None), (4, "PeterGrant", None)]
    chinese = papers["温室番茄白粉病早期识别方法"]
    assert (chinese.journal, chinese.issue, chinese.pages) == ("农业工程学报", "8", "201-209")


def test_patents_with_inventors_in_order_and_owner() -> None:
    _, ex = _load("fifteen_completers.txt")
    patents = {e.number: e for e in ex.entities if e.type is Label.PATENT}
    assert patents["ZL201910123456.7"].kind == "invention_patent"
    assert patents["ZL202020654321.X"].kind == "utility_model"
    assert patents["ZL201910123456.7"].date == "2021-03-05"
    inventors = sorted((r.order, r.source) for r in _rels(ex, RelType.INVENTED) if r.target == "ZL201910123456.7")
    assert inventors == [(1, "林晓"), (2, "欧阳明远"), (3, "宋青山")]
    owners = {(r.source, r.target) for r in _rels(ex, RelType.OWNS)}
    assert owners == {("江东农业大学", "ZL201910123456.7"), ("青禾农业科技有限公司", "ZL202020654321.X")}


def test_every_fact_points_at_text_that_contains_it() -> None:
    text, ex = _load("fifteen_completers.txt")
    for entity in ex.entities:
        assert entity.spans, entity
        if entity.type is Label.PERSON:
            found = "".join(re.sub(r"\s+", "", text[s.start:s.end]) for s in entity.spans)
            assert entity.name[:2] in found
    for relation in ex.relations:
        assert relation.spans, relation


def test_seed_completer_table_and_broken_paper_rows() -> None:
    _, ex = _seed("000_9ac676dfd646460b.txt")
    assert len(_rels(ex, RelType.MEMBER_OF)) >= 11
    works = {r.source: r for r in _rels(ex, RelType.WORKS_AT)}
    assert works["王汨"].title == "助理研究员,医师"
    assert {r.source for r in _rels(ex, RelType.AFFILIATED_WITH)} == {"王汨", "阎丹峰"}
    first = next(e for e in ex.entities if e.type is Label.PAPER and e.pages == "402-410")
    order = {r.source: r.order for r in _rels(ex, RelType.AUTHORED) if r.target == first.name}
    assert order["鞠玉朦"] == 1 and order["李凌江"] == 15  # the row's tail came after its citation cell


def test_seed_units_split_where_cells_wrap() -> None:
    _, ex = _seed("002_32cd27beec212687.txt")
    works = {r.source: r for r in _rels(ex, RelType.WORKS_AT)}
    assert works["贺毅"].target == "首都医科大学附属北京友谊医院"
    assert works["李小虎"].position == "副院长，医学影像科主任"
    orgs = {e.name: e for e in ex.entities if e.type is Label.ORGANIZATION}
    assert orgs["安徽医科大学第一附属医院"].parent == "安徽医科大学"
    assert "阜外医院" in orgs["中国医学科学院阜外医院"].aliases
