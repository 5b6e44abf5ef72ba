// resolve_people_like: names of Person nodes with the length and first character (surname) of $name, other
// than $name itself. The caller keeps those one character apart (OCR variants) and reads their evidence with
// resolve_people: a light first step, as many people share a surname. (FalkorDB 4.16 can abort the whole
// server on substring() inside a list comprehension, so the character test is not done here.)
// params: $name (person name)
// columns: name
MATCH (p:Person)
WHERE p.name STARTS WITH left($name, 1) AND size(p.name) = size($name) AND p.name <> $name
RETURN DISTINCT p.name AS name
