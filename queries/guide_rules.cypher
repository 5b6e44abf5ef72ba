// guide_rules: the rules funding guides state; one guide (by document id or file name) or all.
// params: $doc (document id or name, or null)
// columns: doc, doc_name, key, id, text, applies_to, constraint, params_json, spans
MATCH (d:Document)-[states:STATES]->(r:Rule)
WHERE $doc IS NULL OR d.id = $doc OR d.name = $doc
RETURN d.id AS doc, d.name AS doc_name, r.key AS key, r.id AS id, r.text AS text, r.applies_to AS applies_to,
       r.constraint AS constraint, r.params_json AS params_json, states.spans AS spans
ORDER BY doc_name, id
