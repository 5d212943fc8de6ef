"""``python -m workstation`` runs the command line."""

from workstation.cli.main import main

main()
