"""A notice of approval funds what it lists: the projects of a notice issued by a government body (its title, or
a sentence citing it) are FUNDED_BY the body and PART_OF the programme the notice names; a notice of anything
else funds nothing."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

NOTICE = """东川省科学技术厅关于下达2023年度东川省自然科学基金项目的通知

各有关单位：
经专家评审，现将2023年度东川省自然科学基金项目下达如下。

序号 项目名称 负责人 依托单位
1 湖泊沉积物磷释放机制研究 王立新 东川大学
2 新型储氢合金设计 陈海燕 东川研究院
"""


def test_the_projects_a_notice_lists_are_funded_by_its_issuer_and_part_of_its_programme() -> None:
    ex = extract_text(NOTICE)
    assert relations(ex, "FUNDED_BY") == {("湖泊沉积物磷释放机制研究", "东川省科学技术厅"), ("新型储氢合金设计", "东川省科学技术厅"),
                                          ("东川省自然科学基金", "东川省科学技术厅")}
    assert relations(ex, "PART_OF") >= {("湖泊沉积物磷释放机制研究", "东川省自然科学基金"),
                                        ("新型储氢合金设计", "东川省自然科学基金")}


def test_a_sentence_citing_the_notice_names_the_body_that_approved_the_projects_listed_after_it() -> None:
    text = ("近日，科技部发布了《关于国家东川研究计划2011年项目立项的通知》，我校牵头承担2项。\n\n"
            "项目名称 首席科学家 承担单位\n湖泊沉积物磷释放机制研究 王立新 东川大学\n新型储氢合金设计 陈海燕 东川大学\n")
    ex = extract_text(text)
    assert ("湖泊沉积物磷释放机制研究", "科技部") in relations(ex, "FUNDED_BY")
    assert ("新型储氢合金设计", "国家东川研究计划") in relations(ex, "PART_OF")


def test_a_notice_of_a_meeting_funds_nothing() -> None:
    text = ("东川省科学技术厅关于召开2023年度东川省自然科学基金项目工作会议的通知\n\n"
            "项目名称 负责人 依托单位\n湖泊沉积物磷释放机制研究 王立新 东川大学\n")
    ex = extract_text(text)
    assert not relations(ex, "FUNDED_BY")
    assert "湖泊沉积物磷释放机制研究" in names(ex, "Project")


SIGNED = ("2024年度湖南省杰出青年科学基金拟资助人选公示\n经专家评审，现将拟资助人选予以公示。\n"
          "| 序号 | 申请人 | 依托单位 | 项目名称 | 资助经费（万元） |\n| --- | --- | --- | --- | --- |\n"
          "| 1 | 林小溪 | 青溪大学 | 湖泊沉积物碳埋藏机制 | 100 |\n| 2 | 韩东 | 西岭农业科学院 | 水稻抗逆基因挖掘 | 100 |\n"
          "联系人：柯蓝，电话：0731-88880000。\n湖南省科学技术厅\n2024年5月31日\n")


def test_the_body_that_signs_an_approving_notice_funds_its_programme_and_projects_and_its_contact_is_the_programme_s() -> None:
    ex = extract_text(SIGNED, "notice.md")
    funded = relations(ex, "FUNDED_BY")
    assert {("湖南省杰出青年科学基金", "湖南省科学技术厅"), ("湖泊沉积物碳埋藏机制", "湖南省科学技术厅"),
            ("水稻抗逆基因挖掘", "湖南省科学技术厅")} <= funded
    assert ("湖泊沉积物碳埋藏机制", "湖南省杰出青年科学基金") in relations(ex, "PART_OF")
    contact = [(r.source, r.target, r.phone) for r in ex.relations if str(r.type) == "CONTACT_FOR"]
    assert contact == [("柯蓝", "湖南省杰出青年科学基金", "0731-88880000")]


def test_a_signed_notice_that_approves_nothing_funds_none_of_the_projects_it_lists() -> None:
    ex = extract_text(SIGNED.replace("拟资助人选公示", "申报工作研讨会纪要").replace("现将拟资助人选予以公示", "会议讨论了申报工作"),
                      "notice.md")
    assert not {source for source, _ in relations(ex, "FUNDED_BY")} & {"湖泊沉积物碳埋藏机制", "水稻抗逆基因挖掘"}


def test_a_word_file_s_list_of_approved_projects_titled_a_list_and_signed_by_its_body(tmp_path) -> None:
    """`2025年度某省自然科学基金项目立项清单` over a table, signed `某省科学技术厅` and a date: each project and the fund
    are funded by the body that signs, the projects PART_OF the fund."""
    import docx

    from ingest.pipeline import extract_file

    d = docx.Document()
    d.add_paragraph("附件")
    d.add_paragraph("2025年度青川省自然科学基金项目立项清单")
    table = d.add_table(rows=1, cols=5)
    for cell, header in zip(table.rows[0].cells, ["序号", "项目编号", "项目名称", "项目负责人", "依托单位"], strict=True):
        cell.text = header
    for row in [("1", "2025JJ10001", "高熵合金的低温韧化机制", "唐文博", "青川大学"),
                ("2", "2025JJ20002", "水稻耐盐基因的克隆与功能", "欧阳雪", "青川农业大学")]:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    d.add_paragraph("青川省科学技术厅")
    d.add_paragraph("2025年3月1日")
    d.save(str(tmp_path / "list.docx"))
    _, ex = extract_file(tmp_path / "list.docx")
    assert relations(ex, "FUNDED_BY") == {("高熵合金的低温韧化机制", "青川省科学技术厅"),
                                          ("水稻耐盐基因的克隆与功能", "青川省科学技术厅"),
                                          ("青川省自然科学基金", "青川省科学技术厅")}
    assert ("高熵合金的低温韧化机制", "青川省自然科学基金") in relations(ex, "PART_OF")


def test_a_notice_of_projects_chosen_names_their_programme_its_signer_funds_it_and_its_contacts_are_its() -> None:
    """`关于…拟立项项目的公示` and `…拟入库项目公示`: what becomes of the projects (拟立项, 入库) is no class of the
    programme; the body signing the notice funds it, and the notice's contacts are the programme's."""
    ex = extract_text("关于2031年度浙江省自然科学基金拟立项项目的公示\n"
                      "经专家评审和厅长办公会审议，2031年度浙江省自然科学基金拟立项项目共312项，现予以公示。公示期为7天。\n"
                      "如有异议，请在公示期内以书面形式向我厅基础研究处反映。\n"
                      "联系人：柯明远，电话：0571-87054051\n浙江省科学技术厅\n2031年5月6日\n")
    assert "浙江省自然科学基金" in names(ex, "Project")
    assert ("浙江省自然科学基金", "浙江省科学技术厅") in relations(ex, "FUNDED_BY")
    assert ("柯明远", "浙江省自然科学基金") in relations(ex, "CONTACT_FOR")
    pooled = extract_text("2031年浙江省重点研发计划拟入库项目公示\n根据有关规定，我厅已组织评审工作。现对拟进入项目库的项目予以公示。"
                          "任何单位或个人如有异议，可于公示期内提出书面复核申请。\n"
                          "联系人：黎文涛，联系电话：83124145。\n浙江省科学技术厅\n2031年11月7日\n")
    assert ("浙江省重点研发计划", "浙江省科学技术厅") in relations(pooled, "FUNDED_BY")
    assert ("黎文涛", "浙江省重点研发计划") in relations(pooled, "CONTACT_FOR")
