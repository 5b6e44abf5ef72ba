"""The rules read a sentence's mentions from the document's, found by where they start: the same mentions, in
the same order, as a pass over all of them finds (invented names and units)."""

from __future__ import annotations

import itertools

from ingest.nlp.mentions import Mention, Mentions

TEXT = "青溪大学副校长穆远浩教授与江北研究所所长柯明一同出席。"


def _mentions() -> list[Mention]:
    spans = [("ORG", "青溪大学"), ("POSITION", "副校长"), ("PERSON", "穆远浩"), ("TITLE", "教授"),
             ("ORG", "江北研究所"), ("POSITION", "所长"), ("PERSON", "柯明")]
    out, at = [], 0
    for label, written in spans:
        start = TEXT.index(written, at)
        out.append(Mention(label, start, start + len(written), written))
        at = start + len(written)
    return out


def test_a_window_of_mentions_is_what_a_pass_over_all_of_them_finds() -> None:
    found = _mentions()
    mentions = Mentions(reversed(found))  # given in any order, read in order of start
    assert list(mentions) == found
    for start, end in itertools.combinations_with_replacement(range(len(TEXT) + 1), 2):
        assert mentions.within(start, end) == [m for m in found if start <= m.start and m.end <= end]
        assert mentions.starting(start, end) == [m for m in found if start <= m.start < end]
    for at in range(len(TEXT) + 1):
        assert mentions.ending_at(at) == [m for m in found if m.end == at]
        assert list(mentions.back_from(at)) == [m for m in reversed(found) if m.start <= at]
        assert list(mentions.after(at)) == [m for m in found if m.start > at]


def test_the_person_after_a_post_is_found_from_where_the_post_ends() -> None:
    mentions = Mentions(_mentions())
    post = next(m for m in mentions if m.text == "所长")
    assert [m.text for m in mentions.starting(post.end, post.end + 1)] == ["柯明"]
    assert next(m.text for m in mentions.back_from(post.start) if m.label == "ORG") == "江北研究所"
