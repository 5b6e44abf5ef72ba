"""Schemathesis hooks for the second run in .ci/schemathesis.sh: every conflict check asks for the XLSX
report, so that generated names and units (control characters, formulas) go through the spreadsheet."""

from __future__ import annotations

from typing import Any

import schemathesis


@schemathesis.hook
def before_call(ctx: Any, case: Any, **kwargs: Any) -> None:
    if case.operation.path == "/coi/check":
        case.query = {**(case.query or {}), "format": "xlsx"}
