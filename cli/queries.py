"""`kg search | path | collaborators | coi | eligibility`: the questions users ask, from the shell."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from cli.common import err, fail, out, print_json, store_session


def search(
    q: Annotated[str, typer.Argument(help="Name, alias or part of one (Chinese works)")],
    label: Annotated[list[str] | None, typer.Option(help="Only these labels (Person, Organization, ...)")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Find people, organizations, projects and papers by name or alias."""
    from queries.collab import search as run_search
    from queries.people import describe_people
    from queries.vocab import LABEL_NAMES, kind_name

    with store_session() as store:
        hits = run_search(store, q, label, 0, limit)
        people = describe_people(store, [hit.key for hit in hits if hit.label == "Person"])
    if as_json:
        print_json([hit.as_dict() for hit in hits])
        return
    table = Table("类型", "名称", "单位/类别", "区分信息", "编号（key）")
    for hit in hits:
        extra = "、".join(hit.units) or kind_name(hit.kind)
        context = people.get(hit.key)
        hint = (context.hint + ("（另有同名者）" if context.namesakes else "")) if context else ""
        table.add_row(LABEL_NAMES.get(hit.label, hit.label), hit.name, extra, hint, hit.key)
    out.print(table)


def path(
    a: Annotated[str, typer.Argument(help="Key or exact name of the first entity")],
    b: Annotated[str, typer.Argument(help="Key or exact name of the second entity")],
    max_hops: Annotated[int, typer.Option(min=1, max=6)] = 4,
    rel_type: Annotated[list[str] | None, typer.Option("--type", help="Only these relationship types")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """How two people or units are connected: a shortest path, with the documents behind each link."""
    from queries.collab import find_path, resolve_key
    from queries.paths import described_path

    with store_session() as store:
        found = find_path(store, resolve_key(store, a), resolve_key(store, b), max_hops=max_hops, types=rel_type)
        data = described_path(store, found)
    if as_json:
        print_json(data.as_dict())
    elif not data.found:
        out.print(f"在 {max_hops} 跳以内没有找到连接")
    if not data.found:
        raise typer.Exit(1)
    if as_json:
        return
    sources = {(e.source, e.target): e.sources for e in data.edges}
    out.print(f"最短连接：{len(data.steps)} 步")
    for step in data.steps:
        docs = "、".join(doc[:12] for doc in sources.get((step.source, step.target), ()))
        out.print(f"{step.number}. {step.text}  [dim]来源文档 {docs or '无'}[/dim]", markup=True)
        if step.warning:
            out.print(f"   [yellow]注意：{step.warning}[/yellow]")


def collaborators(
    name: Annotated[str, typer.Argument(help="Key or exact name of a person")],
    since: Annotated[int | None, typer.Option(help="Only shared work from this year on")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 50,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Co-authors, co-inventors, team members and colleagues of one person, with counts and evidence."""
    from queries.collab import collaborators as run_collaborators

    with store_session() as store:
        rows = run_collaborators(store, name, since=since, limit=limit)
    if as_json:
        print_json([r.as_dict() for r in rows])
        return
    table = Table("合作者", "单位", "共同成果/单位数", "方式", "年份", "共同成果（部分）", "编号（key）")
    for r in rows:
        years = r.years
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "不详")
        shared = "、".join(f"《{_clip(e['name'])}》" for e in r.evidence[:2] if e.get("kind") != "colleague")
        table.add_row(r.display, r.unit, str(r.shared), "、".join(r.kind_names), span, shared or "—", r.key)
    out.print(table)


def _clip(text: str, most: int = 16) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


UNCHECKED_EXIT = 3  # kg coi: the report was written, but some expert or applicant could not be checked


def coi(
    experts: Annotated[Path, typer.Option(help="CSV (name,organization or 姓名,单位; optional key) or JSON list of experts")],
    applicants: Annotated[Path, typer.Option(help="CSV or JSON list of applicants")],
    policy: Annotated[Path | None, typer.Option(help="Policy YAML/JSON (default: the shipped policy)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | json | csv | xlsx")] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the report here")] = None,
) -> None:
    """Conflict-of-interest check between review experts and applicants, with evidence.

    Every report opens with its verdict and the people it could NOT check (a name that fits several
    people, with the candidates' units, documents and co-workers; a name that fits nobody) before any
    conflict: an unchecked person is never cleared. Give the unit or the candidate's key to check them.

    Exit status: 0 every expert and applicant was checked; 3 the report is written but at least one
    person could not be checked (the check is incomplete); 2 bad input; 1 any other error.
    """
    from queries.coi import check_conflicts, load_people, load_policy, write_report

    if fmt not in ("table", "json", "csv", "xlsx"):
        raise fail("--format must be table, json, csv or xlsx", 2)
    if fmt == "xlsx" and output is None:
        raise fail("--format xlsx needs -o FILE", 2)
    try:
        expert_refs, applicant_refs = load_people(experts), load_people(applicants)
        chosen = load_policy(policy)
    except (OSError, ValueError) as e:
        raise fail(str(e), 2) from e
    with store_session() as store:
        report = check_conflicts(store, expert_refs, applicant_refs, chosen)
    write_report(report, fmt, output if output is not None else sys.stdout)
    if output is not None:
        out.print(f"已写入 {output}：{report.verdict}")
    if not report.complete:
        err.print(f"[yellow]审查未完成[/yellow]：{len(report.unchecked)} 人未能核查，不能视为无利益冲突"
                  f"（退出码 {UNCHECKED_EXIT}）")
        raise typer.Exit(UNCHECKED_EXIT)


def eligibility(
    applications: Annotated[Path, typer.Option(help="CSV or JSON applications")],
    guide: Annotated[str | None, typer.Option(help="Document id or file name of the guide")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Check applications against the eligibility rules a funding guide states."""
    from queries.eligibility import check_eligibility, load_applications

    try:
        apps = load_applications(applications)
    except (OSError, ValueError) as e:
        raise fail(str(e), 2) from e
    with store_session() as store:
        result = check_eligibility(store, apps, guide)
    if as_json:
        print_json(result.as_dict())
        return
    table = Table("申报项目", "问题", "规则原文", "依据文件")
    for flag in result.flags:
        table.add_row(flag.application, flag.message, flag.rule.text, str(flag.document))
    out.print(table)
    out.print(f"{len(result.flags)} 项问题；已核对的规则：{'、'.join(result.rules_checked) or '无'}")


def register(app: typer.Typer) -> None:
    for command in (search, path, collaborators, coi, eligibility):
        app.command()(command)
