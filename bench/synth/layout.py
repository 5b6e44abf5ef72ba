"""The broken layouts of PDF text: lines wrapped at a cell's width (names split mid-name), a
table row emitted cell after cell, rows cut by a page break and continued out of order."""

from __future__ import annotations

import random


def wrap(text: str, width: int) -> list[str]:
    """Cut ``text`` every ``width`` characters, whatever it cuts through (as PDF cells do)."""
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def wrap_words(text: str, width: int) -> list[str]:
    """Latin text wrapped at word boundaries, each line ending with the space the PDF keeps."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = ""
        line += word + " "
    if line:
        lines.append(line)
    return lines


def join_lines(lines: list[str], rng: random.Random, blank_rate: float = 0.5) -> str:
    """Lines as a PDF extractor gives them: sometimes separated by an empty line."""
    out: list[str] = []
    for line in lines:
        out.append(line)
        out.append("\n\n" if rng.random() < blank_rate else "\n")
    return "".join(out)


def prose(paragraphs: list[str], rng: random.Random, width: int = 46) -> str:
    """Paragraphs wrapped to a page width, first lines indented, blank lines between wrapped lines."""
    out: list[str] = []
    for para in paragraphs:
        lines = wrap(para, width)
        lines[0] = "  " + lines[0]
        out.append(join_lines(lines, rng, blank_rate=0.8))
    return "".join(out)


def name_list(names: list[str], rng: random.Random) -> str:
    """An author or inventor list as typed: separators with and without spaces."""
    sep = rng.choice(("， ", "，", "，", "； ", "；", ", "))
    out = names[0]
    for name in names[1:]:
        out += sep + name if rng.random() < 0.85 else " " + sep.strip() + " " + name
    return out


def table_row(cells: list[list[str]], rng: random.Random, page_break: bool) -> str:
    """One row, cell after cell; adjacent short cells sometimes share a line.

    With ``page_break`` each cell's lines are split in two: the first parts come first, then
    the remaining parts, each introduced by a space as the extractor leaves them.
    """
    if not page_break:
        return _cells_text(cells, rng)
    heads, tails = [], []
    for lines in cells:
        safe = [k for k in range(1, len(lines)) if _may_cut_after(lines[k - 1])]
        cut = rng.choice(safe) if safe else len(lines)
        heads.append(lines[:cut])
        tails.append(lines[cut:])
    tail_text = "".join(" " + line + "\n" for lines in tails for line in lines)
    return _cells_text(heads, rng) + tail_text


def split_names(names: list[str], width: int, rng: random.Random) -> list[str]:
    """A name list wrapped to ``width``: where a line ends mid-name the name is split across lines."""
    return wrap(name_list(names, rng), width)


def _may_cut_after(line: str) -> bool:
    """A page break after this line splits no name: it ends with a separator, a unit or Latin text."""
    last = line.rstrip()[-1:] or " "
    return last in "年卷期页" or not ("\u4e00" <= last <= "\u9fff")


def _cells_text(cells: list[list[str]], rng: random.Random) -> str:
    out = ""
    for i, lines in enumerate(cells):
        if not lines:
            continue
        if i and out and not out.endswith("\n") and rng.random() < 0.5:
            out += " "
        elif out and not out.endswith("\n"):
            out += "\n\n" if rng.random() < 0.6 else "\n"
        out += join_lines(lines[:-1], rng) + lines[-1] if len(lines) > 1 else lines[0]
    return out + "\n\n"
