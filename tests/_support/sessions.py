"""Managed-agents sessions the way the tests use them: an event stream read up to the turn's end,
and simulator sessions that name their threads as the API's do."""

from __future__ import annotations

from typing import Any

from .span_calls import SUB_THREAD_CALL

__all__ = ["PRIMARY_THREAD", "SUB_THREAD", "name_threads", "until_idle"]

PRIMARY_THREAD = "sthr_primary"
SUB_THREAD: str = SUB_THREAD_CALL["session_thread_id"]


def until_idle(stream: Any) -> list[Any]:
    """The events of `stream` (opened and closed here) up to and including the first
    `session.status_idle`: a turn has ended, and the stream would otherwise wait for more."""
    seen: list[Any] = []
    with stream:
        for event in stream:
            seen.append(event)
            if event.type == "session.status_idle":
                break
    return seen


def name_threads(server: Any) -> None:
    """Make the simulator's (`LocalAPIServer`) sessions name their primary thread, as the API's
    do: a `session.thread_status_running` of `PRIMARY_THREAD` logged before each user message,
    so that the calls' conversation is that thread. A user message `subthread` is answered, once
    the turn ended, by a sub-agent thread's call (`span_calls.SUB_THREAD_CALL`)."""
    from claude_api_client.testing._protocol import Call, Reply
    from claude_api_client.testing._routes_sessions import log_events, sessions_events_send

    def send(call: Call) -> Reply:
        events = (call.body or {}).get("events", [])
        if not any(e.get("type") == "user.message" for e in events):
            return sessions_events_send(call)
        session_id = call.params["session_id"]
        running = {"type": "session.thread_status_running", "session_thread_id": PRIMARY_THREAD}
        log_events(call, session_id, [running])
        if events[0]["content"][0]["text"] != "subthread":
            return sessions_events_send(call)
        logged = log_events(call, session_id, events)
        ended = {"type": "session.status_idle", "stop_reason": {"type": "end_turn"}}
        log_events(call, session_id, [ended, SUB_THREAD_CALL])
        return Reply(body={"data": logged})

    server.route("*", "sessions_events_send", send)
