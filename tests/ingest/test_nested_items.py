"""Works listed as items with their fields in sub-items (an academic page's patents): the item's text the title,
its status in brackets left out, the names sub-item the inventors in order, the number sub-item the number; the
number's label does not run on into the next item. Names, titles and numbers invented."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_upload

_PAGE = """Chinese Patent
------
* <b>[已授权]</b> 一种单通道波束扫描探测装置及方法
  * 柏宁，文远，<u>李晨</u>
  * 专利号：ZL203211157877.2

* <b>[已授权]</b> 一种频分多模态超表面天线
  * 文远，柏宁
  * 专利号：ZL203210327139.1
"""


def test_an_item_with_a_names_sub_item_and_a_number_sub_item_is_a_patent_and_its_inventors() -> None:
    ex = extract(read_upload(_PAGE.encode(), "patents.md"))
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203211157877.2": "一种单通道波束扫描探测装置及方法", "ZL203210327139.1": "一种频分多模态超表面天线"}
    invented = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "INVENTED"}
    assert invented == {("柏宁", "ZL203211157877.2", 1), ("文远", "ZL203211157877.2", 2), ("李晨", "ZL203211157877.2", 3),
                        ("文远", "ZL203210327139.1", 1), ("柏宁", "ZL203210327139.1", 2)}


def test_sub_items_labelled_inventors_an_application_number_without_letters_and_the_day_of_grant() -> None:
    page = ("## 专利列表\n\n1. 一种湖泊沉积物磷释放的监测方法\n\n   - 专利号：ZL203910418263.5\n\n"
            "   - 完成人：柯振邦、诸葛岚、欧阳舒，何平安。\n\n   - 授权日：2032.6.14\n\n"
            "2. 一种浅水湖泊富营养化的评价系统\n\n   - 专利号：203710284613X\n\n   - 完成人：柯振邦、乔远鸣\n\n"
            "   - 授权日：2031.9.3\n")
    ex = extract(read_upload(page.encode(), "patents.md"))
    patents = {e.number: (e.name, e.date) for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203910418263.5": ("一种湖泊沉积物磷释放的监测方法", "2032-06-14"),
                       "203710284613X": ("一种浅水湖泊富营养化的评价系统", "2031-09-03")}
    invented = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "INVENTED"}
    assert invented == {("柯振邦", "ZL203910418263.5", 1), ("诸葛岚", "ZL203910418263.5", 2), ("欧阳舒", "ZL203910418263.5", 3),
                        ("何平安", "ZL203910418263.5", 4), ("柯振邦", "203710284613X", 1), ("乔远鸣", "203710284613X", 2)}
    assert not [e for e in ex.entities if str(e.type) == "Project"]


def test_a_patent_cited_as_a_reference_is_a_patent_not_a_paper_in_a_journal_named_us_patent() -> None:
    """`Y. Chen, C. Li, "Method…," US Patent 10,123,456, 2030.`: the venue is a patent office's, so the work is a patent
    with its number as printed (with the office's code) and its authors its inventors in order."""
    page = ("## Patents\n\n"
            '1. Yiming Chen, Chen Li, "Method and system for wireless sensing," US Patent 30,123,456, 2030.\n'
            "2. Yiming Chen, Ning Bai. Apparatus for gesture recognition. US Patent App. 36/123,456, 2029.\n")
    ex = extract(read_upload(page.encode(), "patents.md"))
    assert not [e for e in ex.entities if str(e.type) in ("Paper", "Journal")]
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"US30,123,456": "Method and system for wireless sensing",
                       "US36/123,456": "Apparatus for gesture recognition"}
    assert {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "INVENTED"} == {
        ("Yiming Chen", "US30,123,456", 1), ("Chen Li", "US30,123,456", 2),
        ("Yiming Chen", "US36/123,456", 1), ("Ning Bai", "US36/123,456", 2)}


def test_latin_lines_of_patents_of_other_offices_give_their_inventors_title_and_number_as_printed() -> None:
    """`Authors. "Title". US Patent 30,123,456 B2, granted …`, `Authors. Title. U.S. Patent 32,345,678.`,
    `Authors. Title. WO/2028/122586.`: the authors the inventors in order, the number with its office's code."""
    page = ("## Patents\n\n"
            '- Yiming Chen, Chen Li. "Wireless sensing with commodity radios". US Patent 30,123,456 B2, granted Oct 2030.\n'
            "1. Yiming Chen, Ning Bai, and Chen Li. Gesture tracking for smart speakers. U.S. Patent 32,345,678. Oct. 2031.\n"
            "- Yiming Chen, Ning Bai. Method for acoustic ranging. WO/2028/122586.\n")
    ex = extract(read_upload(page.encode(), "patents.md"))
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"US30,123,456 B2": "Wireless sensing with commodity radios",
                       "US32,345,678": "Gesture tracking for smart speakers",
                       "WO/2028/122586": "Method for acoustic ranging"}
    invented = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "INVENTED"}
    assert {("Yiming Chen", "US32,345,678", 1), ("Ning Bai", "US32,345,678", 2), ("Chen Li", "US32,345,678", 3),
            ("Ning Bai", "WO/2028/122586", 2)} <= invented
