"""`python -m train.ner`: corpora read and mapped to the model's labels, and a model built from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.nlp.tagger import Tagger
from train.corpora import (
    CorpusError,
    Example,
    mark_positions,
    organization_labels,
    position_words,
    read_boson,
    read_cluener,
    read_msra,
    read_msra_bio,
    read_resume,
    read_weibo,
    relabel_organizations,
)
from train.lac import network, read_lac
from train.ner import bio_labels, main, split_held_out

from .lac_package import write_package

CLUENER_LINES = [
    {"text": "青禾银行信贷部林远舟经理说，江北省财政厅将支持。",
     "label": {"company": {"青禾银行": [[0, 3]]}, "name": {"林远舟": [[7, 9]]}, "position": {"经理": [[10, 11]]},
               "government": {"江北省财政厅": [[14, 19]]}}},
    {"text": "东川足球俱乐部在《山城》里出现。",
     "label": {"organization": {"东川足球俱乐部": [[0, 6]]}, "book": {"山城": [[9, 10]]}}},
]


def _write_corpora(folder: Path, copies: int = 1) -> tuple[Path, Path, Path]:
    cluener = folder / "train.json"
    cluener.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CLUENER_LINES * copies), "utf-8")
    msra = folder / "msra"
    msra.mkdir()
    text = "柳青山在东川有限公司工作"
    tags = ["B-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    (msra / "sentences.txt").write_text(" ".join(text) + "\n", "utf-8")
    (msra / "tags.txt").write_text(" ".join(tags) + "\n", "utf-8")
    resume = folder / "train.char.bmes"
    rows = [("闻", "B-NAME"), ("若", "M-NAME"), ("溪", "E-NAME"), ("，", "O"), ("高", "B-TITLE"), ("工", "E-TITLE"),
            ("，", "O"), ("汉", "B-RACE"), ("族", "E-RACE")]
    resume.write_text("\n".join(f"{c} {t}" for c, t in rows) + "\n\n", "utf-8")
    return cluener, msra, resume


def test_each_corpus_is_mapped_to_the_model_labels(tmp_path: Path) -> None:
    cluener, msra, resume = _write_corpora(tmp_path)
    first, second = (ex for ex, _ in read_cluener(cluener))
    assert {(first.text[s:e], k) for s, e, k in first.spans} == {
        ("青禾银行", "COM"), ("林远舟", "PER"), ("经理", "POS"), ("江北省财政厅", "GOV")}
    assert [(second.text[s:e], k) for s, e, k in second.spans] == [("东川足球俱乐部", "ORG")]  # no book
    (msra_example,) = read_msra(msra)
    assert {(msra_example.text[s:e], k) for s, e, k in msra_example.spans} == {("柳青山", "PER"), ("东川有限公司", "COM")}
    (resume_example,) = read_resume(resume)
    assert {(resume_example.text[s:e], k) for s, e, k in resume_example.spans} == {("闻若溪", "PER"), ("高工", "POS")}
    assert bio_labels(resume_example)[:6] == ["B-PER", "I-PER", "I-PER", "O", "B-POS", "I-POS"]


def test_the_whole_msra_split_is_read_from_its_column_file(tmp_path: Path) -> None:
    msra = tmp_path / "msra_train_bio"
    rows = [("柳", "B-PER"), ("青", "I-PER"), ("山", "I-PER"), ("到", "O"), ("东", "B-LOC"), ("川", "I-LOC")]
    msra.write_text("\n".join(f"{c}\t{t}" for c, t in rows) + "\n\n" + "好\tO\n", "utf-8")
    first, second = read_msra_bio(msra)
    assert first.text == "柳青山到东川" and first.spans == ((0, 3, "PER"),) and second.text == "好"


def test_organizations_take_the_label_cluener_gives_the_same_name() -> None:
    cluener = [Example("国务院发文", ((0, 3, "GOV"),), "cluener"), Example("微软发布", ((0, 2, "COM"),), "cluener")]
    labels = organization_labels(cluener)
    assert labels == {"国务院": "GOV", "微软": "COM"}
    msra = Example("国务院与微软和新华社", ((0, 3, "ORG"), (4, 6, "ORG"), (7, 10, "ORG")), "msra")
    assert relabel_organizations(msra, labels).spans == ((0, 3, "GOV"), (4, 6, "COM"), (7, 10, "ORG"))


def test_weibo_keeps_named_mentions_only(tmp_path: Path) -> None:
    weibo = tmp_path / "weibo.train"
    rows = [("沈0", "B-PER.NAM"), ("知1", "I-PER.NAM"), ("远2", "I-PER.NAM"), ("和0", "O"), ("男0", "B-PER.NOM"),
            ("人1", "I-PER.NOM"), ("在0", "O"), ("东0", "B-ORG.NAM"), ("川1", "I-ORG.NAM"), ("银2", "I-ORG.NAM"),
            ("行3", "I-ORG.NAM"), ("\ufffd\ufffd0", "O")]
    weibo.write_text("\n".join(f"{c}\t{t}" for c, t in rows) + "\n\n", "utf-8")
    (example,) = read_weibo(weibo)
    assert example.text == "沈知远和男人在东川银行\ufffd"  # a broken emoji stays one character
    assert {(example.text[s:e], k) for s, e, k in example.spans} == {("沈知远", "PER"), ("东川银行", "COM")}


def test_boson_articles_are_cut_into_sentences_and_mapped(tmp_path: Path) -> None:
    text = "记者 柳青山报道。" + "东川科技发布新品，" * 30 + "\\n江北市教育局表示欢迎。"
    at = text.index("江北市教育局")
    entities = [
        {"entity_index": {"begin": 2, "end": 6}, "entity_type": "person_name", "entity": " 柳青山"},
        {"entity_index": {"begin": 9, "end": 13}, "entity_type": "company_name", "entity": "东川科技"},
        {"entity_index": {"begin": at, "end": at + 6}, "entity_type": "org_name", "entity": "江北市教育局"},
        {"entity_index": {"begin": 0, "end": 2}, "entity_type": "time", "entity": "记者"},
    ]
    boson = tmp_path / "boson.txt"
    boson.write_text(json.dumps({"text": text, "entity_list": entities}, ensure_ascii=False) + "\n", "utf-8")
    sentences = list(read_boson(boson))
    assert len(sentences) > 1 and all(len(ex.text) <= 200 for ex in sentences)
    found = {(ex.text[s:e], k) for ex in sentences for s, e, k in ex.spans}
    assert found == {("柳青山", "PER"), ("东川科技", "COM"), ("江北市教育局", "GOV")}  # its space left out
    assert sentences[-2].text.endswith("\n") and sentences[-1].text == " 江北市教育局表示欢迎。"  # `\\n`: a break


def test_corpora_without_positions_get_the_words_cluener_marks_as_one() -> None:
    marked = [Example("东川记者柳青山说", ((2, 4, "POS"), (4, 7, "PER")), "cluener")] * 3
    unmarked = [Example("记者们来了", (), "cluener")]
    words = position_words([*marked, *unmarked])
    assert words == frozenset({"记者"})  # 3 marks of 4 writings
    assert position_words([*marked, *unmarked * 4]) == frozenset()  # 3 of 7: too often nothing
    msra = Example("特约记者沈知远和记者站", ((4, 7, "PER"),), "msra")
    done = mark_positions(msra, frozenset({"记者", "特约记者"}))
    assert [(done.text[s:e], k) for s, e, k in done.spans] == [("特约记者", "POS"), ("沈知远", "PER"), ("记者", "POS")]


def test_a_broken_corpus_line_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "train.json"
    bad.write_text('{"text": "x"}\nnot json\n', "utf-8")
    with pytest.raises(CorpusError, match="train.json:2"):
        list(read_cluener(bad))
    lac = write_package(tmp_path / "LAC-2.1.2.tar.gz", "x")
    assert main(["--lac", str(lac), "--cluener", str(bad), "--out", str(tmp_path / "m")]) == 1


def test_the_held_out_part_is_seeded_and_apart() -> None:
    rows = [(Example(f"第{i}句", (), "cluener"), f"line {i}") for i in range(20)]
    kept, held = split_held_out(rows, 0.25, seed=7)
    assert len(kept) == 15 and len(held) == 5
    assert held == split_held_out(rows, 0.25, seed=7)[1]
    assert not {ex.text for ex in kept} & {f"第{line.split()[1]}句" for line in held}


def test_training_builds_a_model_the_tagger_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cluener, msra, resume = _write_corpora(tmp_path, copies=5)
    text = "".join(str(r["text"]) for r in CLUENER_LINES) + "柳青山在东川有限公司工作闻若溪，高工，汉族"
    lac = write_package(tmp_path / "LAC-2.1.2.tar.gz", text, words=("有限公司", "东川"))
    out, held = tmp_path / "ner", tmp_path / "held.json"
    code = main(["--lac", str(lac), "--cluener", str(cluener), "--msra", str(msra), "--resume", str(resume),
                 "--out", str(out), "--holdout-out", str(held), "--epochs", "2"])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["ner.onnx", "q2b.dic", "small_seg.dic", "word.dic"]
    assert len(held.read_text("utf-8").splitlines()) == 1  # 10% of 10 CLUENER lines
    printed = capsys.readouterr().out
    assert "epoch 2/2: loss" in printed and "held out: name" in printed
    tagger = Tagger(out)
    tags = tagger.tag(["柳青山在东川有限公司工作", ""])
    assert len(tags[0]) == 12 and tags[1] == []
    assert all(t == "O" or t[2:] in ("PER", "ORG", "COM", "GOV", "POS") for t in tags[0])


def test_a_folder_with_a_model_of_other_tags_is_refused(tmp_path: Path) -> None:
    lac = write_package(tmp_path / "LAC-2.1.2.tar.gz", "柳青山")
    params, files = read_lac(lac)
    for name in ("word.dic", "q2b.dic", "small_seg.dic"):
        (tmp_path / name).write_bytes(files[name])
    (tmp_path / "ner.onnx").write_bytes(network(params, [f"T{i}" for i in range(49)]).SerializeToString())
    with pytest.raises(ValueError, match="rebuild it with `python -m train.ner`"):
        Tagger(tmp_path)
