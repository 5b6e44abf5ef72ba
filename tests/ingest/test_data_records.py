"""Records written as a data literal (JSON, a Python or JavaScript object literal, or a fragment of one):
each object a record read by its keys as a table's row by its headers."""

from __future__ import annotations

import json

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


def test_data_files_are_read_by_their_names_json_a_scripts_literal_or_a_database_dump() -> None:
    """A site's export (.json), a script's data (.py, .js) and a dump (.sql) are text: their records are read."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    people = '[{"id": 1, "name": "林小溪", "unit": "青溪大学"}, {"id": 2, "name": "周一鸣", "unit": "江岸理工大学"}]'
    for name, text in (("people.json", people), ("people.js", f"var people = {people};"),
                       ("people.py", f"PEOPLE = {people}\n")):
        extraction = extract(read_upload(text.encode(), name))
        assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("周一鸣", "江岸理工大学")}, name
    extraction = extract(read_upload(_FRAGMENT.encode(), "projects.sql"))
    assert ("林小溪", "湖泊沉积物多尺度监测技术") in relations(extraction, "LEADS")


def test_a_program_s_source_and_a_page_template_are_read_for_the_words_they_hold() -> None:
    """A site's component (.tsx), a crawler's sample string (.java) and a server page (.jsp, .php) hold a page's
    words in their strings and markup: they are read as text or as the page they render."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    people = '[{"id": 1, "name": "林小溪", "unit": "青溪大学"}, {"id": 2, "name": "周一鸣", "unit": "江岸理工大学"}]'
    for name, text in (("people.tsx", f"const people = {people};\nexport default () => <div>{{people}}</div>;\n"),
                       ("People.java", f"class People {{ static String DATA = \"\"; }}\n/* {people} */\n")):
        extraction = extract(read_upload(text.encode(), name))
        assert relations(extraction, "WORKS_AT") == {("林小溪", "青溪大学"), ("周一鸣", "江岸理工大学")}, name
    page = ("<html><body><%-- a comment --%><h2>研究团队</h2><p>负责人：林小溪（青溪大学教授）</p>"
            "<p>成员：周一鸣</p></body></html>")
    for name in ("team.jsp", "team.php"):
        extraction = extract(read_upload(page.encode(), name))
        assert "林小溪" in names(extraction, "Person"), name
    template = ("<#include \"header.ftl\"><html><body><h2>研究团队</h2><p>负责人：林小溪（青溪大学教授）</p>"
                "<p>成员：周一鸣</p><#if user??>${user.name}</#if></body></html>")
    for name in ("team.ftl", "team.vm", "team.tpl", "team.twig", "team.erb", "team.hbs"):  # other engines' templates
        extraction = extract(read_upload(template.encode(), name))
        assert "林小溪" in names(extraction, "Person"), name


def test_braces_that_hold_no_literal_are_left_alone() -> None:
    assert objects_in("会议{上午} 讨论了 {name: 某某, 其他}") == []
    assert objects_in("{'a': 'x'}") == []  # one value is no record
    (obj,) = objects_in("var data = {title: '某某研究', leader: \"林小溪\"}; // page data")
    assert [k for k, _, _ in obj.values] == ["title", "leader"]


_PEOPLE_MODULE = """export const faculty: Member[] = [
  {
    id: "lin-xiaoxi",
    name: "林小溪",
    title: "教授 / 博士生导师",
    email: "lxx@example.org",
    career: [
      "2020.09-至今 青溪大学，湖泊科学学院，教授",
      "2017.07-2020.08 青溪大学，湖泊科学学院，讲师",
      "2015.07-2017.06 东湖研究院，助理研究员",
    ],
    appointments: [
      "中国湖沼学会青年委员会 副主任委员",
      "江岸省水生态学会 理事",
    ],
    awards: [
      "江岸省科学技术奖二等奖，湖泊沉积物多尺度监测技术与应用，第二完成人，2022年",
      "江岸省青年湖泊人才，2021年",
    ],
    projects: [
      "国家自然科学基金面上项目（42171234），沉积物磷释放的原位观测方法研究，2022.01-2025.12，58万元，主持",
      "江岸省重点研发计划项目（2021BB0303），湿地植被演替的遥感反演，2021.01-2023.12，120万元，参与",
      "国家自然科学基金青年科学基金项目，2017-2019，主持",
    ],
    papers: [
      "X. Lin, Y. Zhou, and Q. Han*, et al., Quiet phosphorus in shallow lake beds, Journal of Lake Things, 12(3): 45-67, 2021.",
    ],
  },
];
"""


def test_the_string_lists_of_a_person_s_record_are_read_for_that_person() -> None:
    extraction = extract_text(_PEOPLE_MODULE, "members.ts")
    person = "林小溪"
    assert "教授 / 博士生导师" not in names(extraction, "Project")  # a title, no project
    # `某大学，某学院`: the school of the university, and the university; a past post where the person works now is
    # no other tie
    assert relations(extraction, "WORKS_AT") == {(person, "青溪大学湖泊科学学院"), (person, "青溪大学")}
    assert {unit for p, unit in relations(extraction, "AFFILIATED_WITH") if "学会" not in unit} == {"东湖研究院"}
    assert {(person, "中国湖沼学会青年委员会"), (person, "江岸省水生态学会")} <= relations(extraction, "AFFILIATED_WITH")
    awarded = "湖泊沉积物多尺度监测技术与应用"
    assert entity(extraction, "Project", awarded).award == "江岸省科学技术奖二等奖"
    assert [r.rank for r in extraction.relations if str(r.type) == "MEMBER_OF" and r.target == awarded] == [2]
    led, joined = "沉积物磷释放的原位观测方法研究", "湿地植被演替的遥感反演"
    project = entity(extraction, "Project", led)
    assert (project.code, project.year, project.budget_cap_wan) == ("42171234", 2022, 58.0)
    assert (person, led) in relations(extraction, "LEADS")
    assert (person, joined) in relations(extraction, "MEMBER_OF")
    assert (led, "国家自然科学基金") in relations(extraction, "PART_OF")
    assert not any("人才" in p for p in names(extraction, "Project"))  # an honour named alone
    paper = "Quiet phosphorus in shallow lake beds"
    assert entity(extraction, "Paper", paper).journal == "Journal of Lake Things"


_PATENTS_YAML = """- title: 稀疏图查询的排序方法、装置和存储介质
  authors: 柏宁、文远、李晨
  url: "https://patents.example.org/patent/CN100000002B"
  description: 中国发明专利号：ZL203110000002.6

- title: 一种面向区域编码的模型训练方法
  authors: 文远、柏宁
  description: "中国发明专利号：ZL203810000003.X"

- title: Method and Apparatus for Ranking Sparse Graph Queries
  authors: Bai Ning, Wen Yuan
  url: "https://patents.example.org/patent/US30000001B2"
"""


def test_a_yaml_data_file_of_works_whose_notes_give_patent_numbers_lists_patents_and_their_inventors() -> None:
    """A site's data file (`- title: …` items): each mapping is a record; a work's note holding a patent's
    number makes it a patent, with the granted number (ZL…) rather than the one in its link, its authors the
    inventors in order; a number only in the link is still the patent's."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    extraction = extract(read_upload(_PATENTS_YAML.encode(), "patents.yml"))  # a .yml file is taken
    first, second = "稀疏图查询的排序方法、装置和存储介质", "一种面向区域编码的模型训练方法"
    assert entity(extraction, "Patent", first).number == "ZL203110000002.6"
    assert entity(extraction, "Patent", second).number == "ZL203810000003.X"
    assert entity(extraction, "Patent", "Method and Apparatus for Ranking Sparse Graph Queries").number == "US30000001B2"
    assert {(r.source, r.target, r.order) for r in extraction.relations if str(r.type) == "INVENTED"} == {
        ("柏宁", "ZL203110000002.6", 1), ("文远", "ZL203110000002.6", 2), ("李晨", "ZL203110000002.6", 3),
        ("文远", "ZL203810000003.X", 1), ("柏宁", "ZL203810000003.X", 2),
    }
    assert "description" not in names(extraction, "Patent")
    assert not names(extraction, "Project")


def test_the_same_yaml_saved_as_text_gives_the_same_patents() -> None:
    """A data file saved as plain text is still read by its `- key: …` items."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    extraction = extract(read_upload(_PATENTS_YAML.encode(), "patents.txt"))
    assert {(r.source, r.target, r.order) for r in extraction.relations if str(r.type) == "INVENTED"} == {
        ("柏宁", "ZL203110000002.6", 1), ("文远", "ZL203110000002.6", 2), ("李晨", "ZL203110000002.6", 3),
        ("文远", "ZL203810000003.X", 1), ("柏宁", "ZL203810000003.X", 2),
    }


