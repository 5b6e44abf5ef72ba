"""LAC's word cut and vocabulary: the tokens the NER network reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.nlp.lexical import Vocabulary
from ingest.nlp.tagger import model_path


def _vocabulary(folder: Path, tokens: list[str], words: dict[str, int]) -> Vocabulary:
    (folder / "word.dic").write_text("".join(f"{i}\t{t}\n" for i, t in enumerate([*tokens, "OOV"])), "utf-8")
    (folder / "q2b.dic").write_text("Ａ\tA\n１\t1\n", "utf-8")
    (folder / "small_seg.dic").write_text("".join(f"{w} {n}\n" for w, n in words.items()), "utf-8")
    return Vocabulary(folder)


def test_the_cut_takes_the_fewest_words_and_keeps_latin_runs_whole(tmp_path: Path) -> None:
    v = _vocabulary(tmp_path, [], {"北辰": 5, "大学": 9, "北辰大学": 2, "教授": 7})
    assert v.cut("北辰大学柯远航教授AB12") == ["北辰大学", "柯", "远", "航", "教授", "AB12"]


def test_words_the_vocabulary_holds_are_one_token_and_others_go_by_character(tmp_path: Path) -> None:
    v = _vocabulary(tmp_path, ["北", "辰", "大", "学", "A", "教授"], {"北辰大学": 2, "教授": 7})
    ids, sizes = v.tokens("北辰大学教授Ａ")
    assert ids == [0, 1, 2, 3, 5, 4] and sizes == [1, 1, 1, 1, 2, 1]  # 北辰大学 has no id; Ａ reads as A
    assert v.tokens("柯")[0] == [6]  # unknown: OOV


def test_a_word_token_never_straddles_a_boundary_training_keeps(tmp_path: Path) -> None:
    v = _vocabulary(tmp_path, ["东", "川", "大", "学", "东川大学"], {"东川大学": 3})
    assert v.tokens("东川大学")[1] == [4]
    assert v.tokens("东川大学", keep_apart={2})[1] == [1, 1, 1, 1]
    assert v.tokens("东川大学", keep_apart={0, 4})[1] == [4]  # the word's own ends do not split it


def test_a_folder_without_the_dictionaries_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="word.dic, q2b.dic, small_seg.dic"):
        Vocabulary(tmp_path)


def test_the_shipped_vocabulary_cuts_every_character_into_some_token() -> None:
    v = Vocabulary(model_path())
    for text in ["", " ", "ＡＢＣ１２３", "𠀋字", "东川大学的柯远航教授与南湖医院合作"]:
        ids, sizes = v.tokens(text)
        assert sum(sizes) == len(text) and len(ids) == len(sizes)


def test_a_foreign_name_written_in_chinese_after_its_initials_is_a_person_s_name() -> None:
    """`M·贝尔`, `D·J·欧文`, `K.乔`, `F·柯-约翰森`: initials, then the name in Chinese characters; a place or a
    word after a dot is none (`中国·北辰`, `A·B`)."""
    from ingest.kit.text import is_person_name

    assert all(is_person_name(n) for n in ("M·贝尔", "D·J·欧文", "K.乔", "F·柯-约翰森"))
    assert not any(is_person_name(n) for n in ("中国·北辰", "A·B", "ABC·北辰湖", "M·"))
