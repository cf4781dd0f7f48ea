"""Shared helpers for the SSE tests: stream builders, recorded streams, and a reference parser."""

from __future__ import annotations

import gzip
import importlib
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _support.wire import sse_event
from claude_api_client._core._sse import SSEDecoder

# ../shared beside the project root (tests/sse/_support.py -> parents[2] is the project).
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CASSETTES = SHARED / "cassettes"

Event = tuple[str, str, str | None, int | None]


sse = sse_event


def messages_stream(deltas: int = 50, *, with_stop: bool = True) -> bytes:
    """A realistic Messages stream: start, block start, ping, deltas (with non-ASCII), stop."""
    words = ["Hello", " wörld", " — ", "日本語", " 🐍", " ok", "\n", ' "quoted"']
    parts = [
        sse(
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": "msg_01",
                    "type": "message",
                    "role": "assistant",
                    "model": "claude-sonnet-4-5",
                    "content": [],
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": {"input_tokens": 10, "output_tokens": 1},
                },
            },
        ),
        sse(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
        sse("ping", {"type": "ping"}),
    ]
    for i in range(deltas):
        parts.append(
            sse(
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": words[i % len(words)]},
                },
            )
        )
        if i % 17 == 16:
            parts.append(sse("ping", {"type": "ping"}))
    parts.append(sse("content_block_stop", {"type": "content_block_stop", "index": 0}))
    parts.append(
        sse(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": deltas},
            },
        )
    )
    if with_stop:
        parts.append(sse("message_stop", {"type": "message_stop"}))
    return b"".join(parts)


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


@dataclass
class RecordedStream:
    name: str
    body: bytes  # decoded (gunzipped) body
    raw: bytes  # as recorded (gzip bytes when it was recorded compressed)
    gzipped: bool


def recorded_streams() -> list[RecordedStream]:
    """Every 200 text/event-stream body in ../shared/cassettes (empty when it is absent)."""
    if not CASSETTES.is_dir():
        return []
    yaml: Any = importlib.import_module("yaml")  # typed as Any: no stubs needed

    found: list[RecordedStream] = []
    for path in sorted(CASSETTES.glob("*/*.y*ml")):
        raw_file = path.read_bytes()
        if b"event-stream" not in raw_file and b"message_start" not in raw_file:
            continue
        try:
            doc = yaml.safe_load(raw_file)
        except yaml.YAMLError:
            continue  # a recording with Python-specific tags; none of those is a stream
        interactions = doc.get("interactions") or doc.get("http_interactions") or []
        for index, interaction in enumerate(interactions):
            response = interaction.get("response") or {}
            headers = {str(k).lower(): v for k, v in (response.get("headers") or {}).items()}
            content = (response.get("body") or {}).get("string")
            if not isinstance(content, (str, bytes)):
                continue
            raw = content if isinstance(content, bytes) else content.encode()
            gzipped = "gzip" in str(headers.get("content-encoding", "")) and raw[:2] == b"\x1f\x8b"
            body = gzip.decompress(raw) if gzipped else raw
            if b"event: message_start" not in body:
                continue
            label = f"{path.parent.name}/{path.name}#{index}"
            found.append(RecordedStream(label, body, raw, gzipped))
    return found
