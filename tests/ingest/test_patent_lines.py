"""Patents on lines of their own in the orders lab pages and CVs use (ingest.tables.patent_lines), and patent
tables whose numbers are applications or publications (`申请号`, `公开（公告）号`, `申请人`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.blocks import BlockWriter
from ingest.model import Extraction
from ingest.pipeline import extract_file
from ingest.tables.patent_lines import read_patent_line
from tests.ingest.facts import extract_text, names

LINES = """东川大学材料学院授权专利

1. 王立新，陈海燕. 一种高效光催化材料的制备方法. 发明专利, 专利号: ZL202110123456.7
2. 一种土壤修复装置，实用新型专利，ZL202120234567.X，发明人：赵红梅，孙建国
3. 发明专利：一种信号处理方法（专利号：201910345678.9），发明人：李东、王芳
4. 李东，王芳，一种图像增强方法，专利号：ZL 2019 1 0345679.2，授权公告日：2021年3月2日
5. 一种电池隔膜及其制备方法，王立新、刘明，ZL201810111222.3
"""


def _extract_written(out: BlockWriter) -> Extraction:
    text, blocks = out.result()
    return extract_text(text, "doc.html", blocks)


def _invented(extraction: Extraction, number: str) -> dict[str, int | None]:
    return {r.source: r.order for r in extraction.relations if str(r.type) == "INVENTED" and r.target == number}


def test_each_line_gives_its_patent_titled_and_numbered_with_inventors_in_order() -> None:
    ex = extract_text(LINES)
    patents = {e.number: e for e in ex.entities if str(e.type) == "Patent"}
    assert {n: p.name for n, p in patents.items()} == {
        "ZL202110123456.7": "一种高效光催化材料的制备方法", "ZL202120234567.X": "一种土壤修复装置",
        "201910345678.9": "一种信号处理方法", "ZL201910345679.2": "一种图像增强方法",
        "ZL201810111222.3": "一种电池隔膜及其制备方法"}
    assert (patents["ZL202120234567.X"].kind, patents["ZL201910345679.2"].date) == ("utility_model", "2021-03-02")
    assert _invented(ex, "ZL202110123456.7") == {"王立新": 1, "陈海燕": 2}
    assert _invented(ex, "ZL202120234567.X") == {"赵红梅": 1, "孙建国": 2}
    assert _invented(ex, "201910345678.9") == {"李东": 1, "王芳": 2}
    assert _invented(ex, "ZL201810111222.3") == {"王立新": 1, "刘明": 2}
    assert not names(ex, "Project")  # no line is read as a project's fields


@pytest.mark.parametrize("line", [
    "该团队近三年获授权发明专利ZL201910123456.7，相关成果已在多家企业应用，经济效益显著。",  # no title is written
    "王立新教授团队申请的专利（申请号：201910123456.7）已进入实质审查阶段。",
    "获授权发明专利2项（ZL201910123456.7、ZL201910123457.5）",  # two patents: no one title
    "项目编号：2019101234567，负责人：王立新",  # no patent number
])
def test_a_sentence_or_a_line_of_two_patents_gives_no_patent_line(line: str) -> None:
    assert read_patent_line(line) is None


def test_a_quoted_title_in_a_sentence_and_a_row_of_blank_separated_columns() -> None:
    quoted = read_patent_line("团队获授权发明专利“一种低温储氢合金的制备方法”（ZL201910123456.7），并实现转化。")
    assert quoted is not None and (quoted.title, quoted.number) == ("一种低温储氢合金的制备方法", "ZL201910123456.7")
    after_a_paper = read_patent_line("论文“考虑随机需求的库存协调”获奖，团队还获发明专利“一种光子态重构方法”（专利号：ZL 2022 1 0345678.9）")
    assert after_a_paper is not None and after_a_paper.title == "一种光子态重构方法"  # the quote before the number
    row = read_patent_line("1  一种土壤修复装置  ZL202120234567.X  赵红梅、孙建国")
    assert row is not None and row.title == "一种土壤修复装置"
    assert [name for name, _ in row.inventors] == ["赵红梅", "孙建国"]


def test_a_table_of_applications_numbers_each_patent_by_its_publication_and_the_applicant_owns_it() -> None:
    out = BlockWriter()
    out.add_table([["序号", "专利名称", "申请号", "公开（公告）号", "发明人", "申请人", "申请日"],
                   ["1", "一种高效光催化材料的制备方法", "CN202110123456.7", "CN112345678A", "王立新;陈海燕", "东川大学",
                    "2021-02-03"]], header_rows=1)
    extraction = _extract_written(out)
    patent = next(e for e in extraction.entities if str(e.type) == "Patent")
    assert (patent.name, patent.number, patent.date) == ("一种高效光催化材料的制备方法", "CN112345678A", "2021-02-03")
    assert _invented(extraction, "CN112345678A") == {"王立新": 1, "陈海燕": 2}
    assert {(r.source, r.target) for r in extraction.relations if str(r.type) == "OWNS"} == {("东川大学", "CN112345678A")}


def test_pieces_cut_by_full_stops_as_lists_write_them() -> None:
    line = read_patent_line("3. 赵红梅，孙建国。一种土壤修复装置。实用新型专利。ZL202120234567.X。")
    assert line is not None and (line.title, line.kind) == ("一种土壤修复装置", "utility_model")
    assert [name for name, _ in line.inventors] == ["赵红梅", "孙建国"]


CV_PATENTS = """授权专利
[1] 理晓溪，林海，韩东，一种薄膜检测方法，中国，发明专利，专利号：203110973661.2
[2] 林海，秦小雨，韩东，一种倒置式成像系统，中国，实用新型专利，专利号：203120537891X
[3] 韩东, 林海, 吴一鸣, 张超. 一种双目视觉标定方法, 中国, 发明专利，专利号: 203410660688.6
[4] 吴一鸣, 林海, 韩东, 张超. 一种羽毛缺陷检测系统, 中国, 发明专利，专利号: 203510026634.9
[5] 吴一鸣, 林海, 韩东. 受电弓在线磨损检测方法与系统,
中国, 发明专利，专利号: 203110349370.2
[6]韩东, 吴一鸣, 林海. 一种便携式随机码发生装置, 中国, 发明专利，专利号: 203110349366.6
公开专利
[1] 林海，阮小平，韩东，一种电特性断层成像方法，中国，发明专利，专利号：2032110332826
"""


def test_a_cv_s_patent_lines_in_every_shape_its_pages_write() -> None:
    """Application numbers with the stop before the check digit left out (203120537891X); an item wrapped onto
    a second line that gives its number; `[6]韩东` with no blank; a name of a surname no list knows (理) among
    the names that open a line; lines of like pieces that are patents, not rows of a table or projects; and the
    number's field read with its line, not over the items after it."""
    ex = extract_text(CV_PATENTS)
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {
        "203110973661.2": "一种薄膜检测方法", "203120537891X": "一种倒置式成像系统", "203410660688.6": "一种双目视觉标定方法",
        "203510026634.9": "一种羽毛缺陷检测系统", "203110349370.2": "受电弓在线磨损检测方法与系统",
        "203110349366.6": "一种便携式随机码发生装置", "2032110332826": "一种电特性断层成像方法"}
    assert _invented(ex, "203110973661.2") == {"理晓溪": 1, "林海": 2, "韩东": 3}
    assert _invented(ex, "203110349370.2") == {"吴一鸣": 1, "林海": 2, "韩东": 3}
    assert _invented(ex, "203120537891X")["秦小雨"] == 2
    assert not [e.name for e in ex.entities if str(e.type) == "Project"]
    assert not [r for r in ex.relations if str(r.type) in ("LEADS", "WORKS_AT", "MEMBER_OF")]


