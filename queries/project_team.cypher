// project_team: the team (members and leaders) and the units of each project.
// params: $keys (project keys)
// columns: key, name, kind, year, team [{key, name, rel, sources, spans}], units [{key, name, sources, spans}]
UNWIND $keys AS k
MATCH (j:Project {key: k})
OPTIONAL MATCH (p:Person)-[r:MEMBER_OF|LEADS]->(j)
WITH j, collect(CASE WHEN p IS NULL THEN null
                ELSE {key: p.key, name: p.name, rel: type(r), sources: r.sources, spans: r.spans} END) AS team
OPTIONAL MATCH (o:Organization)-[u:UNIT_OF]->(j)
RETURN j.key AS key, j.name AS name, j.kind AS kind, j.year AS year, team,
       collect(CASE WHEN o IS NULL THEN null
               ELSE {key: o.key, name: o.name, sources: u.sources, spans: u.spans} END) AS units
