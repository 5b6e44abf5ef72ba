// documents: the ingested documents, newest first, each with how many entities it names, by label.
// params: $skip, $limit, $head (characters of each document's text, to find its title)
// columns: id, name, genre, ingested_at, size, metadata_json, head, entities [{label, n}]
MATCH (d:Document)
WITH d ORDER BY d.ingested_at DESC, d.name, d.id SKIP $skip LIMIT $limit
OPTIONAL MATCH (d)-[:MENTIONS]->(n)
WITH d, labels(n)[0] AS label, count(n) AS n
WITH d, collect(CASE WHEN label IS NULL THEN null ELSE {label: label, n: n} END) AS entities
RETURN d.id AS id, d.name AS name, d.genre AS genre, d.ingested_at AS ingested_at, d.size AS size,
       d.metadata_json AS metadata_json,
       substring(d.text, 0, CASE WHEN size(d.text) < $head THEN size(d.text) ELSE $head END) AS head, entities
ORDER BY ingested_at DESC, name, id
