"""The tolerant partial-JSON parser behind snapshots of tool inputs still arriving."""

from __future__ import annotations

import json

import pytest

from claude_api_client._core._partial_json import parse_partial_json

from .test_message_stream import _consistent

DOCUMENTS = [
    {"a": 1, "b": [True, False, None], "c": {"d": 'e"f\\g', "h": -12.5e-3}},
    {"text": "Zürich 🐍 \u00e9 \\u0041 tab\t nl\n", "n": [1, 22, 333], "empty": {}, "l": []},
    [{"x": "y"}, "z", 0, -1, 2.25, "😀"],
    {"nested": [[[{"deep": ["er"]}]]], "after": "yes"},
]


@pytest.mark.parametrize("doc", DOCUMENTS)
@pytest.mark.parametrize("ascii_only", [True, False])
def test_every_prefix_is_consistent_with_the_whole(doc: object, ascii_only: bool) -> None:
    for spaced in (False, True):
        text = json.dumps(doc, ensure_ascii=ascii_only, indent=1 if spaced else None)
        assert parse_partial_json(text) == doc
        for cut in range(1, len(text)):
            prefix = text[:cut]
            try:
                value = parse_partial_json(prefix)
            except ValueError:
                # Only when nothing usable has arrived yet.
                assert prefix.strip() in ("", "-") or "tr".startswith(prefix.strip()[:2])
                continue
            assert _consistent(value, doc), (prefix, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"a', {}),
        ('{"a":', {}),
        ('{"a": "hel', {"a": "hel"}),
        ('{"a": "x\\', {"a": "x"}),
        ('{"a": "x\\u00', {"a": "x"}),
        ('{"a": "x\\\\', {"a": "x\\"}),
        ('{"a": [1, 2.', {"a": [1, 2]}),
        ('{"a": tr', {}),
        ('{"a": true, "b": nu', {"a": True}),
        ('{"a": {"b": ["c", {"d', {"a": {"b": ["c", {}]}}),
        ('["x\\ud83d', ["x"]),
        ('{"a": 1, ', {"a": 1}),
        ("  [ ", []),
    ],
)
def test_cut_off_documents(text: str, value: object) -> None:
    assert parse_partial_json(text) == value


@pytest.mark.parametrize("text", ["", "   ", "tru", "-"])
def test_no_value_yet(text: str) -> None:
    with pytest.raises(ValueError):
        parse_partial_json(text)


@pytest.mark.parametrize("text", ['{"a" 1', '{"a": 1}}', "[1 2]", '{"a": "b\\q"}', "{1: 2}", "@"])
def test_invalid_documents_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_partial_json(text)
