"""Documents: upload one (ingested whole, in one atomic write) and read one back with its facts."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, File, Path, Query, UploadFile
from fastapi.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep, WriteAccess
from api.errors import ApiProblem
from queries.coi.evidence import parse_span
from queries.runner import run_query

router = APIRouter(tags=["documents"])


@router.post("/documents", status_code=201, dependencies=[WriteAccess], summary="Upload and ingest a document",
             description="A PDF, Word (.docx), web page, Excel (.xlsx), CSV, Markdown or text file (scanned PDFs and "
                         "images with the `ocr` extra), its type known from its content; the document is read, "
                         "extracted, resolved and loaded. A type no reader takes is refused with 415, a file over "
                         "its type's limit (bytes, PDF pages, sheet rows) with 413, a broken one with 422. "
                         "Needs `Authorization: Bearer <KG_API_TOKEN>`.")
async def upload_route(store: StoreDep, settings: SettingsDep,
                       file: Annotated[UploadFile, File(description="The document")]) -> Any:
    from graph.errors import LoadError, StoreUnavailable
    from ingest.errors import IngestError, TooLarge, UnsupportedFormat
    from ingest.pipeline import ingest_text

    limit = settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise ApiProblem(413, "Content Too Large", f"documents are limited to {limit} bytes")
    try:  # extraction and loading are blocking work: keep them off the event loop
        result = await run_in_threadpool(ingest_text, store, file.filename or "upload.txt", data)
    except UnsupportedFormat as e:
        raise ApiProblem(415, "Unsupported document type", str(e)) from e
    except TooLarge as e:
        raise ApiProblem(413, "Content Too Large", str(e)) from e
    except IngestError as e:
        raise ApiProblem(422, "Document not ingested", str(e)) from e
    except LoadError as e:
        if isinstance(e.__cause__, StoreUnavailable):
            raise e.__cause__ from e  # 503: the store is down, the document may be sent again
        raise ApiProblem(422, "Document not loaded", str(e)) from e
    return asdict(result) if hasattr(result, "__dataclass_fields__") else result


@router.get("/documents/{id}", summary="A document's text with the spans of the facts it supports",
            description="Each fact (entity or relationship) with its character spans in `text`.")
def document_route(
    store: StoreDep,
    id: Annotated[str, Path(min_length=8, max_length=128, examples=["4a47edbf1258c362cc1591dac05054d53afd120c0b2b07eda0df60f15a621ffe"])],
    limit: Annotated[int, Query(ge=1, le=1000, description="Relationships per entity")] = 200,
) -> dict[str, Any]:
    rows = run_query(store, "document", id=id)
    if not rows:
        raise ApiProblem(404, "Not found", f"no document with id {id!r}")
    facts = []
    for row in run_query(store, "document_facts", id=id, limit=limit):
        facts.append({"key": row["key"], "label": row["label"], "name": row["name"], "spans": _here(id, row["spans"])})
        for rel in row["rels"]:
            facts.append({"type": rel["type"], "source": row["key"], "target": rel["other"],
                          "label": f"{row['name']} -{rel['type']}-> {rel['other_name']}", "spans": _here(id, rel["spans"])})
    return {**rows[0], "facts": facts}


def _here(doc_id: str, spans: list[str] | None) -> list[list[int]]:
    out = []
    for raw in spans or []:
        parsed = parse_span(raw)
        if parsed and parsed[0] == doc_id:
            out.append([parsed[1], parsed[2]])
    return out
