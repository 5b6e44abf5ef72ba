"""Personal data in every format of api.masking's table: masked for anonymous readers, kept for the token holder."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.masking import FORMATS, MASK, mask_text
from tests.security.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
CASES = [(fmt, example) for fmt in FORMATS for example in fmt.examples]
NOT_PERSONAL = [
    "2024年4月1日", "2024-04-01", "20240401", "湘科计〔2024〕9号", "不超过300万元", "ZL202910654321.5",
    "2029年115卷301-312页", "2026-12-03T13:09:00.123456+00:00", "2101 深远海养殖平台", "增长8.62%",
    "person:林晓峰@org:青松大学", "4a47edbf1258c362cc1591dac05054d53afd120c0b2b07eda0df60f15a621ffe:12:34",
    "4a47edbf13912345678c", "第0073号", "SCI-EXPANDED 14.8", "3个月内", "IL-6在灯笼热中的作用",
]


def _personal_part(fmt_group: str | None, example: str) -> str:
    """What of ``example`` is personal: all of it, or the number after its label."""
    if fmt_group is None:
        return example
    match = next(f for f in FORMATS if f.group == fmt_group).pattern.search(example)
    assert match is not None
    return match.group(fmt_group)


@pytest.mark.parametrize(("fmt", "example"), CASES, ids=[f"{f.name}:{e}" for f, e in CASES])
def test_every_format_in_the_table_is_masked_character_for_character(fmt, example) -> None:  # type: ignore[no-untyped-def]
    text = f"联系人：欧阳明远，{example}。"
    masked = mask_text(text)
    personal = _personal_part(fmt.group, example)
    assert len(masked) == len(text)
    assert personal not in masked and MASK * len(personal) in masked
    assert masked.startswith("联系人：欧阳明远，") and masked.endswith("。")


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_what_is_not_personal_is_left_alone(text: str) -> None:
    assert mask_text(text) == text


def _guide() -> bytes:
    lines = ["江北省科学技术厅", "", "关于组织申报2031年度省青苔病防治专项的通知", "", "各有关单位：", "",
             "现将申报有关事项通知如下。", "", "一、联系方式", ""]
    lines += [f"联系人{i}：欧阳明远，{example}。" for i, (_, example) in enumerate(CASES)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_anonymous_readers_see_none_of_it_and_the_token_holder_sees_all(client: TestClient) -> None:
    uploaded = client.post("/documents", files={"file": ("contacts.txt", _guide(), "text/plain")}, headers=AUTH)
    assert uploaded.status_code == 201, uploaded.text
    url = f"/documents/{uploaded.json()['document_id']}"
    public, private = client.get(url).json()["text"], client.get(url, headers=AUTH).json()["text"]
    assert len(public) == len(private)
    for fmt, example in CASES:
        personal = _personal_part(fmt.group, example)
        assert personal in private, example
        assert personal not in public, example
