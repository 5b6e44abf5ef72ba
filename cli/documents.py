"""`kg documents list | show | remove`: the documents in the graph, read back with their facts, and removed."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from cli.common import err, fail, out, print_json, store_session
from graph.stores.base import Store

documents_app = typer.Typer(help="List, read and remove ingested documents.", no_args_is_help=True)


def _open(store: Store, given: str) -> str:
    """The id of the document ``given`` names (an unknown or ambiguous one ends the command: store_session)."""
    from queries.documents import find_document

    return find_document(store, given)


@documents_app.command("list")
def list_command(
    offset: Annotated[int, typer.Option(min=0)] = 0,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 50,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Documents, newest first: title, file name, genre, when ingested, entities named."""
    from queries.documents import list_documents

    with store_session() as store:
        rows = list_documents(store, offset, limit)
    if as_json:
        print_json([r.as_dict() for r in rows])
        return
    table = Table("编号", "标题", "文件名", "类型", "入库时间", "实体", "人员")
    for r in rows:
        table.add_row(r.id[:12], r.title, r.name, r.genre_name, (r.ingested_at or "")[:16].replace("T", " "),
                      str(r.entity_count), str(r.entities.get("Person", 0)))
    out.print(table)
    out.print(f"共列出 {len(rows)} 个文档（编号可只写前 8 位以上）")


@documents_app.command("show")
def show_command(
    document: Annotated[str, typer.Argument(help="Document id (or its first 8+ characters) or file name")],
    facts: Annotated[bool, typer.Option("--facts/--no-facts", help="List the facts it supports")] = True,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A document's text with line numbers (a line the PDF broke shown joined) and the facts it supports."""
    from queries.documents import RelationFact, read_document

    with store_session() as store:
        doc = read_document(store, _open(store, document))
    if doc is None:
        raise fail(f"没有文档「{document}」")
    if as_json:
        print_json(doc.as_dict())
        return
    out.print(f"《{doc.title}》 {doc.name}  {doc.genre_name}  入库 {(doc.ingested_at or '')[:19]}  编号 {doc.id}",
              markup=False)
    for line in doc.lines:
        number = str(line.first) if line.first == line.last else f"{line.first}-{line.last}"
        out.print(f"{number:>7}  {line.text}", markup=False, highlight=False)
    if facts:
        out.print(f"\n此文档支持的事实（{len(doc.facts)}）：")
        for fact in doc.facts:
            where = "、".join(f"第 {doc.text.count(chr(10), 0, s) + 1} 行" for s, _ in fact.spans[:3])
            what = fact.label if isinstance(fact, RelationFact) else f"{fact.label_name} {fact.name}"
            out.print(f"  {what}  {where}", markup=False, highlight=False)


@documents_app.command("remove")
def remove_command(
    document: Annotated[str, typer.Argument(help="Document id (or its first 8+ characters) or file name")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation")] = False,
) -> None:
    """Remove a document and every fact only it supports; facts other documents support stay."""
    from queries.documents import read_document, remove_document

    with store_session() as store:
        doc_id = _open(store, document)
        doc = read_document(store, doc_id, limit=1)
        if doc is None:
            raise fail(f"没有文档「{document}」")
        if not yes and not typer.confirm(f"删除文档《{doc.title}》（{doc.name}）及仅由它支持的事实？"):
            err.print("已取消，未做任何改动")
            raise typer.Exit(1)
        removal = remove_document(store, doc_id)
    out.print(removal.message, markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(documents_app, name="documents")
