// known_documents: every Document's id and file name: graph.known_mirror tells from them whether a document
// of a batch is new, already loaded, or a new version of a loaded file.
// params: none
// columns: id, name
MATCH (d:Document)
RETURN d.id AS id, d.name AS name
