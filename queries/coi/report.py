"""Conflict reports for people to read: CSV and XLSX with Chinese headers (one row per conflict, the
evidence as text), a plain-text table, or JSON. Every format says first whether the check is complete and
lists the parties it could not check, before any conflict: an unchecked person must never read as cleared."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Any

from queries.coi.cells import clean_text, safe_row
from queries.coi.check import SEVERITY_LABELS, TYPE_LABELS, CoiReport, Conflict
from queries.coi.evidence import Evidence
from queries.coi.resolve import ROLE_NAMES, Candidate, Party

FORMATS = ("json", "csv", "xlsx", "table")
HEADERS = ["专家", "专家单位/编号", "申报人/项目", "申报人单位/编号", "冲突类型", "严重程度", "证据", "来源文件", "原文"]
UNRESOLVED_HEADERS = ["角色", "姓名", "所填单位", "编号", "问题", "原因代码", "候选人（单位；依据文档；常合作者；编号）"]
VERDICT_LABEL = "审查结论"
UNCHECKED_TITLE = "未能核查的人员（不能视为无利益冲突）"


def _who(party: Party) -> tuple[str, str]:
    """The party's name, and what tells it apart: its unit (as resolved, else as given), the document that
    names it when it has namesakes, and its key."""
    context = party.context
    unit = context.unit if context and context.units else party.ref.organization or ""
    hint = context.hint if context and context.namesakes else ""
    return party.name, "；".join(x for x in (unit, hint, party.key) if x)


def evidence_text(evidence: tuple[Evidence, ...]) -> tuple[str, str, str]:
    """(summaries, source documents, quoted lines), each evidence item on its own line."""
    summaries, documents, quotes = [], [], []
    for ev in evidence:
        summaries.append(ev.summary)
        for source in ev.sources:
            name = f"《{source.title}》（{source.name}）" if source.title and source.title != source.name else (
                source.name or source.document[:16])
            if name not in documents:
                documents.append(name)
            quote = f"「{source.text}」（{source.where}）"
            if source.text and quote not in quotes:
                quotes.append(quote)
    return "\n".join(summaries), "\n".join(documents), "\n".join(quotes)


def conflict_row(conflict: Conflict) -> list[str]:
    expert, expert_unit = _who(conflict.expert)
    applicant, applicant_unit = _who(conflict.applicant)
    summary, documents, quotes = evidence_text(conflict.evidence)
    return [expert, expert_unit, applicant, applicant_unit, "、".join(TYPE_LABELS.get(t, t) for t in conflict.types),
            SEVERITY_LABELS.get(conflict.severity, conflict.severity), summary, documents, quotes]


def _candidate_text(candidate: Candidate) -> str:
    context = candidate.context
    if context is None:
        return f"{candidate.display}，编号 {candidate.key}"
    parts = [context.unit]
    if context.documents:
        parts.append("见于" + "、".join(f"《{d.title}》" for d in context.documents))
    if context.coworkers:
        parts.append("常合作者 " + "、".join(c.name for c in context.coworkers))
    return f"{candidate.name}（{'；'.join(parts)}），编号 {candidate.key}"


def unresolved_rows(report: CoiReport) -> list[list[str]]:
    rows = []
    for u in report.unchecked:
        status = "重名待确认" if u.status == "ambiguous" else "未找到"
        rows.append([ROLE_NAMES.get(u.role, u.role), u.ref.name or "", u.ref.organization or "", u.ref.key or "",
                     f"{status}：{u.reason}", u.code, "\n".join(_candidate_text(c) for c in u.candidates)])
    return rows


def to_csv(report: CoiReport) -> str:
    """The verdict, then the parties not checked (if any), then the conflicts, in one sheet."""
    rows: list[list[str]] = [[VERDICT_LABEL, report.verdict], *(["注意", w] for w in report.warnings), []]
    if report.unchecked:
        rows += [[UNCHECKED_TITLE], UNRESOLVED_HEADERS, *unresolved_rows(report), []]
    rows += [HEADERS, *(conflict_row(c) for c in report.conflicts)]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(safe_row(row) for row in rows)
    return buffer.getvalue()


def to_xlsx(report: CoiReport, out: IO[bytes] | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = VERDICT_LABEL
    summary = [["结论", report.verdict], ["是否完整", "是" if report.complete else "否：有人员未能核查"],
               ["未能核查的人员", str(len(report.unchecked))], ["利益冲突", str(len(report.conflicts))],
               *(["注意", w] for w in report.warnings)]
    for title, headers, rows in ((VERDICT_LABEL, ["项目", "内容"], summary),
                                 ("未能核查的人员", UNRESOLVED_HEADERS, unresolved_rows(report)),
                                 ("利益冲突", HEADERS, [conflict_row(c) for c in report.conflicts])):
        if title != sheet.title:
            sheet = book.create_sheet(title)
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([clean_text(value) for value in row])
        widths = (14, 90) if title == VERDICT_LABEL else (10, 24, 16, 24, 18, 8, 50, 24, 70)
        for column, width in zip("ABCDEFGHI", widths, strict=False):
            sheet.column_dimensions[column].width = width
        for line in sheet.iter_rows(min_row=2):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, even text that starts with "=": never a formula
        sheet.freeze_panes = "A2"
    book.save(out)


def to_table(report: CoiReport) -> str:
    lines = [f"{VERDICT_LABEL}：{report.verdict}"]
    lines += [f"注意：{w}" for w in report.warnings]
    if report.unchecked:
        lines.append(f"{UNCHECKED_TITLE}：")
        for row in unresolved_rows(report):
            lines.append(f"! [{row[0]}] {row[1]}{'（' + row[2] + '）' if row[2] else ''}{row[3]}：{row[4]}")
            lines += [f"    候选：{c}" for c in row[6].splitlines()]
    lines.append(f"{len(report.conflicts)} 项利益冲突（已核查 {report.experts} 位专家 × {report.applicants} 个申报方）")
    for c in report.conflicts:
        row = conflict_row(c)
        lines.append(f"- [{row[5]}] {row[0]}（{row[1]}） ↔ {row[2]}（{row[3]}）：{row[4]}")
        for summary in row[6].splitlines():
            lines.append(f"    {summary}")
        for quote in row[8].splitlines():
            lines.append(f"      {quote}")
    return clean_text("\n".join(lines)) + "\n"


def write_report(report: CoiReport, fmt: str, out: IO[Any] | Path | str) -> None:
    """Write ``report`` as json | csv | xlsx | table to a path or an open file (binary for xlsx)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if fmt == "xlsx":
        to_xlsx(report, Path(out) if isinstance(out, str) else out)
        return
    text = {"json": lambda: json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n",
            "csv": lambda: to_csv(report), "table": lambda: to_table(report)}[fmt]()
    if isinstance(out, str | Path):
        # utf-8-sig so that Excel opens the Chinese CSV correctly
        Path(out).write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    else:
        out.write(text)
