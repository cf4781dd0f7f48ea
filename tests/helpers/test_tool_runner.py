"""client.beta.messages.tool_runner() against the simulator's echo model.

The echo model calls the offered tools a turn names (all of them at once), answers tool results
with their text, and calls again any tool that text names; so a tool's result steers the loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import BaseModel

from claude_api_client import Anthropic, beta_async_tool, beta_tool
from claude_api_client.lib._parse import ParsedMessage
from claude_api_client.lib.tools import BetaStreamingToolRunner, BetaToolRunner, ToolError
from claude_api_client.testing import LocalAPIServer

from .conftest import MODEL

calls: list[str] = []


@beta_tool
def get_weather(city: str) -> str:
    """Weather of a city.

    Args:
        city: The city.
    """
    calls.append("get_weather")
    return f"sunny in {city}; the time needs get_time"


@beta_tool
def get_time(timezone: str) -> str:
    """Time in a timezone."""
    calls.append("get_time")
    return "noon"


@beta_tool
def broken(x: int) -> str:
    """Always fails."""
    calls.append("broken")
    raise RuntimeError("sensor offline")


@beta_tool
def refuses(x: int) -> str:
    """Fails with content for the model."""
    raise ToolError([{"type": "text", "text": "not allowed"}])


@pytest.fixture(autouse=True)
def _reset() -> None:
    calls.clear()


def _runner(client: Any, ask: str, *tools: Any, **more: Any) -> Any:
    """`client.beta.messages.tool_runner(...)` on the echo model: the user asks `ask` (the names
    of the tools to call), `tools` are offered; `more` are the runner's other arguments."""
    messages = [{"role": "user", "content": ask}]
    return client.beta.messages.tool_runner(
        model=MODEL, max_tokens=256, tools=list(tools), messages=messages, **more
    )


def _messages(server: LocalAPIServer) -> list[list[dict[str, Any]]]:
    """The whole conversation each request stood for: the runner keeps it in a message thread,
    so a `continue` sends only the new messages and the server puts the held ones in front."""
    conversations = []
    for request in server.requests:
        if request.path != "/v1/messages":
            continue
        body = request.json()
        thread = body.get("thread") or {}
        held = (
            server.state.threads[thread["previous_message_id"]].messages
            if thread.get("type") == "continue"
            else []
        )
        conversations.append([*held, *body["messages"]])
    return conversations


def test_several_turns_with_parallel_calls_and_a_failing_tool(
    server: LocalAPIServer, client: Anthropic
) -> None:
    runner = _runner(client, "use get_weather and broken", get_weather, get_time, broken)
    assert isinstance(runner, BetaToolRunner)
    replies = list(runner)
    assert [m.stop_reason for m in replies] == ["tool_use", "tool_use", "end_turn"]
    assert all(isinstance(m, ParsedMessage) for m in replies)
    # Turn 1 called two tools at once; both ran (the failing one too), in order.
    first_calls = [b for b in replies[0].content if b.type == "tool_use"]
    assert [b.name for b in first_calls] == ["get_weather", "broken"]
    assert calls == ["get_weather", "broken", "get_time"]

    sent = _messages(server)
    assert len(sent) == 3
    # Request 2: the assistant turn as received, then one user turn with both results.
    assistant, results = sent[1][-2], sent[1][-1]
    assert assistant["role"] == "assistant"
    assert [b["type"] for b in assistant["content"]] == ["text", "tool_use", "tool_use"]
    assert results["role"] == "user"
    ok, failed = results["content"]
    assert ok == {
        "type": "tool_result",
        "tool_use_id": first_calls[0].id,
        "content": "sunny in echo; the time needs get_time",
    }
    assert failed["tool_use_id"] == first_calls[1].id and failed["is_error"] is True
    assert failed["content"] == "RuntimeError('sensor offline')"
    # Request 3 answers the chained get_time call; the model then ends the loop.
    assert sent[2][-1]["content"][0]["content"] == "noon"
    assert replies[-1].content[0].type == "text"
    assert replies[-1].content[0].text == "echo: noon"
    assert runner.until_done() is replies[-1]  # already done: no new request
    assert len(_messages(server)) == 3


