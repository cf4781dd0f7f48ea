"""The streaming splice, without I/O: what one answer's events become on the caller's stream,
and what the chain carries from one answer to the next.

The caller sees one message in the shape of the API's own (server-side) `fallbacks`: a
`fallback` block at each model boundary, block indices that keep counting up across answers,
and on the last `message_delta` the usage of every answer (`usage.iterations`). The rules:

- Nothing of an answer reaches the caller before its first content block or final event: a
  refusal that comes before any output (pre-stream) leaves no trace, and the answer that is
  finally shown opens the stream with its `message_start`, carrying the first answer's id.
- A refusal ends an answer early (its open blocks closed, its `message_delta` and
  `message_stop` held back) when an entry remains and either it gave a credit token or nothing
  was shown yet. Any other refusal reaches the caller as the API sent it.
- A fallback's `fallback` block goes out once that fallback answered with a 2xx; one whose
  request failed leaves no block and no usage entry, and the next entry gets its token.
- With `fallback_has_prefill_claim`, the declined output is sent back as a last assistant turn
  (its trailing thinking blocks removed): the fallback continues it.

Buffers the network could grow, and their caps:

- the events held before an answer shows anything: at most `MAX_HELD_EVENTS` of them and
  `MAX_HELD_CHARS` of their data; past that the answer is shown (a refusal after it is then
  mid-stream);
- an answer's output kept for the prefill: at most `_blocks.MAX_PREFILL_CHARS` characters of
  the content events that build it; past that nothing is kept and the fallback is asked without
  it (the same-body form a credit token always allows);
- one event: the client's SSE decoder limit (`MAX_EVENT_BYTES`).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._blocks import Blocks, prefill
from ._params import CAPACITY_STATUSES, as_dict, hop_body, log, seam_block
from ._usage import declined_entries, fill, serving_entry

if TYPE_CHECKING:
    from ..._core._sse import ServerSentEvent
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = [
    "MAX_HELD_CHARS",
    "MAX_HELD_EVENTS",
    "Chain",
    "HopFailure",
    "HopReader",
    "Outcome",
    "Splice",
    "encode",
]

MAX_HELD_EVENTS = 256
"""Events (pings, unknown ones) held before an answer's first output."""
MAX_HELD_CHARS = 1024 * 1024
"""Characters of data those held events may have in all."""


def encode(event: str, payload: object) -> bytes:
    """One SSE frame: `event:` (left out for the default name) then one `data:` line per line."""
    data = payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))
    head = "" if event == "message" else f"event: {event}\n"
    lines = "".join(f"data: {line}\n" for line in data.split("\n"))
    return f"{head}{lines}\n".encode()


def _again(sse: ServerSentEvent) -> bytes:
    """An event forwarded as it came (name and data)."""
    return encode(sse.event, sse.data)


def _load(data: str) -> dict[str, Any] | None:
    try:
        return as_dict(json.loads(data))
    except ValueError:
        return None


@dataclass
class Refusal:
    """A refusal that ended an answer early."""

    token: str | None
    category: object
    prefill_claim: bool
    usage: dict[str, Any]
    event: dict[str, Any]
    """The `message_delta` held back: shown after all if every later fallback fails."""
    hidden_start: dict[str, Any] | None
    """The `message` of this answer's `message_start` when it was not shown."""


@dataclass
class Outcome:
    """What reading one answer gave."""

    refusal: Refusal | None
    start: dict[str, Any] | None
    blocks: list[dict[str, Any]] | None
    """The answer's blocks as they stand (None: past `MAX_PREFILL_CHARS`)."""
    next_index: int
    opened: bool
    last_handover: str | None
    """`to.model` of the last `fallback` block in the answer (an answer the API itself chained)."""


@dataclass
class Splice:
    """What a fallback's answer is spliced with (None for the first answer)."""

    iterations: list[dict[str, Any]]
    model: str


@dataclass
class HopFailure:
    """A fallback request that got no 2xx: its entry is skipped."""

    model: str
    status: int | None
    """The HTTP status; None when the request raised."""


def _copy_transformations(event: dict[str, Any], hidden_start: dict[str, Any] | None) -> None:
    """Put the `input_transformations` of a `message_start` the caller did not see onto the
    `message_delta` it does see (unless it has its own)."""
    if (
        hidden_start is not None
        and "input_transformations" not in event
        and "input_transformations" in hidden_start
    ):
        event["input_transformations"] = copy.deepcopy(hidden_start["input_transformations"])


def _start_frame(start: dict[str, Any], first_id: str | None) -> bytes:
    """A `message_start` frame of a fallback's answer (a copy of `start`), with the id of the
    stream's first answer when there is one."""
    start = copy.deepcopy(start)
    message = as_dict(start.get("message"))
    if message is not None and first_id is not None:
        message["id"] = first_id
    return encode("message_start", start)


