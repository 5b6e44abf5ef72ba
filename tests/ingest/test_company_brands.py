"""Companies named by their brand, and units named by the kind a list closes with (invented names)."""

from __future__ import annotations

import pytest

from graph.schema import Label, RelType
from ingest.genres.news import parse
from ingest.model import Extraction
from names.organizations import company_brand


@pytest.mark.parametrize(("name", "brand"), [
    ("深圳市澜岳计算机系统有限公司", "澜岳"),  # place, trade and legal form cut
    ("北京青穹科技有限公司", "青穹"),
    ("云栖集团控股有限公司", "云栖"),
    ("中国远航通信集团有限公司", "中国远航"),  # 中国 is the brand's, not a place to cut
    ("中国钢铁材料股份有限公司", None),  # what is left is a trade
    ("青溪大学出版社有限公司", None),  # a university's press: no brand of its own
    ("青溪大学附属医院", None),  # no company
])
def test_a_company_is_known_by_its_brand(name: str, brand: str | None) -> None:
    assert company_brand(name) == brand


def _orgs(ex: Extraction) -> dict[str, str | None]:
    return {e.name: e.kind for e in ex.entities if e.type is Label.ORGANIZATION}


def test_a_brand_written_alone_is_the_company_named_in_full() -> None:
    ex = parse("n.txt", "澜岳信息技术有限公司与青溪大学签署合作协议。澜岳副总裁穆远浩、青溪大学校长柯明出席。")
    works = {(r.source, r.target, r.position) for r in ex.relations if r.type is RelType.WORKS_AT}
    assert ("穆远浩", "澜岳信息技术有限公司", "副总裁") in works
    company = next(e for e in ex.entities if e.name == "澜岳信息技术有限公司")
    assert "澜岳" in company.aliases and "澜岳" not in _orgs(ex)


def test_a_brand_inside_another_word_is_not_read() -> None:
    ex = parse("n.txt", "澜岳信息技术有限公司发布新品。观众惊叹波澜岳麓风光。")
    company = next(e for e in ex.entities if e.name == "澜岳信息技术有限公司")
    assert len(company.spans) == 1


def test_the_items_of_a_list_closed_by_their_kind_are_units_of_that_kind() -> None:
    ex = parse("n.txt", "此前，学院与澜岳、青穹和云栖等知名企业共建实验室。论坛吸引了沧澜、溪山等高校的师生。")
    orgs = _orgs(ex)
    assert {n: orgs.get(n) for n in ("澜岳", "青穹", "云栖")} == dict.fromkeys(("澜岳", "青穹", "云栖"), "company")
    assert {n: orgs.get(n) for n in ("沧澜", "溪山")} == dict.fromkeys(("沧澜", "溪山"), "university")
    assert "学院" not in orgs


@pytest.mark.parametrize("text", [
    "穆远浩、柯明等专家参与企业调研。",  # people before 等, the kind further on
    "青溪、沧澜等地的企业家出席。",  # places
    "学院与多家等企业签约。",
    "论坛吸引了来自北京、上海等高校的学者。",  # the places the units are in
    "学院与深圳、杭州等企业签约。",
])
def test_what_is_no_list_of_units_yields_none(text: str) -> None:
    assert not {n for n in _orgs(parse("n.txt", text)) if n not in ("学院",)}


def test_a_declared_short_form_that_holds_the_brand_is_the_company_s_and_its_head_leads_it() -> None:
    """`某智能科技股份有限公司（以下简称“某智能”）…某智能董事长甲`: the declared form, not its brand inside it, is
    the company where its chairman works and which he leads."""
    from ingest.genres.news import parse

    ex = parse("news.txt", "\n\n签约\n\n东临大学与华锐智能科技股份有限公司（以下简称“华锐智能”）签约。"
                           "东临大学党委书记殷建平、华锐智能董事长陈立军出席并讲话。\n")
    posts = {(str(r.type), r.source, r.target) for r in ex.relations}
    assert {("WORKS_AT", "陈立军", "华锐智能科技股份有限公司"), ("LEADS", "陈立军", "华锐智能科技股份有限公司")} <= posts
