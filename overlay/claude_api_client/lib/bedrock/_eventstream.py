"""Decoder of the AWS binary event-stream (`application/vnd.amazon.eventstream`).

Bedrock's `invoke-with-response-stream` answers with binary frames, each::

    total length (u32) | headers length (u32) | prelude CRC32 (u32)
    headers: name length (u8) | name | value type (u8) | value   (repeated)
    payload
    message CRC32 (u32, over everything before it)

All integers big-endian. A `:message-type` of `event` with `:event-type` `chunk` carries
`{"bytes": "<base64 of one Messages stream event>"}`; `exception` frames carry
`{"message": ...}` with the exception's name in `:exception-type`; `error` frames carry
`:error-code` / `:error-message` headers. Both CRCs are checked before anything is used.

The decoder turns frames into the same `ServerSentEvent`s the SSE decoder produces, so the rest
of the stream machinery (typed events, error events, the message-stream helper) is shared:
a chunk becomes `event=<its "type">, data=<its JSON>`, an exception or error frame becomes an
`error` event whose error type is the matching API error type (the AWS name is kept in the
message). Memory is capped: a frame announcing more than `MAX_FRAME_BYTES` is refused before
it is buffered.
"""

from __future__ import annotations

import base64
import binascii
import json
import struct
import zlib
from typing import Any

from ..._core._sse import EventTooLargeError, ServerSentEvent

__all__ = ["MAX_FRAME_BYTES", "EventStreamDecoder", "EventStreamError", "FrameTooLargeError"]

# AWS caps an event-stream message at 16 MiB of payload and 128 KiB of headers.
MAX_FRAME_BYTES = 16 * 1024 * 1024 + 128 * 1024 + 16
_PRELUDE = 12
_MIN_FRAME = 16

# AWS exception names and the API error types (hence exception classes) they stand for.
EXCEPTION_TYPES = {
    "throttlingException": "rate_limit_error",
    "serviceQuotaExceededException": "rate_limit_error",
    "validationException": "invalid_request_error",
    "accessDeniedException": "permission_error",
    "resourceNotFoundException": "not_found_error",
    "modelTimeoutException": "timeout_error",
    "serviceUnavailableException": "overloaded_error",
    "modelNotReadyException": "overloaded_error",
    "internalServerException": "api_error",
    "modelStreamErrorException": "api_error",
}


class EventStreamError(ValueError):
    """The body is not a well-formed event-stream (a CRC mismatch, an impossible length …).

    A stream reports it as `APIResponseValidationError` (with the request id), like any body
    that cannot be decoded."""


class FrameTooLargeError(EventStreamError, EventTooLargeError):
    """A frame announced more than `MAX_FRAME_BYTES`: refused before it is buffered."""

    def __init__(self, size: int) -> None:
        EventTooLargeError.__init__(self, MAX_FRAME_BYTES)
        self.args = (f"event-stream frame of {size} bytes refused (limit {MAX_FRAME_BYTES:,})",)


def _header_value(kind: int, data: bytes, at: int) -> tuple[object, int]:
    if kind in (0, 1):
        return kind == 0, at
    fixed = {2: ">b", 3: ">h", 4: ">i", 5: ">q", 8: ">q"}.get(kind)
    if fixed is not None:
        size = struct.calcsize(fixed)
        return struct.unpack_from(fixed, data, at)[0], at + size
    if kind in (6, 7):
        (length,) = struct.unpack_from(">H", data, at)
        raw = data[at + 2 : at + 2 + length]
        if len(raw) != length:
            raise EventStreamError("a header value runs past the headers")
        return (raw.decode("utf-8") if kind == 7 else raw), at + 2 + length
    if kind == 9:
        return data[at : at + 16], at + 16
    raise EventStreamError(f"unknown header value type {kind}")


