"""The version, for reports and ``--version``.

Written here, not read from the installed metadata: ``importlib.metadata``
costs a third of ``factcheck --version``. ``pyproject.toml`` reads it from
this file (hatch's version source), so the two cannot disagree.
"""

#: The distribution's name; the import package and the command are ``factcheck``.
DISTRIBUTION = "factcheck-numbers"

VERSION = "0.1.0"
