"""The shipped policy files (YAML), installed with the package."""
