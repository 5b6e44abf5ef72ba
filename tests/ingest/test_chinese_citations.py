"""A publication list in Chinese with no document type (`甲, 乙*. 题名.刊名, 2022, 42(3): 1-9.`): each line is a
paper with its journal, locator and authors in order, the starred ones corresponding; no list reader takes
it for a project."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

TEXT = """代表性论文：

1. 赵志国, 钱立新, 孙宏伟*. 稻田水域沉积物有机磷残留特征及驱动机制.农业环境科学学报, 2022, 1-12.

2. 钱立新, 李春燕*, 赵志国*, 周海峰. 基于复合指纹图谱的悬浮颗粒物源解析.中国环境科学, 2022, 42: 2844-2851.

3. 赵志国, 周海峰, 孙宏伟*. “产业治污”模式削减农业面源氮排放, 农业环境科学学报, 2021, 40(3): 1963-1970.（封面论文）

研究表明, 该方法效果显著. 相关成果发表于期刊, 2021, 3: 12.
"""


def test_each_line_is_a_paper_with_its_journal_and_locator() -> None:
    ex = extract_text(TEXT)
    papers = {e.name: e for e in ex.entities if str(e.type) == "Paper"}
    assert set(papers) == {"稻田水域沉积物有机磷残留特征及驱动机制", "基于复合指纹图谱的悬浮颗粒物源解析",
                           "“产业治污”模式削减农业面源氮排放"}
    third = papers["“产业治污”模式削减农业面源氮排放"]
    assert (third.journal, third.year, third.volume, third.issue, third.pages) == ("农业环境科学学报", 2021, "40", "3", "1963-1970")
    assert {"农业环境科学学报", "中国环境科学"} <= names(ex, "Journal")
    assert not names(ex, "Project")


def test_authors_come_in_order_and_the_starred_ones_are_corresponding() -> None:
    ex = extract_text(TEXT)
    second = {r.source: (r.order, r.corresponding) for r in ex.relations
              if str(r.type) == "AUTHORED" and r.target == "基于复合指纹图谱的悬浮颗粒物源解析"}
    assert second == {"钱立新": (1, None), "李春燕": (2, True), "赵志国": (3, True), "周海峰": (4, None)}


def test_a_sentence_with_a_year_and_a_page_is_no_citation() -> None:
    ex = extract_text("研究表明, 该方法效果显著. 相关成果发表于期刊, 2021, 3: 12.\n")
    assert not names(ex, "Paper")


PATENTS = """## 授权专利

1. 赵志国, 钱立新, 孙宏伟. 促进厌氧铁氨氧化过程的污水处理方法. ZL202311054031.0, 2024.

