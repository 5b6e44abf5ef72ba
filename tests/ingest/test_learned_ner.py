"""The learned tagger: what the model proposes, and how our word lists extend, veto and label it."""

from __future__ import annotations

import pytest

from ingest.nlp import recognise
from ingest.nlp.components import jieba_dictionary
from ingest.nlp.found import Found
from ingest.nlp.learned import (
    LearnedRecognizer,
    complete_org,
    department_into_unit,
    join_overlapping_orgs,
    parted_at_joining_verbs,
    to_found,
)
from ingest.nlp.learned_lexicon import feature_lexicon
from ingest.nlp.learned_merge import compound_parts, merge_proposals
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.org_bounds import tokenize
from ingest.nlp.pipeline import build_nlp, spans_of
from ingest.nlp.tagger import TaggedSpan, Tagger, model_path, read_spans, sentence_bounds
from tests.ingest.facts import extract_text, names

LEX = load_lexicon()
FEATURES = feature_lexicon()
TAGS = jieba_dictionary()[0]


def test_tags_read_back_as_spans() -> None:
    labels = ["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-POS", "B-POS", "I-GOV"]
    assert read_spans(labels) == [
        TaggedSpan(0, 2, "PER"), TaggedSpan(3, 5, "ORG"), TaggedSpan(5, 6, "POS"), TaggedSpan(6, 7, "POS"),
        TaggedSpan(7, 8, "GOV"),
    ]


