"""Conflict reports for people to read: CSV and XLSX with Chinese headers (one row per conflict, the
evidence as text), a plain-text table, or JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Any

from queries.coi.cells import clean_text, safe_row
from queries.coi.check import SEVERITY_LABELS, TYPE_LABELS, CoiReport, Conflict
from queries.coi.evidence import Evidence
from queries.coi.resolve import Party

FORMATS = ("json", "csv", "xlsx", "table")
HEADERS = ["专家", "专家单位/编号", "申报人/项目", "申报人单位/编号", "冲突类型", "严重程度", "证据", "来源文件", "原文"]
UNRESOLVED_HEADERS = ["角色", "姓名", "单位", "编号", "问题", "候选"]


def _who(party: Party) -> tuple[str, str]:
    return party.name, party.ref.organization or party.key


def evidence_text(evidence: tuple[Evidence, ...]) -> tuple[str, str, str]:
    """(summaries, source documents, quoted lines), each evidence item on its own line."""
    summaries, documents, quotes = [], [], []
    for ev in evidence:
        summaries.append(ev.summary)
        for source in ev.sources:
            name = source.name or source.document[:16]
            if name not in documents:
                documents.append(name)
            if source.text and f"「{source.text}」（{name}）" not in quotes:
                quotes.append(f"「{source.text}」（{name}）")
    return "\n".join(summaries), "\n".join(documents), "\n".join(quotes)


def conflict_row(conflict: Conflict) -> list[str]:
    expert, expert_unit = _who(conflict.expert)
    applicant, applicant_unit = _who(conflict.applicant)
    summary, documents, quotes = evidence_text(conflict.evidence)
    return [expert, expert_unit, applicant, applicant_unit, "、".join(TYPE_LABELS.get(t, t) for t in conflict.types),
            SEVERITY_LABELS.get(conflict.severity, conflict.severity), summary, documents, quotes]


def unresolved_rows(report: CoiReport) -> list[list[str]]:
    rows = []
    for status, items in (("多人同名", report.ambiguous), ("未找到", report.not_found)):
        for u in items:
            candidates = "；".join(f"{c.name}（{'、'.join(c.units) or '单位不详'}）{c.key}" for c in u.candidates)
            rows.append(["专家" if u.role == "expert" else "申报方", u.ref.name or "", u.ref.organization or "",
                         u.ref.key or "", f"{status}：{u.reason}", candidates])
    return rows


def to_csv(report: CoiReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(safe_row(conflict_row(c)) for c in report.conflicts)
    return buffer.getvalue()


def to_xlsx(report: CoiReport, out: IO[bytes] | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "利益冲突"
    for title, headers, rows in (("利益冲突", HEADERS, [conflict_row(c) for c in report.conflicts]),
                                 ("未能确认的人员", UNRESOLVED_HEADERS, unresolved_rows(report))):
        if title != sheet.title:
            sheet = book.create_sheet(title)
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([clean_text(value) for value in row])
        for column, width in zip("ABCDEFGHI", (10, 24, 16, 24, 18, 8, 50, 24, 70), strict=False):
            sheet.column_dimensions[column].width = width
        for line in sheet.iter_rows(min_row=2):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, even text that starts with "=": never a formula
        sheet.freeze_panes = "A2"
    book.save(out)


def to_table(report: CoiReport) -> str:
    lines = [f"{len(report.conflicts)} 项利益冲突（{report.experts} 位专家 × {report.applicants} 个申报方）"]
    for c in report.conflicts:
        row = conflict_row(c)
        lines.append(f"- [{row[5]}] {row[0]}（{row[1]}） ↔ {row[2]}（{row[3]}）：{row[4]}")
        for summary in row[6].splitlines():
            lines.append(f"    {summary}")
        for quote in row[8].splitlines():
            lines.append(f"      {quote}")
    for row in unresolved_rows(report):
        lines.append(f"! {row[0]} {row[1]} {row[2]}{row[3]}：{row[4]} {row[5]}".rstrip())
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
