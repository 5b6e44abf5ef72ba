"""Eligibility of applications against a funding guide's rules."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field

from api.deps import StoreDep
from queries.eligibility import Application, EligibilityReport, check_eligibility

router = APIRouter(tags=["eligibility"])


class ApplicationIn(BaseModel):
    project: str = Field(max_length=300, examples=["肝癌早筛关键技术研究"])
    unit: str = Field(max_length=200, examples=["青松大学附属第一医院"])
    leader: str = Field(max_length=100, examples=["林晓峰"])
    code: str | None = Field(default=None, examples=["2001"])
    members: list[str] = Field(default_factory=list, max_length=200, examples=[["周雨桐"]])
    partners: list[str] = Field(default_factory=list, max_length=50, examples=[["白鹭医科大学"]])
    department: str | None = Field(default=None, examples=["青松市科技局"])
    budget_wan: float | None = Field(default=None, examples=[300])
    birth_dates: dict[str, str] = Field(default_factory=dict, examples=[{"林晓峰": "1980-03-02"}])
    high_level: bool = False


class EligibilityRequest(BaseModel):
    applications: list[ApplicationIn] = Field(max_length=2_000)
    guide: str | None = Field(default=None, description="Guide document id or file name; all guides if absent")


@router.post("/eligibility/check", response_model=EligibilityReport, summary="Check applications against a guide's rules",
             description="Each flag quotes the rule's text and cites the guide document it comes from.")
def eligibility_route(
    store: StoreDep,
    request: Annotated[EligibilityRequest, Body(openapi_examples={"two": {"summary": "Two applications", "value": {
        "applications": [
            {"project": "肝癌早筛关键技术研究", "unit": "青松大学附属第一医院", "leader": "林晓峰"},
            {"project": "肝纤维化干预研究", "unit": "青松大学附属第一医院", "leader": "林晓峰"}]}}})],
) -> EligibilityReport:
    apps = [Application(a.project, a.unit, a.leader, a.code, tuple(a.members), tuple(a.partners), a.department,
                        a.budget_wan, dict(a.birth_dates), a.high_level) for a in request.applications]
    return check_eligibility(store, apps, request.guide)
