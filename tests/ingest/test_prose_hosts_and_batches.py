"""Prose that lists units with their hosts, a fund's batches of grants, and people joined by 和 after a post.

- `某工程研究中心（依托单位：某公司）`: the unit is PART_OF the host its bracket names;
- `某基金第14批特别资助（站中）和第69批面上资助`: each batch a programme PART_OF the fund;
- `甲书记和乙副院长`: 和 joins two people, it opens no name; `、配合和协助大学常委`: verbs, no unit.
"""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations


def test_units_listed_with_their_hosts_in_brackets_are_part_of_them() -> None:
    x = extract_text("近日，本市共有3家工程实验室获省级认定，分别是：北辰省肉兔繁育工程研究中心（依托单位：北辰康大外贸集团有限公司）、"
                     "北辰省机车车辆工程研究中心（依托单位：南湖四方车辆有限公司）、北辰省海藻纤维工程实验室"
                     "（依托单位：北辰石油大学（华东））。\n")
    assert relations(x, "PART_OF") >= {
        ("北辰省肉兔繁育工程研究中心", "北辰康大外贸集团有限公司"),
        ("北辰省机车车辆工程研究中心", "南湖四方车辆有限公司"),
        ("北辰省海藻纤维工程实验室", "北辰石油大学（华东）"),
    }
    plain = extract_text("北辰省机车车辆工程研究中心（2031年认定）和北辰省海藻纤维工程实验室（北辰大学）获评优秀。\n")
    assert not relations(plain, "PART_OF")


def test_the_batches_of_a_fund_s_grants_are_programmes_of_the_fund() -> None:
    x = extract_text("日前，中国博士后科学基金第14批特别资助（站中）和第69批面上资助评审结果公布，我校共9人获得资助。\n")
    fund = "中国博士后科学基金"
    assert {fund, "第14批特别资助（站中）", "第69批面上资助"} <= names(x, "Project")
    assert relations(x, "PART_OF") >= {("第14批特别资助（站中）", fund), ("第69批面上资助", fund)}


def test_and_after_a_post_joins_two_people_and_verbs_name_no_unit() -> None:
    x = extract_text("之后，周学东院长一行在李铁军书记和林野副院长的陪同下分别参观了科研楼和医疗楼。\n")
    assert {"李铁军", "林野"} <= names(x, "Person")
    assert "和林野" not in names(x, "Person")
    y = extract_text("张玉表示，将全力支持、配合和协助大学常委、院长王国斌同志的工作。\n")
    assert not {n for n in names(y, "Organization") if "配合" in n}
