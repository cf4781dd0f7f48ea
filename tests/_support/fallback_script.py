"""A scripted Messages model for the refusal-fallback tests, served by the simulator (its
`route` override) so that every request body is still checked against the document.

What a request gets depends on its model's name only (its first word, before the first `-`):

- `refuse` declines: a refusal with category `cyber`, a `fallback_credit_token` (when the
  `fallback-credit-2026-07-01` beta is sent) and `fallback_has_prefill_claim: true`; streamed, it
  writes "Partial answer" first (a mid-stream refusal);
- `early` declines before writing anything (streamed: nothing but `message_start`, a ping, the
  refusal), with a token;
- `notoken` declines mid-stream without a token;
- `thinker` writes a thinking block, then declines (with a token); `tooler` starts a tool call
  (`lookup`, its input streamed in two pieces), then declines (with a token); `stitched` is an
  answer the API chained itself (a `fallback` block to `inner-model`, then a thinking block),
  declining with a token and reporting two `usage.iterations`;
- `overloaded` answers 529, `broken` 500; `ratelimited` answers 429 to a `speed: "fast"`
  request;
- `strict` answers 400 to a request that ends with an assistant turn (a prefill);
- anything else accepts: "Served by <model>" (with " after <n> prefill blocks" when the
  request ends with an assistant turn); `transforming` also reports one `input_transformations`
  entry (on the message, streamed on its `message_start`).

Ids and usage are functions of the request too, so two runs compare equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claude_api_client.testing import APIFailure, Call, LocalAPIServer, Reply

__all__ = ["install"]

CREDIT_BETA = "fallback-credit-2026-07-01"


TRANSFORMATIONS = [
    {
        "type": "thinking_dropped",
        "path": "messages.1.content.0",
        "reason": "prefix_binding_mismatch",
    }
]


def _kind(model: str) -> str:
    return model.split("-", 1)[0]


def _prefill(body: dict[str, Any]) -> list[Any] | None:
    messages = body.get("messages") or []
    last = messages[-1] if messages else None
    if isinstance(last, dict) and last.get("role") == "assistant":
        content = last.get("content")
        return content if isinstance(content, list) else [content]
    return None


def _usage(body: dict[str, Any], output: int) -> dict[str, Any]:
    return {
        "input_tokens": 10 + len(body.get("messages") or []),
        "output_tokens": output,
        "cache_read_input_tokens": 0,
        "cache_creation_input_tokens": 0,
    }


def _refusal_details(call: Call, model: str, token: bool) -> dict[str, Any]:
    details: dict[str, Any] = {
        "type": "refusal",
        "category": "cyber",
        "explanation": "declined by the script",
    }
    if token and CREDIT_BETA in call.request.betas:
        details["fallback_credit_token"] = f"fct-{model}"
        details["fallback_has_prefill_claim"] = True
    return details


def _message(model: str, content: list[Any], stop: str, details: Any, usage: Any) -> dict[str, Any]:
    return {
        "id": f"msg_{model}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "stop_details": details,
        "usage": usage,
    }


def _events(
    model: str, body: dict[str, Any], text: str | None, stop: str, details: Any
) -> Iterator[tuple[str, dict[str, Any]]]:
    start = _message(model, [], None, None, _usage(body, 0))  # type: ignore[arg-type]
    start["stop_reason"] = None
    if _kind(model) == "transforming":
        start["input_transformations"] = TRANSFORMATIONS
    yield "message_start", {"type": "message_start", "message": start}
    yield "ping", {"type": "ping"}
    if text is not None:
        block = {"type": "text", "text": ""}
        yield (
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        )
        for piece in text.split(" "):
            delta = {
                "type": "text_delta",
                "text": piece if piece == text.split(" ")[0] else " " + piece,
            }
            yield "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
        if stop != "refusal":
            yield "content_block_stop", {"type": "content_block_stop", "index": 0}
    delta = {"stop_reason": stop, "stop_sequence": None, "stop_details": details}
    usage = {"output_tokens": 0 if text is None else len(text.split(" "))}
    yield "message_delta", {"type": "message_delta", "delta": delta, "usage": usage}
    yield "message_stop", {"type": "message_stop"}


def _opening_then_refusal(
    model: str, body: dict[str, Any], kind: str, details: Any
) -> Iterator[tuple[str, dict[str, Any]]]:
    events = list(_events(model, body, None, "refusal", details))
    if kind == "stitched":
        block: dict[str, Any] = {
            "type": "fallback",
            "from": {"model": model},
            "to": {"model": "inner-model"},
            "trigger": {"type": "refusal", "category": None},
        }
        deltas = []
        events[-2][1]["usage"]["iterations"] = [
            {"type": "message", "model": model, "input_tokens": 3, "output_tokens": 0},
            {
                "type": "fallback_message",
                "model": "inner-model",
                "input_tokens": 4,
                "output_tokens": 1,
            },
        ]
    elif kind == "thinker":
        block = {"type": "thinking", "thinking": "", "signature": ""}
        deltas = [{"type": "thinking_delta", "thinking": "Let me think"}]
    else:
        block = {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {}}
        deltas = [
            {"type": "input_json_delta", "partial_json": '{"q": '},
            {"type": "input_json_delta", "partial_json": '"x"}'},
        ]
    middle: list[tuple[str, dict[str, Any]]] = [
        ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": block})
    ]
    middle += [
        ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": d})
        for d in deltas
    ]
    middle.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
    yield from [*events[:2], *middle, *events[2:]]


def answer(call: Call) -> Reply:
    body: dict[str, Any] = call.body
    model = str(body.get("model"))
    kind = _kind(model)
    stream = body.get("stream") is True
    prefill = _prefill(body)
    if kind == "overloaded":
        raise APIFailure(529, "overloaded_error", "Overloaded")
    if kind == "broken":
        raise APIFailure(500, "api_error", "Internal error")
    if kind in ("thinker", "tooler", "stitched") and stream:
        details = _refusal_details(call, model, token=True)
        return Reply(events=_opening_then_refusal(model, body, kind, details))
    if kind == "ratelimited" and body.get("speed") == "fast":
        raise APIFailure(429, "rate_limit_error", "no fast capacity")
    if kind == "strict" and prefill is not None:
        raise APIFailure(400, "invalid_request_error", "the prefill does not match")
    if kind in ("refuse", "early", "notoken"):
        details = _refusal_details(call, model, token=kind != "notoken")
        partial = None if kind == "early" else "Partial answer"
        if stream:
            return Reply(events=_events(model, body, partial, "refusal", details))
        content = [] if partial is None else [{"type": "text", "text": partial}]
        return Reply(body=_message(model, content, "refusal", details, _usage(body, 2)))
    text = f"Served by {model}" + (f" after {len(prefill)} prefill blocks" if prefill else "")
    if stream:
        return Reply(events=_events(model, body, text, "end_turn", None))
    content = [{"type": "text", "text": text}]
    message = _message(model, content, "end_turn", None, _usage(body, len(text.split(" "))))
    if kind == "transforming":
        message["input_transformations"] = TRANSFORMATIONS
    return Reply(body=message)


def install(server: LocalAPIServer) -> None:
    """Answer the server's `messages.create` with the script."""
    server.route("*", "messages_create", answer)