2. 李春燕, 赵志国, 周海峰. 一种用于水土保持监测的泥沙含量取样测定装置. 20211231, CN202023309314.X.
"""


def test_a_patent_written_as_an_untyped_citation_has_its_number_and_inventors_in_order() -> None:
    ex = extract_text(PATENTS)
    numbers = {e.number for e in ex.entities if str(e.type) == "Patent"}
    assert numbers == {"ZL202311054031.0", "CN202023309314.X"}
    second = {r.source: r.order for r in ex.relations if str(r.type) == "INVENTED" and r.target == "CN202023309314.X"}
    assert second == {"李春燕": 1, "赵志国": 2, "周海峰": 3}
    assert not names(ex, "Project")


def test_an_inventor_list_with_a_rare_surname_or_a_transliterated_name_is_still_a_citation() -> None:
    text = ("## 授权专利\n\n1. 赵志国, 钱立新, 代晨曦, 孙宏伟, D．D．狄奥尼斯. 一种复合除磷吸附剂及水体除磷方法. "
            "ZL201810000001.X, 2021.\n")
    ex = extract_text(text)
    inventors = {r.source: r.order for r in ex.relations if str(r.type) == "INVENTED"}
    assert inventors == {"赵志国": 1, "钱立新": 2, "代晨曦": 3, "孙宏伟": 4, "D．D．狄奥尼斯": 5}


def test_a_co_first_mark_and_a_supplement_s_issue_keep_a_citation_whole() -> None:
    ex = extract_text("## 论文\n[3] 叶林燕, 赵海平, 常远强#, 张静远. 东川期刊出版平台运营实践及启示[J]. 东川期刊研究, 2026, 37(3): 384-392.\n\n"
                      "[4] 陈辰远, 官鑫宇. 东川高校学报出版伦理制度建设现状与思考[J]. 东川编辑学报, 2026, 38(S1): 1-6.\n")
    authored = {(r.source, r.target): r for r in ex.relations if str(r.type) == "AUTHORED"}
    first = "东川期刊出版平台运营实践及启示"
    assert [authored[(p, first)].order for p in ("叶林燕", "赵海平", "常远强", "张静远")] == [1, 2, 3, 4]
    assert not authored[("常远强", first)].corresponding  # `#` marks a co-first author, `*` a corresponding one
    assert "东川高校学报出版伦理制度建设现状与思考" in names(ex, "Paper")
    assert ("官鑫宇", "东川高校学报出版伦理制度建设现状与思考") in authored


def test_an_online_journal_s_paper_typed_j_ol_with_its_doi() -> None:
    ex = extract_text("发表论文\n钱立新, 赵志国, 周海峰. 基于博弈分析的湖区储水策略研究[J/OL]. 系统工程学报, 2031, 39(2): 189-199. "
                      "DOI:10.13383/j.cnki.jse.2031.02.003.\n周海峰, 钱立新. 湖区湿地碳汇评估[M/OL]. 青溪出版社, 2030.\n")
    papers = {e.name: e for e in ex.entities if str(e.type) == "Paper"}
    paper = papers["基于博弈分析的湖区储水策略研究"]
    assert (paper.journal, paper.year, paper.volume, paper.issue, paper.pages) == ("系统工程学报", 2031, "39", "2", "189-199")
    assert {(r.source, r.order) for r in ex.relations if str(r.type) == "AUTHORED" and r.target == paper.name} == {
        ("钱立新", 1), ("赵志国", 2), ("周海峰", 3)}


def test_online_first_papers_a_list_closed_by_glued_deng_and_no_name_across_a_citation_s_stop() -> None:
    text = ("# 代表性论著\n"
            "(1) 柯振邦, 林远, 白山, 等. 基于潮汐观测的近岸泥沙输运预测模型[J/OL]. 北辰工程学报, 1-11[2035-01-21]. "
            "http://example.org/detail/11.2127.TP.html.\n\n"
            "(2) 柯振邦,包远,陈海.面向冻土边坡的多源监测数据融合方法[J/OL].南州测绘进展, 1-17.\n\n"
            "(3) 柯振邦, 刘山, 郑逐青等. 湖泊沉积物磷释放的野外测定方法[J]. 西岭湖泊科学, 2033, 45(05): 30-35.\n")
    ex = extract_text(text, "cv.md")
    authored = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "AUTHORED"}
    assert {("白山", "基于潮汐观测的近岸泥沙输运预测模型", 3), ("陈海", "面向冻土边坡的多源监测数据融合方法", 3),
            ("郑逐青", "湖泊沉积物磷释放的野外测定方法", 3)} <= authored
    papers = {e.name: e.journal for e in ex.entities if e.type.value == "Paper"}
    assert papers["基于潮汐观测的近岸泥沙输运预测模型"] == "北辰工程学报"
    assert names(ex, "Person") == {"柯振邦", "林远", "白山", "包远", "陈海", "刘山", "郑逐青"}


def test_a_corresponding_author_noted_in_brackets_and_a_year_followed_by_its_issue_alone() -> None:
    text = ("代表性论文：\n"
            "1. 柯振邦（通讯作者）, 乔远鸣. 高熵合金的相稳定性研究. 北辰物理学报, 2033, 76(2): 026101.\n"
            "2. 柯振邦，欧阳舒. 近代商税制度考[J]. 西岭史学月刊，2031（3）：45-52.\n")
    ex = extract_text(text, "cv.md")
    authored = {(r.source, r.target): (r.order, r.corresponding) for r in ex.relations if str(r.type) == "AUTHORED"}
    assert authored == {("柯振邦", "高熵合金的相稳定性研究"): (1, True), ("乔远鸣", "高熵合金的相稳定性研究"): (2, None),
                        ("柯振邦", "近代商税制度考"): (1, None), ("欧阳舒", "近代商税制度考"): (2, None)}
    papers = {e.name: (e.journal, e.year, e.issue, e.pages) for e in ex.entities if e.type.value == "Paper"}
    assert papers["近代商税制度考"] == ("西岭史学月刊", 2031, "3", "45-52")
    assert names(ex, "Person") == {"柯振邦", "乔远鸣", "欧阳舒"}


def test_items_marked_in_brackets_or_by_bullets_a_journal_in_its_marks_and_pieces_parted_by_full_stops() -> None:
    ex = extract_text("发表论文\n\n"
                      "（1）诸葛岚, 柯远山. 锂硫电池隔膜改性研究进展. 《化工进展》, 2031, 40(3): 1201-1210.\n"
                      "• 柯远山, 诸葛岚*, 欧阳舒. 钠离子电池负极材料研究. 储能科学与技术, 2032, 11(4): 1010-1018.\n"
                      "[9] 诸葛岚，柯远山。硅碳负极的循环性能研究。电源技术，2030，38（9）：1620-1623。\n"
                      "[10] 诸葛岚, 柯远山. 高镍正极材料的表面包覆: 机理与方法[J]. 无机材料学报, 2029, 33(S1): 145-152.\n")
    papers = {e.name: (e.journal, e.year, e.issue) for e in ex.entities if str(e.type) == "Paper"}
    assert papers == {"锂硫电池隔膜改性研究进展": ("化工进展", 2031, "3"), "钠离子电池负极材料研究": ("储能科学与技术", 2032, "4"),
                      "硅碳负极的循环性能研究": ("电源技术", 2030, "9"), "高镍正极材料的表面包覆: 机理与方法": ("无机材料学报", 2029, "S1")}
    second = {r.source: (r.order, r.corresponding) for r in ex.relations
              if str(r.type) == "AUTHORED" and r.target == "钠离子电池负极材料研究"}
    assert second == {"柯远山": (1, None), "诸葛岚": (2, True), "欧阳舒": (3, None)}
    assert {r.source for r in ex.relations if str(r.type) == "AUTHORED" and r.target == "硅碳负极的循环性能研究"} == {"诸葛岚", "柯远山"}
    assert "化工进展" in names(ex, "Journal") and "《化工进展》" not in names(ex, "Journal")


def test_full_width_type_brackets_and_authors_closed_by_a_comma() -> None:
    """`甲，乙，丙等．题名［J］．刊名，2019( 4) : 112-119．`: the full-width brackets type it as the half-width ones do;
    `甲, 乙, 丙, 等, 题名, 刊名, 2011, 27(5): 88-95.`: authors closed by a comma before a title."""
    ex = extract_text("主要论著\n3. 乔松，柯振邦，诸葛岚等．湖冰厚度的雷达反演［J］．东湖地理，2019( 4) : 112-119．\n"
                      "4. 司马青, 柯振邦, 乔远鸣, 等, 浅水湖泊风浪扰动的数值模拟, 南州水利学报, 2011, 27(5): 88-95.\n")
    assert names(ex, "Paper") == {"湖冰厚度的雷达反演", "浅水湖泊风浪扰动的数值模拟"}
    assert ("浅水湖泊风浪扰动的数值模拟", "南州水利学报") in relations(ex, "PUBLISHED_IN")
    authored = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "AUTHORED"}
    assert {("诸葛岚", "湖冰厚度的雷达反演", 3), ("乔远鸣", "浅水湖泊风浪扰动的数值模拟", 3)} <= authored
