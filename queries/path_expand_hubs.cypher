// path_expand_hubs: path_expand for nodes with many relationships. Each type is read on its own and stops
// at the cap, so a unit with thousands of staff costs no more than a small node (but every node pays for
// every type: slower than path_expand for the rest). The same neighbours, in the same order, as `expand`.
// Every relationship type but MENTIONS and STATES has a branch: Documents and Rules are never crossed.
// params: $keys (entity keys), $types (relationship types, or null for all), $per_type (cap per node and type)
// columns: from_key, type, hits: [[key of the neighbour, true if the relationship points away from from_key]]
UNWIND $keys AS k
CALL {
  WITH k MATCH (n:Person) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Organization) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Project) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Paper) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Patent) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Journal) WHERE n.key = k RETURN n
}
WITH n
CALL {
  WITH n WITH n WHERE $types IS NULL OR 'WORKS_AT' IN $types
  MATCH (n)-[r:WORKS_AT]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'WORKS_AT' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'AFFILIATED_WITH' IN $types
  MATCH (n)-[r:AFFILIATED_WITH]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'AFFILIATED_WITH' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'MEMBER_OF' IN $types
  MATCH (n)-[r:MEMBER_OF]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'MEMBER_OF' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'LEADS' IN $types
  MATCH (n)-[r:LEADS]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'LEADS' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'UNIT_OF' IN $types
  MATCH (n)-[r:UNIT_OF]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'UNIT_OF' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'NOMINATED_BY' IN $types
  MATCH (n)-[r:NOMINATED_BY]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'NOMINATED_BY' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'FUNDED_BY' IN $types
  MATCH (n)-[r:FUNDED_BY]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'FUNDED_BY' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'AUTHORED' IN $types
  MATCH (n)-[r:AUTHORED]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'AUTHORED' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'PUBLISHED_IN' IN $types
  MATCH (n)-[r:PUBLISHED_IN]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'PUBLISHED_IN' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'INVENTED' IN $types
  MATCH (n)-[r:INVENTED]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'INVENTED' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'OWNS' IN $types
  MATCH (n)-[r:OWNS]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'OWNS' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'PART_OF' IN $types
  MATCH (n)-[r:PART_OF]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'PART_OF' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'COLLABORATES_WITH' IN $types
  MATCH (n)-[r:COLLABORATES_WITH]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'COLLABORATES_WITH' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'CONTACT_FOR' IN $types
  MATCH (n)-[r:CONTACT_FOR]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'CONTACT_FOR' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'ACHIEVED' IN $types
  MATCH (n)-[r:ACHIEVED]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'ACHIEVED' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
  UNION ALL
  WITH n WITH n WHERE $types IS NULL OR 'POSSIBLY_SAME' IN $types
  MATCH (n)-[r:POSSIBLY_SAME]-(m) WHERE NOT m:Document AND NOT m:Rule
  RETURN 'POSSIBLY_SAME' AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $per_type
}
WITH n, type, collect([key, outgoing]) AS hits
RETURN n.key AS from_key, type, hits
