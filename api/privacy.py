"""Personal data (contact phones, e-mail addresses) reaches only requests that carry the API token.

Every other response is filtered on its way out, whatever route produced it: properties named in
PERSONAL_KEYS are dropped and personal data inside text (api.masking: phone numbers, e-mail addresses,
identity card numbers ... in the formats of its table) is masked character for character, so that the
spans pointing into a document's text still line up.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.masking import mask_text

__all__ = ["PERSONAL_KEYS", "PersonalDataFilter", "mask_text", "redact"]

PERSONAL_KEYS = frozenset({"phone", "phones", "mobile", "telephone", "tel", "email", "contact_phone", "id_number"})
_JSON_TYPES = ("application/json", "application/problem+json")
_XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def redact(value: Any) -> Any:
    """A copy of a JSON value without personal properties and with personal data in text masked."""
    if isinstance(value, dict):
        return {k: redact(v) for k, v in value.items() if not (isinstance(k, str) and k.lower() in PERSONAL_KEYS)}
    if isinstance(value, list):
        return [redact(v) for v in value]
    if isinstance(value, str):
        return mask_text(value)
    return value


def _redact_json(body: bytes) -> bytes:
    try:
        data = json.loads(body)
    except ValueError:
        return mask_text(body.decode("utf-8", errors="replace")).encode("utf-8")
    return json.dumps(redact(data), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _redact_text(body: bytes) -> bytes:
    bom = body.startswith(b"\xef\xbb\xbf")
    text = body.decode("utf-8-sig" if bom else "utf-8", errors="replace")
    return (b"\xef\xbb\xbf" if bom else b"") + mask_text(text).encode("utf-8")


def _redact_xlsx(body: bytes) -> bytes:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(body))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type == "s":
                    cell.value = mask_text(cell.value)
                    cell.data_type = "s"  # text stays text, even text that looks like a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _redactor(content_type: str) -> Callable[[bytes], bytes] | None:
    media = content_type.split(";")[0].strip().lower()
    if media in _JSON_TYPES:
        return _redact_json
    if media in ("text/csv", "text/plain"):
        return _redact_text
    if media == _XLSX_TYPE:
        return _redact_xlsx
    return None  # the page, its scripts and styles: nothing personal


class PersonalDataFilter:
    """ASGI middleware: responses to requests without a valid token leave without personal data."""

    def __init__(self, app: ASGIApp, authorised: Callable[[str | None], bool]) -> None:
        self.app = app
        self.authorised = authorised

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.authorised(Headers(scope=scope).get("authorization")):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        redactor: Callable[[bytes], bytes] | None = None
        chunks: list[bytes] = []

        async def filtered(message: Message) -> None:
            nonlocal start, redactor
            if message["type"] == "http.response.start":
                redactor = _redactor(Headers(raw=message["headers"]).get("content-type", ""))
                if redactor is None:
                    await send(message)
                else:
                    start = message
                return
            if message["type"] != "http.response.body" or redactor is None or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = redactor(b"".join(chunks))
            headers = MutableHeaders(raw=start["headers"])
            headers["content-length"] = str(len(body))
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, filtered)