@pytest.mark.parametrize(("number", "kind"), [
    ("ZL202110345678.2", "invention_patent"), ("ZL 2022 2 0123456.X", "utility_model"), ("201930123456.7", "other"),
    ("ZL98123456.7", "invention_patent"), ("CN112345678B", "invention_patent"), ("CN212345678U", "utility_model"),
    ("2022SR0456789", "software_copyright"), ("US10234567B2", None), ("CN112345678", "invention_patent"),
    ("CN212345678", "utility_model")])
def test_a_chinese_number_states_its_patent_s_kind(number: str, kind: str | None) -> None:
    from ingest.tables.patent_lines import kind_of_number

    assert kind_of_number(number) == kind


def test_a_patent_given_by_its_application_s_acceptance_number() -> None:
    """`专利受理号：201610140056120.0`, `受理号：201711203233.1`: the number as its label gives it, with the line's
    inventors in order."""
    ex = extract_text("1. 张波，穆翠，赵勤. 一种基于社交网络的多维度综合推荐方法，发明专利，专利受理号：201610140056120.0\n"
                      "2. 张波，雍睿涵，李美子，基于CNN和LSTM融合神经网络的浓度预测方法，申请，受理号：201711203233.1\n")
    assert _invented(ex, "201610140056120.0") == {"张波": 1, "穆翠": 2, "赵勤": 3}
    assert _invented(ex, "201711203233.1") == {"张波": 1, "雍睿涵": 2, "李美子": 3}


