"""The request `compact_before_next_turn()` makes a tool runner send: the whole conversation with
`compaction` set, which the API answers with a `compaction` block (stop reason `compaction`) that
then stands for the conversation so far (beta `compact-2026-09-04`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..._core._types import NotGiven, Omit

__all__ = [
    "adopt_compaction",
    "check_can_compact",
    "compaction_request_params",
    "compaction_thread",
    "has_summary",
    "refuse_compaction_param",
]

# A compaction request gets no reply, so the API refuses the fields that only shape a reply.
_REPLY_ONLY = ("context_management", "stop_sequences")


def refuse_compaction_param(params: Mapping[str, Any]) -> None:
    """Refuse `compaction` among a tool runner's request parameters: it would go out with every
    request of the loop, each compacting the conversation again."""
    compaction = params.get("compaction")
    if compaction is not None and not isinstance(compaction, (NotGiven, Omit)):
        raise ValueError(
            "compaction: a tool runner doesn't take `compaction`, since every request of its "
            "loop would compact the conversation again; call `runner.compact_before_next_turn()` "
            "to compact it once, before the model's next turn"
        )


def check_can_compact(params: Mapping[str, Any]) -> None:
    """Refuse compacting beside a compaction edit of `context_management`: the compaction request
    leaves that field out, so the API would bill the compaction and refuse the next turn."""
    context_management = params.get("context_management")
    edits = context_management.get("edits") if isinstance(context_management, Mapping) else None
    if any(str(edit.get("type", "")).startswith("compact_") for edit in edits or ()):
        raise ValueError(
            "compact_before_next_turn() can't be used while `context_management` has a "
            "compaction edit: the API takes no compaction block beside one; remove the edit first"
        )


def _without_format(output_config: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in output_config.items() if key != "format"}


def _trimmed(params: Mapping[str, Any]) -> dict[str, Any]:
    """`params` without what only shapes a reply (which a compaction request never gets)."""
    request = {key: value for key, value in params.items() if key not in _REPLY_ONLY}
    tool_choice = request.get("tool_choice")
    if isinstance(tool_choice, Mapping) and tool_choice.get("type") in ("any", "tool"):
        del request["tool_choice"]  # forcing a tool call asks for a reply
    if isinstance(request.get("output_config"), Mapping):
        request["output_config"] = _without_format(request["output_config"])
    fallbacks = request.get("fallbacks")
    if isinstance(fallbacks, list):
        request["fallbacks"] = [
            {**fallback, "output_config": _without_format(fallback["output_config"])}
            if isinstance(fallback, Mapping) and isinstance(fallback.get("output_config"), Mapping)
            else fallback
            for fallback in fallbacks
        ]
    return request


def compaction_request_params(
    params: Mapping[str, Any], compaction: Mapping[str, Any]
) -> dict[str, Any]:
    """The runner's next request turned into the compaction request."""
    return {**_trimmed(params), "compaction": dict(compaction), "output_format": None}


def compaction_thread(thread: Any, compaction: Mapping[str, Any]) -> Any:
    """The message thread that sends the compaction request of a runner over `thread`: a fork
    (the whole history, under a new thread while threading is on) whose fields are the
    thread's with `compaction` and without what only shapes a reply. The thread itself can't
    send it: a turn there continues the held history and keeps every field of the thread."""
    fork = thread.fork()
    fork._state.fields = {**_trimmed(fork._state.fields), "compaction": dict(compaction)}
    fork._state.output_format = None
    return fork


def adopt_compaction(thread: Any, fork: Any, messages: list[dict[str, Any]] | None) -> None:
    """After the compaction request went out on `fork`: `thread` stops threading if the fork
    had to (the server would refuse to thread the next turn as well), and holds `messages`, the
    history from the compaction response on, when there is a summary (the next turn sends them
    under a new thread)."""
    if thread._state.threading and not fork._state.threading:
        thread._state.position, thread._state.previous_message_id = "unthreaded", None
    if messages is not None:
        thread._state.set_messages(messages)


def has_summary(message: Any) -> bool:
    """Whether a compaction response holds a summary to continue from."""
    return any(
        getattr(block, "type", None) == "compaction" and getattr(block, "content", None)
        for block in message.content
    )
