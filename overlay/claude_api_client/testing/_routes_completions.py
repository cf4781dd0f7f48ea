"""Legacy text completions: the echo model on a `\\n\\nHuman: ...\\n\\nAssistant:` prompt.

The reply is ``" echo: "`` plus the last Human turn, cut to ``max_tokens_to_sample`` words or
at the first stop sequence; streamed, each word is one `completion` event and the last event
carries the `stop_reason` (as the legacy API does).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._echo import ECHO_PREFIX
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ROUTES", "complete"]

_HUMAN = "\n\nHuman:"
_ASSISTANT = "\n\nAssistant:"


def complete(body: dict[str, Any], completion_id: str) -> dict[str, Any]:
    """The completion the echo model answers `body` with."""
    prompt = str(body.get("prompt", ""))
    if not prompt.rstrip().endswith(_ASSISTANT.strip()):
        raise APIFailure(400, "invalid_request_error", f"prompt must end with {_ASSISTANT!r}")
    turn = prompt.rsplit(_HUMAN, 1)[-1].rsplit(_ASSISTANT, 1)[0].strip()
    text = ECHO_PREFIX + turn
    stop_reason = "stop_sequence"
    for sequence in body.get("stop_sequences") or ():
        at = text.find(sequence, len(ECHO_PREFIX))
        if sequence and at >= 0:
            text = text[:at]
            break
    words = text.split(" ")
    limit = int(body.get("max_tokens_to_sample", 0) or 0)
    if len(words) > limit:
        words, stop_reason = words[:limit], "max_tokens"
    return {
        "type": "completion",
        "id": completion_id,
        "completion": " " + " ".join(words),
        "stop_reason": stop_reason,
        "model": body.get("model", ""),
    }


def _events(result: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    pieces = result["completion"].split(" ")[1:]
    yield "ping", {"type": "ping"}
    for i, word in enumerate(pieces):
        last = i == len(pieces) - 1
        yield (
            "completion",
            {
                **result,
                "completion": " " + word,
                "stop_reason": result["stop_reason"] if last else None,
            },
        )


def completions_create(call: Call) -> Reply:
    result = complete(call.body, call.state.next_id("compl"))
    if call.body.get("stream") is True:
        return Reply(events=_events(result))
    return Reply(body=result)


ROUTES: dict[str, Handler] = {"completions_create": completions_create}
