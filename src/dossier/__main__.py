"""``python -m dossier`` runs the CLI."""

from dossier.cli import main

__all__ = []

main()
