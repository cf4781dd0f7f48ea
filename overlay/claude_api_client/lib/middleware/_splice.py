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
- an answer's output kept for the prefill: at most `MAX_PREFILL_CHARS` characters of the
  content events that build it; past that nothing is kept and the fallback is asked without it
  (the same-body form a credit token always allows);
- one event: the client's SSE decoder limit (`MAX_EVENT_BYTES`).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._params import CAPACITY_STATUSES, as_dict, hop_body, log, seam_block

if TYPE_CHECKING:
    from ..._core._sse import ServerSentEvent
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = [
    "MAX_HELD_CHARS",
    "MAX_HELD_EVENTS",
    "MAX_PREFILL_CHARS",
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
MAX_PREFILL_CHARS = 8 * 1024 * 1024
"""Characters of one answer's output kept to send back as the fallback's prefill."""

_THINKING_TYPES = ("thinking", "redacted_thinking")
_JSON = "\0json"  # where a tool block's streamed input is kept until the prefill is built


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
    model: str
    status: int | None
    """The HTTP status; None when the request raised."""


class _Blocks:
    """One answer's content blocks: rebuilt from their events (for the prefill), indices moved
    up by `base`, and which are still open. The events that build them count against
    `MAX_PREFILL_CHARS` (their data's length); past it nothing more is kept."""

    def __init__(self, base: int) -> None:
        self.base = base
        self.next_index = base
        self._blocks: dict[int, dict[str, Any]] = {}
        # the streamed pieces of each block's text, thinking or tool input, joined when read
        self._pieces: dict[int, dict[str, list[str]]] = {}
        self._open: list[int] = []
        self._chars = 0
        self.overflowed = False

    def charge(self, size: int) -> None:
        """Count an event of `size` characters; past the cap, drop what was kept."""
        self._chars += size
        if self._chars > MAX_PREFILL_CHARS and not self.overflowed:
            self.overflowed = True
            self._blocks.clear()
            self._pieces.clear()

    def blocks(self) -> list[dict[str, Any]] | None:
        """The blocks as they stand (None once past the cap)."""
        if self.overflowed:
            return None
        built = []
        for index, block in self._blocks.items():
            block = dict(block)
            for key, pieces in self._pieces.get(index, {}).items():
                block[key] = str(block.get(key) or "") + "".join(pieces)
            built.append(block)
        return built

    def any(self) -> bool:
        return bool(self._blocks) or self.overflowed

    def start(self, event: dict[str, Any]) -> None:
        index = event.get("index")
        if not isinstance(index, int):
            return
        if not self.overflowed:
            self._blocks[index] = dict(as_dict(event.get("content_block")) or {})
            self._pieces.pop(index, None)
        moved = index + self.base
        event["index"] = moved
        self._open.append(moved)
        self.next_index = max(self.next_index, moved + 1)

    def delta(self, event: dict[str, Any]) -> None:
        index = event.get("index")
        if not isinstance(index, int):
            return
        event["index"] = index + self.base
        block = self._blocks.get(index)
        if block is None:  # never started, or past the cap
            return
        delta = as_dict(event.get("delta")) or {}
        kind = delta.get("type")
        key, piece = "", None
        if kind == "text_delta":
            key, piece = "text", delta.get("text")
        elif kind == "thinking_delta":
            key, piece = "thinking", delta.get("thinking")
        elif kind == "input_json_delta":
            key, piece = _JSON, delta.get("partial_json")
        elif kind == "signature_delta":
            block["signature"] = delta.get("signature")
        elif kind == "citations_delta":
            citations = block.get("citations")
            listed = citations if isinstance(citations, list) else []
            block["citations"] = [*listed, delta.get("citation")]
        if isinstance(piece, str):
            self._pieces.setdefault(index, {}).setdefault(key, []).append(piece)

    def stop(self, event: dict[str, Any]) -> None:
        index = event.get("index")
        if not isinstance(index, int):
            return
        moved = index + self.base
        event["index"] = moved
        if moved in self._open:
            self._open.remove(moved)
        self.next_index = max(self.next_index, moved + 1)

    def close_open(self) -> list[bytes]:
        frames = [
            encode("content_block_stop", {"type": "content_block_stop", "index": i})
            for i in self._open
        ]
        self._open.clear()
        return frames


def prefill(blocks: list[dict[str, Any]] | None) -> list[Any]:
    """A declined answer's blocks as the assistant turn that continues it: `fallback` blocks
    dropped, tool inputs rebuilt from their streamed JSON, trailing thinking removed (an
    assistant turn cannot end with it). Empty when nothing usable is left."""
    turn: list[Any] = []
    for block in blocks or ():
        if block.get("type") == "fallback":
            continue
        if _JSON in block:
            streamed = block[_JSON]
            block = {key: value for key, value in block.items() if key != _JSON}
            try:
                block["input"] = json.loads(streamed)
            except ValueError:
                pass  # the input the block started with stays
        turn.append(block)
    while turn and turn[-1].get("type") in _THINKING_TYPES:
        turn.pop()
    return turn


def _usage_entry(kind: str, model: str, usage: dict[str, Any] | None) -> dict[str, Any]:
    """A `usage.iterations` entry (MessageIterationUsage / FallbackMessageIterationUsage)."""
    usage = usage or {}
    return {
        "type": kind,
        "model": model,
        "input_tokens": usage.get("input_tokens") or 0,
        "output_tokens": usage.get("output_tokens") or 0,
        "cache_read_input_tokens": usage.get("cache_read_input_tokens") or 0,
        "cache_creation_input_tokens": usage.get("cache_creation_input_tokens") or 0,
        "cache_creation": usage.get("cache_creation"),
    }


def declined_entries(refusal: Refusal, model: str) -> list[dict[str, Any]]:
    """The `usage.iterations` entries of a declined answer, all typed `message`: its own
    entries when it reported some (a lone one named `model` when it names none), else one
    made from its usage."""
    reported = refusal.usage.get("iterations")
    entries = (
        [{**e, "type": "message"} for e in reported if isinstance(e, dict)]
        if isinstance(reported, list)
        else []
    )
    if not entries:
        return [_usage_entry("message", model, refusal.usage)]
    if len(entries) == 1 and not isinstance(entries[0].get("model"), str):
        entries[0]["model"] = model
    return entries


def _serving_entry(usage: dict[str, Any], model: str) -> dict[str, Any]:
    """The entry of the answer shown last (`fallback_message`): its own last reported entry
    retyped, else one made from its usage."""
    reported = usage.get("iterations")
    last = as_dict(reported[-1]) if isinstance(reported, list) and reported else None
    if last is None:
        return _usage_entry("fallback_message", model, usage)
    return {**last, "type": "fallback_message", "model": last.get("model") or model}


def _fill(usage: dict[str, Any] | None, start_usage: dict[str, Any] | None) -> dict[str, Any]:
    """`usage` with its missing or null fields taken from the `message_start` usage."""
    merged = {**(start_usage or {}), **(usage or {})}
    for key, value in (start_usage or {}).items():
        if merged.get(key) is None and value is not None:
            merged[key] = value
    return merged


def _copy_transformations(event: dict[str, Any], hidden_start: dict[str, Any] | None) -> None:
    """Put the `input_transformations` of a `message_start` the caller did not see onto the
    `message_delta` it does see (unless it has its own)."""
    if (
        hidden_start is not None
        and "input_transformations" not in event
        and "input_transformations" in hidden_start
    ):
        event["input_transformations"] = copy.deepcopy(hidden_start["input_transformations"])


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
        self._blocks = _Blocks(base)
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
        usage["iterations"] = [*splice.iterations, _serving_entry(usage, splice.model)]
        event["usage"] = usage
        _copy_transformations(event, self._hidden_start())
        return [*frames, encode(sse.event, event)]

    def _end_early(
        self, event: dict[str, Any], details: dict[str, Any], token: str | None
    ) -> list[bytes]:
        frames = self._blocks.close_open()
        self._held_start = None
        self._held.clear()
        self.outcome = Outcome(
            refusal=Refusal(
                token=token,
                category=details.get("category"),
                prefill_claim=details.get("fallback_has_prefill_claim") is True,
                usage=_fill(as_dict(event.get("usage")), self._start_usage),
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
            start = copy.deepcopy(self._start)
            message = as_dict(start.get("message"))
            if message is not None and self._first_id is not None:
                message["id"] = self._first_id
            frames.append(encode("message_start", start))
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
            start = copy.deepcopy(self.last_start)
            message = as_dict(start.get("message"))
            if message is not None and self.first_id is not None:
                message["id"] = self.first_id
            frames.append(encode("message_start", start))
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
