// person_context: what tells people of one name apart: the units they work at, the documents that name
// them, the people they most often share a paper, patent or project with, the people they may be (a
// POSSIBLY_SAME link: same name, not enough evidence to merge); and how many other people in the graph
// have the same name.
// params: $keys (person keys), $max_documents, $max_coworkers, $head (characters of each document's text)
// Every list in the same order on every store.
// columns: key, name, units (by name), documents [{id, name, genre, metadata_json, head}], coworkers [{key, name, shared}],
//   possibly_same [{key, name, score, reason}], namesakes
UNWIND $keys AS k
MATCH (p:Person {key: k})
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH]->(o:Organization)
WITH p, o ORDER BY o.name
WITH p, collect(DISTINCT o.name) AS units
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(p)
WITH p, units, d ORDER BY d.ingested_at, d.id
WITH p, units, collect(d)[..$max_documents] AS docs
OPTIONAL MATCH (p)-[:AUTHORED|INVENTED|MEMBER_OF|LEADS]->(x)<-[:AUTHORED|INVENTED|MEMBER_OF|LEADS]-(c:Person)
WHERE c <> p
WITH p, units, docs, c, count(DISTINCT x) AS shared
ORDER BY shared DESC, c.name, c.key
WITH p, units, docs,
     collect(CASE WHEN c IS NULL THEN null ELSE {key: c.key, name: c.name, shared: shared} END)[..$max_coworkers] AS coworkers
OPTIONAL MATCH (p)-[same:POSSIBLY_SAME]-(twin:Person)
WITH p, units, docs, coworkers, same, twin ORDER BY twin.key
WITH p, units, docs, coworkers,
     collect(CASE WHEN twin IS NULL THEN null
             ELSE {key: twin.key, name: twin.name, score: same.score, reason: same.reason} END) AS possibly_same
OPTIONAL MATCH (q:Person {name: p.name})
WHERE q <> p
RETURN p.key AS key, p.name AS name, units,
       [x IN docs | {id: x.id, name: x.name, genre: x.genre, metadata_json: x.metadata_json,
                     head: substring(x.text, 0, CASE WHEN size(x.text) < $head THEN size(x.text) ELSE $head END)}] AS documents,
       coworkers, possibly_same, count(q) AS namesakes