def test_the_same_records_as_json_give_the_same_patents() -> None:
    import json

    import yaml

    as_json = json.dumps(yaml.safe_load(_PATENTS_YAML), ensure_ascii=False, indent=2)
    extraction = extract_text(as_json)
    assert {e.number for e in extraction.entities if str(e.type) == "Patent"} == {
        "ZL203110000002.6", "ZL203810000003.X", "US30000001B2"}


def test_a_broken_yaml_file_is_read_as_text() -> None:
    extraction = extract_text("- title: 稀疏图查询的排序方法\n  authors: [柏宁, 文远\n- title: :\n", name="broken.yml")
    assert not names(extraction, "Patent")


def test_patent_records_of_a_data_file_their_number_under_any_key_and_their_inventors_listed_in_order() -> None:
    """A site's data file of patents (`{"title": …, "inventors": [甲, 乙], "number": "ZL…"}`, YAML or JSON): each a
    patent titled, known by the number whatever its key, its inventors in the list's order."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    text = ('patents:\n'
            '  - {"title": "一种灯笼骨架的编织方法", "inventors": ["饶鸿", "韦望舒", "祁远舟"], "number": "ZL203410012345.6", '
            '"type": "发明专利"}\n'
            '  - {"title": "灯笼骨架的折叠结构", "inventors": ["韦望舒", "饶鸿"], "number": "ZL203320054321.1", "type": "实用新型"}\n')
    ex = extract(read_upload(text.encode("utf-8"), "patents.yml"))
    patents = {e.number: (e.name, e.kind) for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203410012345.6": ("一种灯笼骨架的编织方法", "invention_patent"),
                       "ZL203320054321.1": ("灯笼骨架的折叠结构", "utility_model")}
    invented = {(r.source, r.target): r.order for r in ex.relations if str(r.type) == "INVENTED"}
    assert invented == {("饶鸿", "ZL203410012345.6"): 1, ("韦望舒", "ZL203410012345.6"): 2, ("祁远舟", "ZL203410012345.6"): 3,
                        ("韦望舒", "ZL203320054321.1"): 1, ("饶鸿", "ZL203320054321.1"): 2}
    assert not names(ex, "Project")


def test_a_database_dump_s_rows_are_records_their_columns_the_keys() -> None:
    """`INSERT INTO "professors" ("id", "name", "department", "resume") VALUES (25, '某某', '<hash>', '…')`: a row
    a record; a column holding keys into another table (hashes) names nothing; a string over lines under a
    career key (`resume`) is the person's dated career."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    dump = ("INSERT INTO \"professors\" (\"id\", \"name\", \"department\", \"title\", \"resume\") VALUES "
            "(25, '林小溪', '2a20d0276a300e725f4f4e6ceae5ecba,1c488538902420d631946568bc784708,', "
            "'97e6f361e36e8f345584c51289a2f026', '2014/01至今，青溪大学，计算机学院，教授\n"
            "2004/02-2013/12，江岸理工大学，电子信息学院，教授'), "
            "(26, '周一鸣', '', '', '2019/01至今，东湖研究院，研究员\n2010/01-2018/12，青溪大学，副教授');\n")
    extraction = extract(read_upload(dump.encode(), "professors.sql"))
    works = relations(extraction, "WORKS_AT")
    assert {("林小溪", "青溪大学"), ("周一鸣", "东湖研究院")} <= works
    assert {("林小溪", "江岸理工大学"), ("周一鸣", "青溪大学")} <= relations(extraction, "AFFILIATED_WITH")
    assert not {n for n in names(extraction, "Organization") | names(extraction, "Project") if "2a20" in n or "97e6" in n}


def test_a_dump_s_columns_are_read_by_the_comments_its_table_definition_gives_them() -> None:
    """`title` COMMENT '个人头衔' holds a person's titles and honours, no project's title: a column is known by what
    its comment says, and one the comment says nothing the vocabulary knows of is no column of a role."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    dump = ("CREATE TABLE `mentor_info` (\n  `id` int(8) NOT NULL,\n  `name` char(10) NOT NULL COMMENT '姓名',\n"
            "  `title` char(50) NOT NULL DEFAULT '*' COMMENT '个人头衔',\n"
            "  `position` char(50) NOT NULL COMMENT '现状(现工作单位及职位)'\n) ENGINE=InnoDB DEFAULT CHARSET=utf8;\n\n"
            "INSERT INTO `mentor_info` (`id`, `name`, `title`, `position`) VALUES\n"
            "(1, '林小溪', '工学博士，教授，硕士研究生导师。东川省学术和技术带头人后备人选', '青溪大学材料系系主任'),\n"
            "(2, '周一鸣', '研究员', '东湖研究院副院长');\n")
    extraction = extract(read_upload(dump.encode(), "mentors.sql"))
    assert not names(extraction, "Project")
    assert {"林小溪", "周一鸣"} <= names(extraction, "Person")


def test_a_dump_s_rows_whose_columns_no_statement_names_are_read_by_the_column_of_names() -> None:
    """`INSERT INTO doctor VALUES ('73', '15', '某某', '男，主任医师…', '普外', …)`, one statement a row and no table
    definition: the column whose values are names in most rows is the person's; the long values beside are
    sentences about them; a short value elsewhere that reads as a name (`普外`) is no one."""
    dump = ("INSERT INTO `doctor` VALUES ('73', '15', '柯远山', '男，主任医师，教授，博士生导师。东川医科大学第一医院副院长"
            "兼任普通外科主任。中国医师协会外科医师分会委员；东川省医学会外科分会副主任委员。', '普外', '100');\n"
            "INSERT INTO `doctor` VALUES ('74', '16', '林小溪', '女，主任医师，东川省人民医院心内科主任。', '心内', '101');\n")
    extraction = extract_text(dump, "doctors.sql")
    assert names(extraction, "Person") == {"柯远山", "林小溪"}
    assert {("柯远山", "东川医科大学第一医院"), ("林小溪", "东川省人民医院")} <= relations(extraction, "WORKS_AT")
    assert ("柯远山", "东川省医学会外科分会") in relations(extraction, "AFFILIATED_WITH")


def test_a_dump_s_rows_with_no_column_list_take_the_columns_the_table_s_definition_gives() -> None:
    """`CREATE TABLE t (id …, name …, resume …)` then `INSERT INTO t VALUES (…)`: the columns in the definition's order."""
    dump = ("CREATE TABLE `teacher` (\n  `id` int(8) NOT NULL,\n  `name` char(10) NOT NULL,\n  `resume` text,\n"
            "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
            "INSERT INTO `teacher` VALUES (1, '周一鸣', '2019/01至今，东湖研究院，研究员\n2010/01-2018/12，青溪大学，副教授');\n")
    extraction = extract_text(dump, "teachers.sql")
    assert ("周一鸣", "东湖研究院") in relations(extraction, "WORKS_AT")
    assert ("周一鸣", "青溪大学") in relations(extraction, "AFFILIATED_WITH")


def test_a_class_whose_fields_are_documented_with_examples_is_one_record_of_its_examples() -> None:
    """`@ApiProperty({ description: '中文名', example: '某某' })` over each field of a class: the examples are one
    record, keyed by their descriptions; a page's text in an example (`<p>某大学某系副教授，…</p>`) is its profile."""
    source = ("import { ApiProperty } from '@nestjs/swagger';\n\nexport class CreateMemberDto {\n"
              "  @ApiProperty({ description: '中文名', example: '林小溪' })\n  cn_name: string;\n\n"
              "  @ApiProperty({ description: '中文头衔', example: '副教授' })\n  cn_title: string;\n\n"
              "  @ApiProperty({\n    description: '超文本',\n    example:\n      '<p>Lin Xiaoxi is an associate professor.</p>"
              "<p>青溪大学工业设计系副教授，东川市西湖学者。</p>',\n  })\n  content: string;\n}\n")
    extraction = extract_text(source, "create-member.dto.ts")
    assert "林小溪" in names(extraction, "Person")
    assert ("林小溪", "青溪大学") in relations(extraction, "WORKS_AT")


