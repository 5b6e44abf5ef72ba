"""Project classes of a funding guide: the issuing notice's own headings (三、联系方式) name no class.

A guide often comes as a notice (一、二、三、…) followed by the guide itself, introduced by an
attachment marker (`附件1`) or by its title line (`2030年度…项目指南`). A notice heading's block
ends where the guide starts, so it cannot claim the topics listed below; the guide's own
top-level headings still name the classes.
"""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.genres.guide import parse
from ingest.model import Extraction

PROGRAMME = "2030年度省海洋生物技术攻关计划（海洋药物领域）"

NOTICE = """
滨海省科学技术厅 滨海省海洋与渔业局

关于印发《2030年度省海洋生物技术攻关计划（海洋药物领域）项目指南》及组织申报项目的通知

各有关单位：

为推进海洋生物技术创新，现将有关事项通知如下：

一、支持重点

2030年度项目按关键技术攻关项目组织申报。

二、申报要求

1. 申报单位为滨海省境内注册的具有独立法人资格的高等院校、科研院所等。

2. 单个项目支持强度不超过200万元，实施周期原则上不超过3年。

三、{last_heading}

联系人：滨海省科学技术厅农村科技处 柏文澜

联系电话：0599-61234567
"""

FLAT_GUIDE = """
{marker}2030年度省海洋生物技术攻关计划（海洋药物领域）项目指南

1. 海洋创新药物

7101 珊瑚共生菌活性肽筛选关键技术研发

研发内容：开展活性肽高通量筛选新技术研究。

7102 海藻多糖抗凝血制剂关键技术研发

研发内容：开展多糖制剂工艺新技术研究。

2. 海洋医用材料

7103 鱼皮胶原蛋白止血材料关键技术研发

研发内容：开展止血材料新技术研究。
"""

CLASSED_GUIDE = """
2030年度省海洋生物技术攻关计划（海洋药物领域）项目指南

一、海洋药物平台建设项目

7001 海洋药物中试平台建设项目

二、海洋药物关键技术攻关项目

7101 珊瑚共生菌活性肽筛选关键技术研发

研发内容：开展活性肽高通量筛选新技术研究。

7102 海藻多糖抗凝血制剂关键技术研发

研发内容：开展多糖制剂工艺新技术研究。
"""

TOPICS = {"珊瑚共生菌活性肽筛选关键技术研发", "海藻多糖抗凝血制剂关键技术研发", "鱼皮胶原蛋白止血材料关键技术研发"}


def _guide(last_heading: str, body: str) -> Extraction:
    return parse("invented_marine_guide.txt", NOTICE.format(last_heading=last_heading) + body)


def _projects(x: Extraction) -> dict[str, str | None]:
    return {e.name: e.kind for e in x.entities if e.type is Label.PROJECT}


def _part_of(x: Extraction) -> set[tuple[str, str]]:
    """Which project each project is part of (the agencies' offices are parts of their agencies too)."""
    projects = {e.name for e in x.entities if e.type is Label.PROJECT}
    return {(r.source, r.target) for r in x.relations if r.type is RelType.PART_OF and r.source in projects}


def test_the_notices_last_heading_before_an_attachment_marker_names_no_class() -> None:
    x = _guide("材料报送", FLAT_GUIDE.format(marker="附件1\n\n"))
    assert "材料报送" not in _projects(x)
    assert {(topic, PROGRAMME) for topic in TOPICS} <= _part_of(x)


def test_the_guides_title_line_alone_ends_the_notice() -> None:
    x = _guide("材料报送", FLAT_GUIDE.format(marker=""))
    assert "材料报送" not in _projects(x)
    assert {(topic, PROGRAMME) for topic in TOPICS} <= _part_of(x)


def test_a_contact_heading_is_never_a_class() -> None:
    x = _guide("联系方式", FLAT_GUIDE.format(marker="附件 2\n\n"))
    assert "联系方式" not in _projects(x)
    assert not {target for _, target in _part_of(x)} - {PROGRAMME}


def test_the_guides_own_headings_after_its_title_still_name_the_classes() -> None:
    x = _guide("材料报送", CLASSED_GUIDE)
    projects = _projects(x)
    assert projects["海洋药物平台建设项目"] == projects["海洋药物关键技术攻关项目"] == "programme"
    assert "材料报送" not in projects
    assert {("珊瑚共生菌活性肽筛选关键技术研发", "海洋药物关键技术攻关项目"),
            ("海藻多糖抗凝血制剂关键技术研发", "海洋药物关键技术攻关项目"),
            ("海洋药物平台建设项目", PROGRAMME), ("海洋药物关键技术攻关项目", PROGRAMME)} <= _part_of(x)


def test_a_class_whose_name_ends_another_s_takes_its_own_cap() -> None:
    """青年科学基金项目 is written inside 杰出青年科学基金项目 first: its cap is the one after its own name."""
    from tests.ingest.facts import extract_text

    ex = extract_text("湖东省科学技术厅关于组织申报2031年度湖东省自然科学基金项目的通知\n\n各有关单位：\n"
                      "一、资助类别\n（一）杰出青年科学基金项目：资助强度为每项100万元，执行期5年。\n"
                      "（二）青年科学基金项目：资助强度为每项10万元，执行期3年。\n")
    caps = {e.name: e.budget_cap_wan for e in ex.entities if str(e.type) == "Project"}
    assert (caps["杰出青年科学基金项目"], caps["青年科学基金项目"]) == (100.0, 10.0)
