"""Sessions of managed agents: what is more than CRUD (that part is `_crud`'s).

- Creating a session resolves its `agent` (an ID, or `{type: agent, id, version}`) to the stored
  agent, and queues a work item when its environment is self-hosted (see `_routes_work`).
- Sending events stores them in the session's event log (ids, `processed_at`), and a scripted
  agent answers each `user.message`: `session.status_running`, an `agent.message` that repeats
  the user's text, `session.status_idle` with `stop_reason: end_turn`.
- The event streams (`/events/stream`, `/threads/{thread_id}/stream`) stay open and emit each
  event logged after the connection, as it is logged, until the client or the server leaves;
  with `event_deltas[]=agent.message` an `event_start` and `event_delta`s precede each agent
  message (`agent.thinking`: the start only).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import _crud, _tool_agent
from ._protocol import APIFailure, Call, Handler, Reply

if TYPE_CHECKING:
    from ._document import Document

__all__ = ["ROUTES", "log_events"]

EVENTS = "/v1/sessions/{session_id}/events"
SESSIONS = "/v1/sessions"
AGENTS = "/v1/agents"
THREADS = "/v1/sessions/{session_id}/threads"
EVENT_UNION = "#/components/schemas/ManagedAgentsSessionEvent"


def _session(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, SESSIONS, call.params["session_id"], "session")


def _agent_snapshot(call: Call, given: Any) -> Any:
    """The stored agent a session names, as the session reports it (or `given` unchanged)."""
    agent_id = given if isinstance(given, str) else None
    if isinstance(given, dict) and given.get("type") == "agent":
        agent_id = given.get("id")
    if not isinstance(agent_id, str):
        return given
    found = call.state.records.get(AGENTS, {}).get(agent_id)
    return dict(found["object"]) if found else given


def log_events(call: Call, session_id: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Complete events (id, processed_at, the fields their type requires) and append them to
    the session's log, waking its streams."""
    document: Document = call.document
    logged = []
    for given in events:
        event = _crud.build(document, call.state, {"$ref": EVENT_UNION}, dict(given))
        event["id"] = call.state.next_id("sevt")
        event["processed_at"] = call.state.timestamp()
        _crud.store(call.state, EVENTS, {"session_id": session_id}, event)
        logged.append(event)
    return logged


def _set_status(call: Call, session: dict[str, Any], status: str) -> None:
    with call.state.changed:
        session["status"] = status
        session["updated_at"] = call.state.timestamp()


def _answer_user(call: Call, session: dict[str, Any], event: dict[str, Any]) -> None:
    """The scripted agent: echo the user's text back, then go idle."""
    text = " ".join(
        block.get("text", "") for block in event.get("content", []) if isinstance(block, dict)
    )
    if _tool_agent.ask_for_tools(call, session, text):
        return
    _set_status(call, session, "running")
    log_events(
        call,
        session["id"],
        [
            {"type": "session.status_running"},
            {"type": "agent.message", "content": [{"type": "text", "text": text}]},
        ],
    )
    _set_status(call, session, "idle")
    log_events(
        call, session["id"], [{"type": "session.status_idle", "stop_reason": {"type": "end_turn"}}]
    )


def _send(call: Call, session: dict[str, Any], events: list[dict[str, Any]]) -> list[Any]:
    if session.get("archived_at"):
        raise APIFailure(400, "invalid_request_error", "session is archived")
    logged = log_events(call, session["id"], events)
    for event in logged:
        if event.get("type") == "user.message":
            _answer_user(call, session, event)
        else:
            _tool_agent.answer(call, session, event)
    return logged


def sessions_create(call: Call) -> Reply:
    body = dict(call.body or {})
    operation = call.document.by_id["sessions_create"]
    given = {**body, "agent": _agent_snapshot(call, body.get("agent"))}
    given.setdefault("status", "idle")
    session = _crud.create(call, operation, given)
    # The primary thread: the agent the session runs (multi-agent sessions add more).
    _crud.create(
        call,
        call.document.by_id["sessions_threads_retrieve"],
        {"session_id": session["id"], "agent": session.get("agent"), "status": "idle"},
        collection=THREADS,
    )
    from ._routes_work import queue_work

    queue_work(call, session)
    if body.get("initial_events"):
        _send(call, session, list(body["initial_events"]))
    return Reply(body=session)


def sessions_update(call: Call) -> Reply:
    session = _session(call)
    body = dict(call.body or {})
    if "agent" in body:
        body["agent"] = _agent_snapshot(call, body["agent"])
    _crud.update(call, session, body, call.document.by_id["sessions_update"])
    return Reply(body=session)


def sessions_events_send(call: Call) -> Reply:
    session = _session(call)
    return Reply(body={"data": _send(call, session, list((call.body or {}).get("events", [])))})


def _follow(call: Call, thread_id: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Events logged from now on, as they are logged (the stream ends when the server stops)."""
    state = call.state
    session_id = call.params["session_id"]
    previews = set(call.query.get("event_deltas[]") or ())
    with state.lock:
        seen = len(state.records.get(EVENTS, {}))
    while True:
        with state.lock:
            records = list(state.records.get(EVENTS, {}).values())
            fresh = records[seen:]
            seen = len(records)
            if not fresh and not state.wait_for_change(0.1):
                return
        for record in fresh:
            event = record["object"]
            if record["parents"].get("session_id") != session_id:
                continue
            if thread_id is not None and event.get("session_thread_id") not in (None, thread_id):
                continue
            if event["type"] in previews:
                yield from _preview(event)
            yield event["type"], event


def _preview(event: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """What a stream that asked for `event_deltas` sees before an event: its start, then its
    text blocks as deltas."""
    yield (
        "event_start",
        {"type": "event_start", "event": {"type": event["type"], "id": event["id"]}},
    )
    if event["type"] != "agent.message":
        return  # thinking previews are start-only
    for index, block in enumerate(event.get("content", [])):
        if isinstance(block, dict) and block.get("type") == "text":
            delta = {"type": "content_delta", "index": index, "content": dict(block)}
            yield "event_delta", {"type": "event_delta", "event_id": event["id"], "delta": delta}


def sessions_events_stream(call: Call) -> Reply:
    _session(call)
    return Reply(events=_follow(call, None))


def sessions_threads_events_stream(call: Call) -> Reply:
    _session(call)
    return Reply(events=_follow(call, call.params["thread_id"]))


def sessions_threads_events_list(call: Call) -> Reply:
    """A thread's events: the session's events that belong to it (or to no thread)."""
    _session(call)
    thread_id = call.params["thread_id"]
    events = [
        e
        for e in _crud.items(call.state, EVENTS, {"session_id": call.params["session_id"]})
        if e.get("session_thread_id") in (None, thread_id)
    ]
    operation = call.document.by_id["sessions_threads_events_list"]
    return Reply(body=_crud.list_page(call, operation, events))


ROUTES: dict[str, Handler] = {
    "sessions_create": sessions_create,
    "sessions_update": sessions_update,
    "sessions_events_send": sessions_events_send,
    "sessions_events_stream": sessions_events_stream,
    "sessions_threads_events_stream": sessions_threads_events_stream,
    "sessions_threads_events_list": sessions_threads_events_list,
}