def test_max_iterations_stops_the_loop(server: LocalAPIServer, client: Anthropic) -> None:
    runner = _runner(client, "get_weather", get_weather, get_time, max_iterations=1)
    last = runner.until_done()
    assert last.stop_reason == "tool_use"
    assert len(_messages(server)) == 1
    assert runner.iteration_count == 1


def test_tool_error_content_and_unknown_tools_become_error_results(
    server: LocalAPIServer, client: Anthropic
) -> None:
    external = {
        "name": "external",
        "description": "Run elsewhere.",
        "input_schema": {"type": "object", "properties": {}},
    }
    runner = _runner(client, "refuses external", refuses, external)
    with pytest.warns(UserWarning, match="'external'"):
        runner.until_done()
    refused, unknown = _messages(server)[1][-1]["content"]
    assert (
        refused["content"] == [{"type": "text", "text": "not allowed"}]
        and refused["is_error"] is True
    )
    assert unknown["content"] == "Error: Tool 'external' not found" and unknown["is_error"] is True
    # A plain definition is sent as given (by the turn that creates the thread).
    assert server.requests[0].json()["tools"][1] == external


def test_generate_tool_call_response_runs_each_tool_once(client: Anthropic) -> None:
    runner = _runner(client, "get_time", get_time)
    first = next(runner)
    assert first.stop_reason == "tool_use"
    response = runner.generate_tool_call_response()
    assert response is not None and response["content"][0]["content"] == "noon"
    assert runner.generate_tool_call_response() is response
    runner.until_done()
    assert calls == ["get_time"]


def test_append_messages_and_set_messages_params_steer_the_next_turn(
    server: LocalAPIServer, client: Anthropic
) -> None:
    runner = _runner(client, "get_time", get_time)
    first = next(runner)
    tool_use = next(b for b in first.content if b.type == "tool_use")
    runner.append_messages(
        first,
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": tool_use.id, "content": "midnight"}],
        },
    )
    runner.set_messages_params(lambda params: {**params, "max_tokens": 99})
    second = next(runner)
    body = server.requests[-1].json()
    assert body["max_tokens"] == 99
    assert body["messages"][-1]["content"][0]["content"] == "midnight"  # ours, not the tool's
    # As the official runner, the tool still ran; its result went nowhere.
    assert calls == ["get_time"]
    assert second.content[0].text == "echo: midnight"
    with pytest.raises(StopIteration):
        next(runner)


def test_set_messages_params_in_the_loop_body_keeps_the_reply_and_its_results(
    server: LocalAPIServer, client: Anthropic
) -> None:
    runner = _runner(client, "get_weather", get_weather, get_time)
    first = next(runner)
    response = runner.generate_tool_call_response()
    runner.set_messages_params(
        lambda params: {**params, "messages": [{"role": "user", "content": "get_time now"}]}
    )
    second = next(runner)
    # The new history, then the reply and the results already made (the tool ran once).
    sent = server.requests[-1].json()["messages"]
    assert sent[0] == {"role": "user", "content": "get_time now"}
    assert sent[1]["content"][-1]["id"] == first.content[-1].id  # type: ignore[union-attr]
    assert sent[2] == response
    assert calls == ["get_weather"]
    assert second.stop_reason == "tool_use"  # the result's text names get_time


def test_structured_output_in_the_runner(client: Anthropic) -> None:
    class Answer(BaseModel):
        summary: str

    last = _runner(client, "get_time", get_time, output_format=Answer).until_done()
    assert last.parsed_output == Answer(summary="echo")


def test_streaming_runner_yields_streams(server: LocalAPIServer, client: Anthropic) -> None:
    runner = _runner(client, "get_weather", get_weather, stream=True)
    assert isinstance(runner, BetaStreamingToolRunner)
    kinds = []
    for i, stream in enumerate(runner):
        if i == 0:
            kinds = [event.type for event in stream]  # read this one ourselves
        # the second is left unread: the runner reads it
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert all(r.json()["stream"] is True for r in server.requests)
    assert runner.until_done().stop_reason == "end_turn"
    assert calls == ["get_weather"]


