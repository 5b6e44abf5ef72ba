"""Markdown (CommonMark with pipe tables, by markdown-it-py): headings, paragraphs, list items with their
nesting depth, tables whose cells keep their `<br/>` line breaks, and raw HTML read as HTML (a `<table>`
stays a table). Of the front matter (YAML or TOML), only values written in Chinese are text (a page's name, its
people's roles and units); its settings are not. Front matter that holds records of people (`members: [{name: 某某,
title: …}]`) is kept as written, one block, for the data records' reader to read as YAML."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ingest.blocks import BlockKind, BlockWriter
from ingest.errors import ReadError
from ingest.model import SourceDocument
from ingest.readers.html import write_fragment
from ingest.readers.text import decode
from ingest.tables.vocabulary import exact_header, header_of

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TAG = re.compile(r"<[^>]+>")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_PIPE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")
_DELIMITER_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?[ \t]*")
_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# a site's summary divider on a line of its own (Hugo, Hexo, Jekyll), often put right inside a sentence: no break
_MORE = re.compile(r"(?<=\S)\n[ \t]*<!--\s*more\s*-->[ \t]*\n(?=\S)|^[ \t]*<!--\s*more\s*-->[ \t]*$", re.M)
# a line a page's converter broke at a hyphen into two paragraphs (`基于病理-⏎⏎药理机制…`): one line
_BROKEN_AT_HYPHEN = re.compile(r"(?<=[\u4e00-\u9fff‘’“”])-[ \t]*\n(?:[ \t]*\n)+(?=[\u4e00-\u9fff‘’“”])")


def read_markdown(data: bytes, name: str) -> SourceDocument:
    raw = decode(data, name)
    source = raw.text.lstrip("\ufeff")
    out = BlockWriter()
    front = _FRONT_MATTER.match(source)
    if front:
        source = source[front.end():]
        matter = _front_matter(front.group(2), yaml_form=front.group(1) == "---")
        if front.group(1) == "---" and _roster(matter):
            out.add(BlockKind.PARAGRAPH, front.group(2), indented=True)  # people's records: kept as written, read as YAML
        else:
            for line in _front_matter_lines(matter):
                out.add(BlockKind.PARAGRAPH, line)
    source = _rejoined(_BROKEN_AT_HYPHEN.sub("-", _MORE.sub("", source)))
    _write(_PARSER.parse(_delimited(_tables_cell_per_line(source))), out)
    text, blocks = out.result()
    if not blocks:
        raise ReadError(f"{name}: no text")
    return SourceDocument(name=name, text=text, encoding=raw.encoding, size=len(data), blocks=blocks,
                          format="markdown")


def _rejoined(source: str) -> str:
    """The source with a paragraph a page's converter broke in two joined again: one that leaves a quote or a
    bracket open (`（“Analysis⏎⏎on the …”）`), or ends with a word of Latin letters that the next goes on with in
    lower case (`performance of⏎⏎triply …`)."""
    parts = _PARAGRAPH_BREAK.split(source)
    out = [parts[0]]
    for k in range(1, len(parts) - 1, 2):
        last = out[-1][out[-1].rfind("\n\n") + 2:] if "\n\n" in out[-1] else out[-1]
        following = parts[k + 1]
        if _continues(last, following):
            glue = " " if re.search(r"[A-Za-z,]$", last.rstrip()) and re.match(r"\s*[A-Za-z(]", following) else ""
            out[-1] = out[-1].rstrip() + glue + following.lstrip()
        else:
            out[-1] += parts[k] + following
    return "".join(out)


_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n(?:[ \t]*\n)*)")
_BLOCK_OPENS = re.compile(r"\s*(?:[#>|*+`-]|\d+[.)]\s|!\[|<)")  # the next paragraph opens a block of its own
_LONGEST_BROKEN = 600  # a paragraph with a quote left open this long is one that quotes across paragraphs


def _continues(last: str, following: str) -> bool:
    if not following.strip() or _BLOCK_OPENS.match(following) or _BLOCK_OPENS.match(last) or "|" in last:
        return False
    tail = last[-_LONGEST_BROKEN:]
    opened = tail.count("“") > tail.count("”") or tail.count("《") > tail.count("》") \
        or tail.count("（") + tail.count("(") > tail.count("）") + tail.count(")")
    latin_goes_on = re.search(r"[A-Za-z]$", last.rstrip()) and re.match(r"\s*[a-z]", following)
    return opened or bool(latin_goes_on) or bool(_OPEN_WORD.search(last.rstrip()) and re.match(r"\s*[A-Za-z]", following))


_OPEN_WORD = re.compile(r"\b(?:of|and|the|in|on|for|to|with|at|by|from|a|an)$")  # a word no phrase ends with


def _delimited(source: str) -> str:
    """The source with a delimiter row under the first row of each pipe table written without one (kramdown,
    Jekyll's Markdown, reads `| a | b |` rows as a table without it; CommonMark's tables need it)."""
    lines = source.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _PIPE_ROW.fullmatch(lines[end]):
            end += 1
        run = lines[k:end]
        if len(run) >= 2 and not any(_DELIMITER_ROW.fullmatch(line) for line in run) \
                and (k == 0 or not lines[k - 1].strip() or not _PIPE_ROW.fullmatch(lines[k - 1])):
            cells = len(_cells(run[0]))
            out += [run[0], "|" + " --- |" * cells, *run[1:]]
            k = end
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


# a table as an HTML-to-Markdown converter writes one whose cells hold paragraphs: each cell on lines of its own,
# cells parted by a line holding only `|`, the header's cells over a delimiter row (`---|---|---`)
_SPLIT_DELIMITER = re.compile(r"[ \t]*:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)+[ \t]*\|?[ \t]*")
_BAR = re.compile(r"[ \t]*\|[ \t]*")
_EMPHASIS = re.compile(r"\*{2,}|__")


def _tables_cell_per_line(source: str) -> str:
    """The source with each table written a cell a line (`张三` / `|` / `某项目` / `|` / `面上项目`, under
    `负责人` / `|` / … / `---|---|---`) rewritten as a pipe table, a row a line."""
    lines = source.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]  # blank lines part nothing in such a table
    headers = {k: header for k, line in enumerate(lines) if _SPLIT_DELIMITER.fullmatch(line)
               and (header := _header_lines_at(lines, filled, k))}  # by their delimiter row's line
    headers |= _named_headers(lines, filled, headers)  # by their last cell's line
    out: list[str] = []
    k = 0
    while k < len(lines):
        limit = next((h[0] for h in headers.values() if h[0] > k), len(lines))  # the next table's header ends this one's
        table = _cell_per_line_table(lines, filled, k, headers[k], limit) if k in headers else None
        if table is None:
            out.append(lines[k])
            k += 1
            continue
        start, end, rows = table
        del out[len(out) - (k - start):]
        piped = ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
        out += [piped[0], "|" + " --- |" * len(rows[0]), *piped[1:], ""]
        k = end
    return "\n".join(out)


def _named_headers(lines: list[str], filled: list[int], delimited: dict[int, list[int]]) -> dict[int, list[int]]:
    """Headers of tables written a cell a line with no delimiter row (a converter writes a table's caption row as
    the Markdown header, then each section's column headers as a row): cells parted by `|` lines, three or more,
    each a column header the vocabulary knows (three or more, and most of them, as it writes them), a row's first
    cell after them. By their last cell's line."""
    taken = {k for header in delimited.values() for k in header}
    found: dict[int, list[int]] = {}
    n = 0
    while n < len(filled):
        run = [filled[n]] if header_of(_cell_text(lines[filled[n]])) is not None else []
        while run and n + len(run) + 1 < len(filled) and _BAR.fullmatch(lines[filled[n + len(run)]]) \
                and header_of(_cell_text(lines[filled[n + len(run) + 1]])) is not None:
            run += filled[n + len(run):n + len(run) + 2]
        after = n + len(run)
        exact = sum(1 for k in run[::2] if exact_header(_cell_text(lines[k])) is not None)
        if exact >= _NAMED_HEADER_CELLS and 2 * exact >= len(run[::2]) and not taken & set(run) \
                and after < len(filled) and not _BAR.fullmatch(lines[filled[after]]) \
                and not _SPLIT_DELIMITER.fullmatch(lines[filled[after]]):
            found[run[-1]] = run
        n = after if len(run) > 1 else n + 1
    return found


_NAMED_HEADER_CELLS = 3


def _header_lines_at(lines: list[str], filled: list[int], at: int) -> list[int]:
    """The lines of the header over the delimiter row at `at` of a table written a cell a line; [] if none."""
    width = len(_BAR.split(lines[at].strip().strip("|")))
    span = 2 * width - 1  # the header's lines: its cells and the bars between
    here = bisect_left(filled, at)
    header = filled[here - span:here] if here >= span else []
    return header if _header_lines(lines, header, span) else []


def _cell_per_line_table(lines: list[str], filled: list[int], at: int, header: list[int],
                         limit: int) -> tuple[int, int, list[list[str]]] | None:
    """(first line, line after the last, rows) of a table written a cell a line whose delimiter row is at `at`:
    the non-blank lines `header` before it are the header's cells parted by `|` lines, those after it each row's (a
    cell but the row's last may wrap over lines of its own), up to line `limit` (where the next table's header starts)."""
    width = (len(header) + 1) // 2
    rows = [[_cell_text(lines[k]) for k in header[::2]]]
    end, next_row = at + 1, bisect_left(filled, at) + 1
    while (row := _row_at(lines, filled, next_row, width)) is not None and filled[row[1] - 1] < limit:
        cells, next_row = row
        rows.append(cells)
        end = filled[next_row - 1] + 1
    first = bisect_left(filled, header[0])
    start = filled[first - 1] if first > 0 and _BAR.fullmatch(lines[filled[first - 1]]) else header[0]  # (a bar before)
    return (start, end, rows) if len(rows) > 1 else None


def _header_lines(lines: list[str], row: list[int], span: int) -> bool:
    """The lines are a header's: `span` of them, cells and `|` lines by turns, no cell a bar or a delimiter row."""
    return len(row) == span and all(
        bool(_BAR.fullmatch(lines[k])) == (n % 2 == 1) and (n % 2 == 1 or not _SPLIT_DELIMITER.fullmatch(lines[k]))
        for n, k in enumerate(row))


_MAX_CELL_LINES = 6  # the lines a wrapped cell of a row may take


def _row_at(lines: list[str], filled: list[int], at: int, width: int) -> tuple[list[str], int] | None:
    """The cells of the row whose first non-blank line is filled[at], and where the next row starts: `width` cells
    parted by `|` lines, each but the last on one line or more (a title wrapped), the last on one line."""
    cells: list[str] = []
    k = at
    for n in range(width):
        parts: list[str] = []
        while k < len(filled) and not _BAR.fullmatch(lines[filled[k]]) and len(parts) < _MAX_CELL_LINES \
                and not _SPLIT_DELIMITER.fullmatch(lines[filled[k]]):
            parts.append(_cell_text(lines[filled[k]]))
            k += 1
            if n == width - 1:
                break  # the row's last cell: one line, the next row's first cell after it
        if not parts:
            return None
        cells.append(" ".join(parts))
        if n < width - 1:
            if k >= len(filled) or not _BAR.fullmatch(lines[filled[k]]):
                return None
            k += 1
    return cells, k


def _cell_text(line: str) -> str:
    return " ".join(_EMPHASIS.sub("", line).split())


def _cells(row: str) -> list[str]:
    return re.split(r"(?<!\\)\|", row.strip().strip("|"))


_PERSON_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")


def _front_matter(body: str, yaml_form: bool) -> object:
    """The front matter's data (YAML or TOML), read once; None where it does not parse."""
    try:
        return yaml.safe_load(body) if yaml_form else tomllib.loads(body)
    except (yaml.YAMLError, tomllib.TOMLDecodeError):
        return None


def _roster(data: object) -> bool:
    """Front matter that holds records of people (`members: [{name: 某某, title: …}, …]`): a list of two mappings or
    more, each naming a person in Chinese under `name` and saying more of them."""
    def held(value: object) -> bool:
        if isinstance(value, dict):
            return any(held(v) for v in value.values())
        if not isinstance(value, list):
            return False
        people = [v for v in value if isinstance(v, dict) and len(v) >= 2
                  and _PERSON_NAME.fullmatch(str(v.get("name", v.get("姓名", ""))))]
        return len(people) >= 2 or any(held(v) for v in value)

    return held(data)


def _front_matter_lines(data: object) -> list[str]:
    """`key: value` for each value in Chinese (list items joined by 、); the rest is the site's settings."""
    if data is None:
        return []
    out = _publication_lines(data) if isinstance(data, dict) else []
    skipped = _PUBLICATION_KEYS if out else ()

    def walk(key: str, value: object) -> None:
        if key in skipped:
            return
        if isinstance(value, dict) and key.lower() in _CAREER_LISTS and (line := _dated_line(value)) is not None:
            out.append(line)  # an item of a page's education or work: a dated career line
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(str(k), v)
        elif isinstance(value, list):
            leaves = [v for v in value if not isinstance(v, dict | list)]
            texts = [_TAG.sub(" ", str(v)).strip() for v in leaves]
            if any(_CJK.search(t) for t in texts):
                out.append(f"{key}: " + "、".join(t for t in texts if t))
            for v in value:
                if isinstance(v, dict | list):
                    at = len(out)
                    walk(key, v)
                    if isinstance(v, dict) and len(out) > at + 1 and ": " in out[at]:
                        out[at] = "- " + out[at]  # an item of several lines: its first line opens it, as YAML writes it
        elif value is not None:
            text = _TAG.sub(" ", str(value)).strip()
            if _CJK.search(text):
                out.append(f"{key}: {text}")

    walk("", data)
    return out


# a publication's page (Hugo Blox, Wowchemy): its title, its authors in order (`author_notes` beside them), where
# it appeared (`*Journal* 665, A121 (2022)`, the journal in emphasis) and when
_PUBLICATION_KEYS = ("title", "authors", "author_notes", "publication", "publication_short")
_CORRESPONDING_NOTE = re.compile(r"corresponding|通讯|通信作者", re.I)
_VENUE = re.compile(r"\s*[*_]+(?P<journal>[^*_]+?)[*_]+[\s,，.]*(?P<rest>.*)")
_VOLUME_PAGES = re.compile(r"(?P<volume>\d{1,5})(?:\s*[（(](?P<issue>\d{1,4})[）)])?\s*[,:，：]\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")


def _publication_lines(data: dict[str, object]) -> list[str]:
    """The fields of a publication's page, written as a paper's fields (论文题目, 作者, 通讯作者, 发表期刊, 年卷页);
    [] for a page that is no publication's (no `publication` nor `publication_types`, or no title and authors)."""
    title, authors, venue = data.get("title"), data.get("authors"), data.get("publication")
    if isinstance(title, str) and data.get("collection") == "publications" and isinstance(data.get("venue"), str):
        return _collected_publication(title, str(data["venue"]), str(data.get("date") or ""))
    if not isinstance(title, str) or not isinstance(authors, list) or not authors \
            or not (isinstance(venue, str) or "publication_types" in data):
        return []
    names = [str(a).strip() for a in authors if a is not None and str(a).strip()]
    notes = data.get("author_notes")
    noted = [str(n) for n in notes] if isinstance(notes, list) else []
    out = [f"论文题目：{' '.join(title.split())}", "作者：" + "、".join(names)]
    corresponding = [a for a, n in zip(names, noted, strict=False) if _CORRESPONDING_NOTE.search(n)]
    if corresponding:
        out.append("通讯作者：" + "、".join(corresponding))
    journal, rest = venue.strip() if isinstance(venue, str) else "", ""
    if (m := _VENUE.match(journal)) is not None:
        journal, rest = m.group("journal").strip(), m.group("rest")
    if journal:
        out.append(f"发表期刊：{journal}")
    year = _YEAR_MONTH.search(rest) or _YEAR_MONTH.match(str(data.get("date") or ""))
    numbers = _VOLUME_PAGES.search(rest)
    if year and numbers:
        issue = f"({numbers.group('issue')})" if numbers.group("issue") else ""
        out.append(f"年卷页：{year.group(1)}, {numbers.group('volume')}{issue}: {numbers.group('pages')}")
    return out


def _collected_publication(title: str, venue: str, date: str) -> list[str]:
    """A publication's page of a site's `publications` collection (Jekyll's academic pages: `title`, `venue`,
    `date`; its authors only in the citation, as initials): the paper's title, journal and year."""
    out = [f"论文题目：{' '.join(title.split())}"]
    if journal := " ".join(_TAG.sub(" ", venue).split()).strip("*_ "):
        out.append(f"发表期刊：{journal}")
    if (year := _YEAR_MONTH.match(date)) is not None:
        out.append(f"发表年份：{year.group(1)}")
    return out


# an academic page's items of education and work (Hugo Blox, Wowchemy): when, what post or degree, where
_CAREER_LISTS = ("education", "work", "experience", "employment", "positions", "appointments", "career")
_SINCE = ("date_start", "start", "start_date", "from", "since")
_UNTIL = ("date_end", "end", "end_date", "to", "until")
_WHAT = ("position", "title", "role", "area", "degree", "course")
_WHERE = ("company_name", "company", "institution", "organization", "school", "employer", "name")
_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})(?:[-./](\d{1,2}))?")


