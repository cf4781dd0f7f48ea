"""Fold the preview events of a session stream into the `agent.message` they preview.

A stream opened with `event_deltas=["agent.message"]` announces each agent message before it is
final: `event_start` names the coming event (its type and id), `event_delta`s carry fragments of
its `content` (each with the position it belongs at), and the finished `agent.message` itself
follows with the same id. Deltas are best effort (they may stop early); the finished event is
the authority and replaces whatever the fragments built.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from ..._core._exceptions import AnthropicError

if TYPE_CHECKING:
    from ...types.beta.bedrock.sessions import (
        BetaManagedAgentsStreamBedrockSessionEvents,
        BetaManagedAgentsStreamBedrockSessionThreadEvents,
    )
    from ...types.beta.sessions import (
        BetaManagedAgentsAgentMessageEvent,
        BetaManagedAgentsStreamSessionEvents,
        BetaManagedAgentsStreamSessionThreadEvents,
    )

    StreamEvent: TypeAlias = (
        BetaManagedAgentsStreamSessionEvents
        | BetaManagedAgentsStreamSessionThreadEvents
        | BetaManagedAgentsStreamBedrockSessionEvents
        | BetaManagedAgentsStreamBedrockSessionThreadEvents
    )

    AccumulatedEvent: TypeAlias = BetaManagedAgentsAgentMessageEvent
    """What the accumulation holds: the `agent.message` as far as it is known."""

__all__ = ["AccumulatedEvent", "accumulate_managed_agents_event"]


def _message_class() -> type[BetaManagedAgentsAgentMessageEvent]:
    # Imported on first use: importing this module loads neither pydantic nor a model.
    from ...types._models.managed_agents_agent_message_event import (
        ManagedAgentsAgentMessageEvent,
    )

    return ManagedAgentsAgentMessageEvent


def __getattr__(name: str) -> Any:
    if name == "AccumulatedEvent":  # the class itself at run time, as the official alias is
        return _message_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# A preview has no processing time yet: the snapshot says 1970-01-01T00:00:00Z until the
# finished event brings the real one.
_NOT_YET_PROCESSED = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


@overload
def accumulate_managed_agents_event(
    accumulated: AccumulatedEvent | None,
    event: BetaManagedAgentsAgentMessageEvent,
) -> BetaManagedAgentsAgentMessageEvent: ...


@overload
def accumulate_managed_agents_event(
    accumulated: AccumulatedEvent | None,
    event: StreamEvent,
) -> AccumulatedEvent | None: ...


def accumulate_managed_agents_event(
    accumulated: AccumulatedEvent | None,
    event: StreamEvent,
) -> AccumulatedEvent | None:
    """The `agent.message` snapshot after one more stream event (`accumulated` is left as it was).

    Takes any event of a session's or a thread's stream, from the Claude API or from Bedrock:

    - `event_start` of an `agent.message` starts a new snapshot: its id, no content yet, and
      `processed_at` at the Unix epoch until the finished event arrives. A start of another
      kind (`agent.thinking`, which has no deltas) leaves `accumulated` as it is.
    - `event_delta` adds its fragment at `delta.index` (0 when absent): a new index appends the
      fragment as a content block, an index already filled has the fragment's text appended to
      that block's text. A fragment that cannot be joined (not text on both sides, or a delta
      kind this version does not know) changes nothing: the finished event is the authority. A
      delta of another event than the snapshot's (its start was missed) changes nothing either.
    - `agent.message`, the finished event, replaces the snapshot with a copy of itself.
    - Every other event, known or not, leaves `accumulated` as it is.

    Raises `AnthropicError` for an `event_delta` before any snapshot exists, or one whose index
    skips a position.
    """
    if event.type == "agent.message":
        # A copy with copies of its blocks; `processed_at` is shared (a datetime never changes,
        # and a deep copy would lose the API's own spelling of it).
        return event.model_copy(
            update={"content": [b.model_copy(deep=True) for b in event.content]}
        )
    if event.type == "event_start":
        if event.event.type != "agent.message":
            return accumulated
        return _message_class()(
            type="agent.message", id=event.event.id, content=[], processed_at=_NOT_YET_PROCESSED
        )
    if event.type == "event_delta":
        if accumulated is None:
            raise AnthropicError(
                f"event_delta of {event.event_id!r} arrived before the event_start that opens it"
            )
        delta = event.delta
        if delta.type != "content_delta" or event.event_id != accumulated.id:
            return accumulated
        return _with_fragment(accumulated, delta.index or 0, delta.content)
    return accumulated


def _with_fragment(snapshot: AccumulatedEvent, index: int, fragment: Any) -> AccumulatedEvent:
    """A copy of `snapshot` with `fragment` placed at `index` of its content."""
    content = list(snapshot.content)
    if index < 0 or index > len(content):
        raise AnthropicError(
            f"event_delta index {index} of {snapshot.id!r} does not follow the content so far "
            f"({len(content)} blocks)"
        )
    if index == len(content):
        content.append(fragment.model_copy(deep=True))
    else:
        block = content[index]
        if block.type != "text" or getattr(fragment, "type", None) != "text":
            return snapshot
        content[index] = block.model_copy(update={"text": block.text + fragment.text})
    return snapshot.model_copy(update={"content": content})
