"""The shared text kit of every extraction mechanism: lines and spans (`text`), the builder of entities
and relations (`builder`), and the book of the organizations a document names (`orgbook`)."""
