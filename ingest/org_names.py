"""Organization names as extraction and resolution use them: the names of `names.organizations`, the one
home of organization-name matching (shared with the conflict check), under the names ingest has always
imported them by."""

from names import clean
from names.organizations import (
    LATIN_KINDS,
    LEGAL_FORMS,
    LIST_SEPARATORS,
    ORG_SUFFIXES,
    RELATIVE_BODY,
    abbreviates,
    abbreviations,
    agency_then_ending,
    detect_province,
    expand_abbreviations,
    is_abbreviation_of,
    is_contraction_of,
    is_distinctive,
    is_former_name,
    is_short_form_of,
    is_university_short_form,
    kind_suffix,
    names_the_same,
    normal_form,
    official_name,
    org_kind,
    province_stem,
    provinces,
    second_body_at,
    split_parenthesised,
    without_province_mark,
)

__all__ = ["LATIN_KINDS", "LEGAL_FORMS", "LIST_SEPARATORS", "ORG_SUFFIXES", "RELATIVE_BODY", "abbreviates", "abbreviations", "agency_then_ending", "clean", "detect_province", "expand_abbreviations",
           "is_abbreviation_of", "is_contraction_of", "is_distinctive", "is_former_name", "is_short_form_of", "is_university_short_form",
           "kind_suffix", "names_the_same", "normal_form", "official_name", "org_kind", "province_stem", "provinces",
           "second_body_at", "split_parenthesised", "without_province_mark"]
