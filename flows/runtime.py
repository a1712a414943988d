"""Quiet, embedded Prefect by default; a user's own Prefect settings always win.

Must run before ``prefect`` is imported. The defaults are those measured in shared/NOTES.md to
give a clean embedded run: a private PREFECT_HOME, no telemetry, warnings only, and the server
services that write task runs and events switched off (they only matter with a UI).
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

QUIET_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_CLI_COLORS": "false",
}


def default_prefect_home() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "warta" / "prefect"


def configure_prefect() -> None:
    """Set Warta's defaults for every Prefect setting the user has not set."""
    if "PREFECT_HOME" not in os.environ:
        home = default_prefect_home()
        home.mkdir(parents=True, exist_ok=True)
        os.environ["PREFECT_HOME"] = str(home)
    for key, value in QUIET_DEFAULTS.items():
        os.environ.setdefault(key, value)


# What a flow run imports on its first call (found by diffing sys.modules around one): Prefect's
# engines, the parameter serializer of Flow.__call__ (FastAPI's encoder), its visualisation
# hooks, the run summary's artifact. A command imports them while it waits for the server.
FLOW_RUN_MODULES = (
    "prefect.flow_engine",
    "prefect.task_engine",
    "prefect.utilities.visualization",
    "prefect.artifacts",
    "fastapi.encoders",
    "tasks.work",
)


def preload_flow_run() -> None:
    for name in FLOW_RUN_MODULES:
        importlib.import_module(name)