def test_inventors_before_a_colon_open_the_title() -> None:
    ex = extract_text("知识产权\n1、邵云帆，卢思齐，欧阳旭：一种多孔陶瓷膜的制备方法，国家发明专利，专利号：ZL201910234561.3，2021年\n"
                      "2、卢思齐，邵云帆：一种管道泄漏定位系统，国家发明专利，专利号：ZL202010345672.1，2022年\n")
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL201910234561.3": "一种多孔陶瓷膜的制备方法", "ZL202010345672.1": "一种管道泄漏定位系统"}
    assert _invented(ex, "ZL201910234561.3") == {"邵云帆": 1, "卢思齐": 2, "欧阳旭": 3}
    assert _invented(ex, "ZL202010345672.1") == {"卢思齐": 1, "邵云帆": 2}


def test_a_table_of_tab_separated_columns_whose_rows_are_patents_is_read_by_its_headers() -> None:
    ex = extract_text("授权专利\n序号\t专利名称\t专利号\t发明人\t专利权人\n"
                      "1\t一种多孔陶瓷膜的制备方法\tZL201910234561.3\t邵云帆、卢思齐、欧阳旭\t西岭工业大学\n"
                      "2\t一种管道泄漏定位系统\tZL202010345672.1\t卢思齐、邵云帆\t西岭工业大学\n")
    assert _invented(ex, "ZL201910234561.3") == {"邵云帆": 1, "卢思齐": 2, "欧阳旭": 3}
    assert _invented(ex, "ZL202010345672.1") == {"卢思齐": 1, "邵云帆": 2}
    owners = {(r.source, r.target) for r in ex.relations if str(r.type) == "OWNS"}
    assert owners == {("西岭工业大学", "ZL201910234561.3"), ("西岭工业大学", "ZL202010345672.1")}


def test_patents_a_list_gives_without_numbers_are_known_by_their_titles() -> None:
    labelled = extract_text("1. 一种多孔陶瓷膜的制备方法，发明人：邵云帆，卢思齐，欧阳旭，授权日期：2031年5月11日\n"
                            "2. 基于声纹的管道泄漏定位系统，发明人：卢思齐，邵云帆，已受理\n")
    assert _invented(labelled, "一种多孔陶瓷膜的制备方法") == {"邵云帆": 1, "卢思齐": 2, "欧阳旭": 3}
    assert _invented(labelled, "基于声纹的管道泄漏定位系统") == {"卢思齐": 1, "邵云帆": 2}
    headed = extract_text("专利\n邵云帆，卢思齐. 一种多孔陶瓷膜的制备方法. 中国发明专利. 2031.\n"
                          "卢思齐，邵云帆. 基于声纹的管道泄漏定位系统. 中国发明专利. 授权.\n")
    assert _invented(headed, "基于声纹的管道泄漏定位系统") == {"卢思齐": 1, "邵云帆": 2}
    prose = extract_text("项目组成员\n邵云帆，卢思齐. 一种多孔陶瓷膜的制备方法. 中国发明专利. 2031.\n")
    assert not names(prose, "Patent")  # no list of patents, no inventor's label: a line of names and words
    table = extract_text("| 序号 | 专利名称 | 发明人 | 类型 |\n|---|---|---|---|\n"
                         "| 1 | 一种多孔陶瓷膜的制备方法 | 邵云帆，卢思齐 | 发明专利 |\n| 2 | 一种土壤检测装置 | 卢思齐 | 实用新型 |\n",
                         "patents.md")
    assert _invented(table, "一种多孔陶瓷膜的制备方法") == {"邵云帆": 1, "卢思齐": 2}
    assert _invented(table, "一种土壤检测装置") == {"卢思齐": 1}


