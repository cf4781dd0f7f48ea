"""Message threads (beta `message-threads-2026-08-12`): conversations the server holds.

A request with `thread: {"type": "create"}` is answered as usual and its conversation (the
messages sent, then the reply) is kept under the reply's `id`, with the `system` and `tools` it
was sent with. `thread: {"type": "continue", "previous_message_id": id}` sends only the new
messages: the server puts the held conversation in front of them, answers the whole, and keeps
the result under the new reply's `id`. Each held reply can be continued once (a second
`continue` from it is `thread_already_continued`, so a client that wants to branch starts a new
thread with the whole history); an unknown id is `thread_not_found` (404); a `continue` that
repeats `system` or `tools` is refused (the thread keeps those it was created with); features
listed in `Settings.thread_unsupported` are refused with `thread_unsupported_request`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._protocol import APIFailure, Call

__all__ = ["HeldThread", "resolve_thread"]

# Request fields the thread keeps from its `create`; a `continue` may not send them again.
_CREATE_ONLY = ("system", "tools")


@dataclass
class HeldThread:
    """One held conversation: everything up to and including the reply it is keyed by."""

    messages: list[Any]
    created_with: dict[str, Any]
    """The create-only fields (`system`, `tools`) of the `create` that started the thread."""
    continued: bool = False
    """Whether a `continue` from this reply was already answered."""


def _failure(status: int, kind: str, message: str, code: str, **details: Any) -> APIFailure:
    return APIFailure(status, kind, message, details={"error_code": code, **details})


def _unsupported(call: Call, body: dict[str, Any]) -> list[str]:
    refused = getattr(call.settings, "thread_unsupported", ()) or ()
    return [name for name in refused if body.get(name) is not None]


def resolve_thread(call: Call) -> tuple[dict[str, Any], Callable[[dict[str, Any]], None]]:
    """The body to answer (for a `continue`, with the held conversation in front of the new
    messages and the thread's `system` / `tools`), and the function that keeps the reply.

    Raises `APIFailure` as the API refuses a thread request."""
    body: dict[str, Any] = call.body
    thread = body["thread"]
    unsupported = _unsupported(call, body)
    if unsupported:
        raise _failure(
            400,
            "invalid_request_error",
            f"thread: not available with {', '.join(unsupported)}",
            "thread_unsupported_request",
            unsupported=unsupported,
        )
    threads: dict[str, HeldThread] = call.state.threads
    full = {k: v for k, v in body.items() if k != "thread"}
    held: HeldThread | None = None
    with call.state.lock:
        if thread.get("type") == "continue":
            previous = str(thread.get("previous_message_id"))
            held = threads.get(previous)
            if held is None:
                raise _failure(
                    404,
                    "not_found_error",
                    f"thread: no thread holds {previous!r}",
                    "thread_not_found",
                )
            if held.continued:
                raise _failure(
                    400,
                    "invalid_request_error",
                    f"thread: {previous!r} was already continued; start a new thread",
                    "thread_already_continued",
                )
            repeated = [name for name in _CREATE_ONLY if name in body]
            if repeated:
                raise APIFailure(
                    400,
                    "invalid_request_error",
                    f"{repeated[0]}: a continued thread keeps the {repeated[0]} it was created "
                    "with; leave it out",
                )
            held.continued = True
            full.update(held.created_with)
            full["messages"] = [*held.messages, *(body.get("messages") or ())]
        created_with = (
            held.created_with
            if held is not None
            else {name: body[name] for name in _CREATE_ONLY if name in body}
        )

    def keep(reply: dict[str, Any]) -> None:
        turn = {"role": "assistant", "content": reply["content"]}
        with call.state.lock:
            threads[reply["id"]] = HeldThread([*full["messages"], turn], created_with)

    return full, keep
