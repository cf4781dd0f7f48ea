"""`claude_api_client.lib.sessions.accumulate_managed_agents_event`: previews of agent messages
folded into a snapshot, from typed stream events (session, thread and Bedrock streams)."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from pydantic import TypeAdapter

from _support.interpreters import run_python, without_anthropic_variables
from _support.official import needs_official, run_official
from claude_api_client import AnthropicError
from claude_api_client.lib.sessions import AccumulatedEvent, accumulate_managed_agents_event
from claude_api_client.testing import LocalAPIServer
from claude_api_client.types.beta.bedrock.sessions import (
    BetaManagedAgentsStreamBedrockSessionEvents,
    BetaManagedAgentsStreamBedrockSessionThreadEvents,
)
from claude_api_client.types.beta.sessions import (
    BetaManagedAgentsAgentMessageEvent,
    BetaManagedAgentsStreamSessionEvents,
    BetaManagedAgentsStreamSessionThreadEvents,
    BetaManagedAgentsTextBlock,
)

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
MESSAGE_ID = "sevt_01msg"


def start(kind: str = "agent.message", event_id: str = MESSAGE_ID) -> dict[str, Any]:
    return {"type": "event_start", "event": {"type": kind, "id": event_id}}


def delta(text: str, index: int | None, event_id: str = MESSAGE_ID) -> dict[str, Any]:
    fragment: dict[str, Any] = {"type": "content_delta", "content": {"type": "text", "text": text}}
    if index is not None:
        fragment["index"] = index
    return {"type": "event_delta", "event_id": event_id, "delta": fragment}


FINAL = {
    "type": "agent.message",
    "id": MESSAGE_ID,
    "content": [{"type": "text", "text": "Hello, world."}, {"type": "text", "text": "Bye!"}],
    "processed_at": "2026-12-04T07:00:00.120Z",
}

# start, a delta without index (0), the same index again, a new index, the new index again,
# a delta kind this version does not know, the finished message, an event type nobody knows.
SEQUENCE: list[dict[str, Any]] = [
    {"type": "session.status_running", "id": "sevt_00", "processed_at": "2026-12-04T07:00:00Z"},
    start(),
    delta("Hello", None),
    delta(", world.", 0),
    delta("By", 1),
    delta("e", 1),
    {
        "type": "event_delta",
        "event_id": MESSAGE_ID,
        "delta": {"type": "citations_delta", "index": 1, "citation": {"url": "https://x"}},
    },
    FINAL,
    {"type": "session.something_new", "id": "sevt_99", "detail": {"a": 1}},
]
TEXTS_AFTER_EACH = [
    None,
    [],
    ["Hello"],
    ["Hello, world."],
    ["Hello, world.", "By"],
    ["Hello, world.", "Bye"],
    ["Hello, world.", "Bye"],
    ["Hello, world.", "Bye!"],
    ["Hello, world.", "Bye!"],
]

UNIONS: dict[str, Any] = {
    "session": BetaManagedAgentsStreamSessionEvents,
    "thread": BetaManagedAgentsStreamSessionThreadEvents,
    "bedrock session": BetaManagedAgentsStreamBedrockSessionEvents,
    "bedrock thread": BetaManagedAgentsStreamBedrockSessionThreadEvents,
}


def parse(union: Any, data: dict[str, Any]) -> Any:
    return TypeAdapter(union).validate_python(data)


def test_importing_the_helper_loads_no_model() -> None:
    code = (
        "import sys\n"
        "from claude_api_client.lib.sessions import accumulate_managed_agents_event\n"
        "print('pydantic' in sys.modules)\n"
        "from claude_api_client.lib.sessions import AccumulatedEvent\n"
        "from claude_api_client.types.beta.sessions import BetaManagedAgentsAgentMessageEvent\n"
        "print(AccumulatedEvent is BetaManagedAgentsAgentMessageEvent)\n"
    )
    assert run_python("-c", code).stdout.split() == ["False", "True"]


def texts(snapshot: AccumulatedEvent | None) -> list[str] | None:
    if snapshot is None:
        return None
    return [b.text for b in snapshot.content if isinstance(b, BetaManagedAgentsTextBlock)]


@pytest.mark.parametrize("stream", sorted(UNIONS))
def test_a_preview_is_folded_into_the_message_of_every_stream(stream: str) -> None:
    events = [parse(UNIONS[stream], data) for data in SEQUENCE]
    snapshot: AccumulatedEvent | None = None
    seen = []
    for event in events:
        snapshot = accumulate_managed_agents_event(snapshot, event)
        seen.append(texts(snapshot))
    assert seen == TEXTS_AFTER_EACH
    assert isinstance(snapshot, BetaManagedAgentsAgentMessageEvent)
    assert snapshot.id == MESSAGE_ID
    assert snapshot.processed_at == datetime.datetime(
        2026, 12, 4, 7, 0, 0, 120000, tzinfo=datetime.timezone.utc
    )
    # the finished event's JSON, exactly as received (its own spelling of the timestamp)
    assert snapshot.to_dict(mode="json") == FINAL
    assert all(isinstance(b, BetaManagedAgentsTextBlock) for b in snapshot.content)


def test_the_open_snapshot_is_typed_and_marked_unprocessed() -> None:
    opened = accumulate_managed_agents_event(None, parse(UNIONS["session"], start()))
    assert isinstance(opened, BetaManagedAgentsAgentMessageEvent)
    assert (opened.type, opened.id, opened.content, opened.processed_at) == (
        "agent.message",
        MESSAGE_ID,
        [],
        EPOCH,
    )
    assert opened.to_dict(mode="json")["processed_at"] == "1970-01-01T00:00:00Z"
    folded = accumulate_managed_agents_event(opened, parse(UNIONS["session"], delta("Hi", 0)))
    assert folded is not None
    [block] = folded.content
    assert isinstance(block, BetaManagedAgentsTextBlock)
    assert block.text == "Hi"
    assert folded.to_dict(mode="json") == {
        "type": "agent.message",
        "id": MESSAGE_ID,
        "content": [{"type": "text", "text": "Hi"}],
        "processed_at": "1970-01-01T00:00:00Z",
    }


def test_no_argument_is_ever_changed() -> None:
    events = [parse(UNIONS["session"], data) for data in SEQUENCE]
    before = [event.to_dict(mode="json") for event in events]
    snapshots: list[AccumulatedEvent | None] = [None]
    dumps: list[Any] = [None]
    for event in events:
        snapshot = accumulate_managed_agents_event(snapshots[-1], event)
        snapshots.append(snapshot)
        dumps.append(None if snapshot is None else snapshot.to_dict(mode="json"))
    # every snapshot is still what it was when it was returned, and every event as received
    assert [None if s is None else s.to_dict(mode="json") for s in snapshots] == dumps
    assert [event.to_dict(mode="json") for event in events] == before
    # the finished message is a copy: changing the result leaves the event alone
    final_event = events[SEQUENCE.index(FINAL)]
    result = accumulate_managed_agents_event(None, final_event)
    assert result is not final_event and result == final_event
    block = result.content[0]
    assert isinstance(block, BetaManagedAgentsTextBlock)
    block.text = "changed"
    result.content.append(block)
    assert final_event.to_dict(mode="json") == FINAL


def test_a_new_start_opens_a_fresh_snapshot_and_thinking_starts_pass() -> None:
    union = UNIONS["session"]
    final = accumulate_managed_agents_event(None, parse(union, FINAL))
    thinking = parse(union, start("agent.thinking", "sevt_think"))
    assert accumulate_managed_agents_event(final, thinking) is final
    assert accumulate_managed_agents_event(None, thinking) is None
    fresh = accumulate_managed_agents_event(final, parse(union, start(event_id="sevt_02")))
    assert fresh is not None and (fresh.id, fresh.content) == ("sevt_02", [])
    # an unknown preview kind passes too
    odd = parse(union, start("agent.plan", "sevt_plan"))
    assert accumulate_managed_agents_event(fresh, odd) is fresh


def test_a_delta_of_another_event_changes_nothing() -> None:
    # its start was missed (a reconnect): its text must not land in this message
    union = UNIONS["session"]
    final = accumulate_managed_agents_event(None, parse(union, FINAL))
    stray = parse(union, delta(" and more", 0, event_id="sevt_other"))
    assert accumulate_managed_agents_event(final, stray) is final


def test_a_fragment_that_cannot_be_joined_changes_nothing() -> None:
    # a redacted block at index 0, then text for index 0: the text is not forced into it
    union = UNIONS["session"]
    redacted = accumulate_managed_agents_event(
        None, parse(union, {**FINAL, "content": [{"type": "redacted"}]})
    )
    same = accumulate_managed_agents_event(redacted, parse(union, delta("x", 0)))
    assert same is redacted
    assert [b.type for b in same.content] == ["redacted"]


def test_misplaced_deltas_raise() -> None:
    union = UNIONS["session"]
    with pytest.raises(AnthropicError, match="before the event_start"):
        accumulate_managed_agents_event(None, parse(union, delta("x", 0)))
    opened = accumulate_managed_agents_event(None, parse(union, start()))
    with pytest.raises(AnthropicError, match="index 2"):
        accumulate_managed_agents_event(opened, parse(union, delta("x", 2)))
    with pytest.raises(AnthropicError, match="index -1"):
        accumulate_managed_agents_event(opened, parse(union, delta("x", -1)))


def test_a_stream_of_the_simulator(server: LocalAPIServer) -> None:
    with server.client(max_retries=0) as client:
        env = client.beta.environments.create(name="dev", config={"type": "cloud"})
        agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
        session = client.beta.sessions.create(agent=agent.id, environment_id=env.id)
        snapshots = []
        with client.beta.sessions.events.stream(session.id, event_deltas=["agent.message"]) as s:
            message = {"type": "user.message", "content": [{"type": "text", "text": "hi there"}]}
            client.beta.sessions.events.send(session.id, events=[message])  # type: ignore[list-item]
            snapshot: AccumulatedEvent | None = None
            for event in s:
                snapshot = accumulate_managed_agents_event(snapshot, event)
                snapshots.append((event.type, texts(snapshot)))
                if event.type == "agent.message":
                    break
    kinds = [kind for kind, _ in snapshots]
    assert kinds[-3:] == ["event_start", "event_delta", "agent.message"]
    assert [t for _, t in snapshots[-3:]] == [[], ["hi there"], ["hi there"]]
    assert snapshot is not None and snapshot.processed_at != EPOCH


OFFICIAL_SCRIPT = """
import json, sys
from anthropic._models import construct_type
from anthropic.lib.sessions import accumulate_managed_agents_event
from anthropic.types.beta.sessions import BetaManagedAgentsStreamSessionEvents
snapshot, out = None, []
for data in json.load(sys.stdin):
    event = construct_type(type_=BetaManagedAgentsStreamSessionEvents, value=data)
    snapshot = accumulate_managed_agents_event(snapshot, event)
    out.append(None if snapshot is None else snapshot.model_dump(mode="json"))
print(json.dumps(out))
"""


def normalised(dump: Any) -> Any:
    if dump is None:
        return None
    stamp = dump["processed_at"].replace("Z", "+00:00")
    return {**dump, "processed_at": datetime.datetime.fromisoformat(stamp)}


@needs_official
def test_the_snapshots_are_the_official_ones() -> None:
    # The official fails on a delta kind it does not know: that step is ours only.
    sequence = [d for d in SEQUENCE if d.get("delta", {}).get("type") != "citations_delta"]
    assert len(sequence) == len(SEQUENCE) - 1
    result = run_official(
        "-c", OFFICIAL_SCRIPT, input=json.dumps(sequence), env=without_anthropic_variables()
    )
    official = [normalised(d) for d in json.loads(result.stdout)]
    ours: list[Any] = []
    snapshot: AccumulatedEvent | None = None
    for data in sequence:
        snapshot = accumulate_managed_agents_event(snapshot, parse(UNIONS["session"], data))
        ours.append(normalised(None if snapshot is None else snapshot.to_dict(mode="json")))
    assert ours == official
