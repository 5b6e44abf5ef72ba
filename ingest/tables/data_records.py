"""Records written as a data literal: JSON, a Python or JavaScript object literal, whole or a fragment cut
from a larger one (`{'name': '某某研究', 'leader': '某某', 'subjects': [{…}, …]},`), as a site's export
or a script's data is published.

Each object is a record, its keys read by the header vocabulary (ingest/data/table_headers.txt) as a
table's column headers are, its values as the cells: a project's record gives the project (its title,
code and unit) and the person who leads it, exactly as a row of a table of projects. Of what the keys
say beyond the vocabulary:

- a key the vocabulary reads as a counter (`id`) over a value that is a code (`2016YFB0700400`) is the
  project's code; a key for a person's name (`name`) over a value that is no person's name, in a record
  that names a person under another key, is the record's title;
- a key that names a unit after another key (`expert_institution` after `expert`) is the unit of the
  person that key names: the person works there;
- a list of objects inside an object (`subjects`, `children`) holds its parts: each of their projects is
  PART_OF the project of the object that holds them;
- a value that is nothing but a person's titles (`title: 教授 / 博士生导师`) is the title of the record's
  person, never a project's;
- an object under a person's record that holds a unit and nothing but a post or title (`title: [{name: 讲席教授,
  affiliation: 某大学}]`) is a post the person holds there;
- the lists of strings of a record about one person (`career`, `appointments`, `awards`, `projects`,
  `papers`) are read for that person by what their keys say (ingest.tables.record_lists);
- a reference manager's creators (`creators: [{lastName: 某某, creatorType: author}]`, CSL's `family`/`given`) are the
  work's people by the part each took; people a project's record lists as objects (`people: [{name, unit}]`) are its
  members, at their units;
- a record with authors (a list, several in one string, or one with where the work appeared) is a paper;
- a record dated to the day that tells its story in sentences is a news item: its title is a headline, read as prose.

A database dump's INSERT statements give a record a row, its columns the keys; a YAML file, or a Markdown page's front
matter of records kept as written, gives its mappings. The text is scanned for
objects wherever they start; one that does not parse as a literal is left
alone, and so is an object of fewer than two string values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import yaml

from graph.schema import RelType
from ingest.kit.text import BRACKET_NOTE, DASHES, INLINE_FORMATTING, has_cjk, is_person_name
from ingest.model import Span
from ingest.nlp.lexicon import common_word
from ingest.readers.text import is_yaml_data, yaml_blocks
from ingest.reading import Coverage, Document, Facts
from ingest.tables.bibliography import read_references, references_in
from ingest.tables.cells import PATENT_NUMBER, Piece, piece
from ingest.tables.people_lists import body_a_title_names
from ingest.tables.profiles import degrees_only, title_of
from ingest.tables.record_lists import kind_of, read_record_lists
from ingest.tables.records import (
    TRAILING_NOTE,
    Context,
    Record,
    as_patent,
    emit,
    ends_with_post,
    noted_patent,
    patent_number_in,
    people_of,
)
from ingest.tables.typing import Content, content_of
from ingest.tables.vocabulary import UNITS, Role, header_of
from ingest.tables.works import DAY

_STRING = re.compile(r"""'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)\"|`((?:[^`\\]|\\.)*)`""")  # (`…`: a template, over lines)
_BARE = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def _string(raw: str, start: int) -> Piece | None:
    return piece(INLINE_FORMATTING.sub(lambda t: " " * len(t.group()), raw), start)
_MEMBER = re.compile(r"(?:\.[A-Za-z_$][\w$]*)+")  # a call's result's member (`.href`)
_BLANK = re.compile(r"(?:\s|//[^\n]*|#[^\n]*)*")
_KEY_WORDS = re.compile(r"[_\-\s.]+|(?<=[a-z])(?=[A-Z])")
_MIN_VALUES = 2  # string values an object needs to be a record
_MAX_DEPTH = 8
_MIN_TITLE = 4
_SECTION_WORDS = 6  # a section's name of words of the dictionary (基本信息, 工作经历) is no longer


@dataclass
class _Object:
    """One object of the literal: its scalar values by key (the key's span, the value) and the objects of
    the lists it holds."""

    span: Span
    values: list[tuple[str, Span, Piece]] = field(default_factory=list)
    parts: list[_Object] = field(default_factory=list)
    lists: list[tuple[str, list[Piece]]] = field(default_factory=list)  # lists of strings, by key
    under: str = ""  # the key of the object or list that holds it (`papers: [{…}, …]`)


class _Unreadable(Exception):
    pass


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text

    def blank(self, at: int) -> int:
        return _skip_blank(self.text, at)

    def value(self, at: int, depth: int) -> tuple[object, int]:
        """The value at `at` (a str Piece, an _Object, a list of values, or None for a bare word) and where
        it ends."""
        at = self.blank(at)
        if at >= len(self.text) or depth > _MAX_DEPTH:
            raise _Unreadable
        ch = self.text[at]
        if ch == "{":
            return self.mapping(at, depth + 1)
        if ch == "[" or ch == "(":
            return self.array(at, depth + 1)
        m = _STRING.match(self.text, at)
        if m:
            group = next(g for g in (1, 2, 3) if m.group(g) is not None)
            return _string(m.group(group), m.start(group)), m.end()
        m = _BARE.match(self.text, at)
        if m:
            if m.group() == "new" and (made := _BARE.match(self.text, self.blank(m.end()))):
                m = made  # img: new URL(`…`, import.meta.url).href: an object made, no value to read
            after = self.blank(m.end())
            if self.text.startswith("(", after) and (close := _call_end(self.text, after)) > 0:
                member = _MEMBER.match(self.text, close)
                return None, member.end() if member else close  # img: require('../images/a.jpg'): a call
            return None, m.end()
        raise _Unreadable

    def mapping(self, at: int, depth: int) -> tuple[_Object, int]:
        start = at
        out = _Object(Span(at, at))
        at = self.blank(at + 1)
        while self.text[at:at + 1] != "}":
            m = _STRING.match(self.text, at) or _BARE.match(self.text, at)
            if m is None:
                raise _Unreadable
            key = m.group(1) if m.re is _STRING and m.group(1) is not None else \
                m.group(2) if m.re is _STRING else m.group()
            key_span = Span(m.start(), m.end())
            at = self.blank(m.end())
            if self.text[at:at + 1] not in (":", "="):
                raise _Unreadable
            if self.text[self.blank(at + 1):self.blank(at + 1) + 1] in (",", "}"):
                value, at = None, self.blank(at + 1)  # `id:,`: a value a template leaves out
            else:
                value, at = self.value(at + 1, depth)
            _put(out, key, key_span, value)
            at = self.separator(at, "}")
        out.span = Span(start, at + 1)
        return out, at + 1

    def array(self, at: int, depth: int) -> tuple[list[object], int]:
        close = "]" if self.text[at] == "[" else ")"
        items: list[object] = []
        at = self.blank(at + 1)
        while self.text[at:at + 1] != close:
            value, at = self.value(at, depth)
            items.append(value)
            at = self.separator(at, close)
        return items, at + 1

    def separator(self, at: int, close: str) -> int:
        at = self.blank(at)
        if self.text[at:at + 1] == ",":
            return self.blank(at + 1)
        if self.text[at:at + 1] != close:
            raise _Unreadable
        return at


