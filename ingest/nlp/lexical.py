"""The tokens the NER network reads: LAC's own word cut and vocabulary (Baidu LAC, Apache-2.0).

Our network (ingest.nlp.tagger) starts from Baidu's LAC, a word-and-character BiGRU-CRF
pretrained on far more text than any public NER corpus (README, "The NER model"). It reads a
sentence as LAC does: cut into the words of LAC's dictionary (`small_seg.dic`) along the path
with the fewest words, each word that LAC's vocabulary (`word.dic`) holds as one token, every other
character as its own (full-width forms read as half-width, `q2b.dic`). The three files are LAC's,
copied as they are by `python -m train.ner`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from pathlib import Path

VOCAB_FILE = "word.dic"  # id \t token: characters and LAC's own words
FULL_WIDTH_FILE = "q2b.dic"  # full-width \t half-width character
SEGMENT_FILE = "small_seg.dic"  # word count: the words LAC's cut prefers
FILES = (VOCAB_FILE, FULL_WIDTH_FILE, SEGMENT_FILE)
_LATIN_OR_DIGIT = re.compile("[a-zA-Z0-9]")


def read_pairs(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        parts = line.split("\t")
        if len(parts) == 2:
            out.append((parts[0], parts[1]))
    return out


class Vocabulary:
    """LAC's cut and token ids, read from a folder holding its three dictionary files."""

    def __init__(self, folder: Path) -> None:
        missing = [name for name in FILES if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"no {', '.join(missing)} in {folder}: rebuild the model with `python -m train.ner`")
        self.ids = {token: int(i) for i, token in read_pairs(folder / VOCAB_FILE)}
        self._full_width = dict(read_pairs(folder / FULL_WIDTH_FILE))
        self._oov = self.ids["OOV"]
        lengths: dict[str, int | None] = {}  # a word -> its length; a prefix that is no word -> None
        total = 0
        for line in (folder / SEGMENT_FILE).read_text(encoding="utf-8").splitlines():
            word, _, count = line.rpartition(" ")
            if not word:
                continue
            lengths[word] = len(word)
            for k in range(1, len(word)):
                lengths.setdefault(word[:k], None)
            total += int(count)
        self._lengths = lengths
        self._log_total = math.log(max(total, 1))
        # a word's score on the path depends only on its length: log(length) less log(the total count)
        self._step = [0.0, *(math.log(size) - self._log_total for size in range(1, max(map(len, lengths), default=1) + 1))]

    def tokens(self, text: str, keep_apart: Collection[int] = ()) -> tuple[list[int], list[int]]:
        """Token ids of `text` and the number of characters each covers. No word token straddles an
        offset in `keep_apart` (training keeps a name's ends on token boundaries)."""
        ids: list[int] = []
        sizes: list[int] = []
        pos = 0
        vocabulary, full_width, oov = self.ids, self._full_width, self._oov
        for word in self.cut(text):
            end = pos + len(word)
            token = vocabulary.get(word)
            if token is not None and not (keep_apart and any(pos < cut < end for cut in keep_apart)):
                ids.append(token)
                sizes.append(len(word))
            else:
                for ch in word:
                    ids.append(vocabulary.get(full_width.get(ch, ch), oov))
                    sizes.append(1)
            pos = end
        return ids, sizes

    def cut(self, text: str) -> list[str]:
        """LAC's `fast_cut`: the path through its dictionary scoring best, each word log(its length)
        less log(the total count), so the fewest words win; ties go to the longer word. Runs of
        Latin letters and digits stay together."""
        n = len(text)
        score = [0.0] * (n + 1)  # the best path's score from each offset to the end
        word_end = [0] * (n + 1)  # where the first word of that path ends
        lengths, step = self._lengths, self._step
        for i in range(n - 1, -1, -1):
            best, end = step[1] + score[i + 1], i + 1  # a character alone
            j = i + 1
            while j <= n and (size := lengths.get(text[i:j], 0)) != 0:
                if size is not None and j > i + 1:
                    candidate = step[size] + score[j]
                    if candidate >= best:  # a tie goes to the longer word
                        best, end = candidate, j
                j += 1
            score[i], word_end[i] = best, end
        out, buffer, i = [], "", 0
        while i < n:
            end = word_end[i]
            word = text[i:end]
            if len(word) == 1 and _LATIN_OR_DIGIT.match(word):
                buffer += word
            else:
                if buffer:
                    out.append(buffer)
                    buffer = ""
                out.append(word)
            i = end
        if buffer:
            out.append(buffer)
        return out
