"""The installed version, for reports."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("factcheck")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    VERSION = "0.0.0+unknown"
