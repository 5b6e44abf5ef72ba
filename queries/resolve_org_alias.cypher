// resolve_org_alias: for each spelling, the keys of the Organization nodes named so or listing it among their
// aliases (both properties are indexed; a spelling that names several organizations gives several rows).
// params: $aliases (organization names as written)
// columns: alias, key
UNWIND $aliases AS alias
MATCH (o:Organization)
WHERE o.name = alias OR alias IN o.aliases
RETURN DISTINCT alias, o.key AS key
