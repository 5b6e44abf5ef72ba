"""The one root exception of queries/: a question the graph cannot answer as asked. The API answers each
with one handler (problem+json: 404, 409 or 422, by kind); the CLI with one clear line."""

from __future__ import annotations

from typing import Any


class QuestionError(Exception):
    """A question that cannot be answered as asked."""

    title = "Cannot answer"  # a short title for the kind, in the API's problem details


class NotFound(QuestionError, LookupError):
    """No entity, document or person with this key or name."""

    title = "Not found"


class Ambiguous(QuestionError, LookupError):
    """A name that fits several entities: the candidates (JSON data) say which."""

    title = "Ambiguous name"

    def __init__(self, message: str, candidates: list[dict[str, Any]]) -> None:
        super().__init__(message)
        self.candidates = candidates


class InvalidQuestion(QuestionError, ValueError):
    """Input that cannot be read: a policy, a list of people or applications."""

    title = "Invalid request"
