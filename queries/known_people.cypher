// known_people: every Person's key and name; graph.known_mirror builds its index of a bulk ingest from them.
// params: none
// columns: key, name
MATCH (p:Person)
RETURN p.key AS key, p.name AS name