def test_async_runner_runs_the_calls_of_one_reply_one_after_another(
    server: LocalAPIServer,
) -> None:
    # As the official runner: each call runs to its end before the next starts, in the order
    # of the calls (run concurrently, `right` would start while `left` sleeps).
    log: list[str] = []

    @beta_async_tool
    async def left(n: int) -> str:
        """Left."""
        log.append("left started")
        await asyncio.sleep(0.02)
        log.append("left finished")
        return "L finished"

    @beta_async_tool
    async def right(n: int) -> str:
        """Right."""
        log.append("right started")
        await asyncio.sleep(0)
        log.append("right finished")
        return "R finished"

    async def main() -> list[str | None]:
        async with server.async_client(max_retries=0) as client:
            runner = _runner(client, "left right broken", left, right, broken)
            reasons = [m.stop_reason async for m in runner]
            return [str(r) for r in reasons]

    reasons = asyncio.run(asyncio.wait_for(main(), timeout=30))
    assert reasons == ["tool_use", "end_turn"]
    assert log == ["left started", "left finished", "right started", "right finished"]
    results = _messages(server)[1][-1]["content"]
    assert [r.get("content") for r in results] == [
        "L finished",
        "R finished",
        "RuntimeError('sensor offline')",
    ]
    assert results[2]["is_error"] is True


def test_async_streaming_runner(server: LocalAPIServer) -> None:
    async def main() -> str:
        async with server.async_client(max_retries=0) as client:
            runner = _runner(client, "get_time", get_time, stream=True)
            async for stream in runner:
                async for _ in stream:
                    pass
            last = await runner.until_done()
            return str(last.content[0].text) if last.content[0].type == "text" else ""

    assert asyncio.run(main()) == "echo: noon"


def test_bad_arguments_fail_before_sending(server: LocalAPIServer, client: Anthropic) -> None:
    with pytest.raises(TypeError, match="tools: expected"):
        client.beta.messages.tool_runner(model=MODEL, max_tokens=10, tools=[object()], messages=[])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="max_iterations"):
        client.beta.messages.tool_runner(
            model=MODEL, max_tokens=10, tools=[], messages=[], max_iterations=0
        )
    assert server.requests == []


def test_run_tools_eagerly_starts_each_tool_before_the_reply_ends(client: Anthropic) -> None:
    runner = _runner(
        client, "get_weather get_time", get_weather, get_time, stream=True, run_tools_eagerly=True
    )
    first = next(runner)
    seen: list[tuple[str, list[str]]] = []
    for event in first:  # the tools ran while these events were still arriving
        seen.append((event.type, list(calls)))
    stops = [i for i, (kind, _) in enumerate(seen) if kind == "content_block_stop"]
    message_stop = next(i for i, (kind, _) in enumerate(seen) if kind == "message_stop")
    assert seen[message_stop][1] == ["get_weather", "get_time"]  # before the reply ended
    assert seen[stops[0]][1] == []  # the text block's stop starts nothing
    assert runner.until_done().stop_reason == "end_turn"
    # Each call of the first reply ran once, not again after it (the echo model then asks for
    # get_time once more, because get_weather's result names it).
    assert calls == ["get_weather", "get_time", "get_time"]


def test_run_tools_eagerly_needs_a_stream(client: Anthropic) -> None:
    with pytest.raises(ValueError, match="run_tools_eagerly"):
        client.beta.messages.tool_runner(
            model=MODEL, max_tokens=10, tools=[get_time], messages=[], run_tools_eagerly=True
        )


def test_async_run_tools_eagerly(server: LocalAPIServer) -> None:
    async def main() -> list[str]:
        async with server.async_client(max_retries=0) as client:
            runner = _runner(client, "get_time", get_time, stream=True, run_tools_eagerly=True)
            async for stream in runner:
                async for _ in stream:
                    pass
            await runner.until_done()
            return list(calls)

    assert asyncio.run(main()) == ["get_time"]


def test_a_reply_that_stops_otherwise_never_runs_its_tool_calls() -> None:
    # A reply cut short by max_tokens can end in a tool call: it is not run (nor answered).
    from claude_api_client.lib._parse._response import parse_message
    from claude_api_client.testing._echo import reply
    from claude_api_client.types.beta import BetaMessage

    ask = [{"role": "user", "content": "get_time"}]
    cut = reply(
        {"model": MODEL, "max_tokens": 8, "messages": ask, "tools": [get_time.to_dict()]}, "m"
    )
    cut.update(stop_reason="max_tokens", content=cut["content"][1:])  # the call alone, cut short
    sent: list[dict[str, Any]] = []

    def create(**params: Any) -> Any:
        sent.append(params)
        return parse_message(BetaMessage.model_validate(cut), None)

    runner = BetaToolRunner._make(
        create=create,
        params={"model": MODEL, "max_tokens": 8, "messages": ask},
        tools=[get_time],
        max_iterations=None,
        output_format=None,
    )
    assert runner.until_done().stop_reason == "max_tokens"
    assert calls == [] and len(sent) == 1