def test_a_title_keeps_no_notes_in_brackets_nor_the_country_a_citation_writes_after_its_colon() -> None:
    ex = extract_text("1. 一种多孔陶瓷膜的制备方法（发明专利，第一发明人，专利号ZL203910234561.3）\n"
                      "[3] 邵云帆，欧阳旭. 一种土壤检测装置: 中国, 203120456789.1[P]. 2031-10-08.\n")
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203910234561.3": "一种多孔陶瓷膜的制备方法", "203120456789.1": "一种土壤检测装置"}
    assert _invented(ex, "203120456789.1") == {"邵云帆": 1, "欧阳旭": 2}


def test_inventors_who_own_their_patent_in_a_table_are_people_and_own_nothing_in_the_graph() -> None:
    """A table's 专利权人 holding the inventors' own names: they are no organization, and OWNS (a unit's) is not read."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    html = ("<html><body><h2>专利成果</h2><table><tr><th>专利名称</th><th>专利号</th><th>发明人</th><th>专利权人</th></tr>"
            "<tr><td>一种灯笼骨架的编织装置</td><td>ZL203120054321.1</td><td>饶鸿、韦望舒</td><td>饶鸿、韦望舒</td></tr>"
            "<tr><td>灯笼骨架的折叠结构</td><td>ZL203120054322.X</td><td>韦望舒、饶鸿</td><td>韦望舒、饶鸿</td></tr>"
            "</table></body></html>")
    ex = extract(read_upload(html.encode("utf-8"), "patents.html"))
    assert {"饶鸿", "韦望舒"} <= names(ex, "Person")
    assert not {"饶鸿", "韦望舒"} & names(ex, "Organization")
    assert not [r for r in ex.relations if str(r.type) == "OWNS"]
    assert len([r for r in ex.relations if str(r.type) == "INVENTED"]) == 4


_OVER_LINES = {
    "bullets.md": ("## 授权专利\n\n- **一种灯笼骨架的编织方法**\n  饶鸿, 韦望舒, 祁远舟\n  发明专利, ZL203410012345.6\n\n"
                   "- **灯笼骨架的折叠结构**\n  韦望舒, 饶鸿\n  实用新型专利, ZL203320054321.1\n"),
    "wrapped.md": ("## 专利\n\n1. 饶鸿, 韦望舒. 一种灯笼骨架的编织方法.\n   中国发明专利, 专利号: ZL203410012345.6, 授权日: 2034-04-16\n"
                   "2. 韦望舒, 饶鸿, 祁远舟. 灯笼骨架的折叠结构.\n   中国实用新型专利, 专利号: ZL203320054321.1, 授权日: 2033-07-07\n"),
    "wrapped_labels.md": ("### 发明专利\n\n1. 一种灯笼骨架的编织方法，发明人：饶鸿，韦望舒，祁远舟，\n   专利号：ZL203410012345.6，\n"
                          "   授权时间：2034年4月16日\n2. 灯笼骨架的折叠结构，发明人：韦望舒，饶鸿，\n   专利号：ZL203320054321.1，\n"
                          "   授权时间：2033年7月7日\n"),
    "labelled.md": ("## 专利\n\n- 专利名称：一种灯笼骨架的编织方法\n  发明人：饶鸿；韦望舒；祁远舟\n  专利号：ZL 2034 1 0012345.6\n\n"
                    "- 专利名称：灯笼骨架的折叠结构\n  发明人：韦望舒；饶鸿\n  专利号：ZL 2033 2 0054321.1\n"),
}


@pytest.mark.parametrize("name", sorted(_OVER_LINES))
def test_a_patent_written_over_lines_is_one_patent_titled_and_numbered_with_its_inventors(name: str) -> None:
    """A page's list renders an item over lines (title | inventors | kind and number; or inventors and title |
    the number's line): one patent each, known by its number, its inventors in order; nothing named by a
    number or left without one."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    ex = extract(read_upload(_OVER_LINES[name].encode("utf-8"), name))
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203410012345.6": "一种灯笼骨架的编织方法", "ZL203320054321.1": "灯笼骨架的折叠结构"}
    invented = {(r.source, r.target): r.order for r in ex.relations if str(r.type) == "INVENTED"}
    assert invented[("饶鸿", "ZL203410012345.6")] == 1 and invented[("韦望舒", "ZL203410012345.6")] == 2
    assert invented[("韦望舒", "ZL203320054321.1")] == 1 and invented[("饶鸿", "ZL203320054321.1")] == 2


