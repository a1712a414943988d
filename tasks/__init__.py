"""Warta's pipeline stages: one module per stage, pure functions first, a thin Prefect task last."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("warta")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"

PIPELINE_VERSION = __version__
CONTRACT_VERSION = "1.0"
