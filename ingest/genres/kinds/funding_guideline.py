"""Funding guides and calls (指南, 申报通知): the guide's own reading (ingest.genres.guide) finds the
programme, its classes and topics, the issuing bodies, contacts and eligibility rules over the whole
text. A guide's tables (a quota per unit, a list of contacts) are left to the tables mechanism, which
reads them by their header."""

from graph.schema import Label
from ingest.blocks import BlockKind
from ingest.genres import guide
from ingest.genres.guide_tables import table_spans
from ingest.genres.registry import HEAD, THRESHOLD, Kind, kind_named
from ingest.model import Extraction, Span
from ingest.reading import Document, Reading
from ingest.tables.grid import find_layout
from ingest.tables.recover import grids_in_text


def read(document: Document) -> Reading:
    extraction = guide.parse(document.name, document.text)
    reading = Reading.of(extraction)
    if reading.empty or not _a_call(extraction, document.text):
        return reading  # a text that only names a guide (根据申报指南…): the shared mechanisms read all of it
    return Reading.of(extraction, consumed=_outside(_tables(document), len(document.text)))


def _a_call(extraction: Extraction, text: str) -> bool:
    """The guide's reading found what a call holds: a programme, its classes or topics, or its rules. One programme
    alone, with nothing else a call holds (no other programme, class, topic, body, contact or rule), in a text that
    also reads as news, is news about a call (of a meeting that launches the year's applications): the shared
    mechanisms read it all."""
    projects = [e for e in extraction.entities if e.type is Label.PROJECT]
    if extraction.rules or len(projects) > 1:
        return True
    alone = len(projects) == 1 and projects[0].kind == "programme" and len(extraction.entities) == 1 \
        and not extraction.relations
    return bool(projects) and not (alone and kind_named("news").score(text[:HEAD]) >= THRESHOLD)


def _tables(document: Document) -> list[Span]:
    """The blocks that hold a table the tables mechanism can read and the guide does not read itself (its
    classes and its contacts): table blocks, and the text blocks of a table recovered from plain text
    (cells one per line, aligned columns) whose header the tables mechanism knows."""
    own = table_spans(document.text)
    tables = [b.span for b in document.blocks if b.kind is BlockKind.TABLE]
    text_blocks = [b.span for b in document.blocks if b.kind is not BlockKind.TABLE]
    for grid in grids_in_text(document.text, text_blocks):
        cells = [slot.value.span for row in grid.rows for slot in row if slot.value is not None]
        if find_layout(grid) is None or any(o.start <= c.start < o.end for c in cells for o in own):
            continue
        tables += [b for b in text_blocks if any(b.start <= c.start < b.end for c in cells)]
    return sorted(set(tables), key=lambda s: s.start)


def _outside(spans: list[Span], length: int) -> tuple[Span, ...]:
    out, at = [], 0
    for s in spans:
        if at < s.start:
            out.append(Span(at, s.start))
        at = max(at, s.end)
    return (*out, Span(at, length)) if at < length else tuple(out)


KIND = Kind(
    name="funding_guideline",
    genre="funding_guideline",
    cues=(
        (r"指南代码|指南编号", 3.0),
        (r"申报指南|项目指南|申报通知|申报工作的通知", 3.0),
        (r"选题指南|课题指南|招标指南", 3.0),  # an open fund's list of topics
        # A short call: its own or a relayed call's title (for applications, proposals or nominations).
        # (not one cited in book marks: 根据《关于…的通知》精神 is another's call)
        (r"(?<!《)关于[^《》。，]{0,30}?(?:申报|申请|征集|推荐|遴选)[^《》。，]{0,60}?的通知", 3.0),
        # A circular opens by addressing the units it calls on (各学院、各单位：).
        (r"(?m)^\s*(?:各|全校|全院|有关)[^\n:：。，]{1,40}[:：]\s*$", 1.5),
        (r"申报(?:单位|条件|要求|时间)", 1.5),
        (r"申报(?:书|表|材料|程序|类别|截止|工作|数量|质量|人员|方式)|申请书|建议书|审核推荐|择优推荐|限额推荐", 0.75),
        (r"征集|立项建议", 1.0),
        # a call as Taiwan writes it (徵件, 申請資格, 補助原則, 計畫書, 承辦人), read in Simplified
        (r"征件|征求[^。\n]{0,12}计划", 1.5),
        (r"申请(?:资格|条件|期限|方式|办法|须知)", 1.5),
        (r"补助(?:原则|经费|金额|额度|对象|标准)|计划书|承办人", 0.75),
        # what to hand in by when, and where to
        (r"(?:于|在)\s*(?:\d{3,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^。；\n]{0,12}?(?:前|之前)", 1.0),  # (114年: Taiwan's)
        (r"(?:报送|发送|提交|送交|报)(?:至|到)", 0.5),
        (r"经费|资助强度|万元", 0.5),
        (r"联系人|联系电话|咨询电话", 0.5),
    ),
    read=read,
)