@pytest.mark.parametrize("line", [
    "授权发明专利：饶鸿，韦望舒，祁远舟，一种灯笼骨架的编织方法，ZL203410012345.6；韦望舒，饶鸿，灯笼骨架的折叠结构，ZL203320054321.1。",
    "获授权发明专利2项：一种灯笼骨架的编织方法（ZL203410012345.6，发明人：饶鸿，韦望舒）；灯笼骨架的折叠结构（ZL203320054321.1，发明人：韦望舒，饶鸿）。",
])
def test_patents_one_after_another_on_a_line_are_each_read_with_their_inventors(line: str) -> None:
    ex = extract_text("饶鸿，东川大学化学学院教授。\n" + line + "\n")
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203410012345.6": "一种灯笼骨架的编织方法", "ZL203320054321.1": "灯笼骨架的折叠结构"}
    invented = {(r.source, r.target): r.order for r in ex.relations if str(r.type) == "INVENTED"}
    assert invented[("饶鸿", "ZL203410012345.6")] == 1 and invented[("韦望舒", "ZL203320054321.1")] == 1
    assert invented[("韦望舒", "ZL203410012345.6")] == 2 and invented[("饶鸿", "ZL203320054321.1")] == 2


def test_a_long_line_of_many_sentences_is_read_for_a_patent_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A data file written on one line (a JSON export) holds many runs of sentences; the line is read whole for a
    patent once, not once a run (which made a 200 KB line take minutes)."""
    import ingest.nlp.papers as papers

    calls: list[tuple[int, int]] = []
    read = papers._patent_line

    def counted(text: str, start: int, end: int, *rest: list) -> None:  # type: ignore[type-arg]
        calls.append((start, end))
        read(text, start, end, *rest)

    monkeypatch.setattr(papers, "_patent_line", counted)
    line = "".join(f'{{"name": "林小溪", "note": "第{k}次会议。"}}, ' for k in range(40))
    extract_text(f"[{line}]\n", "export.txt")
    assert len(calls) == 1


def test_citations_under_a_patents_heading_numbered_by_a_bare_application_number() -> None:
    """`甲, 乙, 等. 一种某某方法. 中国, 202011418366.2, 2020.` under `# 授权发明专利`: the application number the citation
    gives, with no ZL and no label, is the patent's; a citation with `—` for its number stays known by its title."""
    x = extract_text("# 授权发明专利\n\n"
                     "1. 林晓岚, 周文博, 吴一凡, 等. 一种不规则颗粒的形状模拟方法、装置及设备. 中国, 203011418366.2, 2030.\n"
                     "2. 林晓岚, 周文博, 等. 钻孔布置方案的鲁棒性评估方法和装置. 中国, 2029113356642, 2029.\n"
                     "3. 林晓岚, 郑雨桐, 等. 一种基于BIM的智能化监测系统. 中国, —, 2029.\n", "patents.md")
    patents = {e.name: e for e in x.entities if str(e.type) == "Patent"}
    assert patents["一种不规则颗粒的形状模拟方法、装置及设备"].number == "203011418366.2"
    assert patents["钻孔布置方案的鲁棒性评估方法和装置"].number == "2029113356642"
    assert patents["一种不规则颗粒的形状模拟方法、装置及设备"].kind == "invention_patent"
    assert not patents["一种基于BIM的智能化监测系统"].number
    assert {r.source for r in x.relations if str(r.type) == "INVENTED" and r.target == "203011418366.2"} \
        == {"林晓岚", "周文博", "吴一凡"}


