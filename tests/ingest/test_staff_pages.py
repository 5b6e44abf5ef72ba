"""A lab's staff page: each person's heading and the lines under it."""

from __future__ import annotations

from ingest.blocks import BlockKind, BlockWriter
from tests.ingest.facts import extract_text, names, relations


def test_a_staff_page_gives_titles_units_and_posts() -> None:
    out = BlockWriter()
    out.add(BlockKind.HEADING, "教师", level=1)
    out.add(BlockKind.HEADING, "林　小溪", level=3)
    out.add_table([["青溪大学海洋研究中心主任\n教授/博士生导师\n(曾任)青溪大学化学学院副院长\n《海洋科学进展》编委", ""]])
    out.add(BlockKind.LIST_ITEM, "青溪大学海洋科学系")
    out.add(BlockKind.LIST_ITEM, "研究方向: 深海微生物 海洋化学")
    out.add(BlockKind.HEADING, "周一帆", level=3)
    out.add(BlockKind.PARAGRAPH, "博士后/讲师 (已出站)")
    out.add(BlockKind.LIST_ITEM, "青溪大学海洋科学系")
    text, blocks = out.result()
    extraction = extract_text(text, "teachers.md", blocks)
    assert names(extraction, "Person") == {"林小溪", "周一帆"}
    works = {(r.source, r.target, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert works == {("林小溪", "青溪大学海洋科学系", "教授/博士生导师"), ("周一帆", "青溪大学海洋科学系", "博士后/讲师")}
    leads = {(r.source, r.target, r.role) for r in extraction.relations if str(r.type) == "LEADS"}
    assert leads == {("林小溪", "青溪大学海洋研究中心", "主任")}
    assert relations(extraction, "AFFILIATED_WITH") == {("林小溪", "青溪大学化学学院")}
    assert names(extraction, "Journal") == {"海洋科学进展"}
    assert ("青溪大学海洋科学系", "青溪大学") in relations(extraction, "PART_OF")


def test_a_team_page_s_members_under_a_school_s_heading_students_and_noted_items_among_them() -> None:
    """Under `### 某大学某学院`: staff work at the school and its university; `某某，博士研究生` studies there (an
    affiliation, no job); `某某，副教授（2020年入职，此前为某大学博士后）`: the note in brackets is aside."""
    from ingest.extract import extract
    from ingest.readers import read_upload
    from tests.ingest.facts import relations

    ex = extract(read_upload(("# 智能感知课题组\n\n## 课题组成员\n\n### 东临大学信息学院\n\n- 林晓溪，教授，博士生导师\n"
                              "- 韩东，副教授（2020年入职，此前为南岭大学博士后）\n- 张小雨，博士研究生\n").encode(), "team.md"))
    works = relations(ex, "WORKS_AT")
    assert {("林晓溪", "东临大学信息学院"), ("林晓溪", "东临大学"), ("韩东", "东临大学信息学院"), ("韩东", "东临大学")} <= works
    assert ("张小雨", "东临大学") in relations(ex, "AFFILIATED_WITH")
    assert not [r for r in works if r[0] == "张小雨"]


def test_a_heading_of_english_words_is_no_person_and_a_spaced_chinese_name_is() -> None:
    """`Chinese Patent`, `Selected Publications`: headings of English words, not a name glued together; `林 小溪`
    (spaced as a page centres it) is 林小溪."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    page = "Selected Publications\n-----\n\n正文。\n\n林 小溪\n-----\n\n教授/博士生导师\n\n青溪大学物理学院\n"
    ex = extract(read_upload(page.encode(), "staff.md"))
    assert names(ex, "Person") == {"林小溪"}
