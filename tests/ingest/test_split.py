"""A file holding several nominations, notices or articles is split into its documents; one document stays whole."""

from __future__ import annotations

from pathlib import Path

from bench.synth import write_corpus
from ingest.model import SourceDocument
from ingest.normalize import normalise
from ingest.readers import read_file
from ingest.split import split_points, split_source
from tests.shared import shared

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"


def _text(path: Path) -> str:
    return normalise(read_file(path).text)


def _second_nomination() -> str:
    """An invented nomination in the same layout as the example, with its own project and people."""
    text = _text(EXAMPLES / "award_invented_east_river.txt")
    for old, new in (("慢性肾病早期诊断与综合防治体系建设", "青苔病快速检测技术及推广应用"), ("宋明哲", "柯远舟"),
                     ("顾晓琳", "卜思源"), ("严子墨", "管一帆"), ("欧阳清", "皇甫宁"), ("2031年", "2032年")):
        text = text.replace(old, new)
    return text


def test_two_nominations_pasted_together_are_two_documents_split_at_the_seconds_header() -> None:
    first, second = _text(EXAMPLES / "award_invented_east_river.txt"), _second_nomination()
    assert split_points(first + second) == (len(first),)
    assert split_points(first + "\n\n" + second) == (len(first) + 2,)


def test_three_nominations_are_three_documents() -> None:
    first, second = _text(EXAMPLES / "award_invented_east_river.txt"), _second_nomination()
    third = second.replace("青苔病快速检测技术及推广应用", "山地果树病害绿色防控技术")
    assert split_points(first + second + third) == (len(first), len(first) + len(second))


def test_two_notices_with_their_own_document_numbers_are_two_documents() -> None:
    guide = _text(EXAMPLES / "guide_invented_materials.txt")
    other = guide.replace("湘科计〔2024〕9号", "湘科计〔2024〕15号").replace("新材料创新专项", "生物医药专项")
    assert split_points(guide + other) == (len(guide),)


def test_two_datelined_articles_are_two_documents() -> None:
    one = ("江北大学新建青苔病研究中心\n\n本报讯（记者 林晓岚）近日，江北大学青苔病研究中心揭牌成立。"
           "中心主任由卜思源教授担任。\n\n该中心将联合三家医院开展研究。\n")
    two = ("南湖化学研究所发布新型检测试剂\n\n记者 郑一凡\n\n本报讯 南湖化学研究所日前发布一种新型检测试剂。"
           "研究员管一帆介绍了研发过程。\n")
    assert split_points(one + two) == (len(one),)


def test_a_single_nomination_guide_or_article_stays_whole(tmp_path: Path) -> None:
    write_corpus(tmp_path, 60, seed=11)  # invented nominations, guides and news in their layouts
    files = [*sorted(tmp_path.glob("*.txt")), *sorted(EXAMPLES.glob("*.txt")),
             *sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))]
    assert [p.name for p in files if split_points(_text(p))] == []


def test_the_seed_and_development_documents_each_stay_whole() -> None:
    folders = shared("seeds", "realdev/docs")
    files = [p for f in folders for p in sorted(f.iterdir()) if p.suffix == ".txt"]
    assert files and [p.name for p in files if split_points(_text(p))] == []


def test_a_split_document_keeps_its_own_text_name_path_and_knows_its_siblings() -> None:
    first, second = _text(EXAMPLES / "award_invented_east_river.txt"), _second_nomination()
    whole = SourceDocument(name="公示.txt", text=first + second, encoding="utf-8", size=9, path="/data/2031/公示.txt")
    one, two = split_source(whole)
    assert (one.name, two.name) == ("公示.txt#1", "公示.txt#2")
    assert (one.text, two.text) == (first, second)
    assert one.path == two.path == whole.path
    assert one.siblings == (two.id,) and two.siblings == (one.id,) and one.id != two.id
    assert split_source(SourceDocument(name="a.txt", text=first, encoding="utf-8", size=9)) == (
        SourceDocument(name="a.txt", text=first, encoding="utf-8", size=9),)
