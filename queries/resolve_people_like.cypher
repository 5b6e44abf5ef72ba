// resolve_people_like: names of people who share a paper, patent or project with one of $coworkers and have
// the length and first character (surname) of one of a document's $names, other than those names. A spelling
// variant counts only with shared co-workers, so the search starts from them (indexed names, local expansion)
// instead of scanning every person. The caller keeps names one character apart (OCR variants) and reads
// their evidence with resolve_people. (FalkorDB 4.16 can abort the whole server on substring() inside a
// list comprehension, so the character test is not done here.)
// The co-workers are matched first through the name index: written as one pattern, FalkorDB's planner would
// start from every Person instead.
// params: $names (person names of one document), $lengths and $initials (their lengths and first characters),
//   $coworkers (their co-workers' names in that document)
// columns: name
MATCH (c:Person) WHERE c.name IN $coworkers
MATCH (c)-[:AUTHORED|INVENTED|MEMBER_OF]->(work)
WITH DISTINCT work
MATCH (work)<-[:AUTHORED|INVENTED|MEMBER_OF]-(p:Person)
WHERE size(p.name) IN $lengths AND left(p.name, 1) IN $initials AND NOT p.name IN $names
RETURN DISTINCT p.name AS name
