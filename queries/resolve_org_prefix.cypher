// resolve_org_prefix: the Organization nodes whose name lies in one of $ranges, each [prefix, prefix +
// the highest character], i.e. starts with that prefix (the opening characters of a short form such as
// 某省人民医院 written without 省); at most 51 per prefix, so the caller can tell when there are too many.
// A range on the indexed name is an index scan (FalkorDB 4.16 scans every node for STARTS WITH).
// params: $ranges (list of [low, high] name bounds)
// columns: prefix, key, name
UNWIND $ranges AS r
MATCH (o:Organization)
WHERE o.name >= r[0] AND o.name < r[1]
WITH r[0] AS prefix, collect(DISTINCT [o.key, o.name])[..51] AS found
UNWIND found AS f
RETURN prefix, f[0] AS key, f[1] AS name
