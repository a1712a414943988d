"""flows.database: Prefect's database is set up once per home, and once per installation."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest

from flows import database


@pytest.fixture
def home(tmp_path, monkeypatch):
    for key in [k for k in list(__import__("os").environ) if k.startswith("PREFECT_") and "DATABASE" in k]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def _make_db(path, rows=0):
    with sqlite3.connect(path) as c:
        c.execute("create table flow_run (id integer)")
        c.executemany("insert into flow_run values (?)", [(i,) for i in range(rows)])


def test_a_new_home_is_not_ready_until_marked(home):
    assert database.missing() and not database.is_ready() and database.server_env() == {}
    _make_db(home / "prefect.db")
    assert not database.missing() and not database.is_ready()
    assert database.mark_ready() is True  # this start set it up
    assert database.is_ready() and database.mark_ready() is False
    assert database.server_env() == {
        "PREFECT_API_DATABASE_MIGRATE_ON_START": "false",
        "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    }


def test_another_prefect_version_or_a_replaced_file_migrates_again(home):
    _make_db(home / "prefect.db")
    database.mark_ready()
    marker = json.loads((home / "warta-database.json").read_text())
    (home / "warta-database.json").write_text(json.dumps({**marker, "prefect": "0.0.1"}))
    assert not database.is_ready()
    database.mark_ready()
    (home / "prefect.db").unlink()
    _make_db(home / "other.db")
    (home / "other.db").rename(home / "prefect.db")  # another file, another inode
    assert not database.is_ready()


@pytest.mark.parametrize("setting", ["PREFECT_API_DATABASE_CONNECTION_URL", "PREFECT_SERVER_DATABASE_CONNECTION_URL"])
def test_a_database_setting_of_the_users_own_turns_it_off(home, monkeypatch, setting):
    _make_db(home / "prefect.db")
    monkeypatch.setenv(setting, "postgresql+asyncpg://somewhere/prefect")
    assert database.mark_ready() is False and not database.is_ready() and database.server_env() == {}
    assert database.save_template() is None and not database.missing()


def test_a_profile_that_sets_a_database_turns_it_off(home):
    _make_db(home / "prefect.db")
    (home / "profiles.toml").write_text('[profiles.x]\nPREFECT_API_DATABASE_CONNECTION_URL = "sqlite:///x.db"\n')
    assert database.mark_ready() is False and database.server_env() == {}


def test_the_template_is_saved_once_and_seeds_a_fresh_home(home, tmp_path, monkeypatch):
    _make_db(home / "prefect.db", rows=3)
    template = database.save_template()
    assert template is not None and template.parent == tmp_path / "prefix" / "share" / "warta"
    with sqlite3.connect(template) as c:
        assert c.execute("select count(*) from flow_run").fetchone() == (3,)
    assert database.save_template() is None  # one per Prefect version: never overwritten

    fresh = tmp_path / "fresh"
    monkeypatch.setenv("PREFECT_HOME", str(fresh))
    assert database.missing()
    assert database.seed_from_template() is True
    assert (fresh / "prefect.db").read_bytes() == template.read_bytes() and database.is_ready()
    assert database.seed_from_template() is False  # a home with a database is never overwritten
    assert not list(fresh.glob(".*.tmp"))


def test_without_a_template_nothing_is_seeded(home):
    assert database.seed_from_template() is False and database.missing()
