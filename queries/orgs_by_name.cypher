// orgs_by_name: organizations whose name or an alias equals one of $names, with their parents.
// params: $names
// columns: query, key, name, kind, aliases, parents
UNWIND $names AS nm
MATCH (o:Organization)
WHERE o.name = nm OR nm IN coalesce(o.aliases, [])
OPTIONAL MATCH (o)-[:PART_OF]->(up:Organization)
RETURN nm AS query, o.key AS key, o.name AS name, o.kind AS kind, o.aliases AS aliases,
       collect(up.name) AS parents