def objects_in(text: str) -> list[_Object]:
    """The outermost objects of the literals in a text, in order."""
    parser = _Parser(text)
    found: list[_Object] = []
    at = text.find("{")
    while at >= 0:
        try:
            obj, end = parser.mapping(at, 1)
        except (_Unreadable, IndexError):
            at = text.find("{", at + 1)
            continue
        if _records_in(obj):
            found.append(obj)
            at = text.find("{", end)
        else:
            at = text.find("{", at + 1)
    return found


def yaml_objects_in(text: str) -> list[_Object]:
    """The outermost objects of a YAML file (a site's data file: `- title: …` items under one another), as
    those of a literal in braces: each mapping an object, its scalar strings the values, with their spans
    (a value YAML rewrites, escaped or folded over lines, is left out)."""
    try:
        nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return []
    found: list[_Object] = []
    for node in nodes:
        value = _yaml_value(node, text, 1)
        items = value if isinstance(value, list) else [value]
        found += [item for item in items if isinstance(item, _Object) and _records_in(item)]
    return found


def _yaml_value(node: object, text: str, depth: int) -> object:
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, yaml.ScalarNode):
        start, end = node.start_mark.index, node.end_mark.index
        if node.style in ("'", '"'):
            start, end = start + 1, end - 1
        if node.style in ("|", ">") and (head := text.find("\n", start, end)) >= 0:
            return _string(text[head + 1:end], head + 1)  # a block of lines, as written (its indent is blank)
        if node.tag.endswith(":timestamp"):
            return _string(text[start:end], start)  # `date: 2031-04-12`, as written
        if not node.tag.endswith(":str") or text[start:end] != node.value:
            return None
        return _string(node.value, start)
    if isinstance(node, yaml.SequenceNode):
        return [_yaml_value(item, text, depth + 1) for item in node.value]
    if not isinstance(node, yaml.MappingNode):
        return None
    out = _Object(Span(node.start_mark.index, node.end_mark.index))
    for key_node, value_node in node.value:
        key = _yaml_value(key_node, text, depth + 1)
        if not isinstance(key, Piece):
            continue
        _put(out, key.text, key.span, _yaml_value(value_node, text, depth + 1))
    return out


_MAX_CALL = 400
_MAX_POST = 20  # a post's words (高级副总裁, 计算机学院院长); a longer value is no post


def _call_end(text: str, at: int) -> int:
    """Where the call's brackets opened at `at` close (-1: not within a short call)."""
    depth = 0
    for k in range(at, min(len(text), at + _MAX_CALL)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return k + 1
    return -1


# the keys of a value written in each language (a site's translations): the Chinese one's first
_LANGUAGES = ("zh", "cn", "zh-cn", "zh_cn", "zhcn", "zh-hans", "chinese", "中文", "en", "en-us", "en_us", "english", "英文")


def _in_chinese(obj: _Object) -> Piece | None:
    """The Chinese value of an object whose keys are languages only, or None."""
    said = {key.lower(): value for key, _, value in obj.values}
    if obj.parts or obj.lists or not said or not set(said) <= set(_LANGUAGES):
        return None
    return next((said[k] for k in _LANGUAGES if k in said), None)


def _put(out: _Object, key: str, key_span: Span, value: object) -> None:
    """A key's value into its object: a string among the values, an object among the parts, a list's objects
    among the parts and its strings as a list of the key."""
    if isinstance(value, _Object) and (said := _in_chinese(value)) is not None:
        value = said  # `name: { zh: "某某", en: "…" }`: a value written in each language, read in Chinese
    if isinstance(value, Piece):
        out.values.append((key, key_span, value))
    elif isinstance(value, _Object):
        value.under = key
        out.parts.append(value)
    elif isinstance(value, list) and (creators := _creators(key, value)):
        for role, names in creators.items():  # `creators: [{lastName: 某某, creatorType: author}, …]`
            out.lists.append((role, names))
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, _Object):
                item.under = key
                out.parts.append(item)
        if strings := [v for v in value if isinstance(v, Piece)]:
            out.lists.append((key, strings))


# A database dump's rows: `INSERT INTO "t" ("id", "name", …) VALUES (25, '某某', …), (…);` (a string may run over
# lines and double its quotes)
# (the columns may go unnamed: `INSERT INTO t VALUES (…)`, in the order the table's definition gives them)
# a reference manager's person of a work: a name written whole (`lastName` alone, CSL's `literal`), or in its family and
# given names (`family: 某, given: 某某`), and the part they took (`creatorType: author`, `inventor`)
_FAMILY = ("lastname", "family", "surname", "last")
_GIVEN = ("firstname", "given", "forename", "first")
_WHOLE = ("literal",)
_PART_TAKEN = ("creatortype", "type", "role")


