"""The browser and computer toolsets run by `client.beta.messages.tool_runner(...)` against a
scripted Messages server on 127.0.0.1: the toolset entries in `tools`, the member calls routed by
`toolset_name` (never by name alone), the `tool_result` blocks sent back, the later members of a
failed toolset skipped, and the usage errors that stop the run."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from _support.clients import local_async_client, local_client
from _support.events import message_events, named
from _support.http_server import HTTPServing, QuietHandler
from _support.payloads import message_body
from _support.wire import sse_body
from claude_api_client import beta_tool
from claude_api_client.tools import ToolError, ToolsetContractError
from claude_api_client.tools.browser import (
    BetaAbstractBrowserToolset20260801,
    BetaAsyncAbstractBrowserToolset20260801,
    BetaBrowserNavigateResult,
    BetaBrowserState,
    BetaURLContext,
)
from claude_api_client.tools.computer import (
    BetaAbstractComputerToolset20260801,
    BetaAsyncAbstractComputerToolset20260801,
    BetaScreenshotResult,
)
from claude_api_client.types.beta import (
    BetaBrowserLeftClickInput,
    BetaBrowserNavigateInput,
    BetaComputerScreenshotInput,
)

MODEL = "claude-sonnet-4-5"
TAB = {"tab_id": "t1", "title": "Home", "url": "https://home.example/", "active": True}


class ScriptedServer(HTTPServing):
    """Answers each POST with the next scripted message and keeps every request body."""

    def __init__(self, replies: list[dict[str, Any]]) -> None:
        self.replies = list(replies)
        self.bodies: list[dict[str, Any]] = []
        lock = threading.Lock()
        outer = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                with lock:
                    outer.bodies.append(body)
                    reply = outer.replies.pop(0)
                if body.get("stream"):
                    data, kind = sse_body(named(*message_events(reply))), "text/event-stream"
                else:
                    data, kind = json.dumps(reply).encode(), "application/json"
                self.answer(200, kind, data)

        super().__init__(Handler)


def tool_use(id: str, name: str, input: dict[str, Any], toolset: str | None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "tool_use", "id": id, "name": name, "input": input}
    if toolset is not None:
        block["toolset_name"] = toolset
    return block


def reply(*blocks: dict[str, Any]) -> dict[str, Any]:
    body = message_body(None, stop_reason="tool_use")
    body["content"] = list(blocks)
    return body


FIRST_TURN = reply(
    tool_use("u1", "navigate", {"url": "https://ok.example/"}, "browser"),
    tool_use("u2", "navigate", {"url": "https://blocked.example/"}, "browser"),
    tool_use("u3", "left_click", {"target": {"type": "ref", "ref": "r1"}}, "browser"),
    tool_use("u4", "screenshot", {}, "computer"),
    tool_use("u5", "screenshot", {"note": "custom"}, None),
    tool_use("u6", "run", {}, "terminal"),
)

visited: list[str] = []


def policy(context: BetaURLContext, url: str) -> None:
    if "blocked" in url:
        raise ToolError("that site is not allowed")


class Browser(BetaAbstractBrowserToolset20260801):
    def _browser_state(self, context: Any) -> BetaBrowserState:
        return BetaBrowserState(tabs=[dict(TAB)])  # type: ignore[list-item]

    def navigate(self, context: Any, input: BetaBrowserNavigateInput) -> BetaBrowserNavigateResult:
        visited.append(input.url)
        return BetaBrowserNavigateResult(url=input.url, title="OK", status=200)

    def left_click(self, context: Any, input: BetaBrowserLeftClickInput) -> str | None:
        visited.append("click")
        return None


class Computer(BetaAbstractComputerToolset20260801):
    def screenshot(self, context: Any, input: BetaComputerScreenshotInput) -> BetaScreenshotResult:
        assert context.tool_use is not None and context.tool_use.toolset_name == "computer"
        return BetaScreenshotResult(data="aGk=")


class AsyncBrowser(BetaAsyncAbstractBrowserToolset20260801):
    async def _browser_state(self, context: Any) -> BetaBrowserState:
        return BetaBrowserState(tabs=[dict(TAB)])  # type: ignore[list-item]

    async def navigate(
        self, context: Any, input: BetaBrowserNavigateInput
    ) -> BetaBrowserNavigateResult:
        await asyncio.sleep(0)
        visited.append(input.url)
        return BetaBrowserNavigateResult(url=input.url, title="OK", status=200)

    async def left_click(self, context: Any, input: BetaBrowserLeftClickInput) -> str | None:
        visited.append("click")
        return None


class AsyncComputer(BetaAsyncAbstractComputerToolset20260801):
    async def screenshot(
        self, context: Any, input: BetaComputerScreenshotInput
    ) -> BetaScreenshotResult:
        return BetaScreenshotResult(data="aGk=")


custom_calls: list[object] = []


@beta_tool
def screenshot(note: str) -> str:
    """A custom tool that shares a member's name.

    Args:
        note: Anything.
    """
    custom_calls.append(note)
    return "custom tool ran"


@pytest.fixture(autouse=True)
def _reset() -> Iterator[None]:
    visited.clear()
    custom_calls.clear()
    yield


def members() -> list[Any]:
    """Both toolsets and the custom tool named like a member, as FIRST_TURN calls them."""
    return [Browser(url_policy=policy), Computer(), screenshot]


def run_go(client: Any, tools: list[Any], *, max_tokens: int = 64, **options: Any) -> Any:
    """The client's Messages tool runner with `tools`, told to "go"."""
    messages: Any = [{"role": "user", "content": "go"}]
    return client.beta.messages.tool_runner(
        model=MODEL, max_tokens=max_tokens, messages=messages, tools=tools, **options
    )


