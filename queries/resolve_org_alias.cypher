// resolve_org_alias: the keys of the Organization nodes named $alias or listing it among their aliases.
// params: $alias (organization name as written)
// columns: key
MATCH (o:Organization)
WHERE o.name = $alias OR $alias IN coalesce(o.aliases, [])
RETURN DISTINCT o.key AS key
LIMIT 2
