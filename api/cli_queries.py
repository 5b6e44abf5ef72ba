"""`kg search | path | collaborators | coi | eligibility`: the questions users ask, from the shell."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from api.cli_io import fail, out, print_json, store_session


def search(
    q: Annotated[str, typer.Argument(help="Name, alias or part of one (Chinese works)")],
    label: Annotated[list[str] | None, typer.Option(help="Only these labels (Person, Organization, ...)")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Find people, organizations, projects and papers by name or alias."""
    from queries.collab import search as run_search

    with store_session() as store:
        rows = run_search(store, q, label, 0, limit)
    if as_json:
        print_json(rows)
        return
    table = Table("类型", "名称", "单位/类别", "key")
    for r in rows:
        extra = "、".join(r.get("units") or []) or (r.get("kind") or "")
        table.add_row(r["label"], r["name"], extra, r["key"])
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

    with store_session() as store:
        found = find_path(store, resolve_key(store, a), resolve_key(store, b), max_hops=max_hops, types=rel_type)
    if found is None:
        if as_json:
            print_json({"found": False, "nodes": [], "edges": []})
        else:
            out.print(f"no connection within {max_hops} hops")
        raise typer.Exit(1)
    data = found.as_dict()
    if as_json:
        print_json({"found": True, **data})
        return
    names = {n["id"]: n["name"] for n in data["nodes"]}
    for edge in data["edges"]:
        docs = ", ".join(doc[:12] for doc in edge.get("sources") or [])
        out.print(f"{names.get(edge['source'], edge['source'])} -[{edge['type']}]-> "
                  f"{names.get(edge['target'], edge['target'])}  [dim]{docs}[/dim]")


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
        print_json(rows)
        return
    table = Table("合作者", "共同成果数", "方式", "key")
    for r in rows:
        table.add_row(str(r["name"]), str(r["shared"]), "、".join(map(str, r.get("kinds") or [])), str(r["key"]))
    out.print(table)


def coi(
    experts: Annotated[Path, typer.Option(help="CSV (name,organization or 姓名,单位) or JSON list of experts")],
    applicants: Annotated[Path, typer.Option(help="CSV or JSON list of applicants")],
    policy: Annotated[Path | None, typer.Option(help="Policy YAML/JSON (default: the shipped policy)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | json | csv | xlsx")] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the report here")] = None,
) -> None:
    """Conflict-of-interest check between review experts and applicants, with evidence."""
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
        out.print(f"{len(report.conflicts)} conflicts written to {output}")


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
        print_json(result)
        return
    table = Table("申报项目", "问题", "规则原文", "依据文件")
    for flag in result["flags"]:
        table.add_row(str(flag["application"]), str(flag["message"]), str(flag["rule"]["text"]),
                      str(flag["document"]))
    out.print(table)
    out.print(f"{len(result['flags'])} flags; rules checked: {', '.join(result['rules_checked']) or 'none'}")


def register(app: typer.Typer) -> None:
    for command in (search, path, collaborators, coi, eligibility):
        app.command()(command)