def _creators(key: str, items: list[object]) -> dict[str, list[Piece]]:
    """The people of a work's list of creators, by the part each took (its key where they name none); nothing where
    the list holds anything but such people."""
    out: dict[str, list[Piece]] = {}
    for item in items:
        if not isinstance(item, _Object) or item.parts or item.lists:
            return {}
        said = {k.lower().replace("_", ""): v for k, _, v in item.values}
        family = next((said[k] for k in _FAMILY if k in said), None)
        given = next((said[k] for k in _GIVEN if k in said), None)
        whole = next((said[k] for k in (*_WHOLE, *(("name",) if _listed_as(key) in _NAMING else ())) if k in said), None)
        if family is None and given is None and (whole is None or not set(said) - {*_WHOLE, "name"} <= set(_PART_TAKEN)):
            return {}
        if family is not None and given is not None:
            first, last = sorted((family, given), key=lambda p: p.span.start)
            name = Piece(family.text + given.text, Span(first.span.start, last.span.end)) \
                if has_cjk(family.text) else None  # (a Latin name is no Chinese researcher's)
        else:
            name = family or given or whole
        part = next((said[k].text for k in _PART_TAKEN if k in said), key)
        if name is not None:
            out.setdefault(part, []).append(name)
    return out


_INSERT = re.compile(r"INSERT\s+INTO\s+[`\"\[]?(?P<table>[\w.]+)[`\"\]]?\s*(?:\((?P<columns>[^()]*)\)\s*)?VALUES\s*", re.I)
# a table's definition, and a column's in it with the comment that says in words what the column holds
_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`\"\[]?(?P<table>[\w.]+)[`\"\]]?\s*\(", re.I)
_COMMENTED = re.compile(r"^\s*[`\"\[]?(?P<name>\w+)[`\"\]]?\s[^\n]*?\bCOMMENT\s+'(?P<comment>[^'\n]+)'", re.I | re.M)
_COLUMN = re.compile(r"[`\"\[]?(?P<name>[^`\"\[\],\s]+)[`\"\]]?")
_SQL_VALUE = re.compile(r"\s*(?:'(?P<text>(?:[^']|'')*)'|(?P<bare>[^,()'\s][^,()]*?))\s*(?=[,)])", re.S)


_KEYS_ONLY = re.compile(r"(?:[0-9a-fA-F]{16,}[,;]?)+")  # keys into other tables (hashes), no value to read


def inserts_in(text: str) -> list[_Object]:
    """Each row of a dump's INSERT statements as an object, its columns the keys (a string over lines is also
    a list of its lines, as a career's lines are)."""
    rows: list[tuple[str, Span, list[tuple[str, Span, Piece]]]] = []  # (the table, where, the cells)
    said = _column_comments(text)
    defined = _table_columns(text)
    unnamed: set[str] = set()  # the tables whose columns no statement names
    for m in _INSERT.finditer(text):
        table, words = m.group("table"), said.get(m.group("table"), {})
        if m.group("columns") is not None:
            columns = [(words.get(c.group("name"), c.group("name")),
                        Span(m.start("columns") + c.start("name"), m.start("columns") + c.end("name")))
                       for c in _COLUMN.finditer(m.group("columns"))]
        else:
            columns = [(words.get(c.group("name"), c.group("name")), Span(c.start("name"), c.end("name")))
                       for c in defined.get(table, [])]
            if not columns:
                unnamed.add(table)
        at = m.end()
        while text.startswith("(", at):
            start, cells = at, []
            at += 1
            for n in range(len(columns) if columns else _MAX_COLUMNS):
                value = _SQL_VALUE.match(text, at)
                if value is None:
                    break
                if value.group("text") is not None and (cell := piece(value.group("text"), value.start("text"))) \
                        and not _KEYS_ONLY.fullmatch(cell.text):
                    key, key_span = columns[n] if columns else (f"column {n + 1}", Span(value.start(), value.start()))
                    cells.append((key, key_span, cell))
                at = value.end() + 1 if text.startswith(",", value.end()) else value.end()
            close = text.find(")", at)
            if close < 0:
                break
            rows.append((table, Span(start, close + 1), cells))
            at = _skip_blank(text, close + 1)
            if not text.startswith(",", at):
                break
            at = _skip_blank(text, at + 1)
    names = {table: _name_column([cells for t, _, cells in rows if t == table]) for table in unnamed}
    found = []
    for table, span, cells in rows:
        row = _Object(span)
        for key, key_span, cell in cells:
            if names.get(table) is not None:  # the row's person by the name column, and the rest unnamed
                key = "name" if key == names[table] else ""
            _put(row, key, key_span, cell)
            lines = [p for line in re.finditer(r"[^\n]+", cell.text)
                     if (p := piece(line.group(), cell.span.start + line.start())) is not None]
            if len(lines) > 1:
                row.lists.append((key, lines))
        if _records_in(row):
            found.append(row)
    return found


_MAX_COLUMNS = 200


def _name_column(rows: list[list[tuple[str, Span, Piece]]]) -> str | None:
    """The column of a table whose columns no statement names that holds people's names: the one whose values are
    names in most of the rows, at least half of them (so the long values beside are read as sentences about them;
    a short value elsewhere that reads as a name, `普外` of a department, is none)."""
    counts: dict[str, int] = {}
    for cells in rows:
        for key, _, cell in cells:
            if is_person_name(cell.text.strip()):
                counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or 2 * ranked[0][1] < len(rows) or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _table_columns(text: str) -> dict[str, list[re.Match[str]]]:
    """For each table a dump defines, its columns in order (matches of their names)."""
    return {table: [c for c in _DEFINED_COLUMN.finditer(text, start, end) if c.group("name").upper() not in _NOT_COLUMNS]
            for table, start, end in _definitions(text)}


def _definitions(text: str) -> list[tuple[str, int, int]]:
    """(the table, where its definition's body starts and ends) for each table a dump defines."""
    out = []
    for create in _CREATE.finditer(text):
        end = text.find(";", create.end())
        out.append((create.group("table"), create.end(), end if end >= 0 else len(text)))
    return out


