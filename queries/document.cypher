// document: one ingested document with its text.
// params: $id (document id)
// columns: id, name, genre, ingested_at, size, metadata_json, text
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.name AS name, d.genre AS genre, d.ingested_at AS ingested_at, d.size AS size,
       d.metadata_json AS metadata_json, d.text AS text
