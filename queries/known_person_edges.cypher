// known_person_edges: what resolve_people and resolve_people_like read around a person: the units they work
// at, are affiliated with or lead, and the papers, patents and projects they share with others
// (graph.known_mirror).
// params: none
// columns: person, type, label, key
MATCH (p:Person)-[r:WORKS_AT|AFFILIATED_WITH|LEADS|AUTHORED|INVENTED|MEMBER_OF|CONTACT_FOR]->(b)
RETURN p.key AS person, type(r) AS type, labels(b)[0] AS label, b.key AS key
