// org_ancestors: the organizations each organization is part of, up to two levels (lab → hospital →
// university), with the PART_OF relationships on the way.
// params: $keys (organization keys)
// columns: org, chain [{key, name, sources, spans}] (nearest ancestor first)
UNWIND $keys AS k
MATCH path = (o:Organization {key: k})-[:PART_OF*1..2]->(:Organization)
RETURN k AS org,
       [i IN range(1, length(path)) | {key: nodes(path)[i].key, name: nodes(path)[i].name,
                                       sources: relationships(path)[i - 1].sources,
                                       spans: relationships(path)[i - 1].spans}] AS chain
