"""Programmes named in their own right in prose, and words that only look like one: a discipline (`某某工程`)
before a degree or a society's name, or a university's name before it."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names


def test_a_discipline_ending_in_engineering_is_no_programme_but_a_provincial_fund_is() -> None:
    text = ("林小溪，2009年获山东大学湖泊环境工程学士学位，现为中国湖泊环境工程学会会员，"
            "主持浙江省自然科学基金项目2项。")
    projects = names(extract_text(text), "Project")
    assert "浙江省自然科学基金" in projects
    assert not any("湖泊环境工程" in p for p in projects)
