// evidence_text: a window of each document's text around a span, and the document's name. The window is
// clipped to the text: FalkorDB's substring() reads past the end of a string whose length in bytes is
// more than its length in characters (Chinese text), returning bytes that are not the text, cut inside
// a character (invalid UTF-8 for the client).
// params: $spans [{doc, start, end, from, len}] (from/len: the window to cut; len 0 for the name only)
// columns: doc, name, start, end, window_start, window
UNWIND $spans AS s
MATCH (d:Document {id: s.doc})
WITH s, d, size(d.text) AS chars
WITH s, d, chars, CASE WHEN s.from < chars THEN s.from ELSE chars END AS lo
RETURN s.doc AS doc, d.name AS name, s.start AS start, s.end AS end, lo AS window_start,
       CASE WHEN s.len > 0 AND lo < chars
            THEN substring(d.text, lo, CASE WHEN s.len < chars - lo THEN s.len ELSE chars - lo END)
            ELSE '' END AS window
