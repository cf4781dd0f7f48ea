"""Chunk boundaries anywhere must not change what comes out of the decoder.

Checked on a realistic Messages stream built here, on every recorded stream in
../shared/cassettes (when present), in LF, CRLF and CR-only forms, and against an independent,
character-by-character reference parser on arbitrary SSE-like input.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._support import (
    RecordedStream,
    decode_chunks,
    messages_stream,
    recorded_streams,
    reference_parse,
    split_at,
)

REALISTIC = messages_stream(60)
LINE_ENDS = {
    "lf": lambda body: body,
    "crlf": lambda body: body.replace(b"\n", b"\r\n"),
    "cr": lambda body: body.replace(b"\n", b"\r"),
}

RECORDED = recorded_streams()


def cuts_for(body: bytes) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(min_value=1, max_value=max(1, len(body) - 1)), max_size=60)


def one_byte_chunks(body: bytes) -> list[bytes]:
    return [body[i : i + 1] for i in range(len(body))]


def check_messages_events(events: list[tuple[str, str, str | None, int | None]]) -> None:
    assert events[0][0] == "message_start"
    assert events[-1][0] == "message_stop"
    for name, data, _, _ in events:
        assert json.loads(data)["type"] == name


@pytest.mark.parametrize("form", sorted(LINE_ENDS))
def test_realistic_stream_whole(form: str) -> None:
    body = LINE_ENDS[form](REALISTIC)
    events, clean = decode_chunks([body])
    assert clean
    assert (events, clean) == reference_parse(body)
    check_messages_events(events)
    assert sum(1 for e in events if e[0] == "content_block_delta") == 60
    assert sum(1 for e in events if e[0] == "ping") == 4
    assert "".join(
        json.loads(e[1])["delta"]["text"] for e in events if e[0] == "content_block_delta"
    )


@pytest.mark.parametrize("form", sorted(LINE_ENDS))
def test_realistic_stream_one_byte_chunks(form: str) -> None:
    body = LINE_ENDS[form](REALISTIC)
    assert decode_chunks(one_byte_chunks(body)) == decode_chunks([body])


@pytest.mark.parametrize("form", sorted(LINE_ENDS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_realistic_stream_random_chunks(form: str, data: st.DataObject) -> None:
    body = LINE_ENDS[form](REALISTIC)
    cuts = data.draw(cuts_for(body))
    assert decode_chunks(split_at(body, cuts)) == decode_chunks([body])


def test_crlf_split_between_cr_and_lf_everywhere() -> None:
    body = LINE_ENDS["crlf"](REALISTIC)
    expected = decode_chunks([body])
    for index in range(len(body)):
        if body[index] == 13:  # cut between the CR and the LF of every CRLF
            assert decode_chunks([body[: index + 1], body[index + 1 :]]) == expected


def test_split_inside_every_multibyte_character() -> None:
    body = REALISTIC
    expected = decode_chunks([body])
    for index in range(1, len(body)):
        if 0x80 <= body[index] < 0xC0:  # a continuation byte: the cut lands inside a character
            assert decode_chunks([body[:index], body[index:]]) == expected


# --- recorded streams ---------------------------------------------------------------------------

recorded_params = [pytest.param(stream, id=stream.name) for stream in RECORDED] or [
    pytest.param(None, marks=pytest.mark.skip(reason="../shared/cassettes is not present"))
]


@pytest.mark.parametrize("stream", recorded_params)
def test_recorded_stream_decodes_like_the_reference(stream: RecordedStream) -> None:
    events, clean = decode_chunks([stream.body])
    assert (events, clean) == reference_parse(stream.body)
    assert clean
    check_messages_events(events)
    assert decode_chunks(one_byte_chunks(stream.body)) == (events, clean)
    for form in ("crlf", "cr"):
        assert decode_chunks([LINE_ENDS[form](stream.body)]) == (events, clean)


@pytest.mark.parametrize("stream", recorded_params)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_recorded_stream_random_chunks(stream: RecordedStream, data: st.DataObject) -> None:
    form = data.draw(st.sampled_from(sorted(LINE_ENDS)))
    body = LINE_ENDS[form](stream.body)
    cuts = data.draw(cuts_for(body))
    assert decode_chunks(split_at(body, cuts)) == decode_chunks([body])


def test_recorded_streams_found_when_shared_exists() -> None:
    from ._support import CASSETTES

    if not CASSETTES.is_dir():
        pytest.skip("../shared/cassettes is not present")
    names = {s.name.split("#")[0] for s in RECORDED}
    assert "llm-anthropic/test_prompt.yaml" in names
    assert "pydantic-ai/test_anthropic_model_thinking_part_stream.yaml" in names
    assert any(s.gzipped for s in RECORDED)


# --- arbitrary input against the reference parser -----------------------------------------------

TOKENS = [
    "data", "event", "id", "retry", ":", ": ", " ", "\n", "\n", "\n", "\r", "\r\n", "\n\n",
    "x", "message_stop", "ping", "1", "42", "é", "日本", "🐍", "\x00", "\ufeff", "{\"a\":1}",
]  # fmt: skip
RAW = [b"\xff", b"\xe2\x82", b"\xf0\x9f"]  # invalid or truncated UTF-8


@st.composite
def sse_like(draw: st.DrawFn) -> bytes:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(TOKENS).map(str.encode), st.sampled_from(RAW)), max_size=80
        )
    )
    return b"".join(parts)


@settings(max_examples=600, deadline=None)
@given(body=sse_like(), data=st.data())
def test_arbitrary_input_matches_reference(body: bytes, data: st.DataObject) -> None:
    cuts = data.draw(cuts_for(body))
    assert decode_chunks(split_at(body, cuts)) == reference_parse(body)
