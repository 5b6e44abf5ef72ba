"""Labels, relationship types and key properties: the only identifiers that may enter Cypher text.

The entity and relationship types are those of the `kgx/1` interchange format
(../shared/gold/SCHEMA.md), plus `Document` for provenance and `POSSIBLY_SAME`
for unresolved person identity.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PAPER = "Paper"
    PATENT = "Patent"
    PROJECT = "Project"
    JOURNAL = "Journal"
    RULE = "Rule"
    DOCUMENT = "Document"


class RelType(StrEnum):
    WORKS_AT = "WORKS_AT"
    AFFILIATED_WITH = "AFFILIATED_WITH"
    MEMBER_OF = "MEMBER_OF"
    LEADS = "LEADS"
    UNIT_OF = "UNIT_OF"
    NOMINATED_BY = "NOMINATED_BY"
    FUNDED_BY = "FUNDED_BY"
    AUTHORED = "AUTHORED"
    PUBLISHED_IN = "PUBLISHED_IN"
    INVENTED = "INVENTED"
    OWNS = "OWNS"
    PART_OF = "PART_OF"
    COLLABORATES_WITH = "COLLABORATES_WITH"
    CONTACT_FOR = "CONTACT_FOR"
    ACHIEVED = "ACHIEVED"
    STATES = "STATES"  # Document -> Rule: an eligibility rule a funding guide states
    POSSIBLY_SAME = "POSSIBLY_SAME"  # Person -> Person: same name, not enough evidence to merge
    MENTIONS = "MENTIONS"  # Document -> any entity it supports


# The labels each relation type implies for its ends, in order of preference.
ENDPOINTS: dict[RelType, tuple[tuple[Label, ...], tuple[Label, ...]]] = {
    RelType.WORKS_AT: ((Label.PERSON,), (Label.ORGANIZATION,)),
    RelType.AFFILIATED_WITH: ((Label.PERSON,), (Label.ORGANIZATION,)),
    RelType.MEMBER_OF: ((Label.PERSON,), (Label.PROJECT,)),
    RelType.LEADS: ((Label.PERSON,), (Label.PROJECT, Label.ORGANIZATION)),
    RelType.UNIT_OF: ((Label.ORGANIZATION,), (Label.PROJECT,)),
    RelType.NOMINATED_BY: ((Label.PROJECT,), (Label.ORGANIZATION,)),
    RelType.FUNDED_BY: ((Label.PROJECT,), (Label.ORGANIZATION,)),
    RelType.AUTHORED: ((Label.PERSON,), (Label.PAPER,)),
    RelType.PUBLISHED_IN: ((Label.PAPER,), (Label.JOURNAL,)),
    RelType.INVENTED: ((Label.PERSON,), (Label.PATENT,)),
    RelType.OWNS: ((Label.ORGANIZATION,), (Label.PATENT,)),
    RelType.PART_OF: ((Label.ORGANIZATION, Label.PROJECT), (Label.ORGANIZATION, Label.PROJECT)),
    RelType.COLLABORATES_WITH: ((Label.ORGANIZATION,), (Label.ORGANIZATION,)),
    RelType.CONTACT_FOR: ((Label.PERSON,), (Label.PROJECT,)),
    RelType.ACHIEVED: ((Label.PERSON, Label.ORGANIZATION), (Label.PROJECT,)),
}

ENTITY_LABELS: tuple[Label, ...] = tuple(label for label in Label if label is not Label.DOCUMENT)

# Every node carries a unique `key`; Document nodes are keyed by `id` (sha256 of the normalised text).
KEY_PROPERTY = "key"
DOCUMENT_KEY = "id"

# Properties indexed for lookup (name and alias search) besides the unique key.
SEARCH_PROPERTIES: dict[Label, tuple[str, ...]] = {
    Label.PERSON: ("name",),
    Label.ORGANIZATION: ("name", "aliases"),  # aliases: a list, matched with `x IN o.aliases`
    Label.PAPER: ("name",),
    Label.PATENT: ("name", "number"),
    Label.PROJECT: ("name",),
    Label.JOURNAL: ("name",),
}