class HopReader:
    """Reads one answer's events and says, for each, which frames the caller gets.

    The first answer (`splice` None) is forwarded as it came; a fallback's answer has its block
    indices moved up, its `message_start` dropped (or, when it opens the stream, given the first
    answer's id) and its last `message_delta` given the chain's `usage.iterations`. `outcome` is
    set when a refusal the chain can follow ended the answer."""

    def __init__(
        self,
        *,
        base: int,
        has_next: bool,
        splice: Splice | None,
        wire_open: bool,
        first_id: str | None,
        seams: list[bytes],
    ) -> None:
        self._blocks = Blocks(base)
        self._has_next = has_next
        self._splice = splice
        self._wire_open = wire_open
        self._first_id = first_id
        self._seams = seams
        self._start: dict[str, Any] | None = None
        self._start_usage: dict[str, Any] | None = None
        self._held_start: ServerSentEvent | None = None
        self._held: list[ServerSentEvent] = []
        self._held_chars = 0
        self._opened = False
        self._last_handover: str | None = None
        self.outcome: Outcome | None = None

    def _forward(self, sse: ServerSentEvent, event: dict[str, Any]) -> bytes:
        return _again(sse) if self._splice is None else encode(sse.event, event)

    def feed(self, sse: ServerSentEvent) -> list[bytes]:
        """The frames the caller gets for `sse`."""
        event = _load(sse.data)
        kind = event.get("type") if event is not None else None
        if event is None or kind not in (
            "message_start",
            "content_block_start",
            "content_block_delta",
            "content_block_stop",
            "message_delta",
        ):
            if self._opened:
                return [_again(sse)]
            self._held.append(sse)
            self._held_chars += len(sse.data)
            full = len(self._held) > MAX_HELD_EVENTS or self._held_chars > MAX_HELD_CHARS
            return self._open() if full else []
        if kind == "message_start":
            self._start = event
            message = as_dict(event.get("message")) or {}
            self._start_usage = as_dict(message.get("usage"))
            self._held_start = sse
            return []
        if kind == "message_delta":
            return self._message_delta(sse, event)
        frames = self._open()
        self._blocks.charge(len(sse.data))
        if kind == "content_block_start":
            block = as_dict(event.get("content_block")) or {}
            if block.get("type") == "fallback":
                to_model = (as_dict(block.get("to")) or {}).get("model")
                if isinstance(to_model, str):
                    self._last_handover = to_model
            self._blocks.start(event)
        elif kind == "content_block_delta":
            self._blocks.delta(event)
        else:
            self._blocks.stop(event)
        return [*frames, self._forward(sse, event)]

    def _message_delta(self, sse: ServerSentEvent, event: dict[str, Any]) -> list[bytes]:
        delta = as_dict(event.get("delta")) or {}
        refused = delta.get("stop_reason") == "refusal"
        if refused:
            stop = as_dict(delta.get("stop_details"))
            details = stop if stop is not None and stop.get("type") == "refusal" else {}
            token = details.get("fallback_credit_token")
            token = token if isinstance(token, str) and token else None
            nothing_shown = not self._opened and not self._blocks.any()
            if self._has_next and (token is not None or nothing_shown):
                return self._end_early(event, details, token)
            if token is None:
                log.error(
                    "a model declined without a fallback_credit_token; the refusal is the answer"
                )
            else:
                log.error("a model declined and no fallback is left; the refusal is the answer")
        frames = self._open()
        splice = self._splice
        if splice is None:
            return [*frames, _again(sse)]
        if refused:
            stop = as_dict(delta.get("stop_details"))
            if stop is not None:
                stop.setdefault("recommended_model", None)
        usage = as_dict(event.get("usage")) or {}
        usage["iterations"] = [*splice.iterations, serving_entry(usage, splice.model)]
        event["usage"] = usage
        _copy_transformations(event, self._hidden_start())
        return [*frames, encode(sse.event, event)]

    def _end_early(
        self, event: dict[str, Any], details: dict[str, Any], token: str | None
    ) -> list[bytes]:
        frames = [
            encode("content_block_stop", {"type": "content_block_stop", "index": index})
            for index in self._blocks.close_all()
        ]
        self._held_start = None
        self._held.clear()
        self.outcome = Outcome(
            refusal=Refusal(
                token=token,
                category=details.get("category"),
                prefill_claim=details.get("fallback_has_prefill_claim") is True,
                usage=fill(as_dict(event.get("usage")), self._start_usage),
                event=event,
                hidden_start=self._hidden_start(),
            ),
            start=self._start,
            blocks=self._blocks.blocks(),
            next_index=self._blocks.next_index,
            opened=self._opened,
            last_handover=self._last_handover,
        )
        return frames

    def _hidden_start(self) -> dict[str, Any] | None:
        """The `message` of a fallback's `message_start` the caller did not get."""
        if self._splice is None or not self._wire_open or self._start is None:
            return None
        return as_dict(self._start.get("message"))

    def _open(self) -> list[bytes]:
        """The frames that show this answer: its `message_start` (as it came for the first
        answer; for a fallback's, only when it opens the stream, with the first answer's id),
        the queued `fallback` blocks, then the events held so far."""
        if self._opened:
            return []
        self._opened = True
        frames: list[bytes] = []
        if self._splice is None:
            if self._held_start is not None:
                frames.append(_again(self._held_start))
        elif not self._wire_open and self._start is not None:
            frames.append(_start_frame(self._start, self._first_id))
        frames.extend(self._seams)
        frames.extend(_again(sse) for sse in self._held)
        self._held_start = None
        self._held.clear()
        return frames

    def finish(self) -> tuple[list[bytes], Outcome]:
        """At the end of the answer's stream: the frames still owed, and the outcome."""
        if self.outcome is not None:
            return [], self.outcome
        frames = self._open()
        return frames, Outcome(
            refusal=None,
            start=self._start,
            blocks=self._blocks.blocks(),
            next_index=self._blocks.next_index,
            opened=self._opened,
            last_handover=self._last_handover,
        )


