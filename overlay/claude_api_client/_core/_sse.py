"""Incremental decoder for the ``text/event-stream`` format: the hot path of streaming, so it
works on whole chunks with C-level ``bytes`` / ``str`` operations and regular expressions, never a
Python step per byte or line. How (line ends, where a chunk is cut, the common text's two regex
passes) and where it departs from the browser algorithm: docs/internals.md, "Streams".
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

# One event (or one line of it) may not hold more than this: the whole unfinished event is
# buffered, so a line that never ends would otherwise grow without bound.
from ._constants import MAX_EVENT_BYTES


class EventTooLargeError(ValueError):
    """An event (or an unterminated line) went past the decoder's `max_event_bytes`."""

    what = "An SSE event"  # what went past the limit, as the typed error names it

    def __init__(self, limit: int) -> None:
        super().__init__(f"{self.what} is larger than the {limit:,}-byte limit")
        self.limit = limit


class ServerSentEvent(NamedTuple):
    """One dispatched event. ``event`` defaults to ``"message"`` as the format specifies."""

    event: str
    data: str
    id: str | None = None
    retry: int | None = None


class EventDecoder(Protocol):
    """What turns a streamed response body into events (the platform hook's return type).

    `SSEDecoder` is the one for `text/event-stream`; a platform whose streams come in another
    framing (Bedrock's AWS binary event-stream) supplies its own, yielding the same
    `ServerSentEvent(event=<type>, data=<json text>)`.
    """

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Take the next chunk of the body; return the events it completes, in order."""
        ...

    def end(self) -> bool:
        """The body has ended: True when no partial event was pending."""
        ...


# Building the tuple directly skips the Python-level __new__ of a NamedTuple: ~2.5x cheaper per event.
_tuple_new = tuple.__new__

# The overwhelmingly common text: nothing but "event: NAME\ndata: VALUE" blocks, each ended by one
# blank line. Checked and split by the regex engine in two passes over the text (no Python-level
# step per line); anything else goes through the field parser.
_ONLY_SIMPLE_BLOCKS = re.compile(r"(?:event: [^\n]*\ndata: [^\n]*\n\n)*\Z")
_SIMPLE_BLOCK = re.compile(r"event: ([^\n]*)\ndata: ([^\n]*)\n\n")


class SSEDecoder:
    """Feed it the body's byte chunks in order; it returns the events each chunk completes.

    ``feed()`` returns a list (not a generator): one call per chunk is cheaper than one generator
    step per event. Call ``end()`` once the body is exhausted to learn whether it stopped
    mid-event (such a trailing event is never dispatched, as the format requires).
    """

    __slots__ = (
        "_last_id",
        "_limit",
        "_pending",
        "_pending_nl",
        "_pending_size",
        "_retry",
        "_skip_lf",
        "_started",
    )

    def __init__(self, max_event_bytes: int = MAX_EVENT_BYTES) -> None:
        self._limit = max_event_bytes
        self._pending: list[bytes] = []  # bytes of the event in progress (no blank line yet)
        self._pending_size = 0
        self._pending_nl = True  # whether the bytes so far end with a line end (or none yet)
        self._skip_lf = False  # the previous chunk ended with CR: an LF now is part of a CRLF
        self._started = False  # a leading BOM is stripped once, at the start of the stream
        self._last_id: str | None = None
        self._retry: int | None = None

    @property
    def last_event_id(self) -> str | None:
        """The last ``id`` seen; it carries over to later events, as the format specifies."""
        return self._last_id

    @property
    def retry(self) -> int | None:
        """The last valid ``retry`` value (reconnection time in milliseconds) seen."""
        return self._retry

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        text = self._complete_text(chunk)
        return self._parse(text) if text else []

    def feed_pairs(self, chunk: bytes) -> list[tuple[str, str]]:
        """``feed``, giving each event as ``(event, data)`` only: what a typed stream reads. The
        common text (simple blocks, each naming its event) becomes these pairs in the regex engine,
        with no Python-level step per event."""
        text = self._complete_text(chunk)
        if not text:
            return []
        if _ONLY_SIMPLE_BLOCKS.match(text) is not None and "event: \n" not in text:
            pairs: list[tuple[str, str]] = _SIMPLE_BLOCK.findall(text)
            return pairs
        return [(sse.event, sse.data) for sse in self._parse(text)]

    def _complete_text(self, chunk: bytes) -> str:
        """Buffer `chunk`; the text of the events it completes ("" when none)."""
        if self._skip_lf:
            if not chunk:
                return ""
            self._skip_lf = False
            if chunk[0] == 10:  # the LF of a CRLF whose CR ended the previous chunk
                chunk = chunk[1:]
        if b"\r" in chunk:
            self._skip_lf = chunk[-1] == 13
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if not chunk:
            return ""

        cut = chunk.rfind(b"\n\n") + 2  # 1: no blank line inside the chunk
        if cut == 1 and not (self._pending_nl and chunk[0] == 10):  # nor one across the boundary
            self._hold(chunk)
            return ""

        pending = self._pending
        if pending:
            pending.append(chunk[:cut])
            complete = b"".join(pending)
            self._clear()
        else:
            complete = chunk if cut == len(chunk) else chunk[:cut]
        if cut < len(chunk):
            self._hold(chunk[cut:])
        return self._text(complete)

    def _hold(self, part: bytes) -> None:
        """Keep `part`, the start of an event not yet complete (within the size cap)."""
        self._pending.append(part)
        self._pending_nl = part[-1] == 10
        self._pending_size += len(part)
        if self._pending_size > self._limit:
            raise EventTooLargeError(self._limit)

    def _clear(self) -> None:
        self._pending.clear()
        self._pending_size = 0
        self._pending_nl = True

    def _text(self, complete: bytes) -> str:
        """`complete` decoded (a leading BOM, at the start of the stream, stripped)."""
        if not self._started:
            self._started = True
            complete = complete.removeprefix(b"\xef\xbb\xbf")
        return complete.decode("utf-8", "replace")

    def flush(self) -> list[ServerSentEvent]:
        """The events of a body that ended without the final blank line, dispatched anyway
        (whether they are complete is for the caller to judge, by their content)."""
        if not self._pending:
            return []
        rest = b"".join(self._pending)
        self._clear()
        return self._parse(self._text(rest))

    def end(self) -> bool:
        """Mark the end of the body. True if it ended cleanly between events.

        False means the body stopped inside an event (or a line), which for an API stream is a
        truncated response. The decoder is reset either way.
        """
        rest = b"".join(self._pending)
        if not self._started:
            rest = rest.removeprefix(b"\xef\xbb\xbf")  # a BOM alone is not a partial event
        self._clear()
        self._skip_lf = False
        return not rest.strip(b"\n")

    def _parse(self, text: str) -> list[ServerSentEvent]:
        last_id = self._last_id
        if _ONLY_SIMPLE_BLOCKS.match(text) is not None:
            new = _tuple_new
            return [
                new(ServerSentEvent, (name or "message", data, last_id, None))
                for name, data in _SIMPLE_BLOCK.findall(text)
            ]
        # The full field parser: a blank line dispatches the event its lines built.
        out: list[ServerSentEvent] = []
        event = ""
        data: list[str] = []
        retry: int | None = None
        for line in text.split("\n"):
            if not line:
                if data:
                    out.append(ServerSentEvent(event or "message", "\n".join(data), last_id, retry))
                event = ""
                data = []
                retry = None
                continue
            if line[0] == ":":
                continue  # comment
            name, colon, value = line.partition(":")
            if colon and value[:1] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
            elif name == "event":
                event = value
            elif name == "id":
                if "\0" not in value:
                    last_id = self._last_id = value
            elif name == "retry":
                if value.isascii() and value.isdigit():
                    retry = self._retry = int(value)
            # any other field name is ignored, as the format requires
        if data:  # the tail `flush` dispatches
            out.append(ServerSentEvent(event or "message", "\n".join(data), last_id, retry))
        return out
