"""Given a reference written in any of the common Latin citation styles, its title, journal, locator and
authors (in order, the corresponding ones marked) are read; given a line that only looks like one (an
address, a grant, a sentence, a reference without a locator), nothing is.

Cases: tests/fixtures/references/styles.json (invented names and titles).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.nlp.references import parse_reference

_CASES = json.loads((Path(__file__).parent.parent / "fixtures" / "references" / "styles.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _CASES["references"], ids=[c["style"] for c in _CASES["references"]])
def test_a_reference_in_each_style_is_read_whole(case: dict[str, Any]) -> None:
    found = parse_reference(case["line"])
    assert found is not None, case["line"]
    assert (found.title, found.journal, found.year, found.volume, found.issue, found.pages) == (
        case["title"], case["journal"], case["year"], case["volume"], case["issue"], case["pages"])
    assert [[a.name, a.corresponding] for a in found.authors] == case["authors"]
    assert [a.order for a in found.authors] == list(range(1, len(case["authors"]) + 1))


@pytest.mark.parametrize("line", _CASES["not_references"])
def test_a_line_that_only_looks_like_a_reference_is_none(line: str) -> None:
    assert parse_reference(line) is None


def test_spans_point_into_the_text_the_reference_stands_in() -> None:
    text = "代表性论文\n1. **Rao, Q.\\***; Tang, W. Quiet lights in dark rooms. *Lantern Lett.* 2022, 128, 056001.\n"
    start = text.index("1.")
    found = parse_reference(text, start, text.index("\n", start))
    assert found is not None
    assert text[slice(*found.title_span)] == "Quiet lights in dark rooms"
    assert text[slice(*found.journal_span)] == "Lantern Lett."
    assert [text[a.start:a.end] for a in found.authors] == ["Rao, Q.", "Tang, W."]
    assert found.authors[0].corresponding


def test_a_locator_with_the_month_in_capitals_before_the_year() -> None:
    line = ("18. Lin Xiao, Mei Zhou , and Bo Wang. An adaptive interpolation method for Poisson equation. Engineering "
            "Analysis with Boundary Elements , 130:186–195, SEP 2021. (T3, 2019 IF: 2.884).")
    r = parse_reference(line)
    assert r is not None
    assert (r.journal, r.year, r.volume, r.pages) == ("Engineering Analysis with Boundary Elements", 2021, "130", "186-195")
    assert [a.name for a in r.authors] == ["Lin Xiao", "Mei Zhou", "Bo Wang"]


def test_a_reference_broken_inside_its_journal_name_and_an_article_number_and_an_accepted_paper() -> None:
    broken = parse_reference("4. Lin Xiao and Bo Wang. A moving mesh for kinetic coupling. Advances in\n"
                             "Applied Mechanics , 4(6):685–702, DEC 2032.")
    assert broken is not None and (broken.journal, broken.pages) == ("Advances in Applied Mechanics", "685-702")
    article = parse_reference("14. Lin Xiao and Mei Zhou. Heat of moving sources on a mesh. Advances in Physics ,"
                              " 2031:Article ID 6067854, FEB 2031. (2030 IF: 0.9).")
    assert article is not None and (article.volume, article.pages, article.year) == ("2031", "6067854", 2031)
    accepted = parse_reference("19. Lin Xiao and Bo Wang. A nonlinear solver for cavity flow. Communications in "
                               "Flows , 2033. accepted. (Corresponding author).")
    assert accepted is not None and (accepted.journal, accepted.year, accepted.pages) == ("Communications in Flows", 2033, None)


@pytest.mark.parametrize(("line", "title", "journal", "pages"), [
    ("[12] Lin Xiao, Mei Zhou*, Bo Wang, and Yan Li*, Quiet light restoration of dark room tomography, "
     "IEEE Trans. Med. Imaging, 41(9), 2543-2555 (2032). doi: 10.1109/TMI.2032.3165839.",
     "Quiet light restoration of dark room tomography", "IEEE Trans. Med. Imaging", "2543-2555"),
    ("[27] Lin Xiao, Mei Zhou, and Bo Wang*, Lantern imaging of living mice with a low-cost contrast agent, "
     "Biomed. Opt. Express 10(11), 5744-5754 (2031).",
     "Lantern imaging of living mice with a low-cost contrast agent", "Biomed. Opt. Express", "5744-5754"),
    ("[18] Lin Xiao, Mei Zhou, Bo Wang*, Integrated lantern scope for tunable quiet lasers, Sci Rep 11, 9670 (2031).",
     "Integrated lantern scope for tunable quiet lasers", "Sci Rep", "9670"),
    ("[20] Lin Xiao, Mei Zhou, Bo Wang*, Dark-room imaging using second-order lantern regularization, Appl. Sci., "
     "10, 7910, (2030). doi: 10.3390/app10217910.",
     "Dark-room imaging using second-order lantern regularization", "Appl. Sci.", "7910"),
])
def test_optica_style_authors_title_and_journal_parted_by_commas_the_year_last(line: str, title: str, journal: str,
                                                                                pages: str) -> None:
    """`Authors, Title, Journal Vol, Pages (Year)`: a comma opens the journal, whose abbreviated name keeps its
    stops (not `Title, Biomed` and `Opt. Express`)."""
    r = parse_reference(line)
    assert r is not None
    assert (r.title, r.journal, r.pages) == (title, journal, pages)
    assert [a.name for a in r.authors][:2] == ["Lin Xiao", "Mei Zhou"]


def test_a_numbered_reference_a_pdf_wrapped_over_four_lines_is_read_whole() -> None:
    from tests.ingest.facts import extract_text

    text = ("期刊论文\n"
            "[1] Lin Xiao, Mei Zhou, Bo Wang, Yan Li, Hai Lin, Dong Han, Yiming Wu, Chao Zhang, Xin Liu,\n"
            "Jun Ma, and Qing Sun*, Quiet light restoration of dark room tomography with measured\n"
            "lantern spread functions, IEEE Trans. Med. Imaging, 40(9):2318-2328. (2031). doi:\n"
            "10.1109/TMI.2031.3077022.\n"
            "[2] Lin Xiao and Mei Zhou*, A lantern scope, Sci Rep 11, 9670 (2031).\n")
    ex = extract_text(text)
    papers = {e.name: (e.journal, e.year, e.pages) for e in ex.entities if str(e.type) == "Paper"}
    assert papers["Quiet light restoration of dark room tomography with measured lantern spread functions"] == (
        "IEEE Trans. Med. Imaging", 2031, "2318-2328")


def test_a_bulleted_reference_a_pdf_wrapped_with_its_quotes_on_lines_of_their_own_is_read_whole() -> None:
    from tests.ingest.facts import extract_text

    text = ("科研成果\n"
            "• W. Tang, H. Rao , and X. Qian,\n“\nA survey of beam management for lantern\narrays,\n”\n"
            "IEEE Lantern Surveys Tuts., vol. 26, no. 3, pp. 1520 – 1559, 3rd Quart., 2024. (SCI\nQ1 , 中科院 1 区 )\n"
            "• H. Rao and W. Tang, “Codebooks for lantern arrays,” IEEE Trans. Lantern Commun., Early access, 2025.\n")
    ex = extract_text(text)
    papers = {e.name: (e.journal, e.year, e.pages) for e in ex.entities if str(e.type) == "Paper"}
    assert papers == {"A survey of beam management for lantern arrays": ("IEEE Lantern Surveys Tuts.", 2024, "1520-1559"),
                      "Codebooks for lantern arrays": ("IEEE Trans. Lantern Commun.", 2025, None)}


@pytest.mark.parametrize(("line", "title", "journal", "volume", "issue", "pages", "year"), [
    ('Ning Bai, et al. "Tissue classification for endoscopic images based on spectral texture." Journal of Medical '
     "Imaging 4.1 (2032): 015001.", "Tissue classification for endoscopic images based on spectral texture",
     "Journal of Medical Imaging", "4", "1", "015001", 2032),
    ("Wen, Maria, et al. ”The PainEmotion Database: A Multimodal Database for Pain Recognition.” IEEE Transactions on "
     "Affective Computing 9 (2033): 100-112.", "The PainEmotion Database: A Multimodal Database for Pain Recognition",
     "IEEE Transactions on Affective Computing", "9", None, "100-112", 2033),
])
def test_mla_references_as_google_scholar_cites_them_with_latex_s_closing_quotes_as_openers(
        line: str, title: str, journal: str, volume: str, issue: str | None, pages: str, year: int) -> None:
    ref = parse_reference(line)
    assert ref is not None
    assert (ref.title, ref.journal, ref.volume, ref.issue, ref.pages, ref.year) == (title, journal, volume, issue, pages, year)
    assert ref.authors[0].name in ("Ning Bai", "Wen, Maria")


def test_a_meeting_named_with_its_year_and_ordinal_after_the_type_mark() -> None:
    ref = parse_reference("(8) Ke Z, Zhuge L, Sima Q, et al. Ice Load Estimation for Tidal Turbine Blades Using Sparse "
                          "Sensors[C]//2034 43rd Northern Control Conference (NCC). IEEE, 2034: 7942-7947.")
    assert ref is not None and (ref.journal, ref.year, ref.pages) == ("2034 43rd Northern Control Conference (NCC)", 2034,
                                                                      "7942-7947")


def test_full_names_a_title_and_a_journal_with_the_year_alone_parted_by_stops() -> None:
    ref = parse_reference("- Yuan Ke, Lan Zhuge, Qing Sima*. Cooperative Edge Computing for Aerial Relay Networks with "
                          "Uncertain Demand. **Journal of Northern Tidal Systems**, 2035.")
    assert ref is not None
    assert (ref.title, ref.journal, ref.year) == ("Cooperative Edge Computing for Aerial Relay Networks with Uncertain Demand",
                                                  "Journal of Northern Tidal Systems", 2035)
    assert [a.name for a in ref.authors] == ["Yuan Ke", "Lan Zhuge", "Qing Sima"] and ref.authors[-1].corresponding
    assert parse_reference("- Yuan Ke, Lan Zhuge. Notes on Things. Our Annual Picnic, 2035.") is None  # no journal's name
