// evidence_text: a window of each document's text around a span, and the document's name.
// params: $spans [{doc, start, end, from, len}] (from/len: the window to cut; len 0 for the name only)
// columns: doc, name, start, end, window_start, window
UNWIND $spans AS s
MATCH (d:Document {id: s.doc})
RETURN s.doc AS doc, d.name AS name, s.start AS start, s.end AS end, s.from AS window_start,
       CASE WHEN s.len > 0 THEN substring(d.text, s.from, s.len) ELSE '' END AS window