def _dated_line(item: dict[object, object]) -> str | None:
    """`2019.12 - 2025.02 副研究员，某研究所，某实验室` of an item with its dates, post and unit in Chinese; None for an
    item that is no such thing."""
    fields = {str(k).lower(): str(v).strip() for k, v in item.items() if v is not None and not isinstance(v, dict | list)}
    since = next((m for k in _SINCE if (m := _YEAR_MONTH.match(fields.get(k, "")))), None)
    where = next((fields[k] for k in _WHERE if _CJK.search(fields.get(k, ""))), None)
    if since is None or where is None:
        return None
    until = next((m for k in _UNTIL if (m := _YEAR_MONTH.match(fields.get(k, "")))), None)
    what = next((fields[k] for k in _WHAT if fields.get(k)), "")
    return f"{_month(since)} - {_month(until) if until else '至今'} " + "，".join(p for p in (what, where) if p)


def _month(date: re.Match[str]) -> str:
    return f"{date.group(1)}.{int(date.group(2)):02d}" if date.group(2) else date.group(1)


def _write(tokens: list[Token], out: BlockWriter) -> None:
    html: list[str] = []  # raw HTML blocks in a row, read together (a table cut by blank lines)
    lists = 0  # lists open around the current token
    item: list[str] | None = None  # the paragraphs of the list item being read
    table: list[list[str]] | None = None
    header_rows = 0
    heading = 0
    for token in tokens:
        kind = token.type
        if kind == "html_block" and item is None and table is None:
            html.append(token.content)
            continue
        if html and _unclosed_table(html):  # a blank line inside the HTML ended the block, not the table
            if kind in ("code_block", "fence", "inline"):
                html.append(token.content)
            continue
        if html and kind == "code_block" and _unclosed_element(html):
            html.append(token.content)  # indented lines inside an open <div>: its HTML, not code
            continue
        if html:
            write_fragment("\n".join(html), out)
            html.clear()
        if kind == "heading_open":
            heading = int(token.tag[1:])
        elif kind in ("bullet_list_open", "ordered_list_open"):
            _end_item(out, item, lists)
            item = None
            lists += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
        elif kind == "list_item_open":
            item = []
        elif kind == "list_item_close":
            _end_item(out, item, lists)
            item = None
        elif kind == "table_open":
            table, header_rows = [], 0
        elif kind == "tr_open" and table is not None:
            table.append([])
        elif kind == "th_open":
            header_rows = len(table or [])
        elif kind == "table_close" and table is not None:
            out.add_table(table, header_rows=header_rows)
            table = None
        elif kind == "inline":
            text = _inline_text(token)
            if table is not None:
                table[-1].append(text)
            elif heading:
                out.add(BlockKind.HEADING, text, level=heading)
                heading = 0
            elif item is not None:
                item.append(text)
            else:
                out.add(BlockKind.PARAGRAPH, text)
        elif kind in ("fence", "code_block"):
            _paragraph(out, item, token.content)
        elif kind == "html_block":
            _paragraph(out, item, _html_text(token.content))
    if html:
        write_fragment("\n".join(html), out)


