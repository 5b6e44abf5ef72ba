"""The shared folder (real documents, their gold, the scorer): `../shared` beside the checkout, read in place
and never copied into the project.

A test that needs part of it asks `shared(...)` for the paths; where they are absent the test skips with one
line saying which and where it looked. Under KG_REQUIRE_SHARED=1 (CI sets it when ../shared exists) it fails
instead: a green run then means the tests on real documents ran.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REQUIRE_VARIABLE = "KG_REQUIRE_SHARED"


def required() -> bool:
    return os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0")


def shared(*paths: str) -> list[Path]:
    """``../shared/<path>`` for each path; skip the test (fail under KG_REQUIRE_SHARED=1) when one is absent."""
    found = [SHARED / p for p in paths]
    missing = [p for p, path in zip(paths, found, strict=True) if not path.exists()]
    if missing:
        message = f"../shared/{', ../shared/'.join(missing)} not found beside the checkout ({SHARED})"
        if required():
            pytest.fail(f"{message}, and {REQUIRE_VARIABLE}=1 asks for the tests on real documents", pytrace=False)
        pytest.skip(message)
    return found
