"""The exploration page in a real browser: an official searches for 赵一鸣, expands his hospital,
finds how 钱二白 is linked to him, reads the nomination text behind a link, and checks a panel."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Page, expect

ZHAO = "person:赵一鸣"
QIAN = "person:钱二白"
HOSPITAL = "org:某某大学附属医院"


def visit(page: Page, fragment: str = "") -> None:
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


def test_search_suggests_by_partial_name_and_draws_the_neighbourhood(page: Page, shots: Path) -> None:
    visit(page)
    page.fill("#search-input", "赵一")
    suggestion = page.locator(f"#search-suggestions li[data-key='{ZHAO}']")
    expect(suggestion).to_be_visible()
    expect(suggestion.locator(".badge")).to_have_text("人员")
    page.fill("#search-input", "某某附院")  # an alias finds the hospital
    expect(page.locator(f"#search-suggestions li[data-key='{HOSPITAL}']")).to_be_visible()
    page.fill("#search-input", "赵一")
    expect(suggestion).to_be_visible()
    page.screenshot(path=shots / "01_search_suggestions.png")

    suggestion.click()
    page.wait_for_function("window.__kg.graph.cy.nodes().length >= 6")
    names = page.evaluate("window.__kg.graph.cy.nodes().map(n => n.data('name'))")
    assert {"某某大学附属医院", "某某疾病精准诊疗关键技术创新与应用", "某某疾病早期诊断的多中心研究"} <= set(names)
    expect(page.locator("#canvas-empty")).to_be_hidden()
    assert quote(ZHAO) in page.url  # the view is in the link
    page.screenshot(path=shots / "02_graph.png")


def test_double_click_expands_with_a_cap_then_more_collapse_and_undo(page: Page, shots: Path) -> None:
    visit(page, expanded(ZHAO))
    before = node_count(page)
    page.mouse.dblclick(*on_screen(page, HOSPITAL))
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length > {before}")
    capped = node_count(page)
    more = page.locator(f"#more-bar button[data-key='{HOSPITAL}']")
    expect(more).to_be_visible()  # 70 staff: the first expansion stops at the cap
    page.screenshot(path=shots / "03_expanded_capped.png")

    more.click()
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length > {capped}")
    all_shown = node_count(page)
    expect(page.locator("#details-body h2")).to_contain_text("某某大学附属医院")
    page.locator("#act-collapse").click()
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length < {all_shown}")
    assert node_count(page) == before
    page.click("#btn-undo")
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length === {all_shown}")
    page.screenshot(path=shots / "04_expanded_more.png")


def test_filters_hide_types_and_low_confidence_links(page: Page) -> None:
    visit(page, expanded(ZHAO))
    visible = "window.__kg.graph.cy.elements(':visible').length"
    total = page.evaluate(visible)
    page.check("#hide-lowconf")
    assert page.evaluate("window.__kg.graph.cy.edges('[type = \"POSSIBLY_SAME\"]:visible').length") == 0
    page.uncheck("#legend input[data-category='paper']")
    assert page.evaluate(visible) < total - 1
    assert "lc=1" in page.url and "hide=paper" in page.url


def test_path_finder_highlights_the_shortest_path(page: Page, shots: Path) -> None:
    visit(page)
    for box, name, key in (("#path-from", "钱二", QIAN), ("#path-to", "赵一", ZHAO)):
        page.fill(box, name)
        page.locator(f"{box}-box li[data-key='{key}']").click()
    page.click("#path-go")
    expect(page.locator("#path-result")).to_contain_text("找到")
    on_path = page.evaluate("window.__kg.graph.cy.nodes('.path').map(n => n.data('name'))")
    assert on_path[0:1] and {"钱二白", "赵一鸣", "某某疾病精准诊疗关键技术创新与应用"} <= set(on_path)
    assert page.evaluate("window.__kg.graph.cy.edges('.path').length") >= 2
    page.screenshot(path=shots / "05_path.png")


def test_evidence_panel_shows_the_source_text_with_the_span_marked(page: Page, shots: Path) -> None:
    visit(page, expanded(ZHAO))
    page.mouse.click(*on_screen(page, ZHAO))
    source = page.locator("#details-body .source[data-document='doc-nom']")
    expect(source.locator(".doc")).to_contain_text("001_某某奖提名公示.txt")
    expect(source.locator("mark").first).to_have_text("赵一鸣")
    edge = page.evaluate(f"window.__kg.graph.cy.edges('[type = \"WORKS_AT\"][source = \"{ZHAO}\"]').id()")
    page.mouse.click(*on_screen(page, edge))
    expect(page.locator("#details-body h2")).to_have_text("任职于")
    expect(page.locator("#details-body")).to_contain_text("主任医师")
    marked = page.locator("#details-body .source mark").first
    expect(marked).to_have_text("赵一鸣")
    expect(page.locator("#details-body .snippet").first).to_contain_text("主要完成人：赵一鸣")
    page.locator("#details-body .source .linkish").first.click()
    expect(page.locator("#details-body .snippet.full")).to_contain_text("项目名称")
    page.screenshot(path=shots / "06_evidence.png")


def test_coi_view_lists_the_known_conflict_and_draws_its_evidence(page: Page, shots: Path) -> None:
    visit(page)
    page.click("#tab-coi")
    page.fill("#coi-experts", "姓名,单位\n赵一鸣,某某大学附属医院\n周无名,某某单位")
    page.fill("#coi-applicants", "钱二白,某某大学")
    page.click("#coi-run")
    row = page.locator("#coi-table tbody tr").first
    expect(row).to_contain_text("赵一鸣")
    expect(row).to_contain_text("钱二白")
    expect(row).to_contain_text("高")
    expect(page.locator("#coi-results")).to_contain_text("周无名")  # not in the graph
    row.click()
    page.wait_for_function("window.__kg.graph.cy.edges('.path').length >= 2")
    expect(page.locator("#details-body")).to_contain_text("利益冲突证据")
    expect(page.locator("#details-body mark").first).to_be_visible()
    with page.expect_download() as download:
        page.click("#coi-csv")
    assert "赵一鸣" in Path(download.value.path()).read_text(encoding="utf-8-sig")
    page.screenshot(path=shots / "07_coi.png")


def test_link_restores_the_view_and_exports_match_it(page: Page) -> None:
    visit(page, expanded(ZHAO) + f"&sel={quote(ZHAO)}&lc=1")
    expect(page.locator("#details-body h2")).to_contain_text("赵一鸣")
    assert page.is_checked("#hide-lowconf")
    shown = page.evaluate("window.__kg.graph.cy.nodes(':visible').length")
    with page.expect_download() as download:
        page.click("#btn-json")
    view = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert len(view["nodes"]) == node_count(page) and {n["id"] for n in view["nodes"]} >= {ZHAO, HOSPITAL}
    with page.expect_download() as download:
        page.click("#btn-graphml")
    assert "<graphml" in Path(download.value.path()).read_text(encoding="utf-8")
    with page.expect_download() as download:
        page.click("#btn-png")
    assert Path(download.value.path()).read_bytes()[:4] == b"\x89PNG"
    assert shown >= 5
