"""Items written as labelled fields run together on a line, as posts quoting a list do: a project with the province
that nominated it in brackets after its title, and a paper with its journal and the journal's publisher after dashes."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

TEXT = ("1.项目名称：湖泊沉积物磷释放机制及调控技术研究（北辰省）　　完成人：柯振邦（第1完成人）　　"
        "文章名称：Lantern threads regulate woven growth in model lanterns　　杂志名： Journal of Invented Lanterns "
        "---Lantern Publishing Group　　作者：Qing Rao, etc, Zhenbang Ke（通讯作者）\n\n"
        "2.项目名称：冻土边坡多源监测数据融合方法与应用（南州市）　　完成人：乔远鸣（第3完成人）\n")


def test_a_title_s_nominating_province_in_brackets_is_no_part_of_it() -> None:
    x = extract_text(TEXT, "post.md")
    assert {"湖泊沉积物磷释放机制及调控技术研究", "冻土边坡多源监测数据融合方法与应用"} <= names(x, "Project")
    assert not {p for p in names(x, "Project") if p.endswith(("（北辰省）", "（南州市）"))}


def test_a_labelled_paper_has_its_journal_without_the_publisher() -> None:
    x = extract_text(TEXT, "post.md")
    assert relations(x, "PUBLISHED_IN") == {("Lantern threads regulate woven growth in model lanterns",
                                               "Journal of Invented Lanterns")}