def parse_headers(data: bytes) -> dict[str, object]:
    headers: dict[str, object] = {}
    at = 0
    try:
        while at < len(data):
            length = data[at]
            name = data[at + 1 : at + 1 + length].decode("utf-8")
            at += 1 + length
            kind = data[at]
            headers[name], at = _header_value(kind, data, at + 1)
    except (IndexError, struct.error, UnicodeDecodeError) as error:
        raise EventStreamError(f"malformed frame headers: {error}") from error
    if at != len(data):
        raise EventStreamError("frame headers overrun their declared length")
    return headers


def _error_event(error_type: str, message: str, aws_name: str) -> ServerSentEvent:
    body = {
        "type": "error",
        "error": {
            "type": EXCEPTION_TYPES.get(aws_name, error_type),
            "message": f"{aws_name}: {message}" if aws_name else message,
        },
    }
    return ServerSentEvent("error", json.dumps(body))


def frame_to_event(headers: dict[str, object], payload: bytes) -> ServerSentEvent | None:
    """The event one decoded frame stands for (None for frames that carry none)."""
    kind = headers.get(":message-type", "event")
    if kind == "exception":
        exception = str(headers.get(":exception-type", "exception"))
        try:
            message = json.loads(payload).get("message", "")
        except (ValueError, AttributeError):
            message = payload.decode("utf-8", "replace")
        return _error_event("api_error", str(message), exception)
    if kind == "error":
        code = str(headers.get(":error-code", "error"))
        return _error_event("api_error", str(headers.get(":error-message", "")), code)
    if headers.get(":event-type") != "chunk":
        return None  # initial-response and future event types carry no Messages event
    try:
        wrapper: Any = json.loads(payload)
        text = base64.b64decode(wrapper["bytes"], validate=True).decode("utf-8")
    except (ValueError, KeyError, TypeError, binascii.Error) as error:
        raise EventStreamError(f"a chunk frame without base64 `bytes`: {error}") from error
    try:
        event = json.loads(text)
    except ValueError:
        event = None
    kind_of = event.get("type") if isinstance(event, dict) else None
    if isinstance(kind_of, str):
        name = kind_of
    else:
        if isinstance(event, dict) and "completion" in event:
            name = "completion"  # a legacy Text Completions chunk
        else:
            return None  # nothing to route it by
    return ServerSentEvent(name, text)


class EventStreamDecoder:
    """Feed it the body's byte chunks in order; it returns the events each chunk completes.

    Satisfies the runtime's `EventDecoder` protocol (`feed`, `end`), like `SSEDecoder`.
    """

    __slots__ = ("_buffer",)

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        buffer = self._buffer
        buffer += chunk
        events: list[ServerSentEvent] = []
        while len(buffer) >= _PRELUDE:
            total, headers_length, prelude_crc = struct.unpack_from(">III", buffer)
            if zlib.crc32(memoryview(buffer)[:8]) != prelude_crc:
                raise EventStreamError("event-stream prelude CRC mismatch")
            if total > MAX_FRAME_BYTES:
                raise FrameTooLargeError(total)
            if total < _MIN_FRAME:
                raise EventStreamError(f"event-stream frame of {total} bytes refused")
            if headers_length > total - _MIN_FRAME:
                raise EventStreamError("event-stream headers longer than their frame")
            if len(buffer) < total:
                break
            frame = bytes(buffer[:total])
            del buffer[:total]
            (message_crc,) = struct.unpack_from(">I", frame, total - 4)
            if zlib.crc32(frame[: total - 4]) != message_crc:
                raise EventStreamError("event-stream message CRC mismatch")
            headers = parse_headers(frame[_PRELUDE : _PRELUDE + headers_length])
            event = frame_to_event(headers, frame[_PRELUDE + headers_length : total - 4])
            if event is not None:
                events.append(event)
        return events

    def end(self) -> bool:
        """True when the body ended between frames; the decoder is reset either way."""
        clean = not self._buffer
        self._buffer.clear()
        return clean
