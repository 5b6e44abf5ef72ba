"""`由某学院甲教授担任实验室主任`: the person holds the post in the unit of that kind the text named last (the
lab just founded), not in their own unit."""

from __future__ import annotations

from tests.ingest.facts import extract_text, relations

TEXT = ("双方将共建“东川大学—北湖集团智能制造联合实验室”，由东川大学机械工程学院孙建国教授担任实验室主任。\n")


def test_the_post_is_held_in_the_lab_named_before() -> None:
    ex = extract_text(TEXT)
    assert ("孙建国", "东川大学—北湖集团智能制造联合实验室") in relations(ex, "LEADS")
    assert ("孙建国", "东川大学机械工程学院") not in relations(ex, "LEADS")


def test_no_unit_of_the_kind_named_before_gives_no_post() -> None:
    ex = extract_text("会议由东川大学孙建国教授担任中心主任。\n")
    assert not relations(ex, "LEADS")
