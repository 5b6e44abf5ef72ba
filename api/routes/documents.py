"""Documents: upload one (ingested whole, in one atomic write) and read one back with its facts."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, File, Path, Query, UploadFile

from api.deps import StoreDep, WriteAccess
from api.errors import ApiProblem
from queries.coi.evidence import parse_span
from queries.runner import run_query

router = APIRouter(tags=["documents"])
MAX_UPLOAD = 20 * 1024 * 1024


@router.post("/documents", status_code=201, dependencies=[WriteAccess], summary="Upload and ingest a document",
             description="Text, PDF text or Word files; the document is read, extracted, resolved and loaded. "
                         "Needs `Authorization: Bearer <KG_API_TOKEN>`.")
async def upload_route(store: StoreDep, file: Annotated[UploadFile, File(description="The document")]) -> Any:
    from ingest.errors import IngestError
    from ingest.pipeline import ingest_text

    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise ApiProblem(413, "Too large", f"documents are limited to {MAX_UPLOAD // (1024 * 1024)} MB")
    try:
        result = ingest_text(store, file.filename or "upload.txt", data)
    except IngestError as e:
        raise ApiProblem(422, "Document not ingested", str(e)) from e
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
