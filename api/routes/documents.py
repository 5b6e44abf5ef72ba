"""Documents: list them, upload one (ingested whole, in one atomic write), read one back with its facts, remove one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Path, Query, UploadFile
from fastapi.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep, WriteAccess
from api.errors import ApiProblem
from api.schemas import Loaded, Page, Uploaded
from queries.documents import (
    DocumentNotFound,
    DocumentSummary,
    DocumentView,
    Removal,
    list_documents,
    read_document,
    remove_document,
)

router = APIRouter(tags=["documents"])


@router.post("/documents", status_code=201, dependencies=[WriteAccess], response_model=Uploaded,
             summary="Upload and ingest a document",
             description="A PDF, Word (.docx), web page, Excel (.xlsx, .xls), CSV, Markdown or text file (scanned PDFs and "
                         "images with the `ocr` extra), its type known from its content; the document is read, "
                         "extracted, resolved and loaded. A type no reader takes is refused with 415, a file over "
                         "its type's limit (bytes, PDF pages, sheet rows) with 413, a broken one with 422. "
                         "A file holding several documents (nominations, guides, articles) loads each of them: "
                         "`documents` lists them all, the fields beside it are the first's. Uploads of one file name "
                         "are versions of one file; a file sent without a name is named after its content. "
                         "Needs `Authorization: Bearer <KG_API_TOKEN>`.")
async def upload_route(store: StoreDep, settings: SettingsDep,
                       file: Annotated[UploadFile | str, File(description="The document")]) -> Uploaded:
    from graph.errors import LoadError, StoreUnavailable
    from ingest.errors import IngestError, TooLarge, UnsupportedFormat
    from ingest.pipeline import ingest_text, upload_name

    limit = settings.max_upload_bytes
    # a part sent without a file name arrives as text
    data = file.encode("utf-8") if isinstance(file, str) else await file.read(limit + 1)
    if len(data) > limit:
        raise ApiProblem(413, "Content Too Large", f"documents are limited to {limit} bytes")
    name = (None if isinstance(file, str) else file.filename) or upload_name(data)
    try:  # extraction and loading are blocking work: keep them off the event loop
        results = await run_in_threadpool(ingest_text, store, name, data)
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
    documents = [Loaded.model_validate(result, from_attributes=True) for result in results]
    return Uploaded(**documents[0].model_dump(), documents=documents)


ID = Path(min_length=8, max_length=128, examples=["4a47edbf1258c362cc1591dac05054d53afd120c0b2b07eda0df60f15a621ffe"])


@router.get("/documents", response_model=Page[DocumentSummary], summary="The ingested documents, newest first",
            description="Each with its file name, a title for people (from its metadata or its text), genre, when it "
                        "was ingested and how many entities it names, by label.")
def documents_route(
    store: StoreDep,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[DocumentSummary]:
    rows = list_documents(store, offset, limit + 1)
    return Page[DocumentSummary](data=rows[:limit], offset=offset, limit=limit, has_more=len(rows) > limit)


@router.get("/documents/{id}", response_model=DocumentView,
            summary="A document's text with the spans of the facts it supports",
            description="`text` as stored; `lines`: the text as shown, numbered as stored, a line the PDF broke "
                        "joined (`first`–`last`, `pieces` as offsets into `text`); `facts`: each entity or "
                        "relationship it supports, with its character spans in `text`.")
def document_route(
    store: StoreDep,
    id: Annotated[str, ID],
    limit: Annotated[int, Query(ge=1, le=1000, description="Relationships per entity")] = 200,
) -> DocumentView:
    doc = read_document(store, id, limit)
    if doc is None:
        raise DocumentNotFound(f"没有编号为「{id}」的文档")
    return doc


@router.delete("/documents/{id}", dependencies=[WriteAccess], response_model=Removal,
               summary="Remove a document and the facts only it supports",
               description="Entities and relationships that other documents also support stay, without this "
                           "document among their sources. Needs `Authorization: Bearer <KG_API_TOKEN>`.")
def remove_route(store: StoreDep, id: Annotated[str, ID]) -> Removal:
    from graph.errors import LoadError, StoreUnavailable

    try:
        return remove_document(store, id)
    except LoadError as e:
        if isinstance(e.__cause__, StoreUnavailable):
            raise e.__cause__ from e
        raise ApiProblem(500, "Document not removed", f"文档未删除：{e}") from e
