"""The tolerant partial-JSON parser behind snapshots of tool inputs still arriving."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import pytest

from claude_api_client.lib._partial_json import MAX_DEPTH, PartialJSON, parse_partial_json

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


# --- the incremental parser -----------------------------------------------------------------------


def _fed(text: str, sizes: list[int]) -> PartialJSON:
    parser = PartialJSON()
    start = 0
    for size in sizes:
        parser.feed(text[start : start + size])
        start += size
    parser.feed(text[start:])
    return parser


def _outcome(read: Callable[..., object], *args: Any, **kwargs: Any) -> object:
    try:
        return ("value", read(*args, **kwargs))
    except ValueError:
        return ("error",)


@pytest.mark.parametrize("doc", [*DOCUMENTS, "plain", 12, -0.5, True, None, [], {}])
@pytest.mark.parametrize("trailing", [True, False])
def test_fed_in_pieces_equals_parsing_the_prefix_at_once(doc: object, trailing: bool) -> None:
    """At every cut, and whatever the piece sizes, the incremental parser gives what parsing the
    whole prefix gives."""
    rng = random.Random(7)
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    for cut in range(len(text) + 1):
        prefix = text[:cut]
        sizes = [rng.randint(1, 4) for _ in range(cut)]
        incremental = _outcome(_fed(prefix, sizes).value, trailing_strings=trailing)
        whole = _outcome(parse_partial_json, prefix, trailing_strings=trailing)
        assert incremental == whole, prefix
    assert _fed(text, [1] * len(text)).value() == doc


@pytest.mark.parametrize(
    "pieces",
    [
        ['{"a": "x\\', '"y"}'],  # an escaped quote split after its backslash
        ['{"a": "x\\\\', '"}'],  # an escaped backslash, then the closing quote
        ['{"a": "\\\\\\', '""}'],  # three backslashes: the quote after them is escaped
        ['{"a": "', "\\", "\\", '"}'],  # backslashes one piece each
        ['{"a": "\\u00', 'e9"}'],
    ],
)
def test_escapes_split_across_pieces(pieces: list[str]) -> None:
    parser = PartialJSON()
    for piece in pieces:
        parser.feed(piece)
    assert parser.value() == json.loads("".join(pieces))


def test_reading_does_not_change_what_was_read_before() -> None:
    parser = PartialJSON()
    parser.feed('{"list": [1, {"k": "v"}')
    first = parser.value()
    parser.feed(', 3], "more": {"x": 1')
    assert first == {"list": [1, {"k": "v"}]}
    assert parser.value() == {"list": [1, {"k": "v"}, 3], "more": {"x": 1}}


def test_a_huge_string_in_small_pieces() -> None:
    value = {"data": 'é\\"x' * 200_000, "n": 1}
    text = json.dumps(value)
    parser = PartialJSON()
    for start in range(0, len(text), 64):
        parser.feed(text[start : start + 64])
    assert parser.value() == value
    assert parser.consumed == len(text)


def test_a_huge_string_still_open_is_left_out_of_the_event_snapshot() -> None:
    parser = PartialJSON()
    parser.feed('{"done": 1, "data": "' + "x" * 1_000_000)
    assert parser.value(trailing_strings=False) == {"done": 1}
    assert parser.value() == {"done": 1, "data": "x" * 1_000_000}


def test_deep_nesting_is_an_error_not_a_recursion_error() -> None:
    parser = PartialJSON()
    parser.feed("[" * (MAX_DEPTH + 1))
    with pytest.raises(ValueError, match="nested deeper"):
        parser.value()
    with pytest.raises(ValueError, match="nested deeper"):
        parse_partial_json("[" * 100_000 + "]" * 100_000)


def test_nesting_up_to_the_cap_is_read() -> None:
    text = "[" * MAX_DEPTH + "1" + "]" * MAX_DEPTH
    parser = PartialJSON()
    for char in text[:-10]:
        parser.feed(char)
    value = parser.value()
    for _ in range(MAX_DEPTH - 1):
        assert isinstance(value, list) and len(value) == 1
        value = value[0]
    assert value == [1]


@pytest.mark.parametrize(
    "text", ['{"a": 1}}', '{"a" 1', "[1 2]", '["\\q"]', "{1: 2}", "@", "[tx]", '{"a": 1.}']
)
def test_invalid_input_is_reported_and_stays_reported(text: str) -> None:
    parser = PartialJSON()
    for char in text:
        parser.feed(char)
    with pytest.raises(ValueError):
        parser.value()
    parser.feed("]}")
    with pytest.raises(ValueError):
        parser.value()


def test_a_very_long_number_is_read_as_json_reads_it() -> None:
    # An error where int() refuses that many digits (Python >= 3.11), never anything else.
    text = "[" + "9" * 10_000 + "]"
    parser = PartialJSON()
    parser.feed(text)
    assert _outcome(parser.value) == _outcome(json.loads, text)
