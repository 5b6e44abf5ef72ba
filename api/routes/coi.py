"""Conflict-of-interest check: experts × applicants under a policy, with evidence."""

from __future__ import annotations

import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.deps import StoreDep
from queries.coi import CoiReport, PersonRef, check_conflicts, write_report
from queries.coi.policy import Declared, default_policy, policy_from_dict

router = APIRouter(tags=["coi"])
MAX_EXPERTS, MAX_APPLICANTS = 2_000, 20_000
MEDIA = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


class PersonIn(BaseModel):
    name: str | None = Field(default=None, max_length=100, examples=["林晓峰"])
    organization: str | None = Field(default=None, max_length=200, examples=["青松大学附属第一医院"])
    key: str | None = Field(default=None, max_length=500, description="Person key, or a project key for its team",
                            examples=[None])


class DeclaredIn(BaseModel):
    expert: str = Field(examples=["陈静"])
    applicant: str = Field(examples=["林晓峰"])
    relation: str = Field(default="申报关系", examples=["师生"])


class CoiRequest(BaseModel):
    experts: list[PersonIn] = Field(max_length=MAX_EXPERTS)
    applicants: list[PersonIn] = Field(max_length=MAX_APPLICANTS)
    policy: dict[str, Any] | None = Field(default=None, description="Overrides of the default policy",
                                          examples=[{"rules": {"coauthor": {"within_years": 4}}}])
    declared: list[DeclaredIn] = Field(default_factory=list)


EXAMPLE = {
    "experts": [{"name": "韩立新"}, {"name": "陈静", "organization": "青松大学"}, {"name": "王磊"}],
    "applicants": [{"name": "林晓峰", "organization": "青松大学附属第一医院"}, {"key": "project:青松肝病防治体系研究"}],
    "declared": [{"expert": "陈静", "applicant": "林晓峰", "relation": "师生"}],
}


@router.post("/coi/check", response_model=CoiReport,
             responses={200: {"content": {MEDIA["csv"]: {}, MEDIA["xlsx"]: {}}, "description": "The report: JSON, or "
                              "a CSV or XLSX file (format=csv|xlsx)"}},
             summary="Check experts against applicants for conflicts of interest",
             description="Same unit (with parent units), co-authorship within N years, co-invention, shared "
                         "project or award team, expert's unit on the applicant's project, declared relations, "
                         "and indirect links (low severity). Each conflict carries its evidence: the path and, "
                         "for each relationship, the document, its line and the sentence it comes from.\n\n"
                         "**Read `complete` first.** A name that fits several people (with candidates to choose "
                         "from: unit, documents, frequent co-workers) or nobody is never guessed: it is listed in "
                         "`unchecked` (`status` ambiguous | not_found, `code`, `reason` in Chinese), `complete` is "
                         "false and `verdict` says the check is incomplete; such a party is not cleared. CSV and "
                         "XLSX reports open with the verdict and the unchecked parties, and carry the headers "
                         "`X-COI-Complete` and `X-COI-Unchecked`.")
def coi_route(
    store: StoreDep,
    request: Annotated[CoiRequest, Body(openapi_examples={"nomination": {"summary": "An award nomination",
                                                                        "value": EXAMPLE}})],
    format: Annotated[Literal["json", "csv", "xlsx"], Query(description="Report format")] = "json",
) -> Any:
    policy = policy_from_dict(request.policy) if request.policy else default_policy()
    experts = [PersonRef(p.name, p.organization, p.key) for p in request.experts]
    applicants = [PersonRef(p.name, p.organization, p.key) for p in request.applicants]
    declared = [Declared(d.expert, d.applicant, d.relation) for d in request.declared]
    report = check_conflicts(store, experts, applicants, policy, declared)
    if format == "json":
        return report
    buffer: Any = io.BytesIO() if format == "xlsx" else io.StringIO()
    write_report(report, format, buffer)
    body = buffer.getvalue()
    return Response(body if isinstance(body, bytes) else ("\ufeff" + body).encode("utf-8"), media_type=MEDIA[format],
                    headers={"Content-Disposition": f'attachment; filename="coi.{format}"',
                             "X-COI-Complete": "true" if report.complete else "false",
                             "X-COI-Unchecked": str(len(report.unchecked))})