# a column's definition, a line of a table's: its name, then its type
_DEFINED_COLUMN = re.compile(r"^\s*[`\"\[]?(?P<name>\w+)[`\"\]]?\s+[A-Za-z]", re.M)
_NOT_COLUMNS = frozenset({"PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "INDEX", "FOREIGN", "CHECK", "FULLTEXT"})


def _column_comments(text: str) -> dict[str, dict[str, str]]:
    """For each table a dump defines, the words its columns' comments say they hold (`title` ... COMMENT '个人头衔'),
    where a comment's words are a header the vocabulary knows, or none the column's name misleads with (a `title`
    that holds a person's titles is no project's): the column is read by its comment."""
    out: dict[str, dict[str, str]] = {}
    for table, start, end in _definitions(text):
        comments = {}
        for column in _COMMENTED.finditer(text[start:end]):
            comment = column.group("comment").strip()
            core = BRACKET_NOTE.sub("", comment).strip() or comment
            if re.search(r"[\u4e00-\u9fff]", core):
                comments[column.group("name")] = core
        if comments:
            out[table] = comments
    return out


def _skip_blank(text: str, at: int) -> int:
    m = _BLANK.match(text, at)
    return m.end() if m else at


def _records_in(obj: _Object) -> bool:
    return _a_record(obj) or any(_records_in(p) for p in obj.parts)


def _a_record(obj: _Object) -> bool:
    """Two strings at least, a list of strings counting as one (`{name: "某某", titles: ["…", "…"]}`)."""
    return len(obj.values) + min(len(obj.lists), 1) >= _MIN_VALUES and bool(obj.values)


def read_data_records(document: Document, taken: Coverage, facts: Facts) -> None:
    references = [r for r in references_in(document.text) if taken.free(r.span)]
    if references:  # a reference manager's records (ingest.tables.bibliography), in whatever file holds them
        read_references(references, facts)
        taken = Coverage(taken.length, [*taken.spans(), *(r.span for r in references)])
    held = yaml_blocks(document.text, document.blocks)
    if is_yaml_data(document.name, document.text):
        objects = yaml_objects_in(document.text)  # (a data file saved as text: `- title: …` items, keys in Latin)
    elif held:  # a page's front matter of records, as written: each block's objects, where they are in the text
        objects = [o for span in held for o in yaml_objects_in("\n" * span.start + document.text[span.start:span.end])]
    elif _INSERT.search(document.text):
        objects = inserts_in(document.text)
    elif "{" in document.text:
        objects = _titled_columns(_described_examples(objects_in(document.text)))
    else:
        return
    for obj in objects:
        if taken.free(obj.span):
            _read(obj, None, document.text, facts)
    if document.name.lower().endswith(_COMPONENTS):
        _cards(document.text, taken, facts)


# a table component's column, its title for the reader and the key of the records' field it shows
# (`{title: "发明人", prop: "IN"}`, `{label: "姓名", prop: "name"}`, `{title: "职称", dataIndex: "rank"}`)
_COLUMN_TITLE = ("title", "label", "header", "text")
_COLUMN_KEY = ("prop", "dataindex", "key", "field", "datakey", "datafield")
_COLUMN_LOOKS = frozenset({"width", "minwidth", "flex", "align", "sortable", "fixed", "show", "visible", "type",
                           "ellipsis", "resizable", "slot", "scopedslots", "render", "formatter"})


def _column(obj: _Object) -> tuple[str, str] | None:
    """(the field's key, lowercased; the column's title) of an object defining a table's column, else None."""
    said = {key.lower(): value.text.strip() for key, _, value in obj.values}
    title = next((said[k] for k in _COLUMN_TITLE if k in said), None)
    field_key = next((said[k] for k in _COLUMN_KEY if k in said), None)
    if obj.parts or obj.lists or title is None or field_key is None or not _CHINESE_KEY.search(title) \
            or set(said) - {*_COLUMN_TITLE, *_COLUMN_KEY, *_COLUMN_LOOKS}:
        return None
    return field_key.lower(), title


def _titled_columns(objects: list[_Object]) -> list[_Object]:
    """Records whose fields a table's columns title (`{title: "发明人", prop: "IN"}` beside records of `IN: [...]`):
    each field read by its column's title, as a table's header; the columns themselves are no records."""
    columns: dict[str, str] = {}

    def collect(obj: _Object) -> None:
        if (column := _column(obj)) is not None:
            columns.setdefault(*column)
        for part in obj.parts:
            collect(part)

    for obj in objects:
        collect(obj)
    if len(columns) < _MIN_COLUMNS:
        return objects

    def titled(obj: _Object) -> _Object | None:
        if _column(obj) is not None:
            return None
        return replace(obj, values=[(columns.get(k.lower(), k), at, v) for k, at, v in obj.values],
                       lists=[(columns.get(k.lower(), k), items) for k, items in obj.lists],
                       parts=[p for part in obj.parts if (p := titled(part)) is not None])

    return [t for obj in objects if (t := titled(obj)) is not None]


_MIN_COLUMNS = 3


def _described_examples(objects: list[_Object]) -> list[_Object]:
    """A class's fields documented each by an object of its description and an example value (OpenAPI's
    `@ApiProperty({ description: '中文名', example: '某某' })`): the examples of a run of such objects are one
    record, each keyed by its description; other objects are as they were."""
    out: list[_Object] = []
    run: _Object | None = None
    for obj in objects:
        described = _described(obj)
        if described is None:
            out.append(obj)
            run = None
            continue
        if run is None:
            run = _Object(obj.span)
            out.append(run)
        run.span = Span(run.span.start, obj.span.end)
        run.values.append(described)
    return out


def _described(obj: _Object) -> tuple[str, Span, Piece] | None:
    """(the description, where it is written, the example) of an object documenting a field, or None."""
    values = {key: (key_span, value) for key, key_span, value in obj.values}
    if obj.parts or "description" not in values or "example" not in values or set(values) - _DOCUMENTING:
        return None
    (_, description), (_, example) = values["description"], values["example"]
    return description.text, description.span, example


_DOCUMENTING = frozenset({"description", "example", "type", "required", "name", "title", "format", "default", "enum"})


# the keys of a record's files and pictures (`attachments`, `images`, `附件`), whose titles name no work
_FILES = frozenset({"attachments", "attachment", "files", "images", "附件"})


# a page component's card of a person: <InfoCard title="某某" … desc={desc(["…", "…"])} />, its name an attribute and
# its profile the strings after it, up to the next card's name
_COMPONENTS = (".tsx", ".jsx", ".ts", ".js")
_CARD_NAME = re.compile(r"""\b(?:title|name|label|alt)\s*=\s*["'](?P<name>[\u4e00-\u9fff·]{2,5})["']""")
_MAX_CARD = 4000


def _cards(text: str, taken: Coverage, facts: Facts) -> None:
    """The person of each card a component writes by name in an attribute, and the profile its strings give."""
    named = [m for m in _CARD_NAME.finditer(text) if is_person_name(m.group("name"))]
    for k, m in enumerate(named):
        end = min(named[k + 1].start() if k + 1 < len(named) else len(text), m.end() + _MAX_CARD)
        name = Piece(m.group("name"), Span(m.start("name"), m.end("name")))
        passages = [p for s in _STRING.finditer(text, m.end(), end)
                    if (p := piece(s.group(1) if s.group(1) is not None else s.group(2) or "",
                                   s.start(1) if s.group(1) is not None else s.start(2))) is not None
                    and len(p.text) >= _MIN_PASSAGE and PASSAGE.search(p.text) and taken.free(p.span)]
        if passages:
            facts.out.person(name.text, name.span)
            for passage in passages:
                facts.about(name.text, name.span, passage.span)


def _read(obj: _Object, parent: str | None, text: str, facts: Facts, body: str | None = None,
          team: str | None = None) -> None:
    """One object's facts, and its parts'. `parent` is the project of the object that holds it (its part is PART_OF
    it), `team` the project whose people it is listed among (`people: [{name: 某某, unit: 某大学}]`)."""
    if set(_words(obj.under)) & _FILES:
        return  # `attachments: [{title: 'Full Text PDF'}]`: a record's files, no work of their own
    project = None
    if obj.parts:  # `title: 某委员会名单` over `members: [{…}, …]`: the committee the records' posts are in (no
        titled = next(((k, b) for k, (_, _, v) in enumerate(obj.values)  # project's title, the list's)
                       if (b := body_a_title_names(v, facts)) is not None), None)
        if titled is not None:
            body = titled[1]
            facts.read(obj.values[titled[0]][2].span)
            obj = replace(obj, values=obj.values[:titled[0]] + obj.values[titled[0] + 1:])
    record_of_project = False
    if _a_record(obj):
        record, people, spans = _record(obj)
        record_of_project = record.has(Role.PROJECT)
        if record.values:
            project = emit(record, facts.out, facts.orgs, Context(body=body, project=team))
            for person in people.values():
                facts.out.person(person.text, person.span)
            _people_with_units(obj, people, facts)
            facts.read(*spans)
            if project is not None and parent is not None and project != parent and project != team:
                facts.out.relation(RelType.PART_OF, project, parent, record.span)
        owner = (_owner(record) or _named_by_key(people)) if project is None else None
        passages = _passages(obj, record) if owner is not None else []
        if owner is not None and (record.values or passages):
            facts.out.person(owner.text, owner.span)
            for passage in passages:  # `bio: 现任某大学副校长，…`: what the record says of its person
                facts.about(owner.text, owner.span, passage.span)
            dated = _dated_lists(obj)
            lists = [*obj.lists, *dated, *_post_lists(obj), *_paper_lists(obj)]
            if lists:  # (a dated line is a career's, whatever its key)
                read_record_lists(owner, lists, {k: _words(k) for k, _ in lists} | {k: ["career"] for k, _ in dated},
                                  text, facts)
    holder = _person_of(obj) if project is None else None
    for part in obj.parts:
        post = _post_of(part) if holder is not None else None
        if holder is not None and post is not None:  # `title: [{name: 教授, affiliation: 某大学}]`: a post the person holds
            held = Record(part.span)
            held.add(Role.PERSON, holder)
            held.add(Role.WORK_UNIT, post[0])
            if post[1] is not None:
                held.add(Role.TITLE if title_of(post[1].text) is not None else Role.POSITION, post[1])
            emit(held, facts.out, facts.orgs)
            facts.read(part.span)
            continue
        listed = project if project is not None and record_of_project and _listed_as(part.under) is Role.MEMBER else None
        _read(part, project or parent, text, facts, body, listed)


def _listed_as(key: str) -> Role | None:
    """What a key that lists parts says of each (`members: [{…}]`, `completers: [{lastName: …}]`: a member)."""
    header = header_of(key) if key else None
    return header.role if header is not None and header.exact else None


def _person_of(obj: _Object) -> Piece | None:
    """The person an object is about, under a key for a person's name (`name: 某某`), with posts or not."""
    return next((v for k, _, v in obj.values if _role(k, v) is Role.PERSON and is_person_name(v.text)), None)


def _post_of(obj: _Object) -> tuple[Piece, Piece | None] | None:
    """An object of a person's that holds one post (`{name: 讲席教授, affiliation: 某大学}`): the unit, and the post
    or title held there (None where it gives none); None where the object is no such post."""
    if obj.parts or obj.lists or not 1 <= len(obj.values) <= 2:
        return None
    units = [v for k, _, v in obj.values if _role(k, v) in UNITS]
    others = [v for k, _, v in obj.values if _role(k, v) not in UNITS]
    if len(units) != 1 or is_person_name(units[0].text):
        return None
    held = others[0].text.strip() if others else ""
    if others and (is_person_name(held) and title_of(held) is None and not ends_with_post(held) or len(held) > _MAX_POST):
        return None  # (高级总监 opens with a surname: a post all the same)
    return units[0], others[0] if others else None


def _paper_lists(obj: _Object) -> list[tuple[str, list[Piece]]]:
    """A person's papers written in one value of a single line (`paper: '《题名》#《题名》'`), as a list of that one line."""
    listed = {key for key, _ in obj.lists}
    return [(key, [value]) for key, _, value in obj.values if key not in listed and _papers_of_a_person(obj, key)]


# where a dated item of a career written on one line starts (`2024.03-至今，某大学，讲师 2017.09-2023.12，某大学，博士`)
# (after `\n` a literal writes; `2009-  某大学…`: a period with no end)
_DATED_ITEM = re.compile(rf"(?:^|(?<=\s)|(?<=\\n))(?=(?:19|20)\d{{2}}\s*(?:年|[.\-/]\s*\d{{1,2}}|[{DASHES}~～][ \t\u3000]))")
_ESCAPED_BREAKS = re.compile(r"(?:\\[rn]|\s)+$")


def _dated_lists(obj: _Object) -> list[tuple[str, list[Piece]]]:
    """A career written as one string under its key (`经历: "2024.03-至今，… 2017.09-2023.12，…"`): its dated items,
    as a list of the key (a key already holding a list, or a string with no date, gives none). A key the vocabulary
    reads as no fact (`education1: 2023.1-至今 副教授，某大学`) holds a career's line all the same where its value opens
    with the period."""
    listed = {key for key, _ in obj.lists}
    out: list[tuple[str, list[Piece]]] = []
    for key, _, value in obj.values:
        if key in listed or kind_of(key, _words(key)) != "career" and _role(key, value) not in (None, Role.NOTE):
            continue
        cuts = [m.start() for m in _DATED_ITEM.finditer(value.text)]
        if not cuts or cuts[0] > 0:
            continue
        items = [p for a, b in zip(cuts, [*cuts[1:], len(value.text)], strict=True)
                 if (p := piece(_ESCAPED_BREAKS.sub("", value.text[a:b]), value.span.start + a)) is not None]
        out.append((key, items))
    return out


_POST_ITEM = re.compile(r"[^，,；;\n]+")


def _post_lists(obj: _Object) -> list[tuple[str, list[Piece]]]:
    """The posts held beside one's job written as one string under its key (`socialAppointments: "某学会理事(2004-2012)，
    某学会某分会理事(2005-)"`): its items, parted by commas and semicolons, as a list of the key."""
    listed = {key for key, _ in obj.lists}
    out: list[tuple[str, list[Piece]]] = []
    for key, _, value in obj.values:
        if key in listed or kind_of(key, _words(key)) != "posts":
            continue
        items = [p for m in _POST_ITEM.finditer(value.text) if (p := piece(m.group(), value.span.start + m.start())) is not None]
        if items:
            out.append((key, items))
    return out


_BLOCK_OPENS = re.compile(r"<(?:p|div|section|article)\b", re.I)  # a page's text in a string (`<p>某某，某大学教授…`)
# prose in clauses: Chinese, a comma or a stop, Chinese (a person's profile, a note; read by prose)
PASSAGE = re.compile(r"[\u4e00-\u9fff][^\n]*[，。；,;][^\n]*[\u4e00-\u9fff]", re.S)
_MIN_PASSAGE = 20


_MIN_NOTE = 4


def _passages(obj: _Object, record: Record) -> list[Piece]:
    """The values of a record about one person that are sentences about them, long enough and written in clauses: its
    notes (`bio`, `简介`), the values of keys the vocabulary does not know (`msg`, `intro`) and its posts
    (`positions: 现任…`); not a list's (`经历`: a career, read item by item by ingest.tables.record_lists)."""
    notes = {id(v) for v in record.values.get(Role.NOTE, [])}
    out = []
    for key, _, value in obj.values:
        noted = id(value) in notes and len(value.text.strip()) >= _MIN_NOTE and ends_with_post(value.text.strip())
        # (`info: 某实验室负责人`: a card's posts)
        if _lines_of_a_person(obj, key, value):
            out.append(value)
        elif (noted or (id(value) in notes or _role(key, value) in _SAID_IN_CLAUSES) and len(value.text) >= _MIN_PASSAGE
                and _clauses(key, value)) and kind_of(key, _words(key)) in (None, "career") \
                and not value.text.lstrip().startswith(("http", "{")) \
                and (not value.text.lstrip().startswith("<") or _BLOCK_OPENS.match(value.text.lstrip())):
            out.append(value)
    return out


# the keys whose values may be sentences about the person: none the vocabulary knows, and a post's or a title's
# (`positions: 历任某局局长、某大学校长等职务`: the posts, each with its unit, in clauses)
_SAID_IN_CLAUSES = (None, Role.POSITION, Role.TITLE)


def _clauses(key: str, value: Piece) -> bool:
    """The value is written in clauses; a post's or a career's also in items (`历任某局局长、某大学校长`)."""
    if PASSAGE.search(value.text):
        return True
    return (_role(key, value) is not None or kind_of(key, _words(key)) is not None) and _ITEMS.search(value.text) is not None


_ITEMS = re.compile(r"[\u4e00-\u9fff][^\n]*、[^\n]*[\u4e00-\u9fff]")


def _owner(record: Record) -> Piece | None:
    """The one person a record is about (`name: 某某` of a record of no project), or None."""
    values = record.values.get(Role.PERSON, [])
    named = [v for v in values if is_person_name(v.text)]
    if not named and len(values) == 1 and len(people := people_of(record, Role.PERSON)) == 1:
        named = [Piece(people[0].name, people[0].span)]  # `name: 某某<br>Mou Mou`: the name and its Latin spelling
    return named[0] if len(named) == 1 else None


def _named_by_key(people: dict[str, Piece]) -> Piece | None:
    """The one person a record names under a key of its kind of name (`teacher_name`, `expert_name`), where the
    vocabulary reads no person's key."""
    named = [value for key, value in people.items() if key.split(" ")[-1] in ("name", "姓名")]
    return named[0] if len(named) == 1 and len(people) == 1 else None


def _words(key: str) -> list[str]:
    return [w.lower() for w in _KEY_WORDS.split(key) if w]


def _record(obj: _Object) -> tuple[Record, dict[str, Piece], list[Span]]:
    """The record of an object's values by what their keys say; the people of keys the vocabulary does not
    know, by key; the spans read."""
    record = Record(obj.span)
    people: dict[str, Piece] = {}
    spans: list[Span] = []
    named = any(_role(k, v) in _NAMING for k, _, v in obj.values) \
        or any(_role(k, items[0]) in _NAMING for k, items in obj.lists if items) \
        or any(_listed_as(part.under) in _NAMING for part in obj.parts)  # (`people: [{name: 某某, …}]`)
    declared = any(_value_role(k, v) is Role.PATENT_NUMBER for k, _, v in obj.values)
    news = _news_item(obj)
    for key, key_span, value in obj.values:
        role = _value_role(key, value)
        if role is not Role.PATENT_NUMBER and not declared and _whole_patent_number(value):
            role = Role.PATENT_NUMBER  # `number: ZL…`, `id: CN…A`: the value says what it is
            value = patent_number_in(value) or value  # (of `CN…A / CN…B`, the granted number)
        if role in (Role.PROJECT, Role.PAPER_TITLE) and news:
            continue  # `{title: 某学院与某公司签署合作协议, date: 2031-04-12, content: …}`: a headline, read as prose
        if role is Role.PERSON and named and not is_person_name(value.text) and len(value.text) >= _MIN_TITLE:
            role = Role.PROJECT  # `name` of a record that names its people under other keys: its title
        elif role is Role.PERSON and not is_person_name(value.text) and len(value.text) >= _MIN_TITLE and _a_paper(obj):
            role = Role.PAPER_TITLE  # `paper: {name: 某某研究, authors: …}`: the paper's title
        elif role in UNITS and _IN_TITLE_MARKS.fullmatch(value.text.strip()) and _a_paper(obj):
            role = Role.JOURNAL  # `org: 《某某学报》` of a paper's record: where it appeared
        if role in (Role.PROJECT, Role.PERSON) and (titled := _NAME_AND_TITLE.fullmatch(value.text.strip())) is not None \
                and is_person_name(titled.group("name")) and title_of(titled.group("title")) is not None:
            at = value.span.start + value.text.index(titled.group("name"))  # `title: '某某 教授'`, `name: "某某 博士"`
            record.add(Role.PERSON, Piece(titled.group("name"), Span(at, at + len(titled.group("name")))))
            record.add(Role.TITLE, Piece(titled.group("title"), Span(at + titled.start("title"), at + titled.end("title"))))
            spans += [key_span, value.span]
            continue
        if role in (Role.PROJECT, Role.WORK_UNIT, Role.POSITION) and (title_of(value.text) is not None or degrees_only(value.text)):
            role = Role.TITLE  # `title: 教授 / 博士生导师`, `department: 主治医师 讲师`, `position: 教授`: a person's title,
            # no project, unit or post
        elif role is Role.PROJECT and _UNIT_END.search(value.text.strip()) and not re.search(r"[、，,]", value.text):
            role = Role.UNIT_NAME  # `title: 某学会党委`, `name: 某某重点实验室` of a record naming people: a unit, no project
        elif role is Role.POSITION and _UNIT_END.search(value.text.strip()) and not re.search(r"[、，,\s]", value.text.strip()):
            role = Role.WORK_UNIT  # `position: 某大学` of a collaborator's card: where the person is, no post
        elif role is Role.PROJECT and len(value.text.strip()) <= _SECTION_WORDS and common_word(value.text.strip()) \
                and not named:
            role = None  # `title: 工作经历`, `title: 主持项目`: a section of the page the object holds, no project (a
            # record naming its leader is a project however short its title: `name: 高速检测, leader: 某某`)
        elif role is Role.PROJECT and ends_with_post(TRAILING_NOTE.sub("", value.text.strip())):
            role = None  # `title: 高级科研助理`, `title: 软件工程师（全职）`: a post a job advert offers, no project
        elif role is Role.PROJECT and _a_paper(obj):
            role = Role.PAPER_TITLE  # `papers: [{title: …}]`, `{title: …, href: https://doi.org/…}`: a paper's title
        if role is Role.PROJECT and not named and not has_cjk(value.text):
            continue  # `{url: link, title: 'PDF'}`: a link's label, no project
        if role is Role.PAPER_TITLE and _papers_of_a_person(obj, key):
            continue  # `paper: '1.题名#2.题名'` of a person's record: the person's list (ingest.tables.record_lists)
        if _lines_of_a_person(obj, key, value):
            continue  # `project: "2031-2034 某基金：某某研究（…）\n…"`: the person's list, a line each (read as prose)
        if role is None:
            if is_person_name(value.text) and not common_word(value.text) and " ".join(_words(key)) not in ("", "text"):
                people[" ".join(_words(key))] = value
                spans += [key_span, value.span]
            continue
        header = header_of(key)
        record.add(role, value, header.unit if header else None)
        spans += [key_span] if role is Role.NOTE else [key_span, value.span]  # a note (`bio`) is prose's
    for key, strings in obj.lists:  # `inventors: [甲, 乙]`: a work's people, one a string, in order; its owners
        if strings and (role := _role(key, strings[0])) in _LISTED_PARTIES:
            for value in strings:
                record.add(role, value)
                spans.append(value.span)
    if record.has(Role.PATENT_NUMBER) and record.has(Role.INVENTORS, Role.AUTHORS):
        as_patent(record)  # a work with its number and its inventors: its title is the patent's
    if record.has(Role.PROJECT, Role.PAPER_TITLE, Role.PATENT_TITLE) and not record.has(Role.PATENT_NUMBER):
        noted = [(value, number) for key, _, value in obj.values if _value_role(key, value) in (None, Role.NOTE)
                 and (number := patent_number_in(value)) is not None]
        if noted:  # `description: 中国发明专利号：ZL…` of a work with its authors: a patent (a granted number first)
            value, number = min(noted, key=lambda n: (n[0].text.startswith("http"), not n[1].text.startswith("ZL")))
            noted_patent(record, value, number)
            spans.append(value.span)
    return record, people, spans


# the endings a unit's name has and a project's title has not
_UNIT_END = re.compile(r"(?:实验室|研究所|研究院|研究中心|技术中心|大学|学院|医院|学会|协会|委员会|党委|党支部|党总支|党小组|公司|集团)$")
_LISTED_PEOPLE = frozenset({Role.INVENTORS, Role.AUTHORS, Role.MEMBER})
# the keys of a record's people besides its own person: `name` of a record that has them is its work's title
_NAMING = frozenset({Role.LEADER, Role.MEMBER, Role.CONTACT, Role.INVENTORS, Role.AUTHORS})
_LISTED_PARTIES = _LISTED_PEOPLE | {Role.PATENTEE}  # (`assignees: [某公司]`)
_NAME_AND_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,5}?)[ \t\u3000]*(?P<title>[\u4e00-\u9fff]{2,8})")
# a link to a paper: a DOI, or an article's page at a publisher or a library of papers
_PAPER_LINK = re.compile(r"https?://(?:dx\.)?doi\.org/|https?://[^/\s]*(?:dl\.acm\.org|sciencedirect\.com|springer\.com|"
                         r"ieeexplore\.ieee\.org|onlinelibrary\.wiley\.com|nature\.com|pubs\.acs\.org|mdpi\.com|"
                         r"arxiv\.org|aclanthology\.org|cnki\.net|wanfangdata\.com\.cn|pubmed\.ncbi\.nlm\.nih\.gov)/", re.I)


