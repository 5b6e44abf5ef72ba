"""Traditional text read as Simplified, offset for offset (names.script.simplified)."""

from __future__ import annotations

from names.script import simplified


def test_a_character_opencc_would_turn_into_an_extension_character_stays_as_written() -> None:
    """煇 has a "simplified" form only in the Unicode extensions (𪸩), which no word list or pattern of ours holds:
    it stays as written, the rest of the line converted, the length the same."""
    text = "成大前校長黃煌煇對台灣水資源"
    out = simplified(text)
    assert out == "成大前校长黄煌煇对台湾水资源"
    assert len(out) == len(text) and max(out) <= "\uffff"


def test_corner_quotes_become_the_mainland_s() -> None:
    assert simplified("「國家新創獎」") == "“国家新创奖”"
