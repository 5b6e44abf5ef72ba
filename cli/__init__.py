"""`kg`, the command line: a thin layer over the objects the API uses too (`cli.main` is the entry point)."""
