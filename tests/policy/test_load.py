from __future__ import annotations

import pytest

from shieldwall.core.errors import ConfigError
from shieldwall.core.types import Action, Category
from shieldwall.policy import build_pipeline, builtin_policy, load_policy, parse_policy

GOOD = """
id: mine
fail_mode: open
scanners:
  - name: secrets
  - name: pii
    options: {}
actions:
  pii: {action: flag, threshold: 0.7}
"""


def test_parse_valid_policy():
    p = parse_policy(GOOD)
    assert p.id == "mine" and not p.fail_closed
    assert p.actions[Category.PII].action is Action.FLAG


def test_unknown_key_named_with_its_line():
    text = "id: x\nscanners:\n  - name: secrets\n    threshhold: 0.5\n"
    with pytest.raises(ConfigError) as exc:
        parse_policy(text, source="p.yaml")
    msg = str(exc.value)
    assert "p.yaml, line 4" in msg and "scanners[0].threshhold" in msg and "unknown key" in msg


def test_bad_value_named_with_its_line():
    text = "id: x\nactions:\n  pii: {action: explode}\n"
    with pytest.raises(ConfigError, match=r"line 3: actions\.pii\.action"):
        parse_policy(text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "empty"),
        ("- a\n- b\n", "mapping at the top level"),
        ("id: [unclosed\n", "invalid YAML"),
        ("id: x\nid: y\n", "duplicate key"),
        ("id: !!python/object:os.system x\n", "invalid YAML"),
        ("a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
         "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
         "alias bomb"),
        ("id: x\nextends: nothing\n", "extends must be one of"),
        ("[" * 5000, "nested too deeply"),
        ("a: " + "{b: " * 3000 + "1" + "}" * 3000 + "\n", "nested too deeply"),
    ],
)
def test_hostile_or_broken_yaml_is_a_config_error(text, match):
    with pytest.raises(ConfigError, match=match):
        parse_policy(text)


def test_env_interpolation(monkeypatch):
    monkeypatch.setenv("SW_POLICY_ID", "from-env")
    assert parse_policy("id: ${SW_POLICY_ID}\n").id == "from-env"
    assert parse_policy("id: ${SW_UNSET_VAR:fallback}\n").id == "fallback"
    with pytest.raises(ConfigError, match="SW_UNSET_VAR is not set"):
        parse_policy("id: ${SW_UNSET_VAR}\n")


def test_extends_overrides_actions_only():
    p = parse_policy("id: mine\nextends: default\nactions:\n  pii: {action: block, threshold: 0.9}\n")
    base = builtin_policy("default")
    assert p.scanners == base.scanners
    assert p.actions[Category.PII].action is Action.BLOCK
    assert p.actions[Category.SECRET] == base.actions[Category.SECRET]


@pytest.mark.parametrize(
    ("name", "injection"), [("default", "detector"), ("strict", "detector"), ("fast", "injection")]
)
def test_builtin_policies_build(name, injection):
    pipe = build_pipeline(load_policy(name))
    assert {s.name for s in pipe.slots} >= {"hygiene", "encodings", "secrets", "pii", injection}


def test_unknown_scanner_and_rule_and_bad_options():
    with pytest.raises(ConfigError, match="unknown scanner 'nope'"):
        build_pipeline(parse_policy("id: x\nscanners:\n  - name: nope\n"))
    with pytest.raises(ConfigError, match=r"unknown rule id 'secrets\.nope'"):
        build_pipeline(parse_policy("id: x\nscanners:\n  - name: secrets\ndisabled_rules: [secrets.nope]\n"))
    with pytest.raises(ConfigError, match=r"scanners\[0\] \(secrets\): invalid options"):
        build_pipeline(parse_policy("id: x\nscanners:\n  - name: secrets\n    options: {no_such_option: 1}\n"))


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="neither a built-in"):
        load_policy(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"id: \xff\n")
    with pytest.raises(ConfigError, match="not valid UTF-8"):
        load_policy(bad)