def test_a_patent_s_inventors_and_holder_said_in_a_later_sentence_about_it() -> None:
    """`…“某机构”获得实用新型专利授权，专利号为ZL….` then `该专利…专利权人为某公司，发明人包括甲、乙、丙。`: the
    inventors in order and the holder are the patent's the later sentence speaks of."""
    from tests.ingest.facts import extract_text

    ex = extract_text("东川机械有限公司“轮边拆装机的摆动机构”获得实用新型专利授权，专利号为ZL 2031 2 0372262.1。\n"
                      "证书资料显示，该专利申请日为2031年6月27日，专利权人为东川机械有限公司，发明人包括林小溪、周一鸣、柯蓝。\n")
    number = "ZL203120372262.1"
    invented = {(r.source, r.order) for r in ex.relations if str(r.type) == "INVENTED" and r.target == number}
    assert invented == {("林小溪", 1), ("周一鸣", 2), ("柯蓝", 3)}
    assert {(r.source, r.target) for r in ex.relations if str(r.type) == "OWNS"} == {("东川机械有限公司", number)}


def test_a_cv_s_patent_whose_inventors_line_ends_with_a_unit_is_owned_by_the_unit(tmp_path: Path) -> None:
    page = tmp_path / "cv.md"
    page.write_text("柯振邦 教授\n\n### 授权专利\n\n1. **柯振邦**，诸葛岚，司马青，南州大学<br>\n"
                    "   一种湖泊水位和水温的同时测量方法<br>\n"
                    "   中国发明专利，专利号：ZL201810123456.7，授权日：2019.03.12<br>\n", "utf-8")
    _, ex = extract_file(page)
    assert {(r.source, r.target) for r in ex.relations if str(r.type) == "OWNS"} == {("南州大学", "ZL201810123456.7")}
    assert [r.source for r in sorted((r for r in ex.relations if str(r.type) == "INVENTED"), key=lambda r: r.order or 0)] \
        == ["柯振邦", "诸葛岚", "司马青"]


def test_a_granted_us_patent_s_number_is_read_with_its_commas() -> None:
    ex = extract_text("1. 柯振邦，诸葛岚，一种湖泊水质在线监测装置，美国发明专利，专利号：US 8,123,456 B2，授权日：2031.05.06\n")
    patent = next(e for e in ex.entities if str(e.type) == "Patent")
    assert (patent.number, patent.kind, patent.date) == ("US8,123,456B2", "invention_patent", "2031-05-06")


def test_a_list_of_patents_run_into_one_line_each_numbered_after_blanks() -> None:
    from tests.ingest.facts import relations
    text = ("主要知识产权证明目录：\n\n"
            "1. 发明专利：一种潮汐能发电的导流装置，中国ZL203110050884.6，授权日期：2032-2-15，证书编号：第2392292号，"
            "权利人：北辰重工有限公司，发明人：柯振邦、诸葛岚，专利状态：有效\u3000\u30002. 发明专利：一种冻土温度的监测方法，"
            "中国ZL203110219980.8，授权日期：2033-9-4，权利人：北辰重工有限公司，发明人：柯振邦，专利状态：有效\u3000\u3000"
            "3. 实用新型专利：湖泊水位远程报警器，中国203120388316.1，授权日期：2032-12-26，证书编号：第6781138号，"
            "权利人：南州电气有限公司，发明人：司马青、乔远鸣，专利状态：有效\n")
    ex = extract_text(text, "list.txt")
    assert {(e.number, e.name) for e in ex.entities if e.type.value == "Patent"} == {
        ("ZL203110050884.6", "一种潮汐能发电的导流装置"), ("ZL203110219980.8", "一种冻土温度的监测方法"),
        ("203120388316.1", "湖泊水位远程报警器")}
    assert relations(ex, "INVENTED") == {("柯振邦", "ZL203110050884.6"), ("诸葛岚", "ZL203110050884.6"),
                                         ("柯振邦", "ZL203110219980.8"), ("司马青", "203120388316.1"),
                                         ("乔远鸣", "203120388316.1")}
    assert ("南州电气有限公司", "203120388316.1") in relations(ex, "OWNS")


