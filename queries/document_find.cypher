// document_find: documents by id, by the first characters of their id, or by file name.
// params: $q (an id, an id prefix or a file name), $limit
// columns: id, name, ingested_at
MATCH (d:Document)
WHERE d.id = $q OR d.name = $q OR d.id STARTS WITH $q
RETURN d.id AS id, d.name AS name, d.ingested_at AS ingested_at
ORDER BY ingested_at DESC, id
LIMIT $limit
