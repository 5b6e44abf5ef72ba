// known_documents: every Document's id, file name, path and part of its file: graph.known_mirror tells from them whether a
// document of a batch is new, already loaded, or a new version of a loaded file.
// params: none
// columns: id, name, path, part
MATCH (d:Document)
RETURN d.id AS id, d.name AS name, d.path AS path, d.part AS part
