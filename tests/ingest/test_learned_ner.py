"""The learned tagger: what the model proposes, and how our word lists extend, veto and label it."""

from __future__ import annotations

from ingest.nlp import recognise
from ingest.nlp.found import Found
from ingest.nlp.learned import (
    complete_org,
    drop_orgs_named_as_persons,
    named_rule_persons,
    prefer_rule_orgs,
    prefer_rule_persons,
    to_found,
)
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.tagger import TaggedSpan, Tagger, model_path, read_spans, sentence_bounds
from ingest.nlp.tagger_features import feature_lexicon, sentence_features

LEX = load_lexicon()
FEATURES = feature_lexicon()


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


def test_every_character_gets_features_from_its_word_and_the_word_lists() -> None:
    text = "柳青山任东川大学校长"
    words = [(0, 3), (3, 4), (4, 8), (8, 10)]
    feats = sentence_features(text, words, {"校长": "n"}, FEATURES)
    assert len(feats) == len(text)
    assert "sur" in feats[0] and "c=柳" in feats[0]
    assert "sfxE=university" in feats[7]  # 大学 ends here
    assert "roleB=P" in feats[8] and "wt=Bn" in feats[8]
    assert "wt=Bunk" in feats[0]  # a word jieba's dictionary lacks: often a name


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
    assert model_path().is_file()
    Tagger()  # loads
    text = "据悉，西岭新材料股份有限公司董事长戚南舟与东川理工大学副校长闻若溪签署了合作协议。"
    spans = {(s["label"], s["text"]) for s in recognise(text)}
    assert {("PERSON", "戚南舟"), ("PERSON", "闻若溪")} <= spans
    assert ("ORG", "西岭新材料股份有限公司") in spans and ("ORG", "东川理工大学") in spans
    assert {("POSITION", "董事长"), ("POSITION", "副校长")} <= spans


def test_rules_mend_organizations_the_model_cut_or_ran_on() -> None:
    pieces = [Found(0, 3, "ORG", "other"), Found(3, 9, "ORG", "government")]
    whole = Found(0, 9, "ORG", "government")
    assert prefer_rule_orgs(pieces, [whole], []) == [whole]
    compound = Found(0, 12, "ORG", "hospital", (6,))
    assert prefer_rule_orgs([Found(0, 12, "ORG", "hospital")], [compound], []) == [compound]
    # 某医科院|某某: the model ran the name of the unit on into the person after it
    unit, person = Found(0, 5, "ORG", "research_institute"), Found(5, 8, "PERSON")
    assert prefer_rule_orgs([Found(0, 8, "ORG", "other")], [unit], [person]) == [unit]
    # one name the rules read longer is left as the model read it
    assert prefer_rule_orgs([Found(0, 4, "ORG", "company")], [Found(0, 9, "ORG", "company")], []) == [
        Found(0, 4, "ORG", "company")]


def test_a_name_next_to_a_title_is_a_person_not_an_organization() -> None:
    text = "中心主任欧阳景澄研究员表示"
    rule_person = Found(4, 8, "PERSON")
    assert drop_orgs_named_as_persons(text, [Found(4, 8, "ORG", "other")], [rule_person], LEX, FEATURES) == []
    club = "沙河联队击败对手"  # no title or reporting verb next to it: the model is trusted
    kept = [Found(0, 4, "ORG", "other")]
    assert drop_orgs_named_as_persons(club, kept, [Found(0, 3, "PERSON")], LEX, FEATURES) == kept
    typo = "院长长柏青山表示"
    assert prefer_rule_persons(typo, [Found(2, 6, "PERSON")], [Found(3, 6, "PERSON")], LEX, FEATURES) == [
        Found(3, 6, "PERSON")]


def test_a_name_never_runs_over_a_line_break() -> None:
    text = "第一行\n\n经研究决定"
    bounds = sentence_bounds(text)
    assert all("\n" not in text[s:e].rstrip("\n") for s, e in bounds)
    spans = recognise("江州大学\n\n经学校党委研究，任命韦建平为副校长。")
    assert all("\n" not in s["text"] for s in spans)


def test_the_rules_names_the_model_missed_are_taken_where_the_text_says_they_are_people() -> None:
    text = "获奖的有：江北省农业科学院杜若溪、骆振宇，沙河联击败对手。"
    unit = Found(5, 13, "ORG", "research_institute")
    rule_persons = [Found(13, 16, "PERSON"), Found(17, 20, "PERSON"), Found(21, 24, "PERSON")]
    taken = named_rule_persons(text, [unit], rule_persons, [unit], LEX, FEATURES)
    assert [text[p.start:p.end] for p in taken] == ["杜若溪", "骆振宇"]  # after a unit, then the list
    byline = "本报记者 蔺晓彤 实习生 单语桐"
    taken = named_rule_persons(byline, [], [Found(5, 8, "PERSON"), Found(13, 16, "PERSON")], [], LEX, FEATURES)
    assert len(taken) == 2


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