def test_a_software_copyright_s_certificate_number_after_its_quoted_title_in_a_sentence() -> None:
    text = ("两项软件著作权获批：“潮汐数据的交互分析软件-tideview软件[简称：tideview]V1.0”（软著登字第20352956号）；"
            "“冻土监测数据管理平台[简称：FMP]V1.0”（软著登字第20352924号）。\n")
    patents = {(e.number, e.name, e.kind) for e in extract_text(text, "news.txt").entities if e.type.value == "Patent"}
    assert patents == {("软著登字第20352956号", "潮汐数据的交互分析软件-tideview软件[简称：tideview]V1.0", "software_copyright"),
                       ("软著登字第20352924号", "冻土监测数据管理平台[简称：FMP]V1.0", "software_copyright")}


def test_a_publication_number_a_list_writes_without_its_kind_letter_is_the_patent_s() -> None:
    """`甲, 乙. 一种某装置: CN112345678.`: CN and nine digits, the letter left out, is the patent's number (its first
    digit, 1, an invention's); a journal's serial number (CN11-1234/R) is none."""
    ex = extract_text("（三）授权专利\n[1] 柯振邦, 乔松, 诸葛岚. 一种湖冰监测装置及方法: CN112345678.\n"
                      "[2] 柯振邦, 司马青. 一种湖泊沉积物采样器: CN212345679.\n《西岭湖泊》（CN11-1234/R）\n")
    patents = {e.number: e for e in ex.entities if str(e.type) == "Patent"}
    assert set(patents) == {"CN112345678", "CN212345679"}
    assert (patents["CN112345678"].name, patents["CN112345678"].kind) == ("一种湖冰监测装置及方法", "invention_patent")
    assert patents["CN212345679"].kind == "utility_model"
    inventors = {(r.source, r.order) for r in ex.relations if str(r.type) == "INVENTED" and r.target == "CN112345678"}
    assert inventors == {("柯振邦", 1), ("乔松", 2), ("诸葛岚", 3)}


def test_a_latin_citation_s_application_number_keeps_its_check_digit_and_its_title_no_comma() -> None:
    """`Title. 2031. CN Patent CN203110999888.1.`: the digit after the dot is the number's check digit, the last stop
    the sentence's; `Title, US Patent …`: the comma parts the title from the number."""
    ex = extract_text("Patents\n[1] K.Z. Ke, L. Zhuge. Ice core sampling device and method. 2031. CN Patent CN203110999888.1.\n"
                      "[2] Q. Si, K.Z. Ke, Drill bit for lake ice, US Patent 12,345,678 B2, 2032.\n")
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"CN203110999888.1": "Ice core sampling device and method", "US12,345,678 B2": "Drill bit for lake ice"}


def test_a_chinese_citation_of_a_patent_is_the_patent_alone_no_paper() -> None:
    """`甲，乙. 题名. 2031. 中国发明专利 CN….`: the patent with its inventors; its title is no paper's."""
    ex = extract_text("代表性专利：\n1. 柯振邦，诸葛岚. 一种储热装置及方法. 2031. 中国发明专利 CN203110999777.2.\n"
                      "2. 司马青，柯振邦. 一种冷却膜的制备方法. 2032. 发明专利, ZL203210123456.7.\n")
    assert names(ex, "Patent") == {"一种储热装置及方法", "一种冷却膜的制备方法"}
    assert not names(ex, "Paper")
    inventors = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "INVENTED"}
    assert ("诸葛岚", "CN203110999777.2", 2) in inventors and ("司马青", "ZL203210123456.7", 1) in inventors


def test_a_granted_patent_is_known_by_its_zl_number_not_its_application_s_nor_is_that_a_title() -> None:
    """`题名。中国发明专利申请号：2031…，专利号：ZL2031….6，公开日：…`: the granted number; the piece holding the
    application's number is no title. A publication's number (`公开号：CN…A`) does not stand for the application's."""
    ex = extract_text("专利：\n柯振邦，司马青。一种冰层取样钻头。中国发明专利申请号：203820041177X，专利号：ZL203820041177.X，"
                      "公开日：2038.12.17。\n")
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203820041177.X": "一种冰层取样钻头"}
    line = "1. 柯振邦，乔松. 一种湖冰监测装置及其制备方法（申请号：203040588216.3）.发明专利（公开号：CN203912345A）.2030"
    found = read_patent_line(line)
    assert found is not None and found.number == "203040588216.3"


