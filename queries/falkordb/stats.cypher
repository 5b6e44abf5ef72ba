// stats (FalkorDB): counts of nodes per label and relationships per type, from the counts FalkorDB keeps
// (the default form scans every node and relationship: 1.3M of them at 10k generated documents).
// params: none
// columns: kind ("node" | "relationship"), name (label or type), n (count)
CALL db.meta.stats() YIELD labels
UNWIND keys(labels) AS name
RETURN 'node' AS kind, name, labels[name] AS n
UNION ALL
CALL db.meta.stats() YIELD relTypes
UNWIND keys(relTypes) AS name
RETURN 'relationship' AS kind, name, relTypes[name] AS n
