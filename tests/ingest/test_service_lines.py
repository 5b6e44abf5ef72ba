"""A CV's posts in societies listed line by line with no verb (`中国某某学会理事`) are the posts of the person whose
name opens the CV; a line that says more is prose's, and with no one opening the document there is no one to
give them to. Names invented."""

from __future__ import annotations

from graph.schema import RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, names, relations


def _extract(text: str, name: str = "cv.txt") -> Extraction:
    return extract(read_upload(text.encode("utf-8"), name))


def _affiliations(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {(r.source, r.target, r.position) for r in ex.relations if r.type is RelType.AFFILIATED_WITH}


def test_society_posts_listed_in_a_cv_are_its_person_s() -> None:
    lines = "中国运筹学会会员\n中国工业与应用数学学会理事\n东川省数学会常务理事\n"
    ex = _extract("林小溪，南湖大学数学学院副研究员。\n学术服务\n" + lines)
    assert {("林小溪", "中国运筹学会", "会员"), ("林小溪", "中国工业与应用数学学会", "理事"),
            ("林小溪", "东川省数学会", "常务理事")} <= _affiliations(ex)
    table = _extract("姓名,林小溪\n\nEnglish,中文\nCouncil member of CSIAM,中国工业与应用数学学会理事\n"
                     "Member of ORSC,中国运筹学会会员\n", "cv.csv")
    assert _affiliations(table) == {("林小溪", "中国工业与应用数学学会", "理事"), ("林小溪", "中国运筹学会", "会员")}


def test_without_a_cv_s_person_or_with_more_said_the_lines_give_no_posts() -> None:
    assert not _affiliations(_extract("学术服务\n中国运筹学会会员\n中国工业与应用数学学会理事\n"))


def test_a_line_opening_with_the_person_s_name_and_a_verb_of_holding_lists_the_person_s_seats() -> None:
    ex = extract_text("柯振邦现任中国湖泊学会遥感专委会委员、北辰省水利学会监测专委会委员。\n")
    assert relations(ex, "AFFILIATED_WITH") == {("柯振邦", "中国湖泊学会遥感专委会"), ("柯振邦", "北辰省水利学会监测专委会")}
    assert not any(n.startswith("柯振邦") for n in names(ex, "Organization"))
