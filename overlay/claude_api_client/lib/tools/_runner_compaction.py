"""The request `compact_before_next_turn()` makes a tool runner send: the whole conversation with
`compaction` set, which the API answers with a `compaction` block (stop reason `compaction`) that
then stands for the conversation so far (beta `compact-2026-09-04`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["check_can_compact", "compaction_request_params", "has_summary"]

# A compaction request gets no reply, so the API refuses the fields that only shape a reply.
_REPLY_ONLY = ("context_management", "stop_sequences")


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


def compaction_request_params(
    params: Mapping[str, Any], compaction: Mapping[str, Any]
) -> dict[str, Any]:
    """The runner's next request turned into the compaction request."""
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
    request["compaction"] = dict(compaction)
    request["output_format"] = None
    return request


def has_summary(message: Any) -> bool:
    """Whether a compaction response holds a summary to continue from."""
    return any(
        getattr(block, "type", None) == "compaction" and getattr(block, "content", None)
        for block in message.content
    )
