"""The AWS binary event-stream decoder: frames built here, byte by byte, both CRCs, exceptions;
and Bedrock streams end to end through the simulator (typed events, typed errors mid-stream)."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from typing import Any

import pytest

from claude_api_client import (
    AnthropicBedrock,
    APIConnectionError,
    APIResponseValidationError,
    OverloadedError,
    RateLimitError,
)
from claude_api_client.lib.bedrock._eventstream import (
    MAX_FRAME_BYTES,
    EventStreamDecoder,
    EventStreamError,
)
from claude_api_client.testing import Fault, LocalAPIServer

MESSAGES: Any = [{"role": "user", "content": "Hello"}]


def _string_header(name: str, value: str) -> bytes:
    raw = value.encode()
    return bytes([len(name)]) + name.encode() + b"\x07" + len(raw).to_bytes(2, "big") + raw


def frame(headers: bytes, payload: bytes) -> bytes:
    """One message as the AWS event-stream specification lays it out."""
    total = 4 + 4 + 4 + len(headers) + len(payload) + 4
    prelude = total.to_bytes(4, "big") + len(headers).to_bytes(4, "big")
    head = prelude + zlib.crc32(prelude).to_bytes(4, "big") + headers + payload
    return head + zlib.crc32(head).to_bytes(4, "big")


def chunk_frame(event: dict[str, Any]) -> bytes:
    text = json.dumps(event).encode()
    payload = json.dumps({"bytes": base64.b64encode(text).decode(), "p": "abcd"}).encode()
    headers = (
        _string_header(":event-type", "chunk")
        + _string_header(":content-type", "application/json")
        + _string_header(":message-type", "event")
    )
    return frame(headers, payload)


def exception_frame(name: str, message: str) -> bytes:
    headers = _string_header(":exception-type", name) + _string_header(":message-type", "exception")
    return frame(headers, json.dumps({"message": message}).encode())


EVENTS: list[dict[str, Any]] = [
    {"type": "message_start", "message": {"id": "msg_1", "content": []}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hé"}},
    {"type": "message_stop"},
]
BODY = b"".join(chunk_frame(e) for e in EVENTS)


def _decode(chunks: list[bytes]) -> tuple[list[tuple[str, Any]], bool]:
    decoder = EventStreamDecoder()
    out = [(e.event, json.loads(e.data)) for c in chunks for e in decoder.feed(c)]
    return out, decoder.end()


def test_whole_body_decodes_to_the_events() -> None:
    events, clean = _decode([BODY])
    assert events == [(e["type"], e) for e in EVENTS]
    assert clean


def test_split_at_every_byte_boundary() -> None:
    for cut in range(1, len(BODY)):
        events, clean = _decode([BODY[:cut], BODY[cut:]])
        assert events == [(e["type"], e) for e in EVENTS] and clean, cut


def test_one_byte_at_a_time() -> None:
    events, clean = _decode([BODY[i : i + 1] for i in range(len(BODY))])
    assert [name for name, _ in events] == ["message_start", "content_block_delta", "message_stop"]
    assert clean


def test_a_body_ending_inside_a_frame_is_not_clean() -> None:
    events, clean = _decode([BODY[:-3]])
    assert len(events) == 2 and not clean


@pytest.mark.parametrize("where", ["prelude", "headers", "payload", "message_crc"])
def test_a_corrupted_crc_or_byte_is_refused(where: str) -> None:
    data = bytearray(chunk_frame(EVENTS[0]))
    index = {"prelude": 9, "headers": 14, "payload": len(data) - 10, "message_crc": len(data) - 1}
    data[index[where]] ^= 0x01
    with pytest.raises(EventStreamError, match="CRC"):
        EventStreamDecoder().feed(bytes(data))


def test_an_oversized_frame_is_refused_before_it_is_buffered() -> None:
    prelude = struct.pack(">II", MAX_FRAME_BYTES + 1, 0)
    with pytest.raises(EventStreamError, match="refused"):
        EventStreamDecoder().feed(prelude + struct.pack(">I", zlib.crc32(prelude)))


def test_an_exception_frame_becomes_a_typed_error_event() -> None:
    decoder = EventStreamDecoder()
    events = decoder.feed(
        chunk_frame(EVENTS[0]) + exception_frame("throttlingException", "slow down")
    )
    assert events[1].event == "error"
    error = json.loads(events[1].data)["error"]
    assert error == {"type": "rate_limit_error", "message": "throttlingException: slow down"}


def test_other_header_types_and_non_chunk_events_are_skipped() -> None:
    typed = (
        bytes([4]) + b"flag" + b"\x00"  # bool true
        + bytes([3]) + b"num" + b"\x04" + (7).to_bytes(4, "big")  # int32
        + bytes([3]) + b"big" + b"\x05" + (1).to_bytes(8, "big")  # int64
        + bytes([3]) + b"raw" + b"\x06" + (2).to_bytes(2, "big") + b"\x00\x01"  # bytes
        + bytes([2]) + b"id" + b"\x09" + bytes(16)  # uuid
    )  # fmt: skip
    other = frame(typed + _string_header(":event-type", "initial-response"), b"{}")
    events, clean = _decode([other + chunk_frame(EVENTS[2])])
    assert [name for name, _ in events] == ["message_stop"] and clean


# --- end to end through the simulator -------------------------------------------------------


def test_bedrock_stream_gives_typed_events(claude_bedrock_client: AnthropicBedrock) -> None:
    stream = claude_bedrock_client.messages.create(
        model="claude-x", max_tokens=32, messages=MESSAGES, stream=True
    )
    kinds = [event.type for event in stream]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    with claude_bedrock_client.messages.stream(
        model="claude-x", max_tokens=32, messages=MESSAGES
    ) as helper:
        assert helper.get_final_text() == "echo: Hello"


@pytest.mark.parametrize(
    ("error_type", "cls"),
    [("overloaded_error", OverloadedError), ("rate_limit_error", RateLimitError)],
)
def test_an_exception_frame_mid_stream_raises_the_typed_error(
    claude_api: LocalAPIServer, claude_bedrock_client: AnthropicBedrock, error_type: str, cls: type
) -> None:
    claude_api.inject(Fault.stream_error(error_type, after_events=3), route="messages_create")
    seen: list[str] = []
    with pytest.raises(cls) as caught:
        for event in claude_bedrock_client.messages.create(
            model="claude-x", max_tokens=32, messages=MESSAGES, stream=True
        ):
            seen.append(event.type)
    assert seen[0] == "message_start" and "message_stop" not in seen  # cut off mid-stream
    assert "Exception" in str(caught.value)


def test_a_cut_event_stream_is_a_connection_error(
    claude_api: LocalAPIServer, claude_bedrock_client: AnthropicBedrock
) -> None:
    claude_api.inject(Fault.cut_stream(after_events=2), route="messages_create")
    with pytest.raises(APIConnectionError):
        list(
            claude_bedrock_client.messages.create(
                model="claude-x", max_tokens=32, messages=MESSAGES, stream=True
            )
        )


def test_a_corrupted_frame_mid_stream_is_a_typed_error_with_the_request_id(
    claude_api: LocalAPIServer, claude_bedrock_client: AnthropicBedrock
) -> None:
    from claude_api_client import APIError
    from claude_api_client.testing import Reply

    good = [chunk_frame(e) for e in EVENTS]
    bad = bytearray(good[1])
    bad[-1] ^= 0xFF
    body = good[0] + bytes(bad) + good[2]
    claude_api.route(
        "POST",
        "/v1/messages",
        lambda call: Reply(content=body, content_type="application/vnd.amazon.eventstream"),
    )
    # Whether the bad frame is met while the first event is read (a connection error) or later
    # (a validation error) depends on chunking; either way it is typed and names the request.
    with pytest.raises(APIError, match=r"CRC mismatch.*req_local") as caught:
        list(
            claude_bedrock_client.messages.create(
                model="claude-x", max_tokens=32, messages=MESSAGES, stream=True
            )
        )
    assert isinstance(
        caught.value,
        (APIConnectionError, APIResponseValidationError),
    )
