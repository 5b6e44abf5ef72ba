"""`kg`: the command line. A thin layer over the same objects the API uses."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from cli.common import err, out, print_json, store_session
from cli.documents import register as register_documents
from cli.queries import register as register_queries
from graph.errors import GraphError
from ingest.errors import IngestError
from ingest.model import to_kgx
from settings import Settings

app = typer.Typer(help="Knowledge graph of Chinese researchers, institutions and achievements.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
store_app = typer.Typer(help="Manage the embedded graph store.", no_args_is_help=True)
app.add_typer(store_app, name="store")
register_queries(app)
register_documents(app)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders: PDF, Word (.docx), web pages, Excel (.xlsx, .xls), CSV, Markdown, text; "
             "scanned PDFs and images with the ocr extra")],
    workers: Annotated[int | None, typer.Option(
        min=0, help="Extraction processes beside the loader (0: none; default: CPUs - 1, up to 4, "
                    "for batches of 16 files or more)")] = None,
) -> None:
    """Read, extract, resolve and load documents. Every file not loaded is named with the reason (unsupported
    type, no text layer, encrypted, too large, corrupt); exit 1 if any was not (the good ones still load)."""
    from graph.stores.embedded_server import compact
    from ingest.pipeline import ingest_paths, list_documents

    settings = Settings()
    files = list_documents(paths)
    if not files:
        err.print("[red]no documents found[/red] under: " + ", ".join(map(str, paths)))
        raise typer.Exit(1)
    with store_session() as store:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=False) as progress:
            task = progress.add_task("ingesting", total=len(files))

            def advance(path: Path, outcome: object) -> None:
                progress.update(task, advance=1, description=f"ingesting {path.name}")

            report = ingest_paths(store, files, on_file=advance, workers=workers)
        if report.loaded and settings.store == "embedded":
            compact(settings.data_dir)  # so that the next start loads a snapshot, even after a crash
    for rejected in report.rejected:
        err.print(f"[red]skipped[/red] {rejected.reason}")
    out.print(
        f"documents: {report.count('added')} added, {report.count('replaced')} replaced, "
        f"{report.count('unchanged')} unchanged, {len(report.rejected)} failed; "
        f"nodes added: {report.nodes_created}; relationships added: {report.relationships_created}"
    )
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A document of any supported type (see `kg ingest --help`)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print kgx/1 JSON (default: a one-line summary)")] = False,
) -> None:
    """Extract one document and print it as kgx/1 (no database needed)."""
    from ingest.pipeline import extract_file

    try:
        _, extraction = extract_file(file)
    except IngestError as e:
        err.print(f"[red]error[/red] {e}")
        raise typer.Exit(1) from e
    data = to_kgx(extraction)
    if as_json:
        print_json(data)
    else:
        out.print(f"{data['document']}: {data['genre']}, {len(data['entities'])} entities, "
                  f"{len(data['relations'])} relations")


@app.command()
def ner(
    text: Annotated[str | None, typer.Argument(help="Text to analyse")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the text from this file (any supported type)")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="One JSON object with a 'text' field per line")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (default: one span a line)")] = False,
) -> None:
    """Recognise PERSON, ORG (with kind), TITLE and POSITION spans in prose."""
    from ingest.nlp import recognise, recognise_many

    if jsonl is not None:
        lines = [line for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [str(json.loads(line).get("text", "")) for line in lines]
        for spans in recognise_many(texts):
            sys.stdout.write(json.dumps({"spans": spans}, ensure_ascii=False) + "\n")
        return
    if file is not None:
        from ingest.readers import read_document

        try:
            text = read_document(file).text
        except IngestError as e:
            err.print(f"[red]error[/red] {e}")
            raise typer.Exit(1) from e
    if text is None:
        err.print("[red]give TEXT, --file F or --jsonl F[/red]")
        raise typer.Exit(2)
    spans = recognise(text)
    if as_json:
        print_json({"spans": spans})
    else:
        for s in spans:
            out.print(f"{s['start']:>6} {s['end']:>6} {s['label']:<9} {s['text']} {s.get('kind', '')}")


@app.command()
def stats(as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """Counts of documents, nodes by label and relationships by type."""
    from queries.runner import stats as graph_stats

    with store_session() as store:
        counts = graph_stats(store)
    if as_json:
        print_json(counts.as_dict())
        return
    out.print(f"documents: {counts.documents}")
    for section, found in (("nodes", counts.nodes), ("relationships", counts.relationships)):
        out.print(f"{section}:")
        for name, n in sorted(found.items()):
            out.print(f"  {name:<20}{n:>8}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
) -> None:
    """Serve the API (OpenAPI at /docs) and the exploration page at /."""
    import uvicorn

    from api.main import create_app

    uvicorn.run(create_app(), host=host, port=port)


@store_app.command("stop")
def store_stop() -> None:
    """Stop the embedded store server for KG_DATA_DIR, if it runs."""
    from graph.stores import stop_embedded

    settings = Settings()
    stopped = stop_embedded(settings.data_dir)
    out.print(f"embedded store {'stopped' if stopped else 'was not running'} ({settings.data_dir})")


@app.command("eval")
def evaluate(
    seeds: Annotated[Path, typer.Argument(help="Folder of documents")],
    gold: Annotated[Path, typer.Argument(help="Folder of kgx/1 gold files")],
    scorer: Annotated[Path, typer.Option(help="score.py to run")] = Path("../shared/tools/score.py"),
    errors: Annotated[bool, typer.Option("--errors", help="List every miss")] = False,
) -> None:
    """Extract every document in SEEDS and score the result against GOLD."""
    from ingest.pipeline import extract_file, list_documents

    with tempfile.TemporaryDirectory() as tmp:
        for path in list_documents([seeds]):
            try:
                _, extraction = extract_file(path)
            except IngestError as e:
                err.print(f"[red]skipped[/red] {e}")
                continue
            (Path(tmp) / f"{path.stem}.json").write_text(json.dumps(to_kgx(extraction), ensure_ascii=False), "utf-8")
        cmd = [sys.executable, str(scorer), str(gold), tmp] + (["--errors"] if errors else [])
        raise typer.Exit(subprocess.call(cmd))


def main() -> None:
    try:
        app()
    except GraphError as e:
        err.print(f"[red]graph store error[/red] {e}")
        sys.exit(1)
    except OSError as e:
        if e.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        err.print(f"[red]error[/red] no space left on device ({e.filename or 'writing'}); "
                  f"data folder: {Settings().data_dir}")
        sys.exit(1)

