"""Records written as a data literal (JSON, a Python or JavaScript object literal, or a fragment of one):
each object a record read by its keys as a table's row by its headers."""

from __future__ import annotations

from ingest.tables.data_records import objects_in
from tests.ingest.facts import entity, extract_text, names, relations

_FRAGMENT = """    {
        'id': '2031ABC0100100',
        'name': '湖泊沉积物多尺度监测技术',
        'institution': '青溪大学',
        'leader': '林小溪',
        'leader_contact_method': 'linxx@example.org',
        'responsible_expert': '周一鸣',
        'responsible_expert_institution': '江岸理工大学',
        'subjects': [
            {
                'id': '2031ABC0100101',
                'name': '沉积物磷释放的原位观测',
                'institution': '青溪大学',
                'leader': '韩冬青',
                'leader_contact_method': 'handq@example.org'
            },
            {
                'id': '2031ABC0100102',
                'name': '湿地植被演替的遥感反演',
                'institution': '东湖研究院',
                'leader': '柯蓝'
            }
        ]
    },
"""


def test_a_fragment_of_a_python_literal_of_projects_gives_each_project_its_leader_unit_and_parts() -> None:
    extraction = extract_text(_FRAGMENT)
    top, first, second = "湖泊沉积物多尺度监测技术", "沉积物磷释放的原位观测", "湿地植被演替的遥感反演"
    assert entity(extraction, "Project", top).code == "2031ABC0100100"
    assert relations(extraction, "LEADS") == {("林小溪", top), ("韩冬青", first), ("柯蓝", second)}
    assert relations(extraction, "UNIT_OF") == {("青溪大学", top), ("青溪大学", first), ("东湖研究院", second)}
    assert relations(extraction, "PART_OF") >= {(first, top), (second, top)}
    # the expert the record names with a unit of their own works there; the project is not that unit's
    assert ("周一鸣", "江岸理工大学") in relations(extraction, "WORKS_AT")
    assert {"林小溪", "周一鸣", "韩冬青", "柯蓝"} <= names(extraction, "Person")
    assert not any("example" in n for n in names(extraction, "Person") | names(extraction, "Organization"))


def test_json_records_of_people_with_a_name_key_are_people_at_their_unit() -> None:
    text = '[{"id": 1, "name": "林小溪", "unit": "青溪大学"}, {"id": 2, "name": "周一鸣", "unit": "江岸理工大学"}]'
    extraction = extract_text(text)
    assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("周一鸣", "江岸理工大学")}
    assert not names(extraction, "Project")


def test_braces_that_hold_no_literal_are_left_alone() -> None:
    assert objects_in("会议{上午} 讨论了 {name: 某某, 其他}") == []
    assert objects_in("{'a': 'x'}") == []  # one value is no record
    (obj,) = objects_in("var data = {title: '某某研究', leader: \"林小溪\"}; // page data")
    assert [k for k, _, _ in obj.values] == ["title", "leader"]
