"""Shared helpers for the SSE tests: stream builders, recorded streams, and a reference parser."""

from __future__ import annotations

import itertools

from _support.events import (
    MESSAGE_STOP,
    PING,
    block_start,
    block_stop,
    message_delta,
    message_start,
    named,
    text_delta,
)
from _support.payloads import message_body
from _support.recorded import CASSETTES as CASSETTES
from _support.recorded import SHARED as SHARED
from _support.recorded import RecordedStream as RecordedStream
from _support.recorded import recorded_streams as recorded_streams
from _support.wire import sse_event
from claude_api_client._core._sse import SSEDecoder

Event = tuple[str, str, str | None, int | None]


sse = sse_event


def messages_stream(deltas: int = 50, *, with_stop: bool = True) -> bytes:
    """A realistic Messages stream: start, block start, ping, deltas (with non-ASCII), stop."""
    words = ["Hello", " wörld", " — ", "日本語", " 🐍", " ok", "\n", ' "quoted"']
    start = message_body(None, id="msg_01", usage=(10, 1), stop_reason=None)
    payloads = [message_start(start), block_start(0), PING]
    for i in range(deltas):
        payloads.append(text_delta(0, words[i % len(words)]))
        if i % 17 == 16:
            payloads.append(PING)
    payloads += [block_stop(0), message_delta("end_turn", deltas)]
    if with_stop:
        payloads.append(MESSAGE_STOP)
    return b"".join(sse(name, payload) for name, payload in named(*payloads))


def decode_chunks(chunks: list[bytes]) -> tuple[list[Event], bool]:
    """Events (as plain tuples) and the clean-end flag from our decoder."""
    decoder = SSEDecoder()
    out: list[Event] = []
    for chunk in chunks:
        out.extend((e.event, e.data, e.id, e.retry) for e in decoder.feed(chunk))
    return out, decoder.end()


def split_at(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c for c in cuts if 0 < c < len(body)})
    edges = [0, *points, len(body)]
    return [body[a:b] for a, b in itertools.pairwise(edges)]


def reference_parse(body: bytes) -> tuple[list[Event], bool]:
    """The format's algorithm written the slow, obvious way (character by character).

    An independent oracle for the decoder: it shares no code and no strategy with it.
    """
    text = body.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\r":
            lines.append("".join(current))
            current = []
            if i + 1 < len(text) and text[i + 1] == "\n":
                i += 1
        elif ch == "\n":
            lines.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    trailing = "".join(current)  # an unterminated last line

    events: list[Event] = []
    event_type = ""
    data: list[str] | None = None
    last_id: str | None = None
    retry: int | None = None
    pending_fields = False  # any line since the last blank line
    for line in lines:
        if line == "":
            if data is not None:
                events.append((event_type or "message", "\n".join(data), last_id, retry))
            event_type, data, retry, pending_fields = "", None, None, False
            continue
        pending_fields = True
        if line.startswith(":"):
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            name, value = line, ""
        if name == "data":
            data = [*(data or []), value]
        elif name == "event":
            event_type = value
        elif name == "id":
            if "\x00" not in value:
                last_id = value
        elif name == "retry":
            if value and all(c in "0123456789" for c in value):
                retry = int(value)
    clean = not pending_fields and trailing == ""
    return events, clean
