"""Conflict-of-interest checks between experts and applicants, with evidence from the documents."""

from queries.coi.check import CoiReport, Conflict, check_conflicts
from queries.coi.policy import Policy, load_policy
from queries.coi.report import write_report
from queries.coi.resolve import PersonRef, load_people

__all__ = ["CoiReport", "Conflict", "PersonRef", "Policy", "check_conflicts", "load_people", "load_policy",
           "write_report"]
