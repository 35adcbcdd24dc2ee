"""The installed version, for reports."""

from importlib.metadata import PackageNotFoundError, version

#: The distribution's name; the import package and the command are ``factcheck``.
DISTRIBUTION = "factcheck-numbers"

try:
    VERSION = version(DISTRIBUTION)
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    VERSION = "0.0.0+unknown"
