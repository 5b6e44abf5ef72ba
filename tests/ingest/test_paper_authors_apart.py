"""Two names on one line of a 代表性论文 row set apart only by a blank: the last author, then the
corresponding-author cell (`蓝星河 蓝星河；岑北辰`). They are two names, never one four-character person.
Invented names throughout."""

from __future__ import annotations

from ingest.genres.award_papers import PaperRecord, parse_papers
from ingest.kit.text import lines_of


def _row(number: int, title: str, year: int, names: str, citations: int) -> str:
    """One table row as the PDF text gives it: title and journal broken over lines, then the cells; ``names``
    are the authors' lines up to the indexing cell (on its own line if ``names`` ends with a line break)."""
    head, tail = title.split(" ", 1)
    return (f"{number} {head}\n{tail}\nJournal\nof Invented\nMedicine\n{year}年\n4{number}卷\n2期\n"
            f"{number}01-{number}09\n页\n{names}{'' if names.endswith(chr(10)) else ' '}SCI-\nEXPANDED {citations} 否\n")


ROW = "".join([
    _row(1, "Seasonal patterns of lantern fever: study 7", 2019, "5.2 柏文澜，祁远舟，\n蓝星河 蓝星河；岑北辰", 31),
    _row(2, "Cohort study of marsh cough: wave 8", 2021, "3.1 岑北辰，鹿鸣 蓝星河", 12),
    # the last author broken over two lines, then the corresponding cell
    _row(3, "Marsh cough in winter: wave 9", 2022, "4.4 柏文澜；云\n海生；蓝\n星河 蓝星河\n", 5),
    _row(4, "Marsh cough in spring: wave 10", 2023, "2.2 柏文澜，蓝\n星河 蓝星河", 3),
])


def _papers() -> dict[int, PaperRecord]:
    return {p.number: p for p in parse_papers(lines_of(ROW))}


def test_the_last_author_and_the_corresponding_cell_on_one_line_are_apart() -> None:
    paper = _papers()[1]
    assert [(a.name, a.order) for a in paper.authors if a.order] == [("柏文澜", 1), ("祁远舟", 2), ("蓝星河", 3)]
    assert sorted(a.name for a in paper.authors if a.corresponding) == ["岑北辰", "蓝星河"]


def test_two_names_set_apart_by_a_blank_are_never_fused() -> None:
    names = {a.name for p in _papers().values() for a in p.authors}
    assert not [n for n in names if len(n) > 3], names
    assert {"鹿鸣", "蓝星河"} <= {a.name for a in _papers()[2].authors}


def test_a_last_author_broken_over_two_lines_stays_apart_from_the_corresponding_cell() -> None:
    paper = _papers()[3]
    assert [(a.name, a.order) for a in paper.authors] == [("柏文澜", 1), ("云海生", 2), ("蓝星河", 3)]
    assert [a.name for a in paper.authors if a.corresponding] == ["蓝星河"]
    on_index_line = _papers()[4]  # the rest of the broken name and the corresponding cell on the indexing line
    assert [(a.name, a.order, a.corresponding) for a in on_index_line.authors] == [
        ("柏文澜", 1, False), ("蓝星河", 2, True)]
