// person_units: the organizations each person works at (or is otherwise linked to by $rels), with provenance.
// params: $keys (person keys), $rels (relationship types, e.g. ['WORKS_AT','AFFILIATED_WITH'])
// columns: person, rel, sources, spans, org, org_name, org_kind
UNWIND $keys AS k
MATCH (p:Person {key: k})-[w:WORKS_AT|AFFILIATED_WITH|LEADS]->(o:Organization)
WHERE type(w) IN $rels
RETURN k AS person, type(w) AS rel, w.sources AS sources, w.spans AS spans,
       o.key AS org, o.name AS org_name, o.kind AS org_kind
ORDER BY person, org, rel