def _papers_of_a_person(obj: _Object, key: str) -> bool:
    """The key holds a list of papers (`paper`, `论文`) in a record about a person (a person's name, no paper's authors)."""
    roles = {_role(k, v) for k, _, v in obj.values}
    return kind_of(key, _words(key)) == "papers" and Role.PERSON in roles and not roles & {Role.AUTHORS, Role.JOURNAL}


def _lines_of_a_person(obj: _Object, key: str, value: Piece) -> bool:
    """The key holds a person's projects or awards a line each (`project: "2031-2034 某某研究，…\n2029-2031 …"`) in a
    record about the person: read as prose about them (ingest.nlp.project_lines, ingest.nlp.awards), no record's
    title."""
    return kind_of(key, _words(key)) in ("projects", "awards") and _LINE_BREAK.search(value.text.strip()) is not None \
        and Role.PERSON in {_role(k, v) for k, _, v in obj.values}


_LINE_BREAK = re.compile(r"\n|\\n")


def _a_paper(obj: _Object) -> bool:
    """The object is a paper's record: listed under a key of papers (`papers`, `publications`, `论文`), linking to
    the paper at a publisher's or by its DOI, or giving its authors with where it appeared (its journal, volume or
    pages) or several authors, and no patent's number or inventors. (A news item's `author` is the one who wrote
    it up: `{title, author: 某某, content: …}` is no paper.)"""
    roles = {_value_role(k, v) for k, _, v in obj.values} | {_role(k, items[0]) for k, items in obj.lists if items}
    several = any(_role(k, items[0]) is Role.AUTHORS and len(items) > 1 for k, items in obj.lists if items) \
        or any(_role(k, v) is Role.AUTHORS and _NAMES_PARTED.search(v.text.strip()) for k, _, v in obj.values)
    return kind_of(obj.under, _words(obj.under)) == "papers" \
        or any(_PAPER_LINK.match(value.text.strip()) or _BARE_DOI.fullmatch(value.text.strip()) for _, _, value in obj.values) \
        or Role.AUTHORS in roles and (several or bool(roles & _WHERE_IT_APPEARED)) \
        and not roles & {Role.PATENT_NUMBER, Role.INVENTORS} and not any(_whole_patent_number(v) for _, _, v in obj.values)


