// Entities whose name, or any alias, contains a (Chinese) substring; exact names first, then shorter ones.
// params: $q (string: the substring), $labels (list of label names, or null for every entity label but Rule),
//         $skip (int), $limit (int)
// columns: key, label, name, kind, aliases
MATCH (n)
WITH n, labels(n)[0] AS label
WHERE label <> 'Document'
  AND (($labels IS NULL AND label <> 'Rule') OR label IN $labels)
  AND (n.name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
RETURN n.key AS key, label, n.name AS name, n.kind AS kind, coalesce(n.aliases, []) AS aliases
ORDER BY CASE WHEN n.name = $q OR $q IN coalesce(n.aliases, []) THEN 0 ELSE 1 END, size(n.name), n.name, n.key
SKIP $skip
LIMIT $limit
