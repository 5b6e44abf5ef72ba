"""Stored text made readable without changing it: titles, numbered lines with PDF-broken lines joined,
quotes read across a broken line, and a paper whose title was not recovered saying so. Invented text."""

from __future__ import annotations

from queries.readable import display_lines, document_title, paper_title, quote_at
from queries.vocab import possibly_same_reason, possibly_same_warning

PDF = (
    "青岚市第一人民医院举办学术年会\n"
    "\n"
    "会议由医院院长主持，围绕慢性病早期筛查、规范化诊疗和长期随访管理三个方面\n"
    "\n"
    "展开讨论，并发布了年度研究报告。\n"
    "1. 某甲，青岚市第一人民医院，主任医师\n"
    "2. 某乙，青岚市第一人民医院，副主任医师\n"
    "联系人：某丙\n"
    "联系电话：0000-00000000\n"
)


def test_a_line_the_pdf_broke_is_shown_once_with_both_numbers() -> None:
    lines = display_lines(PDF)
    assert [(x.first, x.last) for x in lines] == [(1, 1), (3, 5), (6, 6), (7, 7), (8, 8), (9, 9)]
    joined = lines[1]
    assert joined.text == "会议由医院院长主持，围绕慢性病早期筛查、规范化诊疗和长期随访管理三个方面展开讨论，并发布了年度研究报告。"
    assert "".join(PDF[s:e] for s, e in joined.pieces) == joined.text  # offsets still point into the stored text


def test_list_items_and_form_fields_are_never_joined() -> None:
    lines = display_lines("申报单位须具有独立法人资格，且近三年内承担过相关领域的科研项目，项目负责人须为\n"
                          "（1）在职人员；\n联系人：某丁，某某科技处\n联系电话：0000-1111\n")
    assert [x.first for x in lines] == [1, 2, 3, 4]


def test_latin_pieces_keep_a_space() -> None:
    [line] = display_lines("Effects of early screening on outcomes in a regional cohort of adult patients,\nwith follow-up\n")
    assert line.text.endswith("patients, with follow-up")


def test_a_quote_reads_across_the_broken_line() -> None:
    at = PDF.index("展开讨论")
    assert quote_at(PDF, at, at + 4) == display_lines(PDF)[1].text  # one sentence, over two stored lines
    item = PDF.index("某乙")
    assert quote_at(PDF, item, item + 2) == "2. 某乙，青岚市第一人民医院，副主任医师"


def test_titles_come_from_metadata_the_form_a_notice_or_the_first_line() -> None:
    assert document_title("a.txt", PDF) == "青岚市第一人民医院举办学术年会"
    assert document_title("b.txt", "公示内容\n项目名称：慢性病综合防治体系研究\n") == "慢性病综合防治体系研究"
    assert document_title("c.txt", "某某省科学技术厅\n文件\n关于发布某某专项申报指南的通知\n") == "关于发布某某专项申报指南的通知"
    assert document_title("d.txt", "x", '{"programme": "某某专项（先进材料方向）"}') == "某某专项（先进材料方向）"
    assert document_title("e.txt", "12 34\n") == "e.txt"


def test_a_paper_without_a_recovered_title_says_so() -> None:
    assert paper_title("代表性论文6") == "代表性论文第6篇（原文未能识别题目）"
    assert paper_title("慢性病筛查研究") == "慢性病筛查研究"


def test_the_resolvers_reasons_read_in_chinese() -> None:
    assert possibly_same_reason("same name") == "同名"
    reason = "name one character apart; 7 shared co-workers: 甲、乙、丙、丁、戊、己、庚; same organization (same document)"
    assert possibly_same_reason(reason) == "姓名相差一字；有 7 位共同合作者：甲、乙、丙、丁、戊 等；同一单位（同一文档）"
    assert possibly_same_warning(0.3, "same name").startswith("此处经过「疑似同一人」关联（相似度 0.30，依据：同名）")
