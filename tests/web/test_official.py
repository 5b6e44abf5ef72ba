"""An official's working day in the page, at 1280×720 and 1920×1080: a COI check that says whom it could
not check before anything else, two people called 王磊 told apart, a person's collaborators put on the
canvas, a document read and removed, the API documentation without internet, a 300-node view that stays
readable, and every control within reach."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import Page, expect

from tests.queries.graphs import load_fixture
from tests.web.conftest import PROJECTS, RESEARCHERS, TOKEN, Shots, World
from tests.web.roster import INSTITUTE
from tests.web.test_page import HAN, LIN, PAPER, WANG, api, expanded, node_count, on_screen, page_world, visit

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

WANG_INSTITUTE = "person:王磊@org:东湖研究院"
QIAN = "person:钱多多@org:白鹭医科大学"
CLEARED = "未发现利益冲突"


def run_coi(page: Page, experts: str, applicants: str) -> None:
    page.fill("#coi-experts", experts)
    page.fill("#coi-applicants", applicants)
    page.click("#coi-run")
    expect(page.locator("#coi-verdict")).to_be_visible()


def test_coi_names_the_unchecked_first_and_a_new_run_clears_the_old_evidence(page: Page, shots: Shots) -> None:
    visit(page)
    page.click("#tab-coi")
    run_coi(page, "韩立新,白鹭医科大学", "林晓峰,青松大学附属第一医院")
    page.locator("#coi-table tbody tr").first.click()
    page.wait_for_function("window.__kg.graph.cy.elements('.path').length > 0")
    expect(page.locator("#details-body")).to_contain_text("利益冲突证据")

    # 孙浩 has no link to 林晓峰; 王磊 is two people; 查无此人 is nobody the graph knows
    page.fill("#coi-experts", "孙浩\n王磊\n查无此人")
    page.click("#coi-run")
    verdict = page.locator("#coi-verdict")
    expect(verdict).to_contain_text("审查未完成：2 人未能核查")
    expect(page.locator("#coi-results")).not_to_contain_text(CLEARED)
    assert page.evaluate("window.__kg.graph.cy.elements().length") == 0  # the last run's evidence is gone
    expect(page.locator("#details-body")).to_be_hidden()
    unchecked = page.locator("#coi-unchecked")
    expect(unchecked).to_contain_text("查无此人")
    wang = unchecked.locator(".unresolved[data-name='王磊']")
    expect(wang).to_contain_text("图谱中有 2 位同名人员")
    hospital = wang.locator(f"li[data-key='{WANG}']")
    expect(hospital).to_contain_text("青松大学附属第一医院")
    expect(hospital).to_contain_text("见于：《青松肝病防治体系研究》")
    expect(hospital).to_contain_text("常合作者：")
    expect(wang.locator(f"li[data-key='{WANG_INSTITUTE}']")).to_contain_text("东湖研究院")
    order = page.evaluate("[...document.querySelectorAll('#coi-results > *')].map(e => e.id || e.tagName)")
    assert order.index("coi-verdict") < order.index("coi-unchecked")
    assert "coi-table" not in order or order.index("coi-unchecked") < order.index("coi-table")
    shots(page, "10_coi_unchecked_first")

    with page.expect_download() as download:
        page.click("#coi-csv")
    report = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert report.startswith("审查结论,审查未完成") and "查无此人" in report and "several_people" in report

    hospital.locator("button.pick").click()  # choose the hospital's 王磊: checked again, by key
    expect(page.locator("#coi-experts")).to_have_value(f"孙浩\n王磊,青松大学附属第一医院,{WANG}\n查无此人")
    expect(verdict).to_contain_text("审查未完成：1 人未能核查")
    expect(page.locator("#coi-table")).to_contain_text("王磊")  # a colleague of 林晓峰 on the nomination
    expect(unchecked).not_to_contain_text("图谱中有 2 位同名人员")

    page.fill("#coi-experts", "孙浩")
    page.click("#coi-run")
    expect(verdict).to_contain_text(CLEARED)  # everyone checked: now, and only now, cleared
    expect(page.locator("#coi-unchecked")).to_have_count(0)
    shots(page, "11_coi_complete_cleared")


def test_coi_table_keeps_names_readable(page: Page) -> None:
    visit(page)
    page.click("#tab-coi")
    run_coi(page, "韩立新\n周雨桐\n刘洋", "林晓峰,青松大学附属第一医院\n青松肝病防治体系研究")
    cells = page.locator("#coi-table td.party .who")
    expect(cells.first).to_be_visible()
    for box in page.evaluate("[...document.querySelectorAll('#coi-table td.party .who')].map(e => "
                             "[e.getBoundingClientRect().height, e.scrollWidth, e.clientWidth, parseFloat(getComputedStyle(e).fontSize)])"):
        height, scroll, client, font = box
        assert height < font * 2 and scroll <= client  # one line, nothing cut: never one character a line


def test_two_people_of_one_name_are_told_apart(page: Page, shots: Shots) -> None:
    visit(page)
    page.fill("#search-input", "王磊")
    items = page.locator("#search-suggestions li[data-key]")
    expect(items).to_have_count(2)
    hospital = page.locator(f"#search-suggestions li[data-key='{WANG}']")
    institute = page.locator(f"#search-suggestions li[data-key='{WANG_INSTITUTE}']")
    expect(hospital.locator(".unit")).to_have_text("青松大学附属第一医院")
    expect(institute.locator(".unit")).to_have_text("东湖研究院")
    expect(hospital.locator(".namesakes")).to_have_text("同名 2 人")
    shots(page, "12_namesake_suggestions")

    visit(page, expanded(WANG) + "&" + expanded(WANG_INSTITUTE))
    page.wait_for_function(f"window.__kg.graph.cy.getElementById('{WANG_INSTITUTE}').hasClass('namesake')")
    labels = page.evaluate(f"['{WANG}', '{WANG_INSTITUTE}'].map(k => window.__kg.graph.cy.getElementById(k).data('short'))")
    assert labels == ["王磊\n青松大学附属第一医院", "王磊\n东湖研究院"]
    edge = f"{WANG_INSTITUTE}|POSSIBLY_SAME|{WANG}"
    page.mouse.click(*on_screen(page, edge))
    warning = page.locator("#edge-warning")
    expect(warning).to_contain_text("相似度 0.30")
    expect(warning).to_contain_text("依据：同名")  # the resolver wrote "same name"
    expect(page.locator("#details-body")).not_to_contain_text("same name")
    shots(page, "13_namesakes_on_canvas")

    page.click("#btn-clear")
    for box, name, key in (("#path-from", "王磊", WANG_INSTITUTE), ("#path-to", "林晓", LIN)):
        page.fill(box, name)
        page.locator(f"{box}-box li[data-key='{key}']").click()
    page.fill("#path-hops", "3")
    page.click("#path-go")
    steps = page.locator("#path-steps li")
    expect(steps).to_have_count(3)
    expect(page.locator("#path-warning")).to_contain_text("疑似同一人")
    first = steps.first
    expect(first).to_contain_text("王磊（东湖研究院")
    expect(first.locator(".warn")).to_contain_text("相似度 0.30，依据：同名")
    on_canvas = page.evaluate(f"['{WANG}', '{WANG_INSTITUTE}'].map(k => window.__kg.graph.cy.getElementById(k).data('short'))")
    assert on_canvas == labels  # drawn again by the path: still told apart
    first.click()
    expect(page.locator("#details-body h2")).to_have_text("疑似同一人")
    expect(page.locator("#details-body")).to_contain_text("王磊（东湖研究院")
    shots(page, "14_path_steps_with_warning")


def test_collaborators_of_a_person_are_ranked_and_go_on_the_canvas(page: Page, shots: Shots) -> None:
    visit(page)
    page.fill("#search-input", "林晓")
    page.locator(f"#search-suggestions li[data-key='{LIN}']").click()
    panel = page.locator("#collaborators")
    han = panel.locator(f"li.collab[data-key='{HAN}']")
    expect(han).to_contain_text("韩立新")
    expect(han).to_contain_text("白鹭医科大学")
    expect(han).to_contain_text("合作论文")
    expect(han).to_contain_text("共同成果/单位 2 项")
    expect(han).to_contain_text("2023–2024年")
    # two shared items before one: read in one pass of the list once both are on it (the panel may render twice)
    page.wait_for_function("([first, second]) => { const keys = [...document.querySelectorAll('#collaborators li.collab')]"
                           ".map(i => i.dataset.key); return keys.includes(first) && keys.includes(second)"
                           " && keys.indexOf(first) < keys.indexOf(second); }",
                           arg=[HAN, "person:职工001@org:青松大学附属第一医院"])
    expect(panel.locator(f"li.collab[data-key='{WANG}'] .who")).to_contain_text("王磊（青松大学附属第一医院")
    han.locator("button.linkish").click()
    expect(han.locator(".collab-evidence")).to_contain_text("肝纤维化新型标志物研究")
    shots(page, "15_collaborators_panel")

    page.evaluate(f"window.__kg.graph.remove('{HAN}')")
    assert page.evaluate(f"window.__kg.graph.cy.getElementById('{HAN}').length") == 0
    han.locator("button.add").click()
    page.wait_for_function(f"window.__kg.graph.cy.getElementById('{HAN}').length === 1")
    assert page.evaluate(f"window.__kg.graph.cy.getElementById('{HAN}|AUTHORED|{PAPER}').length") == 1
    before = node_count(page)
    page.click("#collab-add-all")
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length > {before}")
    shots(page, "16_collaborators_on_canvas")


def test_a_document_is_read_with_line_numbers_and_removed_with_its_own_facts(page: Page, shots: Shots) -> None:
    world = page_world(page)
    visit_doc = load_fixture(world.store, "news_visit")  # type: ignore[arg-type]
    visit(page)
    page.click("#tab-docs")
    row = page.locator(f"#docs-table tr[data-document='{visit_doc.source.id}']")
    expect(row).to_contain_text("青松大学附属第一医院举办肝病诊疗培训班")  # a title, not a file name
    expect(row).to_contain_text("news_visit.txt")
    expect(page.locator(f"#docs-table tr[data-document='{world.award_id}']")).to_contain_text("青松肝病防治体系研究")
    row.click()
    reader = page.locator("#reader-text")
    joined = reader.locator(".line[data-first='3']")
    expect(joined.locator(".ln")).to_have_text("3–5")  # a line the PDF broke, shown as one
    expect(joined.locator(".tx")).to_have_text("青松大学附属第一医院主任医师林晓峰主持开班仪式，介绍了医院近年来在肝病早期筛查、"
                                               "规范诊疗和长期随访方面的做法，并希望学员把培训所学带回基层。")
    expect(reader.locator(".line[data-first='7'] mark").first).to_be_visible()  # 钱多多's facts marked
    shots(page, "17_document_reader")

    page.click("#doc-remove")
    page.fill("#doc-token", TOKEN)
    page.click("#doc-remove-confirm")
    expect(page.locator("#doc-removed")).to_contain_text("已删除文档《青松大学附属第一医院举办肝病诊疗培训班》")
    expect(page.locator("#doc-removed")).to_contain_text("保留")
    expect(row).to_have_count(0)
    shots(page, "18_document_removed")
    assert api(world, f"/entities/{quote(LIN)}")["entity"]["sources"] == [world.award_id]  # kept, without it
    page.click("#tab-explore")
    page.fill("#search-input", "钱多多")
    expect(page.locator("#search-suggestions li.empty")).to_have_text("未找到匹配的实体")


def test_api_docs_render_with_the_network_blocked(browser: object, world: World, shots: Shots) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 720})  # type: ignore[attr-defined]
    outside: list[str] = []

    def only_loopback(route, request) -> None:  # type: ignore[no-untyped-def]
        if urlparse(request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(request.url)
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    page.viewport_name = "1280x720"  # type: ignore[attr-defined]
    try:
        page.goto(world.url + "/docs")
        expect(page.get_by_role("heading", level=1)).to_contain_text("Researchers knowledge graph")
        expect(page.get_by_role("link", name="/coi/check", exact=True)).to_be_visible()
        shots(page, "19_api_docs_offline")
        assert outside == [], f"/docs reached outside: {outside}"
    finally:
        context.close()


def test_a_300_node_view_stays_readable(page: Page, shots: Shots) -> None:
    org = f"org:{INSTITUTE}"
    view = RESEARCHERS + PROJECTS + 1
    assert view == 300
    visit(page, f"x={view}~{quote(org)}")
    page.wait_for_function(f"window.__kg.graph.cy.nodes().length === {view}")
    assert page.evaluate("window.__kg.overlaps()") == 0
    at_fit = page.evaluate("window.__kg.graph.labelsShown()")
    assert at_fit <= 20  # the institute and a few hubs; not 300 labels on top of each other
    shots(page, "20_300_nodes_force")
    page.evaluate("""() => { const cy = window.__kg.graph.cy;
        cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); }""")
    zoomed = page.evaluate("window.__kg.graph.labelsShown()")
    assert zoomed == view  # zoomed in, every name can be read
    shots(page, "21_300_nodes_zoomed")

    for layout in ("concentric", "organization"):
        page.select_option("#layout", layout)
        assert page.evaluate("window.__kg.overlaps()") == 0, layout
        assert f"lay={layout}" in page.url
    shots(page, "22_300_nodes_by_organization")
    page.check("#group-units")
    page.wait_for_function("window.__kg.graph.cy.nodes('.group').length === 1")
    members = page.evaluate(f"window.__kg.graph.cy.getElementById('group:{org}').children().length")
    assert members == RESEARCHERS and page.evaluate("window.__kg.overlaps()") == 0
    assert page.evaluate("window.__kg.graph.size") == view  # a group box is not a node of the graph
    shots(page, "23_300_nodes_grouped")


def _within(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    assert box is not None and size is not None, selector
    return box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= size["width"] and \
        box["y"] + box["height"] <= size["height"]


EXPLORE_CONTROLS = ["#search-input", "#tab-explore", "#tab-coi", "#tab-docs", ".doclink", "#path-from", "#path-to",
                    "#path-hops", "#path-go", "#path-clear", "#layout", "#group-units", "#btn-undo", "#btn-fit",
                    "#btn-clear", "#btn-png", "#btn-graphml", "#btn-json", "#btn-share"]
COI_CONTROLS = ["#coi-experts", "#coi-applicants", "#coi-run", "#coi-csv", "#coi-xlsx"]


def test_every_control_is_within_reach(page: Page, shots: Shots) -> None:
    visit(page, expanded(LIN))
    away = [s for s in EXPLORE_CONTROLS if not _within(page, s)]
    assert away == [], f"below the fold or off screen: {away}"
    for selector in ("#hide-lowconf", "#year-from", "#legend input[data-category='paper']"):
        page.locator(selector).scroll_into_view_if_needed()  # the sidebar scrolls; the page does not
        assert _within(page, selector), selector
    assert page.evaluate("document.scrollingElement.scrollHeight <= window.innerHeight")
    shots(page, "09_controls_in_reach")
    page.click("#tab-coi")
    assert [s for s in COI_CONTROLS if not _within(page, s)] == []
    page.click("#tab-docs")
    expect(page.locator("#docs-table")).to_be_visible()
    assert _within(page, "#docs-table tbody tr >> nth=0")
