// known_counts (FalkorDB): the label counts FalkorDB keeps, read in well under a millisecond. The default
// form's three counts joined by UNION ALL are not answered from those counts here but by scanning every
// node of the labels: 30 ms per document at 10k documents.
// params: none
// columns: label, n
CALL db.meta.stats() YIELD labels
UNWIND ['Document', 'Person', 'Organization'] AS label
RETURN label, coalesce(labels[label], 0) AS n