@dataclass
class Chain:
    """What the answers of one spliced stream share."""

    params: dict[str, Any]
    """The caller's parameters: every fallback request is made from them."""
    first_model: str
    next_index: int
    wire_open: bool
    first_id: str | None
    token: str | None
    base: list[Any]
    """Output of earlier declined answers, already part of the prefill."""
    partial: list[Any]
    """The last declined answer's output, appended to `base` for the next request."""
    from_model: str
    refusal: Refusal
    last_start: dict[str, Any] | None
    iterations: list[dict[str, Any]]
    """One entry per declined answer (fallbacks whose request failed have none)."""
    seams: list[bytes] = field(default_factory=list)

    @classmethod
    def begin(cls, params: dict[str, Any], first_model: str, outcome: Outcome) -> Chain:
        """The chain once the first answer declined (`outcome.refusal` is set)."""
        refusal = outcome.refusal
        assert refusal is not None
        message = as_dict((outcome.start or {}).get("message")) or {}
        first_id = message.get("id")
        return cls(
            params=params,
            first_model=first_model,
            next_index=outcome.next_index,
            wire_open=outcome.opened,
            first_id=first_id if isinstance(first_id, str) else None,
            token=refusal.token,
            base=[],
            partial=prefill(outcome.blocks) if refusal.prefill_claim else [],
            from_model=outcome.last_handover or first_model,
            refusal=refusal,
            last_start=outcome.start,
            iterations=declined_entries(refusal, first_model),
        )

    def continuation(self) -> list[Any]:
        return [*self.base, *self.partial]

    def body(self, entry: FallbackConfigParam, continuation: list[Any]) -> dict[str, Any]:
        return hop_body(self.params, entry, self.token, continuation)

    def reached(self, to_model: str) -> list[bytes]:
        """Queue the `fallback` block of a fallback that answered; all queued blocks so far."""
        index = self.next_index
        self.next_index += 1
        block = seam_block(self.from_model, to_model, self.refusal.category)
        self.seams += [
            encode(
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": block},
            ),
            encode("content_block_stop", {"type": "content_block_stop", "index": index}),
        ]
        self.from_model = to_model
        return list(self.seams)

    def shown(self) -> None:
        """The stream is open: the queued blocks went out."""
        self.wire_open = True
        self.seams.clear()

    def declined(self, outcome: Outcome, model: str, continuation: list[Any]) -> None:
        """A fallback declined too: carry its token and output to the next entry."""
        refusal = outcome.refusal
        assert refusal is not None
        self.token = refusal.token
        self.base = continuation
        self.partial = prefill(outcome.blocks) if refusal.prefill_claim else []
        self.iterations += declined_entries(refusal, model)
        self.refusal = refusal
        if outcome.start is not None:
            self.last_start = outcome.start
        self.next_index = outcome.next_index

    def give_up(self, failure: HopFailure) -> list[bytes]:
        """Every remaining fallback failed: the held refusal after all, its `recommended_model`
        the last failed model when that failure was for capacity (else null), its usage the
        chain's, then `message_stop`."""
        frames: list[bytes] = []
        if not self.wire_open and self.last_start is not None:
            frames.append(_start_frame(self.last_start, self.first_id))
        frames += self.seams
        event = copy.deepcopy(self.refusal.event)
        details = as_dict((as_dict(event.get("delta")) or {}).get("stop_details"))
        if details is not None:
            details["recommended_model"] = (
                failure.model if failure.status in CAPACITY_STATUSES else None
            )
        usage = as_dict(event.get("usage")) or {}
        usage["iterations"] = copy.deepcopy(self.iterations)
        event["usage"] = usage
        _copy_transformations(event, self.refusal.hidden_start)
        frames.append(encode("message_delta", event))
        frames.append(encode("message_stop", {"type": "message_stop"}))
        return frames
