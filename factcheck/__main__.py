"""``python -m factcheck`` runs the command line."""

from factcheck._entry import entry

entry()
