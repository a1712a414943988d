"""The warm worker's pieces that need no server: message frames with descriptors, fingerprints,
and the client's fallback when there is no worker."""

from __future__ import annotations

import os
import socket

from flows import warm


def test_a_message_and_three_descriptors_cross_the_socket():
    a, b = socket.socketpair()
    r, w = os.pipe()
    try:
        warm._send(a, {"argv": ["run", "x"], "env": {"K": "ü"}}, [r, w, w])
        message, fds = warm._recv(b, max_fds=3)
        assert message == {"argv": ["run", "x"], "env": {"K": "ü"}} and len(fds) == 3
        os.write(fds[1], b"through")
        assert os.read(r, 7) == b"through"
        for fd in fds:
            os.close(fd)
        a.close()
        assert warm._recv(b) == (None, [])  # the peer hung up
    finally:
        os.close(r)
        os.close(w)
        b.close()


def test_the_fingerprint_follows_prefect_settings_but_not_the_api_url():
    env = {"PREFECT_HOME": "/h", "PREFECT_LOGGING_LEVEL": "WARNING", "HOME": "/root"}
    base = warm.fingerprint(env)
    assert warm.fingerprint({**env, "PREFECT_API_URL": "http://127.0.0.1:1/api"}) == base
    assert warm.fingerprint({**env, "WARTA_OUT": "elsewhere"}) == base  # read per command, not at import
    assert warm.fingerprint({**env, "PREFECT_LOGGING_LEVEL": "DEBUG"}) != base


def test_the_fingerprint_follows_the_code(tmp_path, monkeypatch):
    (tmp_path / "tasks").mkdir()
    module = tmp_path / "tasks" / "m.py"
    module.write_text("x = 1\n")
    monkeypatch.setattr(warm, "ROOT", tmp_path)
    before = warm.fingerprint({})
    module.write_text("x = 22\n")
    assert warm.fingerprint({}) != before


def test_no_worker_means_the_command_runs_itself(tmp_path, monkeypatch):
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert warm.run_warm(["check", "out"]) is None  # no socket
    (tmp_path / "warta-warm.sock").write_text("")  # a socket file nobody listens on
    assert warm.run_warm(["check", "out"]) is None
    assert warm.run_warm(["server", "status"]) is None  # never forwarded
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
    assert warm.run_warm(["check", "out"]) is None  # the user's own server wins


def test_a_long_home_gets_a_short_socket_path(tmp_path):
    assert len(os.fsencode(warm.socket_path(tmp_path / ("x" * 120)))) < 100
    assert warm.socket_path(tmp_path) == tmp_path / "warta-warm.sock"