def check_exchange(server: ScriptedServer) -> None:
    first, second = server.bodies
    kinds = [t.get("type") for t in first["tools"]]
    assert kinds == ["browser_toolset_20260801", "computer_toolset_20260801", None]
    assert "name" not in first["tools"][0] and first["tools"][0]["configs"]["zoom"] == {
        "enabled": False
    }
    results = second["messages"][-1]["content"]
    by_id = {r["tool_use_id"]: r for r in results}
    assert [r["tool_use_id"] for r in results] == ["u1", "u2", "u3", "u4", "u5", "u6"]
    assert by_id["u1"]["toolset_name"] == "browser" and "is_error" not in by_id["u1"]
    assert by_id["u1"]["content"][0] == {
        "type": "text",
        "text": "Navigated to https://ok.example/ — OK (HTTP 200)",
    }
    assert by_id["u1"]["content"][-1]["type"] == "browser_state"
    assert by_id["u2"]["is_error"] is True
    assert by_id["u2"]["content"] == [{"type": "text", "text": "that site is not allowed"}]
    # the member after a failed member of the same toolset is not run
    assert by_id["u3"] == {
        "type": "tool_result",
        "tool_use_id": "u3",
        "toolset_name": "browser",
        "content": "Not executed: an earlier action in this turn failed.",
        "is_error": True,
    }
    assert (
        by_id["u4"]["toolset_name"] == "computer" and by_id["u4"]["content"][0]["type"] == "image"
    )
    # a custom tool named like a member is a tool, not a toolset member
    assert "toolset_name" not in by_id["u5"] and by_id["u5"]["content"] == "custom tool ran"
    assert by_id["u6"]["is_error"] is True and by_id["u6"]["toolset_name"] == "terminal"
    assert visited == ["https://ok.example/"]
    assert custom_calls == ["custom"]


def test_sync_runner_dispatches_members_by_toolset_name() -> None:
    with ScriptedServer([FIRST_TURN, message_body("done")]) as server:
        client = local_client(server.base_url, max_retries=0)
        runner = run_go(client, members(), thread=False)
        with pytest.warns(UserWarning, match="terminal"):
            final = runner.until_done()
        assert final.content[0].text == "done"  # type: ignore[union-attr]
        check_exchange(server)


def test_async_runner_dispatches_members_by_toolset_name() -> None:
    async def main(base_url: str) -> None:
        client = local_async_client(base_url, max_retries=0)
        runner = run_go(
            client, [AsyncBrowser(url_policy=policy), AsyncComputer(), screenshot], thread=False
        )
        with pytest.warns(UserWarning, match="terminal"):
            await runner.until_done()

    with ScriptedServer([FIRST_TURN, message_body("done")]) as server:
        asyncio.run(main(server.base_url))
        check_exchange(server)


