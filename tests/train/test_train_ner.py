"""`python -m train.ner`: corpora read and mapped to the model's labels, and a model built from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.nlp.tagger import Tagger
from train.corpora import CorpusError, Example, read_cluener, read_msra, read_resume
from train.ner import bio_labels, main, split_held_out

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


def test_a_broken_corpus_line_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "train.json"
    bad.write_text('{"text": "x"}\nnot json\n', "utf-8")
    with pytest.raises(CorpusError, match="train.json:2"):
        list(read_cluener(bad))
    assert main(["--cluener", str(bad), "--out", str(tmp_path / "m.crfsuite")]) == 1


def test_the_held_out_part_is_seeded_and_apart() -> None:
    rows = [(Example(f"第{i}句", (), "cluener"), f"line {i}") for i in range(20)]
    kept, held = split_held_out(rows, 0.25, seed=7)
    assert len(kept) == 15 and len(held) == 5
    assert held == split_held_out(rows, 0.25, seed=7)[1]
    assert not {ex.text for ex in kept} & {f"第{line.split()[1]}句" for line in held}


def test_training_builds_a_model_the_tagger_loads(tmp_path: Path) -> None:
    cluener, msra, resume = _write_corpora(tmp_path, copies=5)
    out, held = tmp_path / "ner.crfsuite", tmp_path / "held.json"
    code = main(["--cluener", str(cluener), "--msra", str(msra), "--resume", str(resume), "--out", str(out),
                 "--holdout-out", str(held), "--iterations", "20"])
    assert code == 0 and out.stat().st_size > 0
    assert len(held.read_text("utf-8").splitlines()) == 1  # 10% of 10 CLUENER lines
    tagger = Tagger(out)
    assert len(tagger.tag([["c=林"], ["c=远"]])) == 2