def _unclosed_table(html: list[str]) -> bool:
    joined = "".join(html).lower()
    return joined.count("<table") > joined.count("</table")


_OPENED = re.compile(r"<(div|section|article|p|ul|ol|li|td|span|font)\b", re.I)
_CLOSED = re.compile(r"</(div|section|article|p|ul|ol|li|td|span|font)\s*>", re.I)


def _unclosed_element(html: list[str]) -> bool:
    """Whether the raw HTML so far leaves an element open (a blank line ended the Markdown block, not it)."""
    joined = "".join(html)
    return len(_OPENED.findall(joined)) > len(_CLOSED.findall(joined))


def _end_item(out: BlockWriter, item: list[str] | None, lists: int) -> None:
    if item:
        out.add(BlockKind.LIST_ITEM, "\n".join(item), level=max(lists - 1, 0))


def _paragraph(out: BlockWriter, item: list[str] | None, text: str) -> None:
    if item is not None:
        item.append(text)
    else:
        out.add(BlockKind.PARAGRAPH, text)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline" and _LINE_BREAK_TAG.fullmatch(child.content.strip()):
            parts.append("\n")
    return "".join(parts)


def _html_text(html: str) -> str:
    """The text of raw HTML inside Markdown, a line for each line break or block."""
    sub = BlockWriter()
    write_fragment(html, sub)
    return sub.result()[0].strip("\n")
