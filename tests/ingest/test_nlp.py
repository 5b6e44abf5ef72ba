"""recognise(): PERSON, ORG, TITLE and POSITION spans as character offsets into the input."""

from __future__ import annotations

from ingest.nlp import recognise, recognise_many


def _labels(text: str) -> set[tuple[str, str]]:
    return {(s["label"], s["text"]) for s in recognise(text)}


def test_nested_roles_before_a_name() -> None:
    text = "青山材料集团有限公司副总经理、先进合金材料全国重点实验室主任王立新介绍，项目进展顺利。"
    spans = recognise(text)
    assert [(s["label"], s["text"]) for s in spans] == [
        ("ORG", "青山材料集团有限公司"), ("POSITION", "副总经理"),
        ("ORG", "先进合金材料全国重点实验室"), ("POSITION", "主任"), ("PERSON", "王立新"),
    ]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    assert [s["kind"] for s in spans if s["label"] == "ORG"] == ["company", "lab"]


def test_several_organizations_in_one_sentence() -> None:
    text = "该车由北岭机车有限公司牵头，联合东川理工大学、南湖化学研究所及西江市人民医院共同研制。"
    orgs = {(s["text"], s["kind"]) for s in recognise(text) if s["label"] == "ORG"}
    assert orgs == {
        ("北岭机车有限公司", "company"), ("东川理工大学", "university"),
        ("南湖化学研究所", "research_institute"), ("西江市人民医院", "hospital"),
    }


def test_titles_after_names_and_compound_surnames() -> None:
    found = _labels("中心主任欧阳景澄研究员表示，司马文华教授也参与了评审。")
    assert {("PERSON", "欧阳景澄"), ("TITLE", "研究员"), ("PERSON", "司马文华"), ("TITLE", "教授")} <= found


def test_forms_of_address_and_categories_are_not_entities() -> None:
    found = _labels("陈先生说，10家研发中心和国家医学中心都来自湘西某县人民医院，张医生表示赞同。")
    assert not {label for label, _ in found} & {"PERSON", "ORG"}, found


def test_byline_names() -> None:
    found = _labels("记者 钱明远 孙可欣\n\n本报讯 新的实验楼落成。")
    assert {("PERSON", "钱明远"), ("PERSON", "孙可欣")} <= found


def test_recognise_many_keeps_order_and_offsets() -> None:
    texts = ["东川理工大学校长邵文博表示。", "", "没有实体的句子。"]
    results = list(recognise_many(texts))
    assert len(results) == 3
    assert ("PERSON", "邵文博") in {(s["label"], s["text"]) for s in results[0]}
    assert results[1] == [] and results[2] == []