def test_a_call_named_after_a_toolset_without_toolset_name_is_refused() -> None:
    turn = reply(
        tool_use("m1", "browser", {"action": "navigate"}, None),
        tool_use("m2", "navigate", {"url": "https://ok.example/"}, "browser"),
    )
    with ScriptedServer([turn, message_body("done")]) as server:
        client = local_client(server.base_url, max_retries=0)
        run_go(client, [Browser()], thread=False).until_done()
        m1, m2 = server.bodies[1]["messages"][-1]["content"]
        assert (
            m1["is_error"] is True and "'browser' toolset could not run this call" in m1["content"]
        )
        assert m2["is_error"] is True and m2["content"].startswith("Not executed")
        assert visited == []


def test_a_usage_error_stops_the_run() -> None:
    turn = reply(tool_use("u1", "navigate", {"url": "https://ok.example/"}, "browser"))
    with ScriptedServer([turn, message_body("done")]) as server:
        client = local_client(server.base_url, max_retries=0)
        # a predicate where a policy (None or raise) belongs: failing open would be silent
        never = Browser(url_policy=lambda context, url: False)  # type: ignore[arg-type, return-value]
        runner = run_go(client, [never], thread=False)
        with pytest.raises(ToolsetContractError, match="url_policy must return None"):
            runner.until_done()
        assert visited == [] and len(server.bodies) == 1


def test_the_runner_refuses_a_toolset_of_the_other_flavour() -> None:
    client = local_client("http://127.0.0.1:9", max_retries=0)
    with pytest.raises(ToolsetContractError, match="synchronous"):
        run_go(client, [AsyncComputer()], max_tokens=8, thread=False)
    with pytest.raises(ToolsetContractError, match="two toolsets"):
        run_go(client, [Computer(), Computer()], max_tokens=8, thread=False)


def test_the_threaded_runner_sends_the_toolset_entries_too() -> None:
    # Without thread=False the runner holds the conversation in a message thread: the toolset's
    # entry goes in the thread's `tools`, and its results in the next turn.
    with ScriptedServer([FIRST_TURN, message_body("done")]) as server:
        client = local_client(server.base_url, max_retries=0)
        runner = run_go(client, members())
        with pytest.warns(UserWarning, match="terminal"):
            runner.until_done()
        assert server.bodies[0]["thread"] == {"type": "create"}
        check_exchange(server)


def test_the_streaming_runner_runs_members_early_in_order() -> None:
    # With run_tools_eagerly, plain tools and members start while the reply streams (members
    # in order); once a member fails, its toolset's later members wait for the whole reply,
    # where they are skipped.
    with ScriptedServer([FIRST_TURN, message_body("done")]) as server:
        client = local_client(server.base_url, max_retries=0)
        runner = run_go(client, members(), thread=False, stream=True, run_tools_eagerly=True)
        at_stop: list[list[str]] = []
        with pytest.warns(UserWarning, match="terminal"):
            for stream in runner:
                for event in stream:
                    if event.type == "message_stop":
                        at_stop.append(list(visited))
        # Before the reply ended: u1 ran, u2 failed (the policy), so u3 waited for the end.
        assert at_stop[0] == ["https://ok.example/"]
        check_exchange(server)


def test_each_member_run_has_its_tool_span(exporter: Any) -> None:
    from opentelemetry.trace import StatusCode

    from _support.spans import recording_provider

    provider = recording_provider(exporter)
    with ScriptedServer([FIRST_TURN, message_body("done")]) as server:
        client = local_client(
            server.base_url, max_retries=0, open_telemetry={"tracer_provider": provider}
        )
        runner = run_go(client, members(), thread=False)
        with pytest.warns(UserWarning, match="terminal"):
            runner.until_done()
    runs = [
        (s.name, (s.attributes or {}).get("anthropic.toolset.name"), s.status.status_code)
        for s in exporter.get_finished_spans()
        if s.name.startswith("anthropic.custom_tool_use")
    ]
    # the members of both toolsets and the custom tool; u3 is never run and u6 has no toolset
    assert sorted(runs, key=str) == sorted(
        [
            ("anthropic.custom_tool_use navigate", "browser", StatusCode.OK),
            ("anthropic.custom_tool_use navigate", "browser", StatusCode.ERROR),
            ("anthropic.custom_tool_use screenshot", "computer", StatusCode.OK),
            ("anthropic.custom_tool_use screenshot", None, StatusCode.OK),
        ],
        key=str,
    )
