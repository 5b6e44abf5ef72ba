// resolve_people: the Person nodes with one of the names, with what tells namesakes apart: the units
// they work at, are affiliated with or lead, the organizations those units are part of, and which of the
// document's $coworkers share a paper, patent or project with them, or are contacts of one programme with
// them. Only those co-workers are returned: a common name's namesakes can have thousands of co-workers, and
// the resolver only asks which of this document's people are among them.
// FalkorDB 4.16 plans a WHERE written on an OPTIONAL MATCH into the traversal and runs it several times
// slower; reading q.name into a column first and nulling the non-co-workers keeps it a plain expansion.
// params: $names (list of person names), $coworkers (the co-workers' names in the document at hand)
// columns: query, key, name, org_keys, related_org_keys, coworker_names, coworker_keys
UNWIND $names AS nm
MATCH (p:Person {name: nm})
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|LEADS]->(o:Organization)
WITH nm, p, collect(DISTINCT o) AS units
UNWIND CASE WHEN size(units) = 0 THEN [null] ELSE units END AS unit
OPTIONAL MATCH (unit)-[:PART_OF*1..2]->(up:Organization)
WITH nm, p, [u IN units | u.key] AS org_keys, collect(DISTINCT up.key) AS related_org_keys
OPTIONAL MATCH (p)-[:AUTHORED|INVENTED|MEMBER_OF|CONTACT_FOR]->(work)
WITH nm, p, org_keys, related_org_keys, work
OPTIONAL MATCH (work)<-[:AUTHORED|INVENTED|MEMBER_OF|CONTACT_FOR]-(q:Person)
WITH nm, p, org_keys, related_org_keys, q, q.name AS qn
WITH nm, p, org_keys, related_org_keys, CASE WHEN qn IN $coworkers AND q <> p THEN q END AS coworker
RETURN nm AS query, p.key AS key, p.name AS name, org_keys, related_org_keys,
       collect(DISTINCT coworker.name) AS coworker_names, collect(DISTINCT coworker.key) AS coworker_keys
