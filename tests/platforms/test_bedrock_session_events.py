"""Bedrock's own session event shapes (`components/schemas/bedrock/`): the control plane may
leave `processed_at` out of `agent.tool_result` / `agent.mcp_tool_result` (required on the
first-party API) and adds `sent_by`; its streams, lists and `send` answers parse into the Bedrock
models at the official paths, every field kept. Served from a server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from _support.http_server import QuietHandler, serving
from _support.wire import sse_body
from claude_api_client import AnthropicBedrock, AsyncAnthropicBedrock

AT = "2026-05-01T12:00:00Z"
ROLE_ACTOR = {"type": "role_actor", "arn": "arn:aws:iam::1:role/r", "role_id": "AROA1"}
# No `processed_at` on the two results: Bedrock sends them before the event is processed.
TOOL_RESULT = {
    "type": "agent.tool_result", "id": "sevt_1", "tool_use_id": "toolu_1", "is_error": False,
    "content": [{"type": "text", "text": "done"}],
}  # fmt: skip
MCP_RESULT = {
    "type": "agent.mcp_tool_result", "id": "sevt_2", "mcp_tool_use_id": "mcptoolu_1",
    "is_error": True, "content": [{"type": "text", "text": "refused"}],
}  # fmt: skip
INTERRUPT = {"type": "user.interrupt", "id": "sevt_3", "sent_by": ROLE_ACTOR}
IDLE = {
    "type": "session.status_idle", "id": "sevt_4", "processed_at": AT,
    "stop_reason": {"type": "end_turn"},
}  # fmt: skip
EVENTS: list[dict[str, Any]] = [TOOL_RESULT, MCP_RESULT, INTERRUPT, IDLE]


class _ControlPlane(QuietHandler):
    """Answers a session's event stream, event list and `send` with Bedrock-shaped events."""

    def do_GET(self) -> None:
        path = self.path.partition("?")[0]
        if path.endswith("/stream"):
            self.answer(200, "text/event-stream", sse_body((e["type"], e) for e in EVENTS))
        else:
            page = {"data": EVENTS, "next_page": None}
            self.answer(200, "application/json", json.dumps(page).encode())

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        self.answer(200, "application/json", json.dumps({"data": [INTERRUPT]}).encode())


def _client(base_url: str) -> AnthropicBedrock:
    return AnthropicBedrock(aws_region="us-east-1", base_url=base_url, api_key="bedrock-key")


def _check(events: list[Any]) -> None:
    from claude_api_client.types.beta.bedrock.beta_managed_agents_role_actor import (
        BetaManagedAgentsRoleActor,
    )
    from claude_api_client.types.beta.bedrock.sessions import (
        BetaManagedAgentsBedrockAgentMCPToolResultEvent,
        BetaManagedAgentsBedrockAgentToolResultEvent,
        BetaManagedAgentsBedrockUserInterruptEvent,
    )

    tool, mcp, interrupt, idle = events
    assert isinstance(tool, BetaManagedAgentsBedrockAgentToolResultEvent)
    assert tool.processed_at is None and tool.content[0].to_dict(mode="json") == {
        "type": "text",
        "text": "done",
    }
    assert isinstance(mcp, BetaManagedAgentsBedrockAgentMCPToolResultEvent)
    assert mcp.processed_at is None and mcp.is_error is True
    assert isinstance(interrupt, BetaManagedAgentsBedrockUserInterruptEvent)
    assert isinstance(interrupt.sent_by, BetaManagedAgentsRoleActor)
    assert interrupt.sent_by.role_id == "AROA1"
    assert idle.type == "session.status_idle"
    assert [e.to_dict(mode="json") for e in events] == EVENTS  # nothing added, nothing lost


def test_a_bedrock_stream_without_processed_at_parses() -> None:
    with serving(_ControlPlane) as base_url, _client(base_url) as client:
        with client.beta.sessions.events.stream("sesn_1") as stream:
            streamed = list(stream)
        with client.beta.sessions.threads.events.stream("th_1", session_id="sesn_1") as stream:
            threaded = list(stream)
        listed = client.beta.sessions.events.list("sesn_1").data
        thread_listed = client.beta.sessions.threads.events.list("th_1", session_id="sesn_1").data
        sent = client.beta.sessions.events.send("sesn_1", events=[{"type": "user.interrupt"}])
    for events in (streamed, threaded, listed, thread_listed):
        _check(events)
    assert sent.to_dict(mode="json") == {"data": [INTERRUPT]}
    assert type(sent.data[0]).__name__ == "ManagedAgentsBedrockUserInterruptEvent"


def test_the_first_party_shape_still_requires_it() -> None:
    """The first-party model keeps its own rule (the API always sends `processed_at` there)."""
    import pydantic

    from claude_api_client.types.beta.sessions import BetaManagedAgentsAgentToolResultEvent

    try:
        BetaManagedAgentsAgentToolResultEvent.model_validate(TOOL_RESULT)
    except pydantic.ValidationError as error:
        assert "processed_at" in str(error)
    else:
        raise AssertionError("the first-party event parsed without processed_at")


def test_the_async_client_parses_them_too() -> None:
    async def main(base_url: str) -> list[Any]:
        async with AsyncAnthropicBedrock(
            aws_region="us-east-1", base_url=base_url, api_key="bedrock-key"
        ) as client:
            stream = await client.beta.sessions.events.stream("sesn_1")
            async with stream:
                return [event async for event in stream]

    with serving(_ControlPlane) as base_url:
        _check(asyncio.run(main(base_url)))


def test_the_official_bedrock_type_tree_imports() -> None:
    """Every `types.beta.bedrock` name of the official package imports from the same path, but
    the request-side `…Param(s)` TypedDicts of Bedrock's own bodies (and their inner names) and
    the two filter enums of query parameters (the calls send the first-party bodies and enums)."""
    import importlib
    import re
    from pathlib import Path

    listed = Path(__file__).resolve().parents[1] / "official_names.txt"
    rows = [line.split("\t")[:2] for line in listed.read_text(encoding="utf-8").splitlines()]
    bedrock = [(m, n) for m, n in rows if m.startswith("types.beta.bedrock")]
    gaps = {"BetaManagedAgentsBedrockDeltaType", "BetaManagedAgentsBedrockSessionEventType"}
    missing = []
    for module, name in bedrock:
        try:
            getattr(importlib.import_module(f"claude_api_client.{module}"), name)
        except (ImportError, AttributeError):
            missing.append((module, name))
    unexplained = [
        (m, n)
        for m, n in missing
        if not (re.search(r"Params?$", n) or re.search(r"_params?$", m) or n in gaps)
    ]
    assert not unexplained
    assert len(bedrock) == 253 and len(bedrock) - len(missing) >= 181