def test_a_career_written_as_one_string_under_its_key_is_read_item_by_item() -> None:
    """`'经历': '2019 年 - 至今   青溪大学，教授 2012 年 -2019 年   江岸理工大学，副教授'` (years alone, with 年): each dated
    item a career line; the current post is where the person works."""
    text = ("data = {'林小溪': {'姓名': '林小溪', '邮箱': 'linxx@example.org', "
            "'经历': '2019 年 - 至今      青溪大学，教授 2012 年 -2019 年   江岸理工大学，副教授'},\n"
            "        '周一鸣': {'姓名': '周一鸣', '邮箱': 'zhouym@example.org', "
            "'经历': '2024.03-至今，东湖研究院，研究员 2017.09-2023.12，青溪大学，讲师'}}\n")
    extraction = extract_text(text)
    assert {("林小溪", "青溪大学"), ("周一鸣", "东湖研究院")} <= relations(extraction, "WORKS_AT")
    assert {("林小溪", "江岸理工大学"), ("周一鸣", "青溪大学")} <= relations(extraction, "AFFILIATED_WITH")


def test_line_breaks_a_data_file_writes_escaped_break_its_prose_and_spans_still_point_at_the_stored_text() -> None:
    """A database row's text with escaped breaks (`\\r\\n`): its paragraphs are read apart, a biography's subject is the
    name its paragraph opens with, and no name holds the escape."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    intro = "【职称】 教授\\r\\n\\r\\n【林小溪】，历史学专业博士，硕士生导师。现任马克思主义学院副院长。\\r\\n\\r\\n办公地点：北辰楼"
    dump = f"insert  into `teacher`(`teacher_id`,`teacher_name`,`teacher_intro`) values (29,'林小溪','{intro}');\n"
    source = read_upload(dump.encode(), "teacher.sql")
    extraction = extract(source)
    assert ("林小溪", "马克思主义学院") in relations(extraction, "WORKS_AT")
    for found in extraction.entities:
        assert "\\" not in found.name
        for span in found.spans:
            assert "\\r" not in source.text[span.start:span.end]


def test_a_page_s_paragraphs_inside_a_script_s_string_are_its_lines() -> None:
    """A built page's component pushes its HTML as strings (`_push(\\`<p data-v-1>…</p><p data-v-1>…</p>\\`)`): each
    paragraph is a line of its own, so a patent listed in each is read with its inventors and number."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    items = ("发明名称：一种管道巡检机器人的清洗装置，发明人：林晓岚；周文博，专利号：ZL 203110055975.8，授权公布日：2031.06.11",
             "发明名称：一种图数据的分布式查询方法，发明人：吴一凡；林晓岚，专利号：ZL 203010430972.3，授权公布日：2030.11.28")
    script = ("if (tab.value === 4) {\n  _push(`<div class=\"atext\" data-v-c4a1${_scopeId}>"
              + "".join(f"<p data-v-c4a1${{_scopeId}}>{item}</p>" for item in items) + "</div>`);\n}\n")
    source = read_upload(script.encode(), "page.js")
    x = extract(source)
    invented = relations(x, "INVENTED")
    assert {("林晓岚", "ZL203110055975.8"), ("周文博", "ZL203110055975.8"), ("吴一凡", "ZL203010430972.3")} <= invented
    for found in x.entities:
        for span in found.spans:
            assert "<" not in source.text[span.start:span.end]


def test_a_staff_record_s_bio_is_read_for_its_person_though_the_bio_never_names_them() -> None:
    """A site's staff data (`{img: require('…'), name: '甲', title: '教授，博导，博士', msg: '现任某学院副校长，…'}`): the
    record parses past the call, its title line of titles and a degree is no project, and the bio is the named
    person's, every span pointing at the stored text."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    script = """export default {
  install (Vue, opt) {
    Vue.prototype.teacherInfo = [
      {
        img: require('../images/member/linxiaolan.jpg'),
        name: '林晓岚',
        title: '教授，博导，博士',
        msg: '现任东川科技学院副校长，东川省计算机科学重点学科负责人，主要研究方向：虚拟计算、服务计算。'
      },
      {
        img: require('../images/member/zhouwenbo.jpg'),
        name: '周文博',
        title: '副教授，硕导，博士(南湖大学)',
        msg: '主要研究方向为海量数据存储与处理。南湖大学云技术研究中心副主任，中国计算机学会高性能计算专委会委员。'
      }
    ]
  }
}
"""
    source = read_upload(script.encode(), "teacherInfo.js")
    x = extract(source)
    works = relations(x, "WORKS_AT")
    assert ("林晓岚", "东川科技学院") in works
    assert ("周文博", "南湖大学云技术研究中心") in works
    assert not any(str(e.type) == "Project" for e in x.entities)
    for found in x.entities:
        if str(found.type) in ("Person", "Organization"):
            assert all(source.text[span.start:span.end] == found.name for span in found.spans), found


def test_a_dump_row_named_under_its_table_s_kind_of_name_gives_its_intro_to_that_person() -> None:
    """`insert into teacher(teacher_id, teacher_name, teacher_intro)`: `teacher_name` names the row's person though the
    vocabulary reads no key of it, and the intro, which never names them, is theirs."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    dump = ("insert  into `teacher`(`teacher_id`,`teacher_name`,`teacher_intro`) values "
            "(7,'周文博','历史学博士，硕士生导师。现任东川大学马克思主义学院副院长、东川省党建研究基地副主任。'),"
            "(8,'吴一凡','现任南湖师范大学历史文化学院教授，主要研究方向为中国近现代史。');\n")
    x = extract(read_upload(dump.encode(), "teacher.sql"))
    works = relations(x, "WORKS_AT")
    assert ("周文博", "东川大学马克思主义学院") in works
    assert ("吴一凡", "南湖师范大学历史文化学院") in works


def test_a_component_s_cards_of_people_give_each_named_person_the_profile_written_after_their_name() -> None:
    """`<InfoCard title="某某" href="…" desc={desc(["…", "…"])} />`: the name is an attribute, the profile the strings
    after it up to the next card's name."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    page = """const Welcome = () => (
  <div>
    <InfoCard
      title="林晓岚"
      href="https://example.org/lin"
      desc={desc(["博士，东川大学工商管理学院副教授，硕士生导师，系副主任。主要从事创新管理研究。", "主持国家自然科学基金项目等8项。"], m1)}
    />
    <InfoCard
      title="周文博"
      desc={desc(["博士，副教授，东川大学数字社会研究院金融科技研究中心主任、东川运筹学会金融工程分会常务理事。"], m2)}
    />
  </div>
);
export default Welcome;
"""
    x = extract(read_upload(page.encode(), "welcome.tsx"))
    works = relations(x, "WORKS_AT")
    assert ("林晓岚", "东川大学工商管理学院") in works
    assert ("周文博", "东川大学数字社会研究院金融科技研究中心") in works
    assert ("林晓岚", "东川大学数字社会研究院金融科技研究中心") not in works


def test_a_record_s_career_lines_in_its_profile_are_the_person_s_past_and_present_posts() -> None:
    """A scholar record whose `profile` holds dated career lines (`2016年11月–2019年5月，某大学，某实验室，副教授`,
    `2019年6月–至今，某大学，某学院，青年研究员`): the record's person WORKS_AT the present post's units and is
    AFFILIATED_WITH the past ones'; every span points at the stored text."""
    text = ('{"name": "林小溪", "college": "生物医学工程学院", "profile": "2011年11月–2013年10月， 澳大利亚，东岭大学，'
            '机械工程系, 博士后\\n2016年11月–2019年5月，北辰理工大学，医疗与康复工程国际实验室，副教授\\n2019年6月–至今，'
            '南湖大学，生物医学工程学院，青年研究员", "email": "lin@example.org"}\n')
    x = extract_text(text, "scholars.jsonl")
    assert ("林小溪", "南湖大学") in relations(x, "WORKS_AT")
    assert {("林小溪", "北辰理工大学"), ("林小溪", "东岭大学")} <= relations(x, "AFFILIATED_WITH")
    assert ("林小溪", "北辰理工大学") not in relations(x, "WORKS_AT")
    unit = entity(x, "Organization", "北辰理工大学")
    assert all(text[s.start:s.end] == "北辰理工大学" for s in unit.spans)


