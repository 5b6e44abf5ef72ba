"""Cells that hold lists, ranks, counters and money."""

from __future__ import annotations

from ingest.model import Span
from ingest.tables.cells import Piece, counters_of, people_in, split_list, wan, without_counter


def _piece(text: str, start: int = 100) -> Piece:
    return Piece(text, Span(start, start + len(text)))


def _people(text: str) -> list[tuple[str, int | None]]:
    cell = _piece(text)
    found = people_in(cell)
    for person in found:  # every name keeps the span it was read from
        read = text[person.span.start - 100:person.span.end - 100]
        assert read.replace("\u3000", "").replace("\n", "") == person.name
    return [(p.name, p.rank) for p in found]


def test_a_list_cell_is_split_into_people_in_order() -> None:
    assert _people("林小溪、周一帆，韩冬青") == [("林小溪", None), ("周一帆", None), ("韩冬青", None)]


def test_the_last_name_of_a_list_that_ends_in_et_al_is_the_name_alone() -> None:
    assert _people("林小溪, 周一帆, 韩冬青等") == [("林小溪", None), ("周一帆", None), ("韩冬青", None)]
    assert _people("林小溪、欧阳一帆等人") == [("林小溪", None), ("欧阳一帆", None)]


def test_numbered_people_carry_their_rank() -> None:
    assert _people("1.林小溪 2.周一帆 3.韩冬青") == [("林小溪", 1), ("周一帆", 2), ("韩冬青", 3)]
    assert _people("1林小溪，2周一帆，\n3韩冬青") == [("林小溪", 1), ("周一帆", 2), ("韩冬青", 3)]


def test_a_rank_note_gives_the_rank_and_titles_are_dropped() -> None:
    assert _people("魏星河（排名第1）、柯蓝教授（第二完成人）") == [("魏星河", 1), ("柯蓝", 2)]


def test_a_name_with_a_blank_inside_is_one_name_and_names_apart_are_two() -> None:
    assert _people("宋\u3000明") == [("宋明", None)]
    assert _people("林小溪 周一帆") == [("林小溪", None), ("周一帆", None)]


def test_a_latin_name_with_spaces_is_one_person() -> None:
    assert _people("Tomas Ivar Lindqvist") == [("Tomas Ivar Lindqvist", None)]
    assert _people("Mei Zhao、林小溪") == [("Mei Zhao", None), ("林小溪", None)]
    assert _people("Ana K. Ferreira") == [("Ana K. Ferreira", None)]
    # words that are not a name's: lower-case words, a single word, all capitals
    assert _people("Cell biology") == []
    assert _people("Ferreira") == []
    assert _people("NSFC ABC") == []


def test_cells_without_names_give_no_people() -> None:
    assert _people("东川通信技术研究院") == []
    assert _people("2021年度") == []


def test_a_list_of_units_is_split() -> None:
    assert [p.text for p in split_list(_piece("西岭大学、西岭草原研究所；东川理工大学"))] == [
        "西岭大学", "西岭草原研究所", "东川理工大学"]


def test_row_counters_are_told_from_titles_that_open_with_digits() -> None:
    titles = ["1.湖泊沉积物研究", "2.稻瘟病识别", "1.湖泊碳循环研究", "1.2型糖尿病与肠道菌群", "2.3D打印支架"]
    lengths = counters_of([_piece(t) for t in titles])
    assert [without_counter(_piece(t), n).text for t, n in zip(titles, lengths, strict=True)] == [
        "湖泊沉积物研究", "稻瘟病识别", "湖泊碳循环研究", "2型糖尿病与肠道菌群", "3D打印支架"]


def test_titles_that_do_not_count_keep_their_digits() -> None:
    titles = ["2型糖尿病与肠道菌群", "3.5D封装的热应力", "稻瘟病识别"]
    assert counters_of([_piece(t) for t in titles]) == [None, None, None]


def test_money_is_read_in_ten_thousands_of_yuan() -> None:
    assert wan("62.0", None) == 62.0
    assert wan("200000", "元") == 20.0
    assert wan("1,500万元", None) == 1500.0


def test_a_unit_named_in_english_keeps_its_blanks_and_the_commas_inside_its_name() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("name,affiliation\n林小溪,Xi'an Lantern University\n韩东,\"Commission for Science, Technology and Lanterns\"\n"
                      "柯蓝,\"Westridge Pumped Storage Power Co., Ltd.\"\n", "staff.csv")
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("林小溪", "Xi'an Lantern University"), ("韩东", "Commission for Science, Technology and Lanterns"),
                     ("柯蓝", "Westridge Pumped Storage Power Co., Ltd.")}
    kinds = {e.name: e.kind for e in ex.entities if str(e.type) == "Organization"}
    assert kinds["Xi'an Lantern University"] == "university" and kinds["Westridge Pumped Storage Power Co., Ltd."] == "company"


def test_a_cell_of_titles_and_posts_together_gives_each_its_field() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("序号,姓名,工作单位,职称/职务\n1,韩东,西岭农业科学院作物研究所,研究员、所长\n2,柯蓝,青溪大学,教授/博士生导师\n",
                      "talents.csv")
    works = {(r.source, r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("韩东", "研究员", "所长"), ("柯蓝", "教授/博士生导师", None)}
