"""Every field of every official model and TypedDict exists on ours at the same import path.

`official_fields.txt` lists the fields of each class among the official 2.16.0 names of
`anthropic.types`, one `<module>\\t<name>\\t<field> <field> ...` a line (a model's fields by
their wire name, a TypedDict's keys, inherited ones included); it is written by
`scripts/list-official-names --fields`, which reads the official package's source, and checked
in, so this test needs no official package. Ours may have more fields than the official: a type
here can describe more of the API, or serve more than one official name.

Our models are compared by each field's alias (the wire name), our TypedDicts by the keys in
`__annotations__` (`__required_keys__` is not reliable with postponed annotations, and the
question is only whether the key exists).
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from _support.official_lists import read_keyed_words

LIST = Path(__file__).with_name("official_fields.txt")
OFFICIAL_SOURCE = Path(__file__).resolve().parents[2] / "official" / "src" / "anthropic"
# the official's whole-request TypedDicts (and a streamed body's forms)
PARAMS = ("Params", "ParamsBase", "ParamsNonStreaming", "ParamsStreaming")

# (module, name) → the official fields ours lacks there, and why. Each entry must still be a gap
# (the test fails once it is closed, so that the entry goes).
KNOWN_GAPS: dict[tuple[str, str], tuple[set[str], str]] = {}


def official_fields() -> dict[tuple[str, str], list[str]]:
    return read_keyed_words(LIST)


def our_fields(module: str, name: str) -> set[str] | None:
    """The fields of our type at that path: None when the name does not import here (a name
    tests/test_official_names.py tracks) or is not a class with fields (a union alias)."""
    value = _ours(module, name)
    if not isinstance(value, type):
        return None
    model_fields = getattr(value, "model_fields", None)
    if isinstance(model_fields, dict):
        return {info.alias or key for key, info in model_fields.items()}
    if hasattr(value, "__total__"):  # a TypedDict
        return set(value.__annotations__)
    return None


def _ours(module: str, name: str) -> object:
    try:
        return getattr(importlib.import_module(f"claude_api_client.{module}"), name)
    except (ImportError, AttributeError):
        return None


def gaps() -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for (module, name), fields in official_fields().items():
        ours = our_fields(module, name)
        if ours is None:
            continue
        absent = set(fields) - ours
        if absent:
            found[module, name] = absent
    return found


def test_the_list_is_well_formed() -> None:
    rows = official_fields()
    assert len(rows) > 4000
    assert rows["types.beta.file_list_params", "FileListParams"] == [
        "betas",
        "ids",
        "limit",
        "page",
        "scope_id",
        "workspace_id",
    ]
    # a model's field by its wire name (`from_` in Python)
    assert "from" in rows["types.beta", "BetaBrowserLeftClickDragInput"]
    # inherited keys (`MessageCreateParamsStreaming(MessageCreateParamsBase)`)
    assert {"model", "messages", "stream"} <= set(
        rows["types.message_create_params", "MessageCreateParamsStreaming"]
    )


def test_every_official_field_exists_on_ours() -> None:
    found = gaps()
    unexplained = {
        key: absent
        for key, absent in found.items()
        if key not in KNOWN_GAPS or not absent <= KNOWN_GAPS[key][0]
    }
    report = "\n".join(f"{m}.{n}: {sorted(a)}" for (m, n), a in sorted(unexplained.items()))
    assert not unexplained, f"{len(unexplained)} types lack official fields:\n{report}"
    closed = [key for key in KNOWN_GAPS if key not in found]
    assert not closed, f"known gaps now closed, drop them from KNOWN_GAPS: {closed}"


def beta_only_keys() -> dict[tuple[str, str], set[str]]:
    """(GA module, name) → the keys the official's beta twin of that TypedDict holds and its GA
    form does not (`betas`, the beta features' fields): `types.x.FooParams` against
    `types.beta.x.FooParams`."""
    rows = official_fields()
    found: dict[tuple[str, str], set[str]] = {}
    for (module, name), fields in rows.items():
        twin = rows.get(("types.beta" + module.removeprefix("types"), name))
        if module.startswith("types.beta") or twin is None or not name.endswith(PARAMS):
            continue
        found[module, name] = set(twin) - set(fields)
    return found


def test_the_ga_forms_hold_no_beta_only_key() -> None:
    # A GA method takes no beta-only argument: its whole-request TypedDict must not hold one, or
    # `client.models.list(**params)` fails to type-check where the official's passes.
    pairs = beta_only_keys()
    assert {"betas"} <= pairs["types.model_list_params", "ModelListParams"]
    assert {"betas", "context_management"} <= pairs[
        "types.message_create_params", "MessageCreateParamsStreaming"
    ]
    held = {key: (our_fields(*key) or set()) & keys for key, keys in pairs.items()}
    report = "\n".join(f"{m}.{n}: {sorted(k)}" for (m, n), k in sorted(held.items()) if k)
    assert not report, f"GA request types hold beta-only keys:\n{report}"


def test_the_comparison_sees_a_missing_field() -> None:
    # the check reads our fields the way it should: a TypedDict's keys, a model's wire names
    assert {"workspace_id", "betas", "ids"} <= (
        our_fields("types.beta.file_list_params", "FileListParams") or set()
    )
    assert "from" in (our_fields("types.beta", "BetaBrowserLeftClickDragInput") or set())
    assert our_fields("types", "NoSuchName") is None


@pytest.mark.skipif(not OFFICIAL_SOURCE.is_dir(), reason="the official package source is absent")
def test_the_checked_in_list_matches_the_official_package() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "list-official-names"
    fresh = subprocess.run(
        [sys.executable, str(script), "--fields", "--source", str(OFFICIAL_SOURCE)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert fresh == LIST.read_text(encoding="utf-8")