def _news_item(obj: _Object) -> bool:
    """The object is a news item: it is dated to the day and holds its story in sentences (a body of prose), so
    its title is a headline, no project's or paper's."""
    return any(DAY.search(v.text) and len(v.text.strip()) <= _DATE_LENGTH for _, _, v in obj.values) \
        and any(len(v.text) >= _STORY and v.text.count("。") >= 2 and not set(_words(k)) & _SUMMARY
                for k, _, v in obj.values)


_DATE_LENGTH = 30  # a date, or a date and time (`2031-04-12 09:30:00`)
_STORY = 50
_SUMMARY = frozenset({"abstract", "摘要"})  # a paper's own account of itself


_WHERE_IT_APPEARED = frozenset({Role.JOURNAL, Role.VOLUME, Role.ISSUE, Role.PAGES, Role.VOLUME_PAGES})
_NAMES_PARTED = re.compile(r"\S\s*[、，,;；]\s*\S")


_BARE_DOI = re.compile(r"10\.\d{4,9}/\S+")  # `doi: '10.1016/j.xxx.2031.123456'`


def _whole_patent_number(value: Piece) -> bool:
    """The value is a patent's number, or its numbers of publication and grant parted by a slash or a comma."""
    number = patent_number_in(value)
    return number is not None and (number.text.strip() == value.text.strip()
                                   or not re.sub(r"[\s/,，;；、|]+", "", PATENT_NUMBER.sub("", value.text)))