def test_long_paragraphs_are_tagged_in_sentences_that_cover_the_text() -> None:
    text = ("某某项目进展顺利，" * 40) + "结束"
    bounds = sentence_bounds(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(end - start <= 200 and text[end - 1] == "，" for start, end in bounds[:-1])


def test_a_title_is_never_part_of_a_name() -> None:
    text = "据贺文涛教授介绍"
    found = to_found(text, TaggedSpan(1, 6, "PER"), LEX, FEATURES)
    assert found is not None and text[found.start:found.end] == "贺文涛" and found.label == "PERSON"
    assert to_found("教授说", TaggedSpan(0, 2, "PER"), LEX, FEATURES) is None
    text = "副院长柏青山表示"  # the model's span starts inside the position word
    found = to_found(text, TaggedSpan(2, 6, "PER"), LEX, FEATURES)
    assert found is not None and text[found.start:found.end] == "柏青山"


def test_a_name_stops_at_punctuation_and_needs_two_characters() -> None:
    text = "记者 钱明远，孙可欣）新的"
    found = to_found(text, TaggedSpan(7, 11, "PER"), LEX, FEATURES)
    assert found is not None and text[found.start:found.end] == "孙可欣"
    assert to_found("陈先生说", TaggedSpan(0, 1, "PER"), LEX, FEATURES) is None
    latin = to_found("首席执行官Mark Stone认为", TaggedSpan(5, 15, "PER"), LEX, FEATURES)
    assert latin is not None and (latin.start, latin.end) == (5, 15)


def test_the_parts_of_a_foreign_name_stay_together() -> None:
    for text in ("他的学生福雷斯特-阿伦成为教练", "建筑师理查德•迈尔设计", "导演弗朗西斯·福德·科波拉的作品"):
        start = text.index("师" if "师" in text else "生" if "生" in text else "演") + 1
        end = next(i for i in range(start, len(text)) if text[i] in "成设的")
        found = to_found(text, TaggedSpan(start, end, "PER"), LEX, FEATURES, TAGS)
        assert found is not None and (found.start, found.end) == (start, end), text
    found = to_found("学生陈-", TaggedSpan(2, 4, "PER"), LEX, FEATURES, TAGS)
    assert found is None  # a hyphen with no name after it ends the name, and one character is none


def test_an_ending_jieba_calls_a_conjunction_stays_on_the_name() -> None:
    for text, name in (("近日，东湖派出所接到举报", "东湖派出所"), ("北川律师事务所律师", "北川律师事务所"),
                       ("东川大学与西岭医院", "东川大学")):
        found = to_found(text, TaggedSpan(text.index(name), text.index(name) + len(name) + (name == "东川大学"), "ORG"),
                         LEX, FEATURES, TAGS)
        assert found is not None and text[found.start:found.end] == name, text


def test_a_counted_or_bare_ending_is_no_organization() -> None:
    assert to_found("累计建成研发中心达39家", TaggedSpan(4, 8, "ORG"), LEX, FEATURES) is None
    assert to_found("有10家研发中心", TaggedSpan(4, 8, "ORG"), LEX, FEATURES) is None
    assert to_found("中心今年新增设备", TaggedSpan(0, 2, "ORG"), LEX, FEATURES) is None
    agency = to_found("发改委发布通知", TaggedSpan(0, 3, "GOV"), LEX, FEATURES)
    assert agency is not None and agency.kind == "government"


def test_an_organization_ending_completes_a_cut_name() -> None:
    text = "东川理工大学发布消息"
    assert complete_org(text, 0, 5, FEATURES) == 6  # 东川理工大|学
    found = to_found(text, TaggedSpan(0, 5, "ORG"), LEX, FEATURES)
    assert found is not None and (found.end, found.kind) == (6, "university")
    # an ending right after a whole name is another word, not part of it
    assert complete_org("青禾银行企业部", 0, 4, FEATURES) == 4


def _org(text: str, read: str) -> str | None:
    """Our organization for the model's reading `read` of `text`."""
    start = text.index(read)
    found = to_found(text, TaggedSpan(start, start + len(read), "ORG"), LEX, FEATURES, TAGS)
    return None if found is None else text[found.start:found.end]


def test_words_the_model_glues_to_an_organization_are_cut_off() -> None:
    assert _org("该项目联合东川理工大学共同完成", "联合东川理工大学") == "东川理工大学"  # a verb before
    assert _org("项目由青禾材料有限公司牵头", "由青禾材料有限公司") == "青禾材料有限公司"  # a preposition
    assert _org("东川理工大学与西岭医院", "东川理工大学与") == "东川理工大学"  # a conjunction after
    assert _org("北港大学（英国）的学者", "北港大学（英国") == "北港大学"  # a bracket it does not close
    assert _org("东川大学校长柯远航", "东川大学校") == "东川大学"  # 校 of 校长
    assert _org("西岭大学化学系主任", "西岭大学化学系") == "西岭大学化学系"  # 主任 is a post: 系 stays
    assert _org("来自某县人民医院的医生", "县人民医院") is None  # 某: a kind of unit, no name
    assert _org("我校材料工程学院柯远航教授", "我校材料工程学院") == "材料工程学院"  # our school: context, no name
    assert _org("原青溪市第三勘察设计院总工程师", "原青溪市第三勘察设计院") == "青溪市第三勘察设计院"  # held before
    assert _org("中国原子能科学研究院院长", "原子能科学研究院") == "原子能科学研究院"  # 原子: a word of the name
    assert _org("前沿交叉科学研究院", "前沿交叉科学研究院") == "前沿交叉科学研究院"


def test_a_verb_the_model_reads_into_a_long_name_is_cut_off() -> None:
    found = to_found("甘慕白当选理事长", TaggedSpan(0, 5, "PER"), LEX, FEATURES, TAGS)
    assert found is not None and (found.start, found.end) == (0, 3)


def test_a_department_the_model_reads_into_a_post_joins_the_unit_before_it() -> None:
    text = "曾任西岭大学化学系主任、江北省科学技术厅高新处处长和南湖医院党委书记"
    spans = [TaggedSpan(2, 6, "ORG"), TaggedSpan(6, 11, "POS"), TaggedSpan(12, 20, "GOV"), TaggedSpan(20, 25, "POS"),
             TaggedSpan(26, 30, "ORG"), TaggedSpan(30, 34, "POS")]
    out = [(text[s.start:s.end], s.label) for s in department_into_unit(text, spans, FEATURES)]
    assert out == [("西岭大学化学系", "ORG"), ("主任", "POS"), ("江北省科学技术厅高新处", "GOV"), ("处长", "POS"),
                   ("南湖医院", "ORG"), ("党委书记", "POS")]  # 党委书记 is a post of its own


def test_a_span_of_the_model_over_two_units_and_the_verb_joining_them_is_two_units() -> None:
    text = "北辰省科技厅会同南州市财政局制定办法，西岭大学联合实验室成立"
    spans = [TaggedSpan(0, 14, "GOV"), TaggedSpan(19, 28, "ORG")]
    out = [(text[s.start:s.end], s.label) for s in parted_at_joining_verbs(text, spans)]
    assert out == [("北辰省科技厅", "GOV"), ("南州市财政局", "GOV"), ("西岭大学联合实验室", "ORG")]
    found = names(extract_text("北辰省科技厅会同南州市财政局制定了本办法。\n"), "Organization")
    assert found == {"北辰省科技厅", "南州市财政局"}


def test_organizations_the_model_cut_in_two_are_joined() -> None:
    text = "北辰材料重点实验室建设与运行管理委员会召开会议，东川大学化学学院"
    lab = Found(0, 9, "ORG", "lab")
    assert join_overlapping_orgs(text, [Found(0, 9, "ORG", "lab"), Found(7, 19, "ORG", "other")]) == [
        Found(0, 19, "ORG", "other")]  # overlapping once 实验室 completed the first
    assert join_overlapping_orgs(text, [lab, Found(9, 19, "ORG", "other")]) == [Found(0, 19, "ORG", "other")]
    # a unit and its school stay two: the second is named by a unit's ending, not by its work
    assert len(join_overlapping_orgs(text, [Found(24, 28, "ORG", "university"), Found(28, 32, "ORG", "other")])) == 2


def test_the_model_label_gives_the_kind_only_where_the_ending_does_not() -> None:
    text = "青禾控股与江北省商务厅"
    company = to_found(text, TaggedSpan(0, 4, "COM"), LEX, FEATURES)
    government = to_found(text, TaggedSpan(5, 11, "GOV"), LEX, FEATURES)
    assert company is not None and company.kind == "company"
    assert government is not None and government.kind == "government"
    unit = to_found("江北大学", TaggedSpan(0, 4, "COM"), LEX, FEATURES)
    assert unit is not None and unit.kind == "university"


def test_titles_and_positions_are_told_apart_by_our_lists() -> None:
    title = to_found("副研究员", TaggedSpan(0, 4, "POS"), LEX, FEATURES)
    position = to_found("总经理", TaggedSpan(0, 3, "POS"), LEX, FEATURES)
    assert title is not None and title.label == "TITLE"
    assert position is not None and position.label == "POSITION"


def test_the_shipped_model_finds_names_it_has_never_seen() -> None:
    assert (model_path() / "ner.onnx").is_file()
    Tagger()  # loads
    text = "据悉，西岭新材料股份有限公司董事长戚南舟与东川理工大学副校长闻若溪签署了合作协议。"
    spans = {(s["label"], s["text"]) for s in recognise(text)}
    assert {("PERSON", "戚南舟"), ("PERSON", "闻若溪")} <= spans
    assert ("ORG", "西岭新材料股份有限公司") in spans and ("ORG", "东川理工大学") in spans
    assert {("POSITION", "董事长"), ("POSITION", "副校长")} <= spans


def test_a_name_never_runs_over_a_line_break() -> None:
    text = "第一行\n\n经研究决定"
    bounds = sentence_bounds(text)
    assert all("\n" not in text[s:e].rstrip("\n") for s, e in bounds)
    spans = recognise("江州大学\n\n经学校党委研究，任命韦建平为副校长。")
    assert all("\n" not in s["text"] for s in spans)


def test_cells_english_titles_and_dictionary_verbs_are_vetoed() -> None:
    row = "东川理工大学|高温合金叶片研究"
    cut = to_found(row, TaggedSpan(0, 14, "ORG"), LEX, FEATURES)
    assert cut is not None and row[cut.start:cut.end] == "东川理工大学"
    title = "发表论文AnalysisOfSupplyChains一文"
    assert to_found(title, TaggedSpan(4, 26, "ORG"), LEX, FEATURES) is None
    assert to_found("NBA球队", TaggedSpan(0, 3, "ORG"), LEX, FEATURES) is not None
    tags = {"应邀": "v"}
    assert to_found("他应邀出席", TaggedSpan(1, 3, "PER"), LEX, FEATURES, tags) is None
    assert to_found("柏青山应邀出席", TaggedSpan(0, 3, "PER"), LEX, FEATURES, tags) is not None


def _merge(text: str, proposed: list[Found], rules: list[Found]) -> tuple[list[str], list[str]]:
    added, replaced = merge_proposals(text, tokenize(text), proposed, rules, LEX, FEATURES)
    return [text[f.start:f.end] for f in added], [text[f.start:f.end] for f in replaced]


def _at(text: str, word: str, label: str, kind: str | None = None) -> Found:
    start = text.index(word)
    return Found(start, start + len(word), label, kind)


def test_where_the_rules_read_a_name_the_model_s_longer_reading_is_not_taken() -> None:
    text = "论文由柏青山和戚南舟完成"
    rules = [_at(text, "柏青山", "PERSON"), _at(text, "戚南舟", "PERSON")]
    assert _merge(text, [_at(text, "柏青山和", "PERSON")], rules) == ([], [])


def test_where_the_rules_found_nothing_a_vetted_name_is_added() -> None:
    text = "据悉，韦望舒近日当选，同时获奖的还有萨克森堡团队，奖项由ABC协会颁发。"
    proposed = [_at(text, "韦望舒", "PERSON"), _at(text, "萨克森堡", "PERSON"), _at(text, "ABC", "PERSON")]
    assert _merge(text, proposed, []) == (["韦望舒"], [])  # no surname; an acronym
    text = "该奖由何柏何林基金设立"  # two 'names' with nothing between them: one word
    assert _merge(text, [_at(text, "何柏", "PERSON"), _at(text, "何林", "PERSON")], [])[0] == []


def test_the_model_s_organizations_need_an_ending_and_whole_words() -> None:
    text = "江北省红十字会、东川多个研究所、西岭市科技系统、江北医学奖评审委员会和NBC参加了东川学会科学技术奖颁奖大会"
    proposed = [_at(text, w, "ORG", "other") for w in
                ("江北省红十字会", "东川多个研究所", "西岭市科技系统", "奖评审委员会", "NBC", "东川学会科学技",
                 "东川学会科学技术奖颁奖大会")]
    assert _merge(text, proposed, [])[0] == ["江北省红十字会"]


def test_the_model_completes_an_organization_the_rules_cut_at_a_conjunction() -> None:
    text = "周明远（东川师范大学材料科学与工程学院院长）"
    university = _at(text, "东川师范大学", "ORG", "university")
    whole = _at(text, "东川师范大学材料科学与工程学院", "ORG", "other")
    added, replaced = merge_proposals(text, tokenize(text), [whole], [university], LEX, FEATURES)
    assert [text[f.start:f.end] for f in added] == ["东川师范大学材料科学与工程学院"] and replaced == [university]
    assert added[0].parts == (len("东川师范大学"),)  # the rules' organization stays its parent
    two = "东川师范大学与西岭大学签约"  # two units joined by 与: the rules' reading stands
    pieces = [_at(two, "东川师范大学", "ORG", "university"), _at(two, "西岭大学", "ORG", "university")]
    assert _merge(two, [_at(two, "东川师范大学与西岭大学", "ORG", "university")], pieces) == ([], [])


def test_a_role_word_read_inside_an_organization_s_word_gives_way_to_it() -> None:
    text = "江北省卫生健康委员会副主任柯雨桐"
    role = _at(text, "委员", "POSITION")
    assert _merge(text, [_at(text, "江北省卫生健康委员会", "ORG", "government")], [role]) == (
        ["江北省卫生健康委员会"], ["委员"])
    person = _at(text, "柯雨桐", "PERSON")  # never over a person the rules read
    assert _merge(text, [Found(person.start - 3, person.end, "ORG", "other")], [person]) == ([], [])


def test_the_model_adds_to_the_rules_and_changes_none_of_their_names() -> None:
    texts = ["论文作者戚南舟和祁望舒，通讯作者为东川大学韦望舒。",
             "江北省卫生健康委员会副主任柯雨桐、西岭市红十字会会长闻若溪出席。",
             "获奖者柏青山和荀若谷，由东川师范大学材料科学与工程学院推荐。"]
    rules, both = build_nlp(learned=False), build_nlp(learned=True)
    for text in texts:
        alone = {(s["start"], s["end"]) for s in spans_of(rules(text)) if s["label"] == "PERSON"}
        merged = {(s["start"], s["end"]) for s in spans_of(both(text)) if s["label"] == "PERSON"}
        assert alone <= merged
    spans = {(s["label"], s["text"]) for s in spans_of(both(texts[1]))}
    assert {("ORG", "江北省卫生健康委员会"), ("ORG", "西岭市红十字会")} <= spans


def test_the_model_s_department_and_the_post_it_leaves_replace_the_rules_compound_post() -> None:
    text = "曾任西岭大学化学系主任"
    rule_role = _at(text, "系主任", "POSITION")
    added, replaced = merge_proposals(text, tokenize(text), [_at(text, "西岭大学化学系", "ORG", "other")], [rule_role],
                                      LEX, FEATURES)
    assert [(text[f.start:f.end], f.label) for f in added] == [("西岭大学化学系", "ORG"), ("主任", "POSITION")]
    assert replaced == [rule_role] and added[0].parts == (len("西岭大学"),)


def test_a_unit_the_model_read_into_a_post_is_taken_as_a_unit() -> None:
    text = "全国政协常委会副主席柯雨桐"
    role = _at(text, "副主席", "POSITION")
    added, _ = merge_proposals(text, tokenize(text), [_at(text, "全国政协常委会副主席", "POSITION")], [role], LEX, FEATURES)
    assert [(text[f.start:f.end], f.label) for f in added] == [("全国政协常委会", "ORG")]
    termed = "第十二届、十三届青溪省人大常委会副主任柏青山"  # the body's term is no part of its name
    role = _at(termed, "副主任", "POSITION")
    proposal = _at(termed, "十三届青溪省人大常委会副主任", "POSITION")
    added, _ = merge_proposals(termed, tokenize(termed), [proposal], [role], LEX, FEATURES)
    assert [(termed[f.start:f.end], f.label) for f in added] == [("青溪省人大常委会", "ORG")]


def test_a_whole_list_item_the_rules_read_less_a_rare_surname_is_the_model_s_name() -> None:
    text = "赵若溪（东川大学教授）\n别若谷（东川大学副教授）"
    rule = _at(text, "若谷", "PERSON")
    assert _merge(text, [_at(text, "别若谷", "PERSON")], [rule]) == (["别若谷"], ["若谷"])
    inside = "他与别若谷的合作"  # not a whole item: the rules' reading stands
    assert _merge(inside, [_at(inside, "别若谷", "PERSON")], [_at(inside, "若谷", "PERSON")]) == ([], [])


def test_a_name_between_a_unit_and_a_title_keeps_a_surname_that_is_also_a_preposition() -> None:
    text = "东川大学物理学院于望舒教授获奖"
    rules = [_at(text, "东川大学物理学院", "ORG"), _at(text, "望舒", "PERSON"), _at(text, "教授", "TITLE")]
    assert _merge(text, [_at(text, "于望舒", "PERSON")], rules) == (["于望舒"], ["望舒"])
    verb = "该成果发表于望舒主编的期刊"  # no unit before it: 于 is the preposition
    rules = [_at(verb, "望舒", "PERSON")]
    assert _merge(verb, [_at(verb, "于望舒", "PERSON")], rules) == ([], [])


def test_a_preposition_the_rules_read_as_a_surname_gives_way_to_the_model_s_name() -> None:
    text = "理事长由柯远航担任"
    assert _merge(text, [_at(text, "柯远航", "PERSON")], [_at(text, "由柯", "PERSON")]) == (["柯远航"], ["由柯"])
    other = "理事长贺柯远担任"  # a surname that is no preposition: the rules' reading stands
    assert _merge(other, [_at(other, "柯远", "PERSON")], [_at(other, "贺柯", "PERSON")]) == ([], [])


def test_a_department_of_a_commission_or_a_hospital_has_the_body_as_its_unit() -> None:
    assert compound_parts("东川省科学基金委员会化学部") == (10,)
    assert compound_parts("西岭医科大学附属医院心内科") == (6, 10)
    assert compound_parts("东川省卫生健康委员会") == ()  # the body alone
    assert compound_parts("东川医院协会") == ()  # a society of hospitals, no hospital


def test_kg_ner_reads_prose_with_the_model_leading_and_documents_with_the_rules() -> None:
    assert build_nlp(lead="model").pipe_names == ["kg_learned", "kg_entities"]
    assert build_nlp().pipe_names == ["kg_roles", "kg_orgs", "kg_persons", "kg_learned", "kg_entities"]
    with pytest.raises(ValueError, match="lead 'both'"):
        LearnedRecognizer("kg_learned", "both")


def test_a_unit_the_text_likens_something_to_is_no_name() -> None:
    assert _org("作为先进材料领域的“摇篮学院”，学校培养了大批人才", "摇篮学院") is None
    assert _org("学校与“摇篮学院”合作", "摇篮学院") == "摇篮学院"


def test_texts_tagged_together_read_as_each_alone() -> None:
    tagger = Tagger()
    texts = ["东川理工大学的柯远航教授表示。", "", "第一行\n西岭医院院长周明远说，项目由青禾材料有限公司牵头。", "好"]
    assert tagger.spans_many(texts) == [tagger.spans(text) for text in texts]
    nlp = build_nlp()
    assert [spans_of(doc) for doc in nlp.pipe(texts)] == [spans_of(nlp(text)) for text in texts]


def test_a_laureate_s_chair_is_a_title_and_formerly_held_no_name() -> None:
    """`北辰大学桂冠教授`: a title, no person 桂冠; `。曾任某院院长`: 曾 says formerly, no person 曾任."""
    ex = extract_text("柯振邦现任南州大学讲席教授、北辰大学桂冠教授。西岭省特聘专家。曾任西岭大学环境学院院长。")
    assert names(ex, "Person") == {"柯振邦"}


def test_a_longer_title_opening_inside_the_post_the_segmenter_read_is_the_title() -> None:
    """`研究所长聘教轨副教授`: the segmenter reads 所长, but a tenure-track associate professor stands there; the person
    works at the institute with that title, and holds no post."""
    ex = extract_text("此外，南州大学湖泊研究所长聘教轨副教授乔远鸣获奖。")
    works = {(r.source, r.target, r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("乔远鸣", "南州大学湖泊研究所", "长聘教轨副教授", None) in works
    assert not [r for r in ex.relations if str(r.type) == "LEADS"]


def test_a_type_of_unit_the_model_reads_after_a_verb_is_no_unit() -> None:
    """`致力于建设研究型大学`: a type of university, none; `重型机械集团`, `新型材料研究院` are names."""
    ex = extract_text("南州大学致力于建设研究型大学。北辰学院正在建设高水平研究型大学。西岭重型机械集团和东湖新型材料研究院签约。\n")
    units = names(ex, "Organization")
    assert not [n for n in units if "研究型" in n]
    assert {"南州大学", "北辰学院", "西岭重型机械集团", "东湖新型材料研究院"} <= units


def test_a_party_s_central_committee_named_by_the_party_alone_is_a_unit() -> None:
    """`中共中央`, `民盟中央`, `党中央`: the party's central committee, a body of its own beside the government."""
    ex = extract_text("中共中央、国务院印发了西岭规划。民盟中央副主席柯远山出席。党中央高度重视西岭的发展。\n")
    assert {"中共中央", "民盟中央", "党中央", "国务院"} <= names(ex, "Organization")
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("柯远山", "民盟中央") in works
