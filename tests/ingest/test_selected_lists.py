"""People a unit has selected (当选, 入选), named in a list after the count, work at that unit."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

TEXT = ("在众多高校中，甲州大学共有4位学者当选，其中包括3位中国科学院院士和1位中国工程院院士。"
        "这4位新当选的院士分别是：赵建国、钱立新、孙伟(中国科学院院士)以及李春燕(中国工程院院士)。\n"
        "乙州大学同样不甘示弱，共有2位学者当选。他们分别是：周海峰以及乙州大学附属医院的吴志刚(中国工程院院士)。\n")


def test_the_names_listed_after_a_unit_s_count_of_those_selected_work_there() -> None:
    works = relations(extract_text(TEXT), "WORKS_AT")
    assert {("赵建国", "甲州大学"), ("钱立新", "甲州大学"), ("孙伟", "甲州大学"), ("李春燕", "甲州大学"),
            ("周海峰", "乙州大学"), ("吴志刚", "乙州大学附属医院")} <= works
    assert ("周海峰", "甲州大学") not in works  # the next paragraph has its own unit
    assert ("吴志刚", "乙州大学") not in works  # a unit of his own is written before him


def test_an_academy_s_honour_in_brackets_is_not_a_workplace() -> None:
    works = relations(extract_text(TEXT), "WORKS_AT")
    assert not {(p, u) for p, u in works if u in ("中国科学院", "中国工程院")}


def test_a_counter_after_a_number_is_no_surname() -> None:
    assert "位新" not in names(extract_text(TEXT), "Person")


def test_a_count_of_staff_right_after_the_unit_names_its_people_after_among_them() -> None:
    text = ("2023年度某省卫生领军人才名单公布，甲州医科大学附属第一医院5名专家入选，其中，乔远鸣、柯振邦入选领军人才，"
            "诸葛岚、司马青、欧阳舒入选创新人才。\n")
    works = relations(extract_text(text), "WORKS_AT")
    assert {(p, "甲州医科大学附属第一医院") for p in ("乔远鸣", "柯振邦", "诸葛岚", "司马青", "欧阳舒")} <= works


def test_a_count_of_students_after_the_unit_is_no_staff_list() -> None:
    works = relations(extract_text("甲州大学3名学生获奖，分别是乔远鸣、柯振邦、诸葛岚。\n"), "WORKS_AT")
    assert not works
