"""The exploration page in a real browser, on the real routes over a graph loaded from invented documents:
an official searches for 林晓峰, expands his hospital, finds how 赵明远 is linked to 周雨桐, reads the
nomination line behind a fact, and checks a review panel in which 韩立新 completed a nomination with 林晓峰.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote
from urllib.request import urlopen

import pytest
from playwright.sync_api import Page, expect

from tests.web.conftest import STAFF, Shots, World

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

LIN = "person:林晓峰@org:青松大学附属第一医院"
ZHOU = "person:周雨桐@org:青松大学附属第一医院"
HAN = "person:韩立新@org:白鹭医科大学"
ZHAO = "person:赵明远@org:东湖研究院"
WANG = "person:王磊@org:青松大学附属第一医院"
HOSPITAL = "org:青松大学附属第一医院"
PROJECT = "project:青松肝病防治体系研究"
PAPER = "paper:肝纤维化新型标志物研究"


def api(world: World, path: str) -> Any:
    with urlopen(world.url + path) as response:  # noqa: S310 (loopback test server)
        return json.load(response)


def visit(page: Page, fragment: str = "") -> None:
    """Load the page afresh with this view in its link (a new fragment alone would not reload it)."""
    if page.url != "about:blank":
        page.goto("about:blank")
    page.goto(page.base_url + "/" + (f"#{fragment}" if fragment else ""))  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-ready='1']")


def expanded(key: str) -> str:
    return f"x={quote(key)}"


def node_count(page: Page) -> int:
    return int(page.evaluate("window.__kg.graph.cy.nodes().length"))


def on_screen(page: Page, element_id: str) -> tuple[float, float]:
    """Page coordinates of a node (or the midpoint of an edge) on the canvas."""
    x, y = page.evaluate(
        """(id) => {
            const ele = window.__kg.graph.cy.getElementById(id);
            const p = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
            const box = document.getElementById('cy').getBoundingClientRect();
            return [p.x + box.left, p.y + box.top];
        }""",
        element_id,
    )
    return float(x), float(y)


def test_search_suggests_by_partial_name_and_alias_and_draws_the_neighbourhood(page: Page, shots: Shots) -> None:
    visit(page)
    page.fill("#search-input", "青松一院")  # an alias finds the hospital
    expect(page.locator(f"#search-suggestions li[data-key='{HOSPITAL}']")).to_be_visible()
    page.fill("#search-input", "林晓")
    suggestion = page.locator(f"#search-suggestions li[data-key='{LIN}']")
    expect(suggestion).to_be_visible()
    expect(suggestion.locator(".badge")).to_have_text("人员")
    shots(page, "01_search_suggestions")

    suggestion.click()
    page.wait_for_function("window.__kg.graph.cy.nodes().length >= 5")
    ids = set(page.evaluate("window.__kg.graph.cy.nodes().map(n => n.id())"))
    neighbourhood = api(page_world(page), f"/graph/neighborhood?key={quote(LIN)}&limit=50")
    assert ids == {n["id"] for n in neighbourhood["nodes"]}
    assert {HOSPITAL, PROJECT, PAPER, "patent:ZL202110000001.X"} <= ids
    expect(page.locator("#canvas-empty")).to_be_hidden()
    expect(page.locator("#details-body h2")).to_contain_text("林晓峰")
    # the profile's relationships, grouped by type, list the nomination
    expect(page.locator("#details-body .group").filter(has_text="完成人/成员")).to_contain_text("青松肝病防治体系研究")
    assert quote(LIN) in page.url  # the view is in the link
    shots(page, "02_graph")


def page_world(page: Page) -> World:
    return page.world  # type: ignore[attr-defined,no-any-return]


def test_double_click_expands_with_a_cap_then_more_collapse_and_undo(page: Page, shots: Shots) -> None:
    visit(page, expanded(LIN))
    before = node_count(page)
    page.mouse.dblclick(*on_screen(page, HOSPITAL))
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length > {before}")
    capped = node_count(page)
    more = page.locator(f"#more-bar button[data-key='{HOSPITAL}']")
    expect(more).to_be_visible()  # a staff list of 60: the first expansion stops at the cap
    shots(page, "03_expanded_capped")

    more.click()
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length > {capped}")
    all_shown = node_count(page)
    staff = page.evaluate("window.__kg.graph.cy.nodes('[name ^= \"职工\"]').length")
    assert staff == STAFF
    expect(more).to_be_hidden()
    expect(page.locator("#details-body h2")).to_contain_text("青松大学附属第一医院")
    page.locator("#act-collapse").click()
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length < {all_shown}")
    assert node_count(page) == before
    page.click("#btn-undo")
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length === {all_shown}")
    shots(page, "04_expanded_more")


def test_filters_hide_types_and_low_confidence_links(page: Page) -> None:
    visit(page, expanded(WANG))  # 王磊 of the hospital is possibly 王磊 of 东湖研究院
    possibly_same = "window.__kg.graph.cy.edges('[type = \"POSSIBLY_SAME\"]:visible').length"
    assert page.evaluate(possibly_same) == 1
    page.check("#hide-lowconf")
    page.wait_for_function(f"{possibly_same} === 0", timeout=5000)  # applied as the page redraws
    assert page.evaluate(possibly_same) == 0
    visible = "window.__kg.graph.cy.nodes(':visible').length"
    total = page.evaluate(visible)
    page.uncheck("#legend input[data-category='project']")
    page.wait_for_function(f"{visible} === {total - 1}", timeout=5000)  # the filter is applied as the page redraws
    assert page.evaluate(visible) == total - 1
    assert "lc=1" in page.url and "hide=project" in page.url


def test_path_finder_highlights_the_route_s_shortest_path(page: Page, shots: Shots) -> None:
    visit(page)
    for box, name, key in (("#path-from", "赵明", ZHAO), ("#path-to", "周雨", ZHOU)):
        page.fill(box, name)
        page.locator(f"{box}-box li[data-key='{key}']").click()
    page.click("#path-go")
    expect(page.locator("#path-result")).to_contain_text("找到")
    route = api(page_world(page), f"/path?from={quote(ZHAO)}&to={quote(ZHOU)}")
    assert route["found"] and route["hops"] == 4
    on_path = page.evaluate("window.__kg.graph.cy.nodes('.path').map(n => n.id())")
    assert set(on_path) == {n["id"] for n in route["nodes"]}
    assert {"paper:慢性肝炎流行病学调查", HAN, PROJECT} <= set(on_path)
    lit = page.evaluate("window.__kg.graph.cy.edges('.path').map(e => e.id())")
    assert set(lit) == {e["id"] for e in route["edges"]}
    shots(page, "05_path")


def test_path_finder_says_when_there_is_no_path_within_the_hops(page: Page) -> None:
    visit(page)
    for box, name, key in (("#path-from", "赵明", ZHAO), ("#path-to", "周雨", ZHOU)):
        page.fill(box, name)
        page.locator(f"{box}-box li[data-key='{key}']").click()
    page.fill("#path-hops", "2")
    page.click("#path-go")
    expect(page.locator("#path-result")).to_contain_text("2 跳以内未找到路径")


def test_evidence_panel_marks_the_exact_spans_the_api_gives(page: Page, shots: Shots) -> None:
    world = page_world(page)
    text = api(world, f"/documents/{world.award_id}")["text"]
    visit(page, expanded(LIN))
    page.mouse.click(*on_screen(page, LIN))
    source = page.locator(f"#details-body .source[data-document='{world.award_id}']")
    expect(source.locator(".doc")).to_have_text("《青松肝病防治体系研究》")  # the title, not the file name
    expect(source.locator(".file")).to_have_text("award_qingsong.txt")
    profile = api(world, f"/entities/{quote(LIN)}")
    start, end = (int(x) for x in profile["entity"]["spans"][0].split(":")[1:])
    expect(source.locator(".snippet[data-exact='1'] mark")).to_have_text(text[start:end])
    shots(page, "06_evidence_person")

    edge = f"{LIN}|WORKS_AT|{HOSPITAL}"
    page.mouse.click(*on_screen(page, edge))
    expect(page.locator("#details-body h2")).to_have_text("任职于")
    expect(page.locator("#details-body")).to_contain_text("主任医师")
    facts = api(world, f"/documents/{world.award_id}")["facts"]
    [fact] = [f for f in facts if f.get("type") == "WORKS_AT" and f["source"] == LIN]
    (start, end), = fact["spans"]
    mark = page.locator(f"#details-body .source[data-document='{world.award_id}'] .snippet[data-exact='1'] mark")
    expect(mark).to_have_text(text[start:end])  # the whole line 「1. 林晓峰，青松大学附属第一医院，主任医师」
    expect(mark.locator("xpath=ancestor::div[contains(@class,'line')][1]/span[@class='ln']")).to_have_text("5")
    page.locator("#details-body .source .linkish").first.click()  # the whole document, in the reader
    expect(page.locator("#reader-text")).to_contain_text("项目名称：青松肝病防治体系研究")
    expect(page.locator("#reader-text .line.focus")).to_contain_text("1. 林晓峰，青松大学附属第一医院，主任医师")
    shots(page, "07_evidence_relationship")


def test_coi_view_lists_completers_of_one_nomination_and_draws_the_evidence(page: Page, shots: Shots) -> None:
    visit(page)
    page.click("#tab-coi")
    page.fill("#coi-experts", "姓名,单位\n韩立新,白鹭医科大学\n周无名,某某单位")
    page.fill("#coi-applicants", "林晓峰,青松大学附属第一医院")
    page.click("#coi-run")
    row = page.locator("#coi-table tbody tr").filter(has_text="韩立新")
    expect(row.locator("td.party").nth(1)).to_have_text("林晓峰青松大学附属第一医院")  # name, then unit
    expect(row).to_contain_text("同一项目")
    expect(row).to_contain_text("合作论文")
    expect(row).to_contain_text("高")
    expect(row).to_contain_text("同一项目/团队《青松肝病防治体系研究》")  # the evidence summary
    expect(page.locator("#coi-unchecked")).to_contain_text("周无名")  # not in the graph: not checked, not cleared
    row.click()
    page.wait_for_function("window.__kg.graph.cy.edges('.path').length >= 4")
    lit = set(page.evaluate("window.__kg.graph.cy.nodes('.path').map(n => n.id())"))
    assert {HAN, LIN, PROJECT, PAPER} <= lit  # both evidence paths: the nomination and the paper
    details = page.locator("#details-body")
    expect(details).to_contain_text("利益冲突证据")
    expect(details).to_contain_text("韩立新 —完成人/成员→ 青松肝病防治体系研究")
    expect(details.locator(".snippet[data-exact='1'] mark").first).to_have_text("3. 韩立新，白鹭医科大学，教授")
    with page.expect_download() as download:
        page.click("#coi-csv")
    report = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert "韩立新" in report and "周无名" in report
    shots(page, "08_coi")


def test_link_restores_the_view_and_exports_match_it(page: Page) -> None:
    visit(page, expanded(LIN) + f"&sel={quote(LIN)}&lc=1")
    expect(page.locator("#details-body h2")).to_contain_text("林晓峰")
    assert page.is_checked("#hide-lowconf")
    with page.expect_download() as download:
        page.click("#btn-json")
    view = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert len(view["nodes"]) == node_count(page) and {n["id"] for n in view["nodes"]} >= {LIN, HOSPITAL}
    with page.expect_download() as download:
        page.click("#btn-graphml")
    assert "<graphml" in Path(download.value.path()).read_text(encoding="utf-8")
    with page.expect_download() as download:
        page.click("#btn-png")
    assert Path(download.value.path()).read_bytes()[:4] == b"\x89PNG"
