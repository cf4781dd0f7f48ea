"""Messages: create (JSON or SSE), count_tokens."""

from __future__ import annotations

from ._echo import count_tokens, reply, stream_events
from ._protocol import Call, Handler, Reply
from ._refusals import decline
from ._threads import resolve_thread

__all__ = ["ROUTES"]


def messages_create(call: Call) -> Reply:
    if isinstance(call.body.get("thread"), dict):
        body, keep = resolve_thread(call)
        message = reply(body, call.state.next_id("msg"))
        keep(message)
    else:
        message = reply(call.body, call.state.next_id("msg"))
    if call.body.get("model") in (getattr(call.settings, "refusing_models", ()) or ()):
        decline(message, call.request.betas)
    if call.body.get("stream") is True:
        return Reply(events=stream_events(message))
    return Reply(body=message)


def messages_count_tokens(call: Call) -> Reply:
    return Reply(body={"input_tokens": count_tokens(call.body)})


ROUTES: dict[str, Handler] = {
    "messages_create": messages_create,
    "messages_count_tokens": messages_count_tokens,
}
