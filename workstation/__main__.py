"""``python -m workstation`` runs the command line."""

from workstation.cli.main import main

if __name__ == "__main__":  # detection workers re-import this module under another name
    main()
