"""Literal search finds what a regular expression over the escaped name would find."""

from __future__ import annotations

import re

import pytest

from ingest.genres.literal import occurrences


@pytest.mark.parametrize(("needle", "text"), [
    ("江州大学", "江州大学附属医院与江州大学合作"),
    ("aa", "aaaaa"),  # non-overlapping, left to right
    ("a.b", "a.b axb a.b"),  # no pattern characters: `.` is a dot
    ("", "ab"),  # an empty name is found everywhere, as by the regex
    ("医院", "没有"),
])
def test_occurrences_match_the_regex_over_the_escaped_needle(needle: str, text: str) -> None:
    assert list(occurrences(needle, text)) == [m.start() for m in re.finditer(re.escape(needle), text)]