def test_a_common_word_under_a_key_the_vocabulary_does_not_know_is_no_person() -> None:
    """`time: '时间'`, `award: '国家奖项'`: words that open with a surname's character are no names."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    source = "export const people = [{ name: '林小溪', title: '教授', time: '时间', award: '国家奖项', org: '东川大学' }];\n"
    extraction = extract(read_upload(source.encode(), "people.js"))
    assert names(extraction, "Person") == {"林小溪"}


def test_a_record_listed_under_papers_or_linking_to_a_publisher_is_a_paper_and_a_tally_of_works_no_project() -> None:
    """`works: [{title, href: https://doi.org/…}]` and `papers: [{title}]`: each title is a paper's, not a project's;
    `title: '国际期刊论文70余篇'` only counts works and names none."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    source = ("export default {\n  title: '东川大学湖泊遥感组',\n  people: [{ name: '林小溪', tags: ['教授'],\n"
              "    works: [{ title: 'Sediment phosphorus release under shifting lake ice', "
              "href: 'https://doi.org/10.1000/xyz123' }] }],\n"
              "  papers: [{ title: 'Wetland vegetation succession from satellite time series', date: '2031-01' }],\n"
              "  timeline: [{ title: '国际期刊/会议学术论文70余篇', type: '学术成果' },\n"
              "             { title: '湖泊沉积物多尺度监测技术', type: '科研项目' }],\n};\n")
    extraction = extract(read_upload(source.encode(), "group.js"))
    assert names(extraction, "Paper") == {"Sediment phosphorus release under shifting lake ice",
                                          "Wetland vegetation succession from satellite time series"}
    assert not any("论文" in n or "Sediment" in n or "Wetland" in n for n in names(extraction, "Project"))


def test_a_component_s_cards_markup_and_all_give_each_person_the_profile_below_their_name() -> None:
    """A React page's cards: `<span className={styles.left}>甲</span>教授` over `<div className={styles.desc}>` and
    the profile's text: the markup is no words, so each card's name and title head its own profile, and one card's
    units are never the card before's person's."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    card = ("              <Col span={{8}}>\n                <div className={{styles.name}}>\n"
            "                  <span className={{styles.left}}>{name}</span>教授\n                </div>\n"
            "                <div className={{styles.desc}}>\n                {desc}\n                </div>\n"
            "              </Col>\n")
    source = ("export default function Speakers() {\n  return (\n    <Row gutter={16}>\n"
              + card.format(name="林小溪", desc="东川大学化学学院教授。兼任东川省化学学会理事长。")
              + card.format(name="柯远山", desc="西岭大学物理学院教授，博士生导师。")
              + "    </Row>\n  );\n}\n")
    extraction = extract(read_upload(source.encode(), "speakers.tsx"))
    works = relations(extraction, "WORKS_AT")
    assert {("林小溪", "东川大学化学学院"), ("柯远山", "西岭大学物理学院")} <= works
    assert ("林小溪", "西岭大学物理学院") not in works and ("柯远山", "东川大学化学学院") not in works


def test_a_cv_data_file_s_sections_are_no_projects_and_its_items_still_are() -> None:
    """`- title: 工作经历` / `- title: 主持项目` over their `contents`: the sections' names are no projects; an item's
    long title under them is read as ever."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    source = ("- title: 工作经历\n  type: time_table\n  contents:\n    - title: 副研究员\n      institution: 东川大学\n"
              "- title: 主持项目\n  type: time_table\n  contents:\n    - title: 湖泊沉积物多尺度监测技术研究\n"
              "      year: 2031.10 - 2033.09\n      leader: 林小溪\n")
    extraction = extract(read_upload(source.encode(), "cv.yml"))
    projects = names(extraction, "Project")
    assert "湖泊沉积物多尺度监测技术研究" in projects
    assert not {"工作经历", "主持项目"} & projects


def test_a_record_s_posts_held_beside_the_job_written_as_one_string_with_the_years_of_each() -> None:
    """`socialAppointments: "某学会理事(2004-2012)，某学会某分会理事(2005-), …，某委员会主任委员(2002-)"`: a seat in
    each body, the head's seat leading its body while held (an ended one no longer)."""
    text = ('var data = [{"name": "乔远鸣", "jobTitle": "教授", "college": "理学院", "socialAppointments": '
            '"中国湖泊学会理事长(2004-2012)，中国湖泊学会数学规划分会理事(2005-), 江苏省工科湖泊委员会主任委员(2002-)"}]\n')
    ex = extract_text(text, "teachers.js")
    assert {(r.target, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH" and r.source == "乔远鸣"} == {
        ("中国湖泊学会", "理事长"), ("中国湖泊学会数学规划分会", "理事"), ("江苏省工科湖泊委员会", "主任委员")}
    assert relations(ex, "LEADS") == {("乔远鸣", "江苏省工科湖泊委员会")}


def test_a_doctor_s_record_whose_department_key_holds_titles_gives_the_titles_and_the_hospital() -> None:
    """`doctor_name`, `hospital`, `department: 主治医师 讲师` (an app's list of doctors): the doctor works at the
    hospital, with the titles the department's key holds; a real department stays a unit."""
    ex = extract_text('[{"doctor_name": "柯振邦", "hospital": "南州大学附属肿瘤医院", "department": "主治医师 讲师"},\n'
                      ' {"doctor_name": "诸葛岚", "hospital": "南州大学附属肿瘤医院", "department": "主任医师、肿瘤学博士"}]\n',
                      "doctors.json")
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("柯振邦", "南州大学附属肿瘤医院", "主治医师 讲师"), ("诸葛岚", "南州大学附属肿瘤医院", "主任医师、肿瘤学博士")}
    assert not {"主治医师讲师", "主治医师 讲师", "主任医师"} & names(ex, "Organization")


_EXPERTS_VUE = """<script>
export default {
  data() {
    return {
      experts: [
        {
          name: "柯振邦",
          photo: "",
          titles: ["主任医师、教授、博士生导师", "北辰眼科医院院长", "北辰省医学会眼科学分会副主任委员"]
        },
        {
          name: "乔远鸣",
          photo: "",
          titles: ["副主任医师", "北辰眼科医院屈光手术科主任", "北辰省近视防控学会常务理事"]
        }
      ]
    }
  }
}
</script>
"""


def test_a_person_s_record_of_a_name_and_a_list_of_titles_and_posts_gives_each_post_s_relations() -> None:
    """`{name: "甲", titles: ["主任医师", "某医院院长", "某学会某分会委员"]}`: one string and a list make a record; each
    post in a unit is held there (a hospital's post employment and a head post leadership, a society's seat an
    affiliation); a line of titles alone names no unit."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    ex = extract(read_upload(_EXPERTS_VUE.encode(), "Experts.vue.txt"))
    assert {("柯振邦", "北辰眼科医院"), ("乔远鸣", "北辰眼科医院屈光手术科")} <= relations(ex, "WORKS_AT")
    assert {("柯振邦", "北辰眼科医院"), ("乔远鸣", "北辰眼科医院屈光手术科")} <= relations(ex, "LEADS")
    assert {("柯振邦", "北辰省医学会眼科学分会"), ("乔远鸣", "北辰省近视防控学会")} <= relations(ex, "AFFILIATED_WITH")


def test_a_script_s_profile_object_with_a_template_string_gives_its_person_s_units_and_posts() -> None:
    text = """// 个人基本信息
export const profile = {
  name: "柯远山",
  nameEn: "Yuanshan Ke",
  title: "副教授",
  department: "流体力学教研室（系）",
  institution: "南州大学力学学院",
  position: "教研室副主任",
  birthYear: 1989,
  bio: `柯远山，1989年出生，现任流体力学教研室（系）副主任。

担任北辰海洋学会青年工作委员会委员。`,
  roles: [
    "北辰海洋学会青年工作委员会委员",
    "某期刊审稿人"
  ],
};
"""
    ex = extract_text(text, "profile.txt")
    works = {(r.target, r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT" and r.source == "柯远山"}
    assert {("流体力学教研室（系）", "副教授", "教研室副主任"), ("南州大学力学学院", "副教授", "教研室副主任")} <= works


def test_a_site_s_cards_of_people_name_and_title_in_one_value_and_posts_in_info() -> None:
    text = """const professorsInfo = [
  {
    title:'柯远山 教授',
    info: '北辰大学海洋研究所所长',
    img: new URL(`../assets/images/people_01.jpg`, import.meta.url).href,
    jumpTo: '/professor/1'
  },
  {
    title:'诸葛岚 教授',
    info: '冻土工程与边坡监测研发实验室负责人',
    img: new URL(`../assets/images/people_02.jpg`, import.meta.url).href,
    jumpTo: '/professor/2'
  },
];
"""
    ex = extract_text(text, "team.txt")
    assert {("柯远山", "北辰大学海洋研究所"), ("诸葛岚", "冻土工程与边坡监测研发实验室")} <= relations(ex, "WORKS_AT")
    assert {("柯远山", "北辰大学海洋研究所"), ("诸葛岚", "冻土工程与边坡监测研发实验室")} <= relations(ex, "LEADS")
    assert not any(e.name.endswith("教授") for e in ex.entities if e.type.value == "Project")


def test_a_job_advert_s_posts_are_no_projects_and_a_name_key_with_a_title_names_the_person() -> None:
    text = """const contactList = [
  {
    department: "北辰潮汐观测研发实验室",
    name: "柯远山 博士",
    email: "ke@example.edu",
  },
];
const jobs = [
  {
    title: "高级科研助理",
    requirements: "北辰-东区  |  1年及以上  |  本科  |  英语读写熟练",
  },
  {
    title: "软件工程师（全职）",
    requirements: "北辰-东区  |  3年及以上  |  本科",
  },
];
"""
    ex = extract_text(text, "site.txt")
    assert names(ex, "Project") == set()
    assert "柯远山" in names(ex, "Person")


def test_a_template_with_values_left_out_a_post_key_holding_a_title_and_records_titled_by_units() -> None:
    text = """const society = [{
  chairman: {
    name: '柯振邦',//姓名
    id:,//编号
    affiliation: '南州大学',//单位
    position: '教授',//职位
  },
  partyOrganization: [
    { title: '北辰信息学会党委', leader: '乔远鸣', id:, },
  ],
  labs: [
    { title: '南州大学柔性电子重点实验室', leader: '司马青', phone: '0731-1234567' },
    { title: '柔性电子器件研究', leader: '欧阳舒', code: 'NZ2031-001' },
  ],
}];
"""
    ex = extract_text(text, "society.js")
    works = {(r.source, r.target): (r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works[("柯振邦", "南州大学")] == ("教授", None)
    assert {("乔远鸣", "北辰信息学会党委"), ("司马青", "南州大学柔性电子重点实验室"), ("欧阳舒", "柔性电子器件研究")} <= relations(ex, "LEADS")
    assert names(ex, "Project") == {"柔性电子器件研究"}
    assert {"北辰信息学会党委", "南州大学柔性电子重点实验室"} <= names(ex, "Organization")


def test_a_patent_s_numbers_of_publication_and_grant_in_one_value_give_the_granted_number() -> None:
    text = """[
  {
    "title": "一种灯笼骨架的微调机构",
    "number": "CN131246802A / CN131246802B",
    "inventors": ["柯振邦", "乔远鸣"],
    "url": "https://example.org/patent/CN131246802A",
  },
  {
    "title": "一种便于拆装的灯罩支撑架",
    "number": "CN140551209A",
    "inventors": ["司马青"],
  },
]
"""
    ex = extract_text(text, "patents.yml")
    numbers = {e.name: e.number for e in ex.entities if str(e.type) == "Patent"}
    assert numbers == {"一种灯笼骨架的微调机构": "CN131246802B", "一种便于拆装的灯罩支撑架": "CN140551209A"}
    assert {(r.source, r.target) for r in ex.relations if str(r.type) == "INVENTED"} == {
        ("柯振邦", "CN131246802B"), ("乔远鸣", "CN131246802B"), ("司马青", "CN140551209A")}


def test_a_dump_s_paper_column_of_a_person_s_row_gives_each_paper_it_lists() -> None:
    """A dump writes a value's line breaks as escapes (`#\\n\\n2.…`): each item of a person's `paper` column is a paper,
    read as a reference where it is one (its authors as it lists them), or by its title alone as the person's; items on
    one line are parted by `#` before the next one's number; a patent's `[P]` with no number is no paper."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    dump = ("CREATE TABLE `scholar` (\n  `id` int(11) NOT NULL,\n  `name` varchar(45) NOT NULL,\n"
            "  `school` varchar(45) DEFAULT NULL,\n  `paper` varchar(2000) DEFAULT NULL,\n  `introduction` varchar(2000)\n"
            ") ENGINE=InnoDB;\n"
            "INSERT INTO `scholar` VALUES (1,'柯振邦','南州大学','1.湖泊沉积物磷释放的动力学研究#\\n\\n"
            "2.Seasonal dynamics of phosphorus release in shallow lakes#\\n','柯振邦，南州大学环境学院教授。'),"
            "(2,'诸葛岚','西岭理工大学','[1] 诸葛岚，柯远山，锂电池隔膜的改性研究，无机材料学报，2030, 33 (2): 145-152#\\n',"
            "'诸葛岚，西岭理工大学材料学院教授。'),"
            "(3,'欧阳舒','北辰大学','1. 区域创新体系的统计测度[J] #2. 科技投入产出的核算框架[J]#\\n3. 一种湖泊水质监测装置[P]#',"
            "'欧阳舒，北辰大学统计学院教授。');\n")
    extraction = extract(read_upload(dump.encode(), "scholars.txt"))
    assert names(extraction, "Paper") == {"湖泊沉积物磷释放的动力学研究", "Seasonal dynamics of phosphorus release in shallow lakes",
                                          "锂电池隔膜的改性研究", "区域创新体系的统计测度", "科技投入产出的核算框架"}
    authored = relations(extraction, "AUTHORED")
    assert {("柯振邦", "湖泊沉积物磷释放的动力学研究"), ("柯振邦", "Seasonal dynamics of phosphorus release in shallow lakes"),
            ("诸葛岚", "锂电池隔膜的改性研究"), ("柯远山", "锂电池隔膜的改性研究"), ("欧阳舒", "区域创新体系的统计测度"),
            ("欧阳舒", "科技投入产出的核算框架")} == authored
    assert ("锂电池隔膜的改性研究", "无机材料学报") in relations(extraction, "PUBLISHED_IN")
    assert ("柯振邦", "南州大学") in relations(extraction, "WORKS_AT")


def test_values_written_in_each_language_are_read_in_chinese() -> None:
    """A site's translations: `name: { zh: "某某", en: "…" }`, `affiliation: { zh: "某大学", en: "…" }` are the person's
    name and unit, as `name: "某某"` would be."""
    source = ("export const committee = [\n  {\n    role: { zh: \"大会主席\", en: \"General Chairs\" },\n    members: [\n"
              "      {\n        name: { zh: \"柯振邦\", en: \"Zhenbang Ke\" },\n"
              "        affiliation: { zh: \"南州大学\", en: \"Nanzhou University\" },\n      },\n"
              "      {\n        name: { zh: \"诸葛岚\", en: \"Lan Zhuge\" },\n"
              "        affiliation: {\n          zh: \"西岭理工大学\",\n          en: \"Xiling University of Technology\",\n        },\n"
              "      },\n    ],\n  },\n];\n")
    extraction = extract_text(source, "committee.ts")
    assert relations(extraction, "WORKS_AT") == {("柯振邦", "南州大学"), ("诸葛岚", "西岭理工大学")}


def test_a_paper_column_s_items_written_with_their_authors_first_a_glued_journal_or_titles_in_marks() -> None:
    """`[1]甲,乙,题名[J]刊名. 2031#`: the journal glued after the type mark; `[1]甲,乙.题名#`: the authors in order and the
    title, no venue; `《题名》#《题名》`: titles in marks parted by `#`, the row's person's."""
    dump = ("CREATE TABLE `scholar` (\n  `id` int(11) NOT NULL,\n  `name` varchar(45) NOT NULL,\n"
            "  `school` varchar(45) DEFAULT NULL,\n  `paper` varchar(2000) DEFAULT NULL\n) ENGINE=InnoDB;\n"
            "INSERT INTO `scholar` VALUES (1,'柯振邦','南州大学','[1]乔远鸣,诸葛岚,柯振邦,湖泊沉积物的磷释放研究[J]湖泊学报. 2031#'),"
            "(2,'诸葛岚','西岭大学','[1]何平安,诸葛岚.一种湖泊沉积物的监测方法#[2]欧阳舒,诸葛岚,一种湖泊水质的快速、低耗监测方法#'),"
            "(3,'欧阳舒','北辰大学','《湖泊沉积学导论》#《浅水湖泊生态学》');\n")
    extraction = extract_text(dump, "scholars.sql")
    assert ("湖泊沉积物的磷释放研究", "湖泊学报") in relations(extraction, "PUBLISHED_IN")
    orders = {(r.source, r.target): r.order for r in extraction.relations if str(r.type) == "AUTHORED"}
    assert orders[("柯振邦", "湖泊沉积物的磷释放研究")] == 3
    assert (orders[("何平安", "一种湖泊沉积物的监测方法")], orders[("诸葛岚", "一种湖泊沉积物的监测方法")]) == (1, 2)
    assert orders[("诸葛岚", "一种湖泊水质的快速、低耗监测方法")] == 2
    assert {("欧阳舒", "湖泊沉积学导论"), ("欧阳舒", "浅水湖泊生态学")} <= set(orders)


_ROSTER_YAML = """title: 会议组织
teams:
  - name: 程序委员会
    members:
      - name: 柯振邦
        position: 主席
        title:
          - name: 秘书长
            affiliation: 西岭嵌入式协会
          - name: 讲席教授
            affiliation: 南州大学
      - name: 诸葛岚
        title:
          - name: 高级副总裁
            affiliation: 北辰算力科技有限公司
      - name: 司马青
        title:
          - name: 研究员
            affiliation: 西岭计算技术研究所
"""


def test_a_roster_s_posts_as_objects_under_each_person_are_the_person_s_posts() -> None:
    """`title: [{name: 讲席教授, affiliation: 某大学}]` under `name: 某某`: a post the person holds at the unit (a title
    opening with a surname, 高级副总裁, a post all the same); the keys over the items (`title:`) are no fields of a
    form, so no project."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    for name, text in (("team.yml", _ROSTER_YAML), ("team.md", f"---\n{_ROSTER_YAML}---\n\n会议的组织者名单。\n")):
        ex = extract(read_upload(text.encode(), name))
        works = {(r.source, r.target, r.title or r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
        assert works == {("柯振邦", "南州大学", "讲席教授"), ("诸葛岚", "北辰算力科技有限公司", "高级副总裁"),
                         ("司马青", "西岭计算技术研究所", "研究员")}, name
        assert relations(ex, "AFFILIATED_WITH") == {("柯振邦", "西岭嵌入式协会")}, name
        assert names(ex, "Project") == set(), name
        assert names(ex, "Person") == {"柯振邦", "诸葛岚", "司马青"}, name


def test_a_data_file_s_title_naming_a_committee_s_list_gives_the_seats_of_its_records_in_that_committee() -> None:
    """`title: 第三届学术委员会名单` over `members: [{委员会职务: 主任, 姓名: …, 职务: 某大学校长}]`: each member holds the
    seat in that committee (a committee named by its kind alone keeps its term), a Chinese key is read as a table's
    header, and the title is no project's."""
    text = ('{"title": "第三届学术委员会名单", "total": 2, "members": ['
            '{"序号": 1, "委员会职务": "主任", "姓名": "柯振邦", "职务": "南州大学校长", "备注": "连任"},'
            '{"序号": 2, "委员会职务": "委员", "姓名": "诸葛岚", "职务": "北辰理工大学副校长", "备注": "增补"}]}')
    ex = extract_text(text, "panel.json")
    assert {("柯振邦", "第三届学术委员会"), ("诸葛岚", "第三届学术委员会")} <= relations(ex, "AFFILIATED_WITH")
    assert relations(ex, "WORKS_AT") == {("柯振邦", "南州大学"), ("诸葛岚", "北辰理工大学")}
    assert relations(ex, "LEADS") == {("柯振邦", "第三届学术委员会"), ("柯振邦", "南州大学")}
    assert not names(ex, "Project")


def test_a_scraper_s_dictionary_saved_as_text_reads_its_escaped_lines_as_lines() -> None:
    """A program's source holding a person's record (`"科研奖励": "…\\n2031年某奖“…”（甲，乙）\\n…"`): each escaped line
    break is a line's end for prose, so an award line in the string is read; the record's keys are still read."""
    source = ('# -*- coding: utf-8 -*-\nschool_name = \'南州大学\'\n\ndata_real = {\n"姓名": "柯振邦",\n"职称": "教授",\n'
              '"工作经历": "2019.02―2023.08 南州大学水文工程系 讲师\\n2023.08― 南州大学水文工程系　教授",\n'
              '"科研奖励": "2031年某省科学技术进步一等奖“湖泊沉积物磷迁移机理与调控”（柯振邦，诸葛岚，司马青）\\n'
              '2032年某学会自然科学一等奖“冰下溶解氧的观测方法”（乔松，柯振邦）\\n2033年某协会青年科技奖",\n}\n')
    ex = extract_text(source, "teacher.txt")
    assert {("柯振邦", "湖泊沉积物磷迁移机理与调控"), ("诸葛岚", "湖泊沉积物磷迁移机理与调控"),
            ("乔松", "冰下溶解氧的观测方法")} <= relations(ex, "MEMBER_OF")
    assert ("柯振邦", "南州大学水文工程系") in relations(ex, "WORKS_AT")


def test_a_person_s_record_whose_project_and_award_values_hold_a_line_each_gives_each_line_s_facts() -> None:
    """`{"name": 甲, "project": "2031-2034 某某研究，某基金（…），负责人\\n…", "award": "甲、乙，“…”，某奖，2033\\n…"}`:
    each line is one of the person's projects or awards (no record's title made of the whole value); a career
    item with no end (`2029-  某大学某学院, 教授，某实验室主任。`) is the job held now, the post the lab's alone."""
    import json

    record = [{"name": "柯振邦", "phone": "010-12345678", "job_title": "教授",
               "work_experience": "2021-2028    北辰大学副教授；\n2029-        南州大学环境学院, 教授、博士生导师，湖冰遥感重点实验室主任。",
               "project": "2031-2034 湖冰遥感识别方法研究，国家自然科学基金（42477215），负责人\n"
                          "2029-2031 冻土路基关键技术研究，北辰省科技计划项目，第二负责人（西岭大学牵头）\n"
                          "2027-2028  湖冰厚度反演方法研究，北辰省科技厅项目，负责",
               "award": "柯振邦、乔松、诸葛岚，“冰湖遥感监测系统设计”，国家自然科学二等奖，2033\n某省优秀科技工作者称号 2030"}]
    ex = extract_text(json.dumps(record, ensure_ascii=False), "teacher.json")
    assert {("柯振邦", "湖冰遥感识别方法研究"), ("柯振邦", "湖冰厚度反演方法研究")} <= relations(ex, "LEADS")
    assert {("柯振邦", "冻土路基关键技术研究"), ("诸葛岚", "冰湖遥感监测系统设计")} <= relations(ex, "MEMBER_OF")
    assert not [n for n in names(ex, "Project") if "\\n" in n or "负责人" in n]
    works = relations(ex, "WORKS_AT")
    assert {("柯振邦", "南州大学环境学院"), ("柯振邦", "南州大学")} <= works and ("柯振邦", "北辰大学") not in works
    assert ("柯振邦", "南州大学") not in relations(ex, "LEADS")


def test_records_whose_fields_a_table_s_columns_title_are_read_by_those_titles() -> None:
    """`export const headers = [{title: "公开(公告)号", prop: "PN"}, {title: "标题", prop: "TITLE"}, …]` beside records
    of `PN`, `TITLE`, `AN`, `IN`: each field read by its column's title (a patent, its applicant and its inventors,
    initialled foreign names among them); the record's key in the database (`PATENT_ID: 9F3A…`) is no number, nor a
    number the record gives under a key no column titles (`APN`); the columns are no records."""
    source = ('export const headers = [{"title": "公开(公告)号", "prop": "PN", "flex": "10"},\n'
              '  {"title": "标题", "prop": "TITLE", "flex": "20"},\n  {"title": "申请(专利权)人", "prop": "AN"},\n'
              '  {"title": "发明人", "prop": "IN", "flex": "auto"}];\n'
              'export const rows = {"data": [{"PATENT_ID": "9F3AC0DE9F3AC0DE9F3AC0DE9F3AC0DE9F3AC0DE", '
              '"TITLE": "一种湖冰监测装置", "AN": ["北辰湖泊科技有限公司"], "IN": ["柯振邦", "K·乔松", "D·J·欧文"], '
              '"APN": "CN203110999888.1", "PN": "CN203111234567A"}]};\n')
    ex = extract_text(source, "patents.txt")
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"CN203111234567A": "一种湖冰监测装置"}
    assert {(p, "CN203111234567A") for p in ("柯振邦", "K·乔松", "D·J·欧文")} <= relations(ex, "INVENTED")
    assert not names(ex, "Project")


