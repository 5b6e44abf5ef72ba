// source_lines: for each span, the line of its document it starts on, and what names the document
// (its file name, genre, metadata and the first characters of its text, to find a title).
// params: $spans [{doc, start}], $head (characters of text)
// columns: doc, start, line, name, genre, metadata_json, head
UNWIND $spans AS s
MATCH (d:Document {id: s.doc})
WITH s, d, CASE WHEN s.start < 0 THEN 0 WHEN s.start > size(d.text) THEN size(d.text) ELSE s.start END AS at
RETURN s.doc AS doc, s.start AS start, size(split(substring(d.text, 0, at), '\n')) AS line, d.name AS name,
       d.genre AS genre, d.metadata_json AS metadata_json,
       substring(d.text, 0, CASE WHEN size(d.text) < $head THEN size(d.text) ELSE $head END) AS head
