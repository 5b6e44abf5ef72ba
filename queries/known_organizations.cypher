// known_organizations: every Organization's key, name and aliases (graph.known_mirror).
// params: none
// columns: key, name, aliases
MATCH (o:Organization)
RETURN o.key AS key, o.name AS name, o.aliases AS aliases
