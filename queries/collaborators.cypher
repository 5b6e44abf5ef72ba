// collaborators: people who share a paper (co-author), patent (co-inventor), project or award team
// (co-member) or work unit (colleague) with one person, with counts, years and evidence.
// params: $key (person key), $types (relationship types linking a person to the shared item, e.g.
//   ['AUTHORED','INVENTED','MEMBER_OF','LEADS','WORKS_AT']), $since (earliest year, or null),
//   $limit, $evidence_cap
// columns: key, name, kinds, shared, years, evidence (lists most recent item first)
//   evidence: [{key, label, name, year, kind, rel_a, rel_b, sources_a, sources_b, spans_a, spans_b}]
MATCH (p:Person {key: $key})-[r1]->(x)<-[r2]-(c:Person)
WHERE c <> p AND type(r1) IN $types AND type(r2) IN $types
  AND ($since IS NULL OR x.year IS NULL OR x.year >= $since)
WITH c, x, r1, r2,
     CASE labels(x)[0] WHEN 'Paper' THEN 'coauthor' WHEN 'Patent' THEN 'coinventor'
                       WHEN 'Project' THEN 'comember' ELSE 'colleague' END AS kind
ORDER BY x.year DESC, x.key, type(r1), type(r2)
WITH c, collect(DISTINCT kind) AS kinds, count(DISTINCT x) AS shared, collect(DISTINCT x.year) AS years,
     collect({key: x.key, label: labels(x)[0], name: x.name, year: x.year, kind: kind,
              rel_a: type(r1), rel_b: type(r2), sources_a: r1.sources, sources_b: r2.sources,
              spans_a: r1.spans, spans_b: r2.spans}) AS evidence
RETURN c.key AS key, c.name AS name, kinds, shared, years, evidence[..$evidence_cap] AS evidence
ORDER BY shared DESC, name, key
LIMIT $limit
