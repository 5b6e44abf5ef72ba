"""Genre is not a gate: every document goes through fields, tables and prose, and their results merge."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from graph.schema import Label
from ingest.blocks import BlockKind, BlockWriter, text_blocks
from ingest.extract import compose
from ingest.genres import registry
from ingest.genres.detect import detect_genre
from ingest.genres.registry import Kind, detect, kind_named, kinds
from ingest.model import Entity, Span
from ingest.reading import Document, Reading
from tests.ingest.facts import extract_text, names, ranked, relations


def test_every_kind_is_registered_once_under_its_module() -> None:
    found = kinds()
    assert {k.name for k in found} >= {"award_nomination", "funding_guideline", "news", "other"}
    assert len({k.name for k in found}) == len(found)
    assert kind_named("news").genre == "news"


def test_a_new_kind_is_one_module_and_nothing_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "more_kinds"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "other.py").write_text("from ingest.genres.registry import Kind\nKIND = Kind('other', 'other')\n")
    (package / "talent_list.py").write_text(textwrap.dedent('''
        from ingest.genres.registry import Kind

        KIND = Kind(name="talent_list", genre="other", cues=((r"入选人员名单|人才名单", 3.0),))
    '''), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert detect("关于公布第三批青溪英才计划入选人员名单的通知", "more_kinds").name == "talent_list"
        assert detect("今天天气很好。", "more_kinds").name == "other"
    finally:
        registry.kinds.cache_clear()
        sys.modules.pop("more_kinds.talent_list", None)
        sys.modules.pop("more_kinds.other", None)
        sys.modules.pop("more_kinds", None)


def test_a_kind_must_carry_a_kgx_genre() -> None:
    with pytest.raises(ValueError, match="genre"):
        Kind(name="expert_list", genre="expert_list")


def test_a_news_article_with_a_table_gets_the_table_read_and_the_prose_read() -> None:
    out = BlockWriter()
    out.add(BlockKind.PARAGRAPH, "本报讯 近日，青溪大学校长林小溪在会上介绍了学校新获批的项目。")
    out.add_table([["项目名称", "负责人", "依托单位"],
                   ["深海微生物资源的发掘与利用", "周一帆", "青溪海洋研究所"]], header_rows=1)
    text, blocks = out.result()
    assert detect_genre(text) == "news"
    extraction = extract_text(text, "news.html", blocks)
    assert relations(extraction, "LEADS") >= {("周一帆", "深海微生物资源的发掘与利用")}
    assert "林小溪" in names(extraction, "Person")  # from the prose, which the table did not consume
    assert extraction.genre == "news"


def test_a_report_of_a_meeting_about_applying_for_grants_is_news_and_a_call_s_deadline_hour_is_no_event() -> None:
    """`11月3日上午，某部举办…申请辅导会…出席了会议`: what happened at a meeting, news, though it speaks of applying
    (申报工作, 申报书); a call's `报送时间截至9月12日下午4点` is a deadline's hour, and the call stays one."""
    report = ("医院举办2031年度北辰基金申请辅导会\n11月3日上午，医院科研部在行政楼报告厅举办北辰基金申请辅导会。"
              "南州医院科研部柯振邦主任讲解申报工作的要点，诸葛岚副院长出席了会议。诸葛岚回顾了去年的申报工作，"
              "要求各科室做好申报工作。柯振邦剖析了申报书的常见问题。最后，乔远鸣部长总结发言。\n")
    assert detect_genre(report) == "news"
    call = ("关于申报2031年度北辰基金项目的通知\n各学院：\n现将申报工作安排如下。申报书请于9月5日前提交，"
            "书面申报材料报送时间截至9月12日下午4点。联系人：柯振邦，联系电话：0571-1234567。经费每项10万元。\n")
    assert detect_genre(call) == "funding_guideline"


def test_prose_does_not_read_again_what_a_table_read() -> None:
    out = BlockWriter()
    out.add_table([["姓名", "工作单位"], ["周一帆", "青溪海洋研究所"]], header_rows=1)
    text, blocks = out.result()
    extraction = extract_text(text, "staff.html", blocks)
    person = next(e for e in extraction.entities if e.name == "周一帆")
    assert [text[s.start:s.end] for s in person.spans] == ["周一帆"]
    assert relations(extraction, "WORKS_AT") == {("周一帆", "青溪海洋研究所")}


def test_an_award_notice_in_another_layout_is_read_by_the_shared_mechanisms() -> None:
    text = ("青溪市科学技术奖获奖项目公示\n项目名称：深海微生物资源的发掘与利用\n"
            "主要完成人：林小溪、周一帆\n完成单位：青溪大学\n")
    assert detect_genre(text) == "award_nomination"
    extraction = extract_text(text, "award.txt")
    assert ranked(extraction) == {"林小溪": 1, "周一帆": 2}
    assert relations(extraction, "UNIT_OF") == {("青溪大学", "深海微生物资源的发掘与利用")}


def test_a_talent_programme_s_nomination_notice_is_a_nomination_and_its_candidates_are_read() -> None:
    text = ("根据《湖东省科学技术协会关于做好青年人才托举工程推荐评选工作的通知》精神,我校认真组织申报推荐工作。"
            "经个人申报、学院推荐、学校评议,最终推荐我校化学学院林小溪、机械工程学院苏晚晴等2位教师为推荐候选人。现予以公示。\n"
            "公示时间为2031年10月20日至2031年10月26日。在此期间如有异议,敬请监督反馈。\n")
    assert detect_genre(text) == "award_nomination"
    assert {"林小溪", "苏晚晴"} <= names(extract_text(text, "notice.txt"), "Person")


def test_a_call_cited_in_book_marks_does_not_make_a_report_a_call() -> None:
    text = ("第十届湖东省青年科技奖评审工作结束\n来源:湖东省科协\n"
            "第十届湖东省青年科技奖评审工作于近日结束。按照省科协下发的《关于开展第十届湖东省青年科技奖候选人推荐与评选工作的通知》"
            "精神,各有关单位积极组织了本届青年科技奖的申报工作。由中国工程院院士柏清浩为主任的专家评审委员会召开会议。\n")
    assert detect_genre(text) != "funding_guideline"
    assert "柏清浩" in names(extract_text(text, "report.txt"), "Person")


def test_never_empty_names_the_ner_finds_are_kept_when_nothing_else_is_found() -> None:
    text = "近日，青溪大学林小溪教授团队完成了深海微生物资源的发掘与利用项目。\n"

    def read_all(document: Document) -> Reading:  # a kind's reading that consumes everything, finds no one
        project = Entity(Label.PROJECT, "深海微生物资源的发掘与利用", kind="research_project")
        return Reading((project,), consumed=(Span(0, len(document.text)),))

    extraction = compose(Document("x.txt", text, text_blocks(text)), Kind("greedy", "other", read=read_all))
    assert "林小溪" in names(extraction, "Person") and "青溪大学" in names(extraction, "Organization")
    assert "深海微生物资源的发掘与利用" in names(extraction, "Project")


def test_a_note_column_is_left_to_prose() -> None:
    out = BlockWriter()
    out.add_table([["项目名称", "负责人", "备注"],
                   ["深海微生物资源的发掘与利用", "周一帆", "与青溪大学林小溪教授合作"]], header_rows=1)
    text, blocks = out.result()
    extraction = extract_text(text, "list.html", blocks)
    assert {"周一帆", "林小溪"} <= names(extraction, "Person")
