// org_network: organizations linked to the units in $keys by shared projects (both UNIT_OF), patents
// (both OWNS), papers (two of its authors, one working at each), or a partnership the text states
// (COLLABORATES_WITH).
// params: $keys (organization keys), $limit (rows per link kind)
// columns: org, partner, partner_name, partner_kind, via ('project'|'patent'|'paper'|'stated'), shared, items
UNWIND $keys AS k
MATCH (o:Organization {key: k})-[:UNIT_OF]->(x:Project)<-[:UNIT_OF]-(q:Organization)
WHERE q <> o
WITH o, q, collect(DISTINCT {key: x.key, name: x.name, year: x.year}) AS items
RETURN o.key AS org, q.key AS partner, q.name AS partner_name, q.kind AS partner_kind, 'project' AS via,
       size(items) AS shared, items[..10] AS items
ORDER BY shared DESC, partner LIMIT $limit
UNION ALL
UNWIND $keys AS k
MATCH (o:Organization {key: k})-[:OWNS]->(x:Patent)<-[:OWNS]-(q:Organization)
WHERE q <> o
WITH o, q, collect(DISTINCT {key: x.key, name: x.name, year: x.year}) AS items
RETURN o.key AS org, q.key AS partner, q.name AS partner_name, q.kind AS partner_kind, 'patent' AS via,
       size(items) AS shared, items[..10] AS items
ORDER BY shared DESC, partner LIMIT $limit
UNION ALL
UNWIND $keys AS k
MATCH (o:Organization {key: k})<-[:WORKS_AT]-(a:Person)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(b:Person)-[:WORKS_AT]->(q:Organization)
WHERE q <> o AND a <> b
WITH o, q, collect(DISTINCT {key: x.key, name: x.name, year: x.year}) AS items
RETURN o.key AS org, q.key AS partner, q.name AS partner_name, q.kind AS partner_kind, 'paper' AS via,
       size(items) AS shared, items[..10] AS items
ORDER BY shared DESC, partner LIMIT $limit
UNION ALL
UNWIND $keys AS k
MATCH (o:Organization {key: k})-[r:COLLABORATES_WITH]-(q:Organization)
RETURN o.key AS org, q.key AS partner, q.name AS partner_name, q.kind AS partner_kind, 'stated' AS via,
       1 AS shared, [{key: null, name: null, year: null, sources: r.sources}] AS items
ORDER BY partner LIMIT $limit
