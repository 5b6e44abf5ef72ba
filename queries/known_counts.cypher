// known_counts: how many documents, people and organizations the graph holds. graph.known_mirror compares
// them with its own before each document, to notice another writer.
// params: none
// columns: label, n
MATCH (d:Document) RETURN 'Document' AS label, count(d) AS n
UNION ALL
MATCH (p:Person) RETURN 'Person' AS label, count(p) AS n
UNION ALL
MATCH (o:Organization) RETURN 'Organization' AS label, count(o) AS n
