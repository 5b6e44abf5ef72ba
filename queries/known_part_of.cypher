// known_part_of: every PART_OF relationship, by its ends' labels and keys (graph.known_mirror).
// params: none
// columns: source_label, source, target_label, target
MATCH (a)-[:PART_OF]->(b)
RETURN labels(a)[0] AS source_label, a.key AS source, labels(b)[0] AS target_label, b.key AS target
