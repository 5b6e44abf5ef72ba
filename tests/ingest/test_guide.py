"""Funding guides in, programme / classes / topics / agencies / contacts out (genre funding_guideline)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.schema import Label, RelType
from ingest.genres.guide import parse
from ingest.model import Entity, Extraction, from_kgx, to_kgx
from tests.shared import shared

FIXTURES = Path(__file__).parents[1] / "fixtures" / "guide"
SEED = "003_757a5c273432423d"


def _parse_fixture(name: str) -> tuple[str, Extraction]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, parse(name, text)


def _entity(x: Extraction, label: Label, name: str) -> Entity:
    found = [e for e in x.entities if e.type is label and e.name == name]
    assert found, f"no {label} {name!r} in {[e.name for e in x.entities if e.type is label]}"
    return found[0]


def _rels(x: Extraction, rel: RelType) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in x.relations if r.type is rel}


def test_classes_topics_and_caps_of_an_invented_guide() -> None:
    _, x = _parse_fixture("invented_materials_guide.txt")
    assert x.genre == "funding_guideline"
    programme = _entity(x, Label.PROJECT, "2024年度省新材料创新专项（先进材料方向）")
    assert (programme.kind, programme.year) == ("programme", 2024)
    key, youth = _entity(x, Label.PROJECT, "重点项目"), _entity(x, Label.PROJECT, "青年项目")
    assert (key.kind, key.budget_cap_wan, youth.budget_cap_wan) == ("programme", 80.0, 20.0)
    topics = {e.code: e.name for e in x.entities if e.kind == "funding_topic"}
    assert topics == {"A01": "高熵合金轻量化结构件制备技术", "A02": "固态电解质界面稳定性调控技术",
                      "B01": "柔性钙钛矿薄膜缺陷钝化研究", "B02": "二维材料异质结光电器件研究"}
    part_of = _rels(x, RelType.PART_OF)
    assert {("高熵合金轻量化结构件制备技术", "重点项目"), ("二维材料异质结光电器件研究", "青年项目"),
            ("重点项目", programme.name), ("青年项目", programme.name)} <= part_of


def test_agencies_get_the_province_and_official_names() -> None:
    _, x = _parse_fixture("invented_materials_guide.txt")
    meta = dict(x.metadata)
    assert meta["province"] == "湖南省" and meta["doc_number"] == "湘科计〔2024〕9号"
    assert meta["issued"] == "2024-04-01" and meta["deadline"] == "2024-05-10"
    ministry = _entity(x, Label.ORGANIZATION, "湖南省科学技术厅")
    assert ministry.kind == "government" and "省科技厅" in ministry.aliases
    office = _entity(x, Label.ORGANIZATION, "湖南省科学技术厅基础研究处")
    assert office.parent == "湖南省科学技术厅"
    programme = "2024年度省新材料创新专项（先进材料方向）"
    assert _rels(x, RelType.FUNDED_BY) == {(programme, "湖南省科学技术厅"), (programme, "湖南省教育厅")}


def test_contacts_with_phones_and_offices() -> None:
    _, x = _parse_fixture("invented_materials_guide.txt")
    phones = {r.source: r.phone for r in x.relations if r.type is RelType.CONTACT_FOR}
    assert phones == {"欧阳明远": "0731-88881234", "刘芳芳": "0731-84445555"}
    assert _rels(x, RelType.WORKS_AT) == {("欧阳明远", "湖南省科学技术厅基础研究处"),
                                         ("刘芳芳", "湖南省教育厅科学技术处")}


def test_guide_without_classes_puts_topics_under_the_programme_with_their_own_caps() -> None:
    _, x = _parse_fixture("invented_flat_guide.txt")
    programme = _entity(x, Label.PROJECT, "2024年度省海洋装备专项")
    topic = _entity(x, Label.PROJECT, "深远海养殖平台智能运维关键技术")
    assert (topic.code, topic.budget_cap_wan) == ("2101", 300.0)
    assert _entity(x, Label.PROJECT, "水下机器人集群协同作业技术").budget_cap_wan == 150.0
    assert (topic.name, programme.name) in _rels(x, RelType.PART_OF)
    assert not [e for e in x.entities if e.type is Label.PROJECT and e.name == "指南"]
    phones = {r.source: r.phone for r in x.relations if r.type is RelType.CONTACT_FOR}
    assert phones == {"陈立新": "020-83160001", "黄海燕": "020-83160002"}


@pytest.mark.parametrize("name", ["invented_materials_guide.txt", "invented_flat_guide.txt"])
def test_every_fact_points_at_its_words(name: str) -> None:
    text, x = _parse_fixture(name)
    for e in x.entities:
        assert e.spans, e
        if e.type is Label.PERSON:
            assert any(text[s.start:s.end].replace(" ", "") == e.name for s in e.spans)
    for r in x.relations:
        assert r.spans, r
    for rule in x.rules:
        assert rule.spans and all(0 <= s.start < s.end <= len(text) for s in rule.spans)


@pytest.mark.parametrize("name", ["invented_materials_guide.txt", "invented_flat_guide.txt"])
def test_round_trips_through_kgx(name: str) -> None:
    _, x = _parse_fixture(name)
    again = from_kgx(json.loads(json.dumps(to_kgx(x), ensure_ascii=False)))
    assert again.entities == x.entities and again.relations == x.relations and again.rules == x.rules


@pytest.mark.seeds
def test_seed_guide_meets_the_project_bar(tmp_path: Path) -> None:
    seed, gold, scorer = shared(f"seeds/{SEED}.txt", f"gold/{SEED}.json", "tools/score.py")
    x = parse(seed.name, seed.read_text(encoding="utf-8"))
    pred = tmp_path / f"{SEED}.json"
    pred.write_text(json.dumps(to_kgx(x), ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)], capture_output=True,
                         text=True, check=True).stdout
    summary = dict(kv.split("=") for kv in out.strip().splitlines()[-1].split()[1:])
    assert float(summary["entity_f1"]) >= 0.97, out
    assert float(summary["relation_f1"]) >= 0.93, out
    kind_line = next(line for line in out.splitlines() if line.startswith("organization kind accuracy"))
    assert float(kind_line.split(":")[1]) >= 0.95, out
    assert dict(x.metadata)["province"] == "江苏省"


def test_items_under_a_heading_of_requirements_are_no_funded_topics() -> None:
    text = ("关于申报2031年湖东省科技人才创新项目的通知\n一、申报范围及要求\n（一）基本条件\n1. 申请者为所在单位正式在职人员。\n"
            "（二）A档项目申报条件\n（三）截至2031年1月1日\n二、支持方向\n（一）智能制造\n（二）生物医药\n")
    topics = {e.name for e in parse("call.txt", text).entities if e.kind == "funding_topic"}
    assert topics == {"智能制造", "生物医药"}


def test_an_open_fund_s_topic_guide_with_codes_of_a_letter_and_a_number(tmp_path) -> None:
    """A page of an open fund's topics (`选题指南`, `R1：…` under `一、研究类课题`): a guide; each coded line a topic
    of the class its heading names."""
    from ingest.pipeline import extract_file
    from tests.ingest.facts import relations

    (tmp_path / "topics.md").write_text(
        "---\ntitle: 选题指南\n---\n\n## 一、研究类课题\n\n- R1：流域水文模型参数的不确定性分析\n- R2：高寒山区积雪融水过程模拟\n\n"
        "## 二、开发类课题\n\n- D1：模型前处理工具的开发\n- D2：并行计算模块的优化\n", encoding="utf-8")
    _, x = extract_file(tmp_path / "topics.md")
    assert x.genre == "funding_guideline"
    topics = {e.name for e in x.entities if e.kind == "funding_topic"}
    assert topics == {"流域水文模型参数的不确定性分析", "高寒山区积雪融水过程模拟", "模型前处理工具的开发", "并行计算模块的优化"}
    assert ("模型前处理工具的开发", "开发类课题") in relations(x, "PART_OF")
