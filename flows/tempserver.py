"""The process of the temporary Prefect server a command starts (``flows.server``).

What ``python -m uvicorn --factory prefect.server.api.server:create_app`` does, with Python's
cyclic garbage collector paused while Prefect's server is imported and its app built (~10% of
the start's CPU on this machine: the imports allocate hundreds of thousands of objects and none of
them is garbage), then the survivors frozen out of later collections and the collector back on.

    python -m flows.tempserver PORT
"""

from __future__ import annotations

import gc
import sys


def main(port: int) -> None:
    gc.disable()
    import uvicorn
    from prefect.server.api.server import create_app

    app = create_app()
    gc.freeze()
    gc.enable()
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", lifespan="on")


if __name__ == "__main__":
    main(int(sys.argv[1]))