def test_a_script_s_publication_records_give_papers_by_their_doi_or_journal_and_patents_by_their_number() -> None:
    """`{num: 8, authors: 'K. Z. Ke, S. Qiao', title: '…', journal: 'Lakes, Ice and Sediments, 2031, 12, 1234', doi:
    '10.1016/…'}`: a paper (authors and journal, a bare DOI), its journal's name holding a comma; `{authors: '柯振邦，
    乔松', title: '一种…方法（发明专利）', journal: '中国，专利号：ZL…'}`: a patent, its inventors in order, no journal."""
    source = ("const publicationsData = {\n  2031: [\n"
              "    { num: 8, authors: 'K. Z. Ke, S. Qiao, Y. Ouyang', title: 'Seasonal ice cover and phosphorus release "
              "in shallow lakes', journal: 'Lakes, Ice and Sediments, 2031, 12, 1234', doi: '10.1016/j.lis.2031.1234' },\n"
              "    { num: 7, authors: '柯振邦，乔松，欧阳舒', title: '一种湖冰厚度的监测方法（发明专利）', "
              "journal: '中国，专利号：ZL203110999777.2', doi: '' }\n  ]\n};\n")
    ex = extract_text(source, "script.txt")
    paper = entity(ex, "Paper", "Seasonal ice cover and phosphorus release in shallow lakes")
    assert (paper.journal, paper.year, paper.volume) == ("Lakes, Ice and Sediments", 2031, "12")
    assert names(ex, "Journal") == {"Lakes, Ice and Sediments"}
    patents = {e.number: e.name for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {"ZL203110999777.2": "一种湖冰厚度的监测方法"}
    inventors = {(r.source, r.order) for r in ex.relations if str(r.type) == "INVENTED"}
    assert inventors == {("柯振邦", 1), ("乔松", 2), ("欧阳舒", 3)}
    assert not names(ex, "Project")


def test_a_record_s_posts_written_in_clauses_are_read_for_its_person() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    module = ('export const people = [\n'
              '  {"name": "柯远山", "title": "教授，博士生导师",\n'
              '   "positions": "历任南州省科技厅副厅长、西岭大学副校长、北辰大学校长等职务"},\n'
              '  {"name": "乔松", "title": "博士，教授",\n'
              '   "positions": "现任南州大学教授，北辰大学湖泊研究所所长"}\n'
              '];\n')
    ex = extract(read_upload(module.encode(), "people.js"))
    assert {("柯远山", "南州省科技厅"), ("柯远山", "西岭大学"), ("柯远山", "北辰大学")} <= relations(ex, "AFFILIATED_WITH")
    assert {("乔松", "南州大学"), ("乔松", "北辰大学湖泊研究所")} <= relations(ex, "WORKS_AT")
    assert ("乔松", "北辰大学湖泊研究所") in relations(ex, "LEADS")


def test_a_patent_export_s_camel_case_lists_of_inventors_and_assignees() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    module = ('export default [\n  {\n    ApplicationNumber: "CN203110123456.7",\n'
              '    Title: "一种湖泊沉积物采样装置",\n    InventorStringList: ["柯远山", "乔松"],\n'
              '    AssigneestringList: ["北辰环境科技有限公司"],\n  },\n];\n')
    ex = extract(read_upload(module.encode(), "patents.js"))
    assert relations(ex, "INVENTED") == {("柯远山", "CN203110123456.7"), ("乔松", "CN203110123456.7")}
    assert relations(ex, "OWNS") == {("北辰环境科技有限公司", "CN203110123456.7")}


def test_a_unit_under_a_post_key_is_where_the_person_is() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    page = ("---\ntitle: 成员\nprofiles:\n  - category: 教师\n    position: 教授\n    name: 柯远山\n"
            "  - category: 合作者\n    name: 乔松\n    position: 西岭大学\n---\n")
    ex = extract(read_upload(page.encode(), "people.md"))
    assert relations(ex, "WORKS_AT") == {("乔松", "西岭大学")}


def test_a_record_s_attachments_are_no_works() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    data = ('[{"title": "湖泊沉积物采样方法研究", "creators": [{"lastName": "柯", "firstName": "远山"}],'
            ' "attachments": [{"title": "Full Text PDF", "mimeType": "application/pdf"}, {"title": "Snapshot"}]}]')
    ex = extract(read_upload(data.encode(), "items.json"))
    assert not {"Full Text PDF", "Snapshot"} & (names(ex, "Project") | names(ex, "Paper"))


def test_a_sub_project_with_a_short_title_and_a_leader_spelt_in_latin_then_in_chinese() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    source = ("DATA = [\n    {\n        'id': '2031YFC1300101',\n        'name': '湖泊沉积物研究',\n"
              "        'institution': '南州大学',\n        'leader': 'KE YUANSHAN\\n（柯远山）',\n        'subjects': [\n"
              "            {\n                'id': '2031YFC1300102',\n                'name': '快速筛选检测',\n"
              "                'institution': '北辰研究所',\n                'leader': '乔松',\n            },\n"
              "        ],\n    },\n]\n")
    ex = extract(read_upload(source.encode(), "projects.py"))
    assert relations(ex, "LEADS") == {("柯远山", "湖泊沉积物研究"), ("乔松", "快速筛选检测")}
    assert ("快速筛选检测", "湖泊沉积物研究") in relations(ex, "PART_OF")


_PAPERS_MODULE = """export default [
  {
    date: 2031,
    paper: {
      name: '湖区灯笼骨架编织技术的传承与变迁  [pdf]',
      authors: '<strong>柯振邦</strong>，诸葛岚，司马青',
      org: '《南州民俗研究》',
      link: 'http://example.org/pdf/1234',
    },
  },
  {
    date: 2030,
    paper: {
      name: '北辰地区乡村学校布局调整的回顾  [pdf]',
      authors: '乔远鸣; 欧阳舒; <b>柯振邦</b>',
      org: '《江河文史》',
      link: 'http://example.org/pdf/5678',
    },
  },
]
"""


def test_a_paper_s_record_names_its_title_and_journal_under_any_key_and_its_authors_through_a_page_s_bold() -> None:
    ex = extract_text(_PAPERS_MODULE, "papers.ts")
    first, second = "湖区灯笼骨架编织技术的传承与变迁", "北辰地区乡村学校布局调整的回顾"
    assert names(ex, "Paper") == {first, second}
    assert relations(ex, "PUBLISHED_IN") == {(first, "南州民俗研究"), (second, "江河文史")}
    assert relations(ex, "AUTHORED") == {("柯振邦", first), ("诸葛岚", first), ("司马青", first),
                                         ("乔远鸣", second), ("欧阳舒", second), ("柯振邦", second)}
    assert not names(ex, "Organization")


_PROFILE_YAML = """- name: 柯振邦<br>Zhenbang Ke
  photo: ke.jpg
  info: 北辰人，硕士研究生导师，研究湖泊水质模拟。现兼任北辰市水利学会理事。
  education1: 2031.9-至今  <br>副教授，南州大学  <br>Associate Professor
  education2: 2025.9-2031.6  <br>博士，水文学，北辰大学
"""


def test_a_profile_names_its_person_over_the_latin_spelling_and_its_numbered_dated_lines_are_the_career() -> None:
    ex = extract_text(_PROFILE_YAML, "pi.yml")
    assert names(ex, "Person") == {"柯振邦"}
    assert ("柯振邦", "南州大学") in relations(ex, "WORKS_AT")
    assert ("柯振邦", "北辰大学") in relations(ex, "AFFILIATED_WITH")
    assert ("柯振邦", "北辰市水利学会") in relations(ex, "AFFILIATED_WITH")


def test_a_title_a_program_s_string_quotes_with_escaped_quotes_is_read_without_the_escape() -> None:
    source = ('public class NewsTest {\n    String body = "<p>北辰大学水利学院诸葛岚教授团队牵头的重点专项\\"湖区灯笼骨架编织技术研究\\"'
              '项目近日启动。</p>";\n}\n')
    ex = extract_text(source, "NewsTest.java")
    assert names(ex, "Project") >= {"湖区灯笼骨架编织技术研究"}
    assert not {n for n in names(ex, "Project") if "\\" in n}


_STAFF_LINES = (
    '{"department": "水利学院", "name": "柯振邦", "major": "水文系，洪水预报", "title": "教授，博导", '
    '"position": "党委书记兼院长助理"}\n'
    '{"department": "水利学院", "name": "诸葛岚", "major": "水文系，水质模拟", "title": "副教授、硕士研究生导师", '
    '"position": "教工第二党支部书记"}\n'
)


def test_a_staff_record_s_party_secretary_leads_the_unit_and_a_department_s_own_branch_is_no_unit() -> None:
    ex = extract_text(_STAFF_LINES, "staff.jsonl")
    assert relations(ex, "LEADS") == {("柯振邦", "水利学院")}
    works = {(r.source, r.title) for r in ex.relations if str(r.type) == "WORKS_AT" and r.target == "水利学院"}
    assert works == {("柯振邦", "教授，博导"), ("诸葛岚", "副教授、硕士研究生导师")}
    assert names(ex, "Organization") == {"水利学院"} and names(ex, "Person") == {"柯振邦", "诸葛岚"}
    assert not names(ex, "Project")


def test_a_project_record_s_fund_is_the_programme_it_is_part_of() -> None:
    ex = extract_text("export const projects = [\n"
                      "  { title: '湖区灯笼骨架编织技术研究', leader: '柯振邦', fund: '国家自然科学基金面上项目', year: '2031-2034' },\n"
                      "  { title: '北辰地区乡村学校布局优化方法', leader: '诸葛岚', fund: '南州省自然科学基金', year: '2031-2033' },\n]\n",
                      "projects.js")
    assert relations(ex, "PART_OF") == {("湖区灯笼骨架编织技术研究", "国家自然科学基金面上项目"),
                                        ("北辰地区乡村学校布局优化方法", "南州省自然科学基金")}
    assert relations(ex, "LEADS") == {("柯振邦", "湖区灯笼骨架编织技术研究"), ("诸葛岚", "北辰地区乡村学校布局优化方法")}


def test_an_award_record_s_completers_and_units_in_english_keys_are_its_members_and_units_in_order() -> None:
    ex = extract_text("const awards = [\n"
                      "  { projectName: '湖区灯笼骨架编织技术', awardName: '湖南省科学技术进步奖', level: '二等奖',\n"
                      "    completers: '柯振邦、诸葛岚、司马青', units: '南州大学、北辰灯具有限公司' },\n];\n", "awards.js")
    project = "湖区灯笼骨架编织技术"
    assert [(r.source, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"] == [
        ("柯振邦", 1), ("诸葛岚", 2), ("司马青", 3)]
    assert relations(ex, "UNIT_OF") == {("南州大学", project), ("北辰灯具有限公司", project)}


def test_a_database_export_s_pinyin_keys_name_the_project_its_leader_and_unit() -> None:
    ex = extract_text('{"rows": [{"xmmc": "湖区灯笼骨架编织技术研究", "xmfzr": "柯振邦", "ssdw": "南州大学文学院",'
                      ' "xmbh": "2031NZ0107", "pzje": "12"}]}', "export.json")
    project = "湖区灯笼骨架编织技术研究"
    assert relations(ex, "LEADS") == {("柯振邦", project)}
    assert ("柯振邦", "南州大学文学院") in relations(ex, "WORKS_AT")
    assert entity(ex, "Project", project).code == "2031NZ0107"


def test_a_paper_s_record_with_its_authors_in_a_list_is_a_paper_and_a_patent_s_name_is_its_title() -> None:
    ex = extract_text("export const works = [\n"
                      "  { title: '灯笼骨架的竹材力学性能', authors: ['柯振邦', '诸葛岚'] },\n"
                      "  { title: '湖区民居的采光模拟', author: ['诸葛岚'], journal: '南州建筑学报' },\n"
                      "  { name: '一种灯笼骨架的编织装置', inventor: '柯振邦；司马青', number: 'ZL203110012345.6' },\n"
                      "  { title: '北辰灯会见闻', author: '乔远鸣', content: '本报讯 北辰灯会昨日开幕。' },\n];\n", "works.js")
    assert names(ex, "Paper") == {"灯笼骨架的竹材力学性能", "湖区民居的采光模拟"}
    assert relations(ex, "AUTHORED") == {("柯振邦", "灯笼骨架的竹材力学性能"), ("诸葛岚", "灯笼骨架的竹材力学性能"),
                                        ("诸葛岚", "湖区民居的采光模拟")}
    assert names(ex, "Patent") == {"一种灯笼骨架的编织装置"}
    assert {r.source for r in ex.relations if str(r.type) == "INVENTED"} == {"柯振邦", "司马青"}
    assert "灯笼骨架的竹材力学性能" not in names(ex, "Project")  # (and a news item's writer makes no paper of it)


_NEWS_YAML = """- title: 南州大学灯具研究所与北辰灯具有限公司签署合作协议
  date: 2031-04-12
  content: |
    4月10日，南州大学灯具研究所与北辰灯具有限公司签署合作协议。南州大学副校长欧阳舒、北辰灯具有限公司董事长乔松出席签约仪式并致辞。
"""


def test_a_dated_news_item_s_title_is_a_headline_read_as_prose_not_a_project() -> None:
    item = _NEWS_YAML.splitlines()
    as_json = json.dumps([{"title": item[0][len("- title: "):], "date": "2031-04-12", "content": item[3].strip()}],
                         ensure_ascii=False)
    for text, name in ((_NEWS_YAML, "news.yml"), (as_json, "news.json")):  # (a block of YAML lines, a JSON string)
        ex = extract_text(text, name)
        assert not names(ex, "Project"), name
        assert ("乔松", "北辰灯具有限公司") in relations(ex, "WORKS_AT")
        assert ("欧阳舒", "南州大学") in relations(ex, "WORKS_AT")


_CREATORS = """{
  "itemType": "journalArticle",
  "title": "湖区灯笼骨架的竹材力学性能",
  "creators": [
    {"firstName": "", "lastName": "柯振邦", "creatorType": "author", "fieldMode": 1},
    {"lastName": "诸", "firstName": "葛岚", "creatorType": "author"},
    {"firstName": "", "lastName": "司马青", "creatorType": "editor", "fieldMode": 1}
  ],
  "date": "2031-11-19",
  "abstractNote": "灯笼骨架多用竹材。本文测得三种竹材的弯曲强度。结果可用于骨架设计。",
  "publicationTitle": "南州建筑学报",
  "attachments": [{"url": "https://example.org/a.pdf", "title": "PDF"}]
}"""


def test_a_reference_manager_s_item_names_its_authors_as_creators_and_its_abstract_makes_no_news() -> None:
    ex = extract_text(_CREATORS, "item.json")
    paper = "湖区灯笼骨架的竹材力学性能"
    assert names(ex, "Paper") == {paper}
    assert [(r.source, r.order) for r in ex.relations if str(r.type) == "AUTHORED"] == [("柯振邦", 1), ("诸葛岚", 2)]
    assert relations(ex, "PUBLISHED_IN") == {(paper, "南州建筑学报")}
    assert not names(ex, "Project")  # (a link's label `PDF` is no project)


def test_a_script_s_table_data_in_pinyin_keys_is_read_by_its_keys_not_as_front_matter() -> None:
    ex = extract_text('var tableData = [{\n    xh: "1",\n    cgmc: "湖区灯笼骨架编织技术",\n    wcr: "柯振邦,诸葛岚",\n'
                      '    wcdw: "南州大学,北辰灯具有限公司",\n    dj: "一等奖"\n}];\n', "list.js")
    project = "湖区灯笼骨架编织技术"
    assert [(r.source, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"] == [("柯振邦", 1), ("诸葛岚", 2)]
    assert relations(ex, "UNIT_OF") == {("南州大学", project), ("北辰灯具有限公司", project)}


def test_the_people_a_project_s_record_lists_as_objects_are_its_members_at_their_units() -> None:
    ex = extract_text("const list = [\n"
                      "  { name: '湖区灯笼骨架编织技术', people: [{ name: '柯振邦', unit: '南州大学' }, { name: '诸葛岚', unit: "
                      "'北辰灯具有限公司' }], prize: '科技进步奖一等奖' },\n"
                      "  { name: '乡村学校布局优化方法', members: [{ name: '乔远鸣' }, { name: '欧阳舒' }], prize: '二等奖' },\n];\n",
                      "awards.js")
    first, second = "湖区灯笼骨架编织技术", "乡村学校布局优化方法"
    assert relations(ex, "MEMBER_OF") == {("柯振邦", first), ("诸葛岚", first), ("乔远鸣", second), ("欧阳舒", second)}
    assert relations(ex, "WORKS_AT") == {("柯振邦", "南州大学"), ("诸葛岚", "北辰灯具有限公司")}
    assert not relations(ex, "PART_OF")


def test_a_news_item_s_inline_tags_are_no_words_and_its_headline_names_no_unit() -> None:
    story = ('<p>4月10日，南州大学与北辰灯具有限公司共建的灯具联合实验室揭牌。</p><p>南州大学副校长<strong>欧阳舒</strong>、'
             '北辰灯具有限公司总经理<a href=\\"/p/1\\">乔松</a>出席。</p>')
    ex = extract_text('{"list": [{"title": "我校与北辰灯具有限公司共建联合实验室", "publishTime": "2031-04-12 09:30:00", '
                      f'"content": "{story}"}}]}}', "news.json")
    assert relations(ex, "WORKS_AT") >= {("欧阳舒", "南州大学"), ("乔松", "北辰灯具有限公司")}
    assert not any(n.startswith("我校") for n in names(ex, "Organization"))
    assert not names(ex, "Project")
