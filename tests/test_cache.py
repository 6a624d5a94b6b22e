"""The cache folder (issue 14): HARMWATCH_CACHE_DIR, else the platform's; unwritable is a clear error."""

from __future__ import annotations

import os

import pytest

from harmwatch.cache import cache_dir, cache_file
from harmwatch.errors import ConfigError


def test_the_cache_dir_follows_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("HARMWATCH_CACHE_DIR", str(tmp_path / "c"))
    assert cache_file("x.sqlite") == tmp_path / "c" / "x.sqlite" and (tmp_path / "c").is_dir()


def test_else_the_platform_cache_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("HARMWATCH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "harmwatch"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_cache_dir_is_a_clear_error(tmp_path, monkeypatch):
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o500)
    monkeypatch.setenv("HARMWATCH_CACHE_DIR", str(ro / "sub"))
    with pytest.raises(ConfigError, match="HARMWATCH_CACHE_DIR"):
        cache_file("x.sqlite")


def test_a_cache_dir_that_is_a_file_is_a_clear_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("HARMWATCH_CACHE_DIR", str(blocker / "sub"))
    with pytest.raises(ConfigError, match="cannot create the cache folder"):
        cache_file("x.sqlite")
