"""A group's list of its students, one a line in a plain text: the name (perhaps a Markdown link left as written,
`[某某](https://…)`), the level and the year of entry, then where the student went on to (毕业后前往某大学攻读博士学位:
AFFILIATED_WITH; 毕业后前往某公司工作: WORKS_AT). Names and units invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.readers import read_upload

_LIST = """## 曾经在本组的同学

- 林小溪，本科，2029年入学。
- [周一鸣](https://example.org/zhou/)，本科，2028年入学。毕业后前往南湖大学攻读博士学位。
- 苏晚晴，硕士，2027年入学。毕业后前往青溪软件研究院工作。
- [宋　明](https://example.org/song)，硕士，2026年入学。毕业后前往湖东省科学院攻读博士学位。
"""


def test_each_student_and_where_they_went_on_to() -> None:
    ex = extract(read_upload(_LIST.encode("utf-8"), "students.txt"))
    people = {e.name for e in ex.entities if e.type is Label.PERSON}
    assert people == {"林小溪", "周一鸣", "苏晚晴", "宋明"}
    links = {(str(r.type), r.source, r.target) for r in ex.relations
             if r.type in (RelType.WORKS_AT, RelType.AFFILIATED_WITH)}
    assert links == {("AFFILIATED_WITH", "周一鸣", "南湖大学"), ("WORKS_AT", "苏晚晴", "青溪软件研究院"),
                     ("AFFILIATED_WITH", "宋明", "湖东省科学院")}


def test_a_link_s_name_points_back_into_the_text_as_written() -> None:
    ex = extract(read_upload(_LIST.encode("utf-8"), "students.txt"))
    zhou = next(e for e in ex.entities if e.name == "周一鸣")
    assert all(_LIST[s.start:s.end] == "周一鸣" for s in zhou.spans)


def test_a_line_that_goes_on_with_another_sentence_is_no_student_s_line() -> None:
    text = "- 林小溪，本科，2029年入学。她热爱科研，常去南湖大学图书馆。\n"
    ex = extract(read_upload(text.encode("utf-8"), "students.txt"))
    assert not [r for r in ex.relations if r.type in (RelType.WORKS_AT, RelType.AFFILIATED_WITH)]


def test_people_joining_a_unit_belong_to_it_and_one_recruited_by_a_unit_works_there() -> None:
    from tests.ingest.facts import extract_text, relations
    ex = extract_text("欢迎柯远山、甄明礼和韩立新加入北辰大学海洋实验室。2031年9月，柏青禾以第三层次人才引进到南州医科大学。"
                      "乔远鸣加入了南州化工集团。\n", "news.txt")
    assert {("柯远山", "北辰大学海洋实验室"), ("甄明礼", "北辰大学海洋实验室"), ("韩立新", "北辰大学海洋实验室")} \
        <= relations(ex, "AFFILIATED_WITH")
    assert {("柏青禾", "南州医科大学"), ("乔远鸣", "南州化工集团")} <= relations(ex, "WORKS_AT")


def test_a_lab_named_in_one_latin_word_after_its_head_is_a_lab_its_students_join() -> None:
    from tests.ingest.facts import extract_text, names, relations
    ex = extract_text("欢迎柯远山、甄明礼和杭子墨加入KeLab。2031年9月，KeLab有了第一批研究生。\n", "news.md")
    assert "KeLab" in names(ex, "Organization")
    assert ("杭子墨", "KeLab") in relations(ex, "AFFILIATED_WITH")
