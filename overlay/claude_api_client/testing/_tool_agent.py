"""The scripted agent's tool calls: a session that asks for tools and waits for their results.

A `user.message` whose text is made only of lines `tool[:<permission>] <name> [<json input>]`
makes the agent call those tools instead of echoing: `session.status_running`, one event per
line (`agent.tool_use` for a tool of the agent toolset, with `evaluated_permission` (default
`allow`; `ask` waits for a `user.tool_confirmation`, `deny` is refused at once) and the
`evaluation` that decided it (`always_allow`, `always_ask`, or `auto` judging `deny`), else
`agent.custom_tool_use`), then `session.status_idle` with `stop_reason: requires_action` listing
the calls it waits on. Each `user.tool_result` / `user.custom_tool_result` (or a denying
confirmation) answers one; once all are answered the agent says what came back in an
`agent.message` (`<name>: <text>`, `<name> failed: <text>` for an error, joined by `; `) and goes
idle with `end_turn`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ._protocol import Call

__all__ = ["answer", "ask_for_tools"]

LINE = re.compile(r"tool(?::(allow|ask|deny))? (\S+)(?: (.*))?")
TOOLSET = frozenset({"bash", "read", "write", "edit", "glob", "grep", "web_fetch", "web_search"})
# The `evaluation` of each decision: `allow` / `ask` by an `always_…` policy, `deny` by the server's
# own judgement under `auto` (an `always_…` policy never denies).
EVALUATION: dict[str, dict[str, Any]] = {
    "allow": {"type": "always_allow"},
    "ask": {"type": "always_ask"},
    "deny": {"type": "auto", "evaluated_permission": {"type": "deny", "reason_code": "high_risk"}},
}
TURNS = "_simulator/tool_turns"
"""state.records key: session id -> {"waiting": {call id: name}, "said": [text]}."""


def ask_for_tools(call: Call, session: dict[str, Any], text: str) -> bool:
    """Start a turn of tool calls when `text` asks for one; False when it does not."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    matches = [LINE.fullmatch(line) for line in lines]
    if not matches or not all(matches):
        return False
    from ._routes_sessions import _set_status, log_events

    events = []
    for match in matches:
        assert match is not None
        permission, name, raw = match.groups()
        tool_input = json.loads(raw) if raw else {}
        if name in TOOLSET:
            event = {"type": "agent.tool_use", "name": name, "input": tool_input}
            decided = permission or "allow"
            events.append(
                {**event, "evaluated_permission": decided, "evaluation": EVALUATION[decided]}
            )
        else:
            events.append({"type": "agent.custom_tool_use", "name": name, "input": tool_input})
    _set_status(call, session, "running")
    logged = log_events(call, session["id"], [{"type": "session.status_running"}, *events])[1:]
    waiting = {e["id"]: e["name"] for e in logged if e.get("evaluated_permission") != "deny"}
    with call.state.lock:
        turns = call.state.records.setdefault(TURNS, {})
        turns[session["id"]] = {"waiting": waiting, "said": []}
    if not waiting:
        _finish(call, session)
        return True
    _set_status(call, session, "idle")
    stop_reason = {"type": "requires_action", "event_ids": list(waiting)}
    log_events(call, session["id"], [{"type": "session.status_idle", "stop_reason": stop_reason}])
    return True


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    return " ".join(
        str(block.get("text", "")) for block in content or [] if isinstance(block, dict)
    )


def answer(call: Call, session: dict[str, Any], event: dict[str, Any]) -> None:
    """Take a result (or a denial) for a call the agent waits on; the last one ends the turn."""
    kind = event.get("type")
    with call.state.lock:
        turn = call.state.records.get(TURNS, {}).get(session["id"])
        if turn is None:
            return
        if kind == "user.tool_confirmation":
            if event.get("result") == "allow":
                return
            call_id = event.get("tool_use_id")
            said = "denied"
        elif kind in ("user.tool_result", "user.custom_tool_result"):
            call_id = event.get("tool_use_id") or event.get("custom_tool_use_id")
            failed = " failed" if event.get("is_error") else ""
            said = f"{failed}: {_text_of(event.get('content'))}"
        else:
            return
        name = turn["waiting"].pop(call_id, None)
        if name is None:
            return
        turn["said"].append(f"{name}{said}" if said != "denied" else f"{name} denied")
        done = not turn["waiting"]
    if done:
        _finish(call, session)


def _finish(call: Call, session: dict[str, Any]) -> None:
    from ._routes_sessions import _set_status, log_events

    with call.state.lock:
        turn = call.state.records.get(TURNS, {}).pop(session["id"], {"said": []})
    _set_status(call, session, "running")
    text = "; ".join(turn["said"]) or "no tool ran"
    log_events(
        call,
        session["id"],
        [{"type": "agent.message", "content": [{"type": "text", "text": text}]}],
    )
    _set_status(call, session, "idle")
    idle = {"type": "session.status_idle", "stop_reason": {"type": "end_turn"}}
    log_events(call, session["id"], [idle])
