// document: one ingested document with its text.
// params: $id (document id)
// columns: id, name, genre, ingested_at, size, text
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.name AS name, d.genre AS genre, d.ingested_at AS ingested_at, d.size AS size, d.text AS text
