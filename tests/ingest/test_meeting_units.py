"""A meeting's table of organisers, as a site exports it: a label column (`承办单位：`), a `名称` column holding
units' names (labs, centres, a society, a company), a column of the units' hosts in brackets (`（某大学等）`);
and under the units, rows of the meeting's committee whose `名称` cell is a list of people. Names invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload

_ORGANISERS = """栏目,名称,依托单位
主办单位：,中国测绘控制学会,
承办单位：,湖东市人民政府,
承办单位：,智能测控全国重点实验室,（湖东大学等）
承办单位：,精密感知与控制技术国家工程研究中心,（江北理工大学）
协办单位：,远望科技股份有限公司,
大会主席：,甄一帆、柏若水,
副主席：,柯岚、潘良,
"""


def _extract(text: str) -> Extraction:
    return extract(read_upload(text.encode("utf-8"), "organisers.csv"))


def test_a_name_column_of_units_gives_the_units_each_part_of_its_bracketed_host() -> None:
    ex = _extract(_ORGANISERS)
    assert not [e.name for e in ex.entities if e.type is Label.PROJECT]
    orgs = {e.name for e in ex.entities if e.type is Label.ORGANIZATION}
    assert orgs == {"中国测绘控制学会", "湖东市人民政府", "智能测控全国重点实验室", "湖东大学",
                    "精密感知与控制技术国家工程研究中心", "江北理工大学", "远望科技股份有限公司"}
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.PART_OF} == {
        ("智能测控全国重点实验室", "湖东大学"), ("精密感知与控制技术国家工程研究中心", "江北理工大学")}


def test_the_committee_rows_under_the_units_give_their_people() -> None:
    people = {e.name for e in _extract(_ORGANISERS).entities if e.type is Label.PERSON}
    assert people == {"甄一帆", "柏若水", "柯岚", "潘良"}
