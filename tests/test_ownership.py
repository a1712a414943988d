"""Warta never adopts what is not its own: every refusal leaves the user's files exactly as they were."""

import hashlib
import os
from pathlib import Path

import pytest

from flows.cli import main
from tasks.publish import ForeignOutput, check_output, versions_dir


def snapshot(root: Path) -> dict[str, str]:
    """Every path under ``root`` (files with a hash of their bytes, links with their target)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if p.is_symlink():
                out[rel] = "-> " + os.readlink(p)
            elif p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
            else:
                out[rel] = "dir"
    return out


@pytest.fixture
def workspace(tmp_path):
    batch = tmp_path / "mybatch"
    batch.mkdir()
    (batch / "a.txt").write_text("Jakarta (ANTARA) - Presiden Aruna Dewi meresmikan jembatan.", "utf-8")
    (batch / "notes.md").write_text("my own notes", "utf-8")
    (tmp_path / "notes.txt").write_text("do not touch", "utf-8")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"\x00\x01")
    (foreign / "articles").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    ("out", "why"),
    [
        ("notes.txt", "is a file"),
        ("foreign", "not a Warta dataset"),
        ("mybatch", "inside the batch folder"),
        ("mybatch/out", "inside the batch folder"),
        (".", "holds the batch folder"),
    ],
)
def test_run_refuses_what_is_not_warta_and_changes_nothing(workspace, capsys, out, why):
    before = snapshot(workspace)
    code = main(["run", str(workspace / "mybatch"), "--out", str(workspace / out), "--quiet"])
    assert code == 2
    err = capsys.readouterr().err
    assert why in err and err.count("\n") == 1  # one line that says what is in the way
    assert snapshot(workspace) == before


def test_a_link_warta_did_not_make_is_refused(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(ForeignOutput, match="did not make"):
        check_output(tmp_path / "out")


def test_what_warta_may_write_into(tmp_path):
    check_output(tmp_path / "new")  # does not exist
    (tmp_path / "empty").mkdir()
    check_output(tmp_path / "empty")
    legacy = tmp_path / "legacy"
    for table in ("articles", "runs"):
        (legacy / table).mkdir(parents=True)
    check_output(legacy)  # a plain folder of Warta tables, as an earlier Warta wrote it
    version = versions_dir(tmp_path / "ds") / "v-1"
    version.mkdir(parents=True)
    (tmp_path / "ds").symlink_to(os.path.relpath(version, tmp_path))
    check_output(tmp_path / "ds")  # the link Warta made


def test_inbox_refuses_a_foreign_output(workspace, capsys):
    inbox = workspace / "inbox"
    inbox.mkdir()
    before = snapshot(workspace)
    assert main(["inbox", "--inbox", str(inbox), "--out", str(workspace / "foreign")]) == 2
    assert "not a Warta dataset" in capsys.readouterr().err
    assert snapshot(workspace) == before