def test_a_patent_line_of_a_script_s_record_reads_past_its_keys_quotes_and_the_kind_noted_after_the_title() -> None:
    """`{ num: 7, authors: '甲，乙', title: '一种…方法（发明专利申请）', journal: '中国，申请号：CN….2' }` on one line: the
    inventors from the first (no key glued to them), the title without its kind in brackets."""
    line = ("{ num: 7, authors: '柯振邦，乔松，欧阳舒', title: '一种湖冰厚度的监测方法（发明专利申请）', "
            "journal: '中国，申请号：CN203110999777.2', doi: '' },")
    found = read_patent_line(line)
    assert found is not None and (found.title, found.number) == ("一种湖冰厚度的监测方法", "CN203110999777.2")
    assert [name for name, _ in found.inventors] == ["柯振邦", "乔松", "欧阳舒"]


def test_a_patent_search_s_csv_export_keys_each_patent_by_the_number_in_its_id_column(tmp_path: Path) -> None:
    export = tmp_path / "patents.csv"
    export.write_text(
        "search URL:,https://patents.example.org/?assignee=x\n"
        "id,title,assignee,inventor/author,priority date,filing/creation date,publication date,grant date,result link\n"
        'CN-203110012345-A,一种灯笼骨架的编织装置,南州大学,"柯振邦, 诸葛岚",2031-01-05,2031-01-05,2031-05-10,,'
        "https://patents.example.org/patent/CN203110012345A/zh\n"
        'CN-203110054321-B,一种竹材弯曲强度的检测方法,"南州大学, 北辰灯具有限公司",乔远鸣,2031-02-01,2031-02-01,2031-06-01,'
        "2031-09-09,https://patents.example.org/patent/CN203110054321B/zh\n", encoding="utf-8")
    _, ex = extract_file(export)
    numbers = {e.name: e.number for e in ex.entities if str(e.type) == "Patent"}
    assert numbers == {"一种灯笼骨架的编织装置": "CN-203110012345-A", "一种竹材弯曲强度的检测方法": "CN-203110054321-B"}
    first, second = "CN-203110012345-A", "CN-203110054321-B"
    invented = {(r.source, r.target) for r in ex.relations if str(r.type) == "INVENTED"}
    assert invented == {("柯振邦", first), ("诸葛岚", first), ("乔远鸣", second)}
    owners = {(r.source, r.target) for r in ex.relations if str(r.type) == "OWNS"}
    assert owners == {("南州大学", first), ("南州大学", second), ("北辰灯具有限公司", second)}


def test_news_of_a_granted_patent_names_its_inventors_after_the_word_for_them_and_its_applicants_hold_it() -> None:
    ex = extract_text("近日，南州大学灯具研究所柯振邦团队的发明专利“一种灯笼骨架的编织装置”（专利号：ZL203110012345.6）获授权，"
                      "发明人为柯振邦、诸葛岚、司马青。\n"
                      "南州大学与北辰灯具有限公司联合申请的发明专利“一种竹材弯曲强度的检测方法”获授权，专利号ZL203110054321.X。\n")
    invented = [(r.source, r.order) for r in ex.relations if str(r.type) == "INVENTED" and r.target == "ZL203110012345.6"]
    assert invented == [("柯振邦", 1), ("诸葛岚", 2), ("司马青", 3)]
    owners = {(r.source, r.target) for r in ex.relations if str(r.type) == "OWNS"}
    assert owners == {("南州大学", "ZL203110054321.X"), ("北辰灯具有限公司", "ZL203110054321.X")}


def test_a_patent_named_by_its_title_alone_is_known_by_it_and_its_inventors_are_the_next_sentence_s() -> None:
    ex = extract_text("北辰灯具有限公司近日获得发明专利“应用射频技术的灯笼骨架编织系统及方法”。发明人是柯振邦、诸葛岚、司马青。")
    title = "应用射频技术的灯笼骨架编织系统及方法"
    assert names(ex, "Patent") == {title}
    assert [(r.source, r.order) for r in ex.relations if str(r.type) == "INVENTED" and r.target == title] == [
        ("柯振邦", 1), ("诸葛岚", 2), ("司马青", 3)]