def test_the_runner_constructors_take_a_thread_or_params_tools_and_a_client(
    server: LocalAPIServer, client: Anthropic
) -> None:
    request: Any = {
        "model": MODEL,
        "max_tokens": 256,
        "messages": [{"role": "user", "content": "get_time"}],
    }
    # params (their `tools` are the definitions sent), the tools run, the client, the options
    runner = BetaToolRunner(
        params={**request, "tools": [get_time.to_dict()]},
        options={"extra_headers": {"x-mark": "1"}},
        tools=[get_time],
        client=client,
        max_iterations=5,
    )
    assert runner.until_done().stop_reason == "end_turn" and calls == ["get_time"]
    first = server.requests[0]
    assert first.json()["thread"] == {"type": "create"} and first.headers["x-mark"] == "1"
    assert first.json()["tools"] == [get_time.to_dict()]
    # a thread: the runner runs its tools, and the thread keeps the conversation
    thread = client.beta.messages.thread(**request, tools=[get_time])
    streaming = BetaStreamingToolRunner(thread=thread, options={}, run_tools_eagerly=True)
    assert [s.get_final_message().stop_reason for s in streaming] == ["tool_use", "end_turn"]
    assert [m["role"] for m in thread.messages] == ["user", "assistant", "user", "assistant"]
    with pytest.raises(TypeError, match=r"`thread`, `client`"):
        BetaToolRunner(thread=thread, options={}, client=client)
    with pytest.raises(TypeError, match="none of them"):
        BetaToolRunner(options={})


def test_the_async_runner_constructors(server: LocalAPIServer) -> None:
    from claude_api_client.lib.tools import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner

    async def main() -> list[str]:
        async with server.async_client(max_retries=0) as client:
            ask: Any = [{"role": "user", "content": "get_time"}]
            runner = BetaAsyncToolRunner(
                params={"model": MODEL, "max_tokens": 256, "messages": ask, "thread": False},
                options={},
                tools=[],
                client=client,
            )
            reasons = [str((await runner.until_done()).stop_reason)]
            thread = client.beta.messages.thread(
                model=MODEL, max_tokens=256, messages=ask, tools=[get_time]
            )
            streaming = BetaAsyncStreamingToolRunner(thread=thread, options={})
            reasons += [str((await s.get_final_message()).stop_reason) async for s in streaming]
            return reasons

    assert asyncio.run(main()) == ["end_turn", "tool_use", "end_turn"]
    assert "thread" not in server.requests[0].json()  # thread=False in the params


@pytest.mark.parametrize("thread", [None, False])
def test_set_messages_params_drops_what_it_leaves_out_but_betas_and_workspace(
    server: LocalAPIServer, client: Anthropic, thread: Any
) -> None:
    more: Any = {"betas": ["files-api-2025-04-14"], "workspace_id": "wrkspc_1"}
    if thread is False:
        more["thread"] = False
    runner = _runner(client, "get_time", get_time, stop_sequences=["###"], **more)
    next(runner)
    asked: Any = [{"role": "user", "content": "get_time again"}]
    # On a thread, `tools` can't change (nor be left out) once the server holds it.
    kept: Any = {"tools": runner.params["tools"]} if thread is None else {}
    runner.set_messages_params({"model": MODEL, "max_tokens": 100, "messages": asked, **kept})
    next(runner)
    before, after = server.requests[0], server.requests[1]
    assert before.json()["stop_sequences"] == ["###"]
    assert "stop_sequences" not in after.json() and after.json()["max_tokens"] == 100
    assert "files-api-2025-04-14" in after.headers["anthropic-beta"]
    assert after.headers["anthropic-workspace-id"] == "wrkspc_1"
    runner.close()
