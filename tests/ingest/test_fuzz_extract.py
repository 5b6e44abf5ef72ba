"""Whatever text comes in, extraction returns an Extraction or raises an IngestError: never anything else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import IngestError
from ingest.extract import extract
from ingest.model import GENRES, Extraction, SourceDocument
from ingest.normalize import normalise

# The structural words our parsers key on, and the pieces of table cells they split.
HEADER_WORDS = (
    "拟推荐", "公示内容", "推荐奖种", "项目名称", "推荐单位", "/科学家", "项目简介", "完成人情况表", "姓名 排名 完成单位 工作单位 职称 行政职务",
    "对本项目的", "贡献", "完成单位情况表", "单位名称", "排名", "代表性论文", "知识产权具体名称", "全部发明人", "授权号",
    "序", "号", "类别", "国别", "SCI-", "EXPA", "NDED", "、SS", "CI、", "JCR", "否", "指南代码", "申报指南", "项目指南",
    "申报要求", "联系人：", "联系电话：", "万元", "不超过", "限报", "记者", "通讯员", "【镜头】", "【画外音】", "表示。",
    "教授", "主任医师", "院长", "副校长", "党委书记", "主任", "医院", "大学", "实验室", "附属第一医院", "研究所",
    "科学技术厅", "有限公司", "，", "；", "、", "。", "（", "）", "“", "”", ":", "：", "2031年", "12卷", "3期",
    "45-67", "页", "ZL202110000001.1", "2031SR0000001", "中国", "发明专利", "V1.0", " ", "  ", "\t",
)
# Invented names and name halves, as PDF text breaks them.
NAME_PIECES = ("林", "若溪", "王", "静怡", "欧阳", "明轩", "张燕", "赵 华", "孙", "\n晨", "周\n", "李凌")

pieces = st.one_of(
    st.sampled_from(HEADER_WORDS),
    st.sampled_from(NAME_PIECES),
    st.sampled_from(("\n", "\n\n", "\n\n\n", "\r\n", "\f")),
    st.integers(min_value=0, max_value=100_000).map(str),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=12),
    st.text(max_size=8),
)
structured_text = st.lists(pieces, max_size=300).map("".join)
any_text = st.text(max_size=2000)


def _check(text: str, genre: str | None = None) -> None:
    normalised = normalise(text)
    source = SourceDocument(name="fuzz.txt", text=normalised, encoding="utf-8", size=len(text.encode("utf-8", "replace")))
    try:
        extraction = extract(source, genre)
    except IngestError:
        return
    assert isinstance(extraction, Extraction)
    assert extraction.genre in GENRES
    for entity in extraction.entities:
        assert entity.name
        for span in entity.spans:
            assert 0 <= span.start <= span.end <= len(normalised)


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(structured_text)
def test_table_words_digits_and_broken_names_never_crash_extraction(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_text_never_crashes_extraction(text: str) -> None:
    _check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(structured_text, st.sampled_from(GENRES))
def test_every_parser_survives_text_of_any_genre(text: str, genre: str) -> None:
    _check(text, genre)
