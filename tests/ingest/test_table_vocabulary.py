"""Columns are known by their header, from the vocabulary in ingest/data/table_headers.txt."""

from __future__ import annotations

import pytest

from ingest.tables.vocabulary import Role, header_of, is_query_echo


@pytest.mark.parametrize(("cell", "role"), [
    ("姓名", Role.PERSON),
    ("项目负责人", Role.LEADER),
    ("主 持 人", Role.LEADER),
    ("完成人", Role.MEMBER),
    ("工作单位", Role.WORK_UNIT),
    ("依托单位", Role.HOST_UNIT),
    ("完成单位", Role.COMPLETING_UNIT),  # kept apart from the work unit: they mean different things
    ("项目批准号", Role.CODE),
    ("起止年月", Role.PERIOD),
    ("刊名", Role.JOURNAL),
    ("授权号", Role.PATENT_NUMBER),
    ("项目负责人姓名", Role.LEADER),  # no entry, but it contains one
    ("主要完成人（不超过15人）", Role.MEMBER),  # a note in brackets says nothing of the column
    ("personText", Role.PERSON),  # machine headers, camelCase or snake_case, read as words
    ("organization", Role.WORK_UNIT),
    ("approve_year", Role.YEAR),
    ("Approve Text", Role.CODE),
    ("fundTypeText", Role.PROGRAMME),
    ("institute", Role.WORK_UNIT),
    ("research_area", Role.RESEARCH_AREA),
    ("profile_url", Role.NOTE),  # a link: no fact of the graph
    ("职称 Position", Role.TITLE),  # a bilingual header, by either label
    ("Specialty 专长", Role.RESEARCH_AREA),
    ("毕业学校", Role.STUDIED_AT),  # where one studied is no work unit: a past affiliation
    ("办公地点", Role.NOTE),
])
def test_headers_name_what_their_column_holds(cell: str, role: Role) -> None:
    header = header_of(cell)
    assert header is not None and header.role is role


def test_a_bracketed_unit_is_read_apart_from_the_header() -> None:
    header = header_of("资助金额（元）")
    assert header is not None and header.role is Role.BUDGET and header.unit == "元"


@pytest.mark.parametrize("cell", ["张清源", "湖泊沉积物中磷的释放机制研究", "2022", "本表所列项目均已通过专家评审并予以公示",
                                  "单位不得超过2个", "研究期限一般为3年。"])
def test_values_are_not_headers(cell: str) -> None:
    assert header_of(cell) is None


def test_a_column_echoing_the_query_is_known_but_holds_no_fact() -> None:
    assert header_of("searchYear") is None and is_query_echo("searchYear")
    assert not is_query_echo("approveYear")


@pytest.mark.parametrize(("cell", "role"), [
    ("completingUnits", Role.COMPLETING_UNIT),  # a machine name in the plural: its entry's role
    ("winners", Role.MEMBER),
    ("projectLeader", Role.LEADER),  # its last word names the record's people
    ("teamMembers", Role.MEMBER),
    ("authorEmail", Role.EMAIL),
    ("xmfzr", Role.LEADER),  # a database's pinyin initials: 项目负责人
    ("xmmc", Role.PROJECT),
])
def test_machine_names_are_read_by_their_plural_last_word_or_pinyin_initials(cell: str, role: Role) -> None:
    header = header_of(cell)
    assert header is not None and header.role is role


@pytest.mark.parametrize("cell", ["positions", "jobTitle", "bookTitle", "awards"])
def test_a_plural_or_last_word_of_a_post_title_or_award_names_no_column(cell: str) -> None:
    assert header_of(cell) is None  # `positions: 历任…` lists posts in words; `job title` is no project
