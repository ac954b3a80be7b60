from __future__ import annotations

import sys

import pytest

from shieldwall.core.errors import RegistryError
from shieldwall.core.registry import Registry
from tests.core._fakes import WordScanner

TABLE = {
    "word": ("tests.core._fakes:WordScanner", "Flags a configured word (test scanner)."),
    "missing_module": ("tests.core.nope:Thing", "x"),
    "missing_attr": ("tests.core._fakes:Nope", "x"),
    "not_a_class": ("tests.core._fakes:re", "x"),
}


def test_listing_and_lazy_load():
    reg = Registry(TABLE, group=None)
    assert reg.names() == sorted(TABLE)
    assert reg.load("word") is WordScanner
    assert reg.load("word") is WordScanner  # cached


@pytest.mark.parametrize("name", ["missing_module", "missing_attr", "not_a_class"])
def test_unloadable_entries_are_registry_errors(name):
    with pytest.raises(RegistryError, match=name):
        Registry(TABLE, group=None).load(name)


def test_unknown_name_lists_known_ones():
    with pytest.raises(RegistryError, match=r"unknown scanner 'zzz'.*word"):
        Registry(TABLE, group=None).load("zzz")


def test_entry_point_plugins_are_discovered(tmp_path, monkeypatch):
    dist = tmp_path / "sw_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: sw-plugin\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(
        "[shieldwall.test_scanners]\nplugged = tests.core._fakes:WordScanner\nword = tests.core._fakes:BoomScanner\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("importlib.metadata._cache", None)
    reg = Registry({"word": TABLE["word"]}, group="shieldwall.test_scanners")
    entries = {e.name: e for e in reg.entries()}
    assert entries["plugged"].origin == "entry-point:sw-plugin"
    assert reg.load("plugged") is WordScanner
    assert reg.load("word") is WordScanner  # a plugin cannot shadow a built-in
