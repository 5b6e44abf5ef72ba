// Counts of nodes per label and relationships per type.
// params: none
// columns: kind ("node" | "relationship"), name (label or type), n (count)
MATCH (n)
RETURN 'node' AS kind, labels(n)[0] AS name, count(*) AS n
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS n
