"""`python -m cli`: the `kg` command."""

from cli.main import main

main()