_IN_TITLE_MARKS = re.compile(r"《[^《》]+》")
_CHINESE_KEY = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _value_role(key: str, value: Piece) -> Role | None:
    """The role of a value by its key (`_role`), unless the value says it is none of that role: a database's key for
    the record under a patent number's (`PATENT_ID: 4CACC9…`), a patent's office and number where a paper's journal
    stands (`journal: '中国，专利号：ZL…'`)."""
    role = _role(key, value)
    if role is Role.PATENT_NUMBER and _HASH.fullmatch(value.text.strip()):
        return None
    if role is Role.JOURNAL and patent_number_in(value) is not None:
        return None
    return role


_HASH = re.compile(r"[0-9A-Fa-f]{24,}")


def _role(key: str, value: Piece) -> Role | None:
    header = header_of(key)
    if header is None or not header.exact and not _CHINESE_KEY.fullmatch(key):
        return None  # (a Chinese key is a table's header: 委员会职务 holds a post, as in a table's column)
    if header.role is Role.COUNTER:
        return Role.CODE if Content.CODE in content_of(value.text) and not value.text.isdigit() else None
    return header.role


def _people_with_units(obj: _Object, people: dict[str, Piece], facts: Facts) -> None:
    """`expert: 某某` with `expert_institution: 某大学`: the person works at the unit the key after theirs
    names."""
    for key, _, value in obj.values:
        words = _words(key)
        for n in range(len(words) - 1, 0, -1):
            owner, rest = " ".join(words[:n]), " ".join(words[n:])
            header = header_of(rest)
            if owner not in people or header is None or header.role not in UNITS:
                continue
            person = people[owner]
            unit = facts.orgs.add(value.text, value.span)
            if unit is not None:
                facts.out.relation(RelType.WORKS_AT, person.text, unit, Span(person.span.start, value.span.end))
            facts.read(value.span)
            break
