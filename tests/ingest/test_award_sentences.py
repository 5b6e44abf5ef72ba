"""Awards stated in news sentences: a title in quotes given an award with nothing between them is a project only
where the sentence speaks of achievements; a slogan in quotes is none."""

from __future__ import annotations

from tests.ingest.facts import extract_text


def _awards(text: str) -> dict[str, str | None]:
    return {e.name: e.award for e in extract_text(text).entities if str(e.type) == "Project"}


def test_a_quoted_title_given_an_award_in_a_sentence_about_achievements_is_a_project_with_the_award() -> None:
    assert _awards("青溪科技大学共有4项成果获奖，其中“多光子纠缠及干涉度量”获国家自然科学一等奖。") == {
        "多光子纠缠及干涉度量": "国家自然科学一等奖"}


def test_a_quoted_saying_given_an_award_is_no_project() -> None:
    assert _awards("他说“科技创新是发展的第一动力”获得广泛认同奖。") == {}
