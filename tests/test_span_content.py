"""Span content (`traces={"content_mode": "content"}`), stream endings and retried calls, without
the official package: the shapes and truncation rules of `lib/_tracing/_content.py`, and spans
recorded against the simulator. (Side by side with the official: tests/test_span_attributes.py.)"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from _support.interpreters import span_code_loaded
from _support.spans import recording_provider
from claude_api_client import APIConnectionError, OverloadedError
from claude_api_client.lib._tracing._content import content_parts, fit, message_content
from claude_api_client.testing import Fault, LocalAPIServer

MODEL = "claude-sonnet-4-5"
MESSAGES: Any = [{"role": "user", "content": "secret prompt"}]


def _option(exporter: InMemorySpanExporter, **traces: Any) -> dict[str, Any]:
    provider = recording_provider(exporter)
    return {"tracer_provider": provider, "traces": {"content_mode": "content", **traces}}


def _only(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1, [s.name for s in spans]
    return spans[0]


def _size(values: dict[str, Any]) -> int:
    total = 0
    for value in values.values():
        items = value if isinstance(value, list) else [value]
        total += sum(len(str(item).encode()) for item in items if not isinstance(item, bool))
    return total


# --- shapes -----------------------------------------------------------------------------------


def test_every_block_kind_becomes_its_part() -> None:
    blocks = [
        {"type": "text", "text": "hello", "citations": None},
        {"type": "thinking", "thinking": "hmm", "signature": "s"},
        {"type": "redacted_thinking", "data": "opaque"},
        {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": 1}, "toolset_name": "ts"},
        {"type": "server_tool_use", "id": "s1", "name": "web_search", "input": {"q": "x"}},
        {"type": "mcp_tool_use", "id": "m1", "name": "g", "input": {}, "server_name": "srv"},
        {
            "type": "tool_result",
            "tool_use_id": "t1",
            "content": [
                {"type": "text", "text": "ok"},
                {"type": "image", "source": {"type": "base64", "data": "AAAA"}},
                {"type": "search_result", "source": "s", "title": "t", "content": []},
            ],
        },
        {"type": "tool_result", "tool_use_id": "t2", "content": "plain"},
        {
            "type": "web_search_tool_result",
            "tool_use_id": "s1",
            "content": [
                {"type": "web_search_result", "url": "u", "encrypted_content": "E", "title": "t"}
            ],
        },
        {"type": "image", "source": {"type": "base64", "data": "AAAA"}},
    ]
    assert content_parts(blocks) == [
        {"type": "text", "content": "hello"},
        {"type": "reasoning", "content": "hmm"},
        {"type": "anthropic_redacted_thinking"},
        {
            "type": "tool_call",
            "id": "t1",
            "name": "f",
            "arguments": {"a": 1},
            "anthropic_toolset_name": "ts",
        },
        {"type": "tool_call", "id": "s1", "name": "web_search", "arguments": {"q": "x"}},
        {
            "type": "tool_call",
            "id": "m1",
            "name": "g",
            "arguments": {},
            "anthropic_mcp_server_name": "srv",
        },
        {
            "type": "tool_call_response",
            "id": "t1",
            "response": [
                {"type": "text", "text": "ok"},
                {"type": "image"},
                {"type": "search_result", "source": "s", "title": "t", "content": []},
            ],
        },
        {"type": "tool_call_response", "id": "t2", "response": [{"type": "text", "text": "plain"}]},
        {
            "type": "tool_call_response",
            "id": "s1",
            "response": [{"type": "web_search_result", "url": "u", "title": "t"}],
        },
        {"type": "anthropic_image"},
    ]
    assert content_parts("just text") == [{"type": "text", "content": "just text"}]
    assert content_parts(None) == []


def test_message_content_is_compact_json_in_the_conventions_shape() -> None:
    body = {
        "system": "sys",
        "messages": [{"role": "user", "content": "é"}],
        "stop_sequences": ["END"],
    }
    values = message_content(body, [{"type": "text", "text": "out"}], 10_000)
    assert values == {
        "gen_ai.request.stop_sequences": ["END"],
        "gen_ai.system_instructions": '[{"type":"text","content":"sys"}]',
        "gen_ai.input.messages": '[{"role":"user","parts":[{"type":"text","content":"é"}]}]',
        "gen_ai.output.messages": '[{"role":"assistant","parts":[{"type":"text","content":"out"}]}]',
    }
    # No reply known (an error, a raw stream): no output attribute; no system: none either.
    assert set(message_content({"messages": []}, None, 100)) == {"gen_ai.input.messages"}


# --- the cap ----------------------------------------------------------------------------------


def test_oldest_parts_go_first_and_the_last_text_is_cut_at_a_character() -> None:
    body = {
        "system": "s" * 50,
        "messages": [{"role": "user", "content": "u" * 50}, {"role": "user", "content": "é" * 50}],
    }
    cuts: set[int] = set()
    for limit in range(90, 260, 7):  # above what the emptied attributes take
        values = message_content(body, None, limit)
        inputs = json.loads(values["gen_ai.input.messages"])
        assert values["anthropic.content.truncated"] is True
        assert json.loads(values["gen_ai.system_instructions"]) == []  # the oldest part
        assert inputs[0]["parts"] == []
        newest = inputs[1]["parts"][0]["content"]
        assert set(newest) <= {"é"}
        cuts.add(len(newest))
        assert _size(values) <= limit
    assert {50} < cuts and len(cuts) > 5  # whole, and cut at many places
    whole = message_content(body, None, 10_000)
    assert "anthropic.content.truncated" not in whole


def test_escaped_characters_count_as_their_json() -> None:
    body = {"messages": [{"role": "user", "content": 'a"\n' * 30}]}
    for limit in range(60, 150):
        values = message_content(body, None, limit)
        text = json.loads(values["gen_ai.input.messages"])[0]["parts"][0]["content"]
        assert ('a"\n' * 30).startswith(text)
        assert _size(values) <= limit


def test_stop_sequences_over_the_cap_are_dropped_and_tool_arguments_too() -> None:
    values = message_content({"messages": [], "stop_sequences": ["x" * 30]}, None, 20)
    assert "gen_ai.request.stop_sequences" not in values
    assert values["anthropic.content.truncated"] is True
    kept, lost = fit({"gen_ai.tool.call.arguments": {"a": "b" * 50}}, 20)
    assert kept == {} and lost
    kept, lost = fit({"gen_ai.tool.call.arguments": {"a": 1}}, 20)
    assert kept == {"gen_ai.tool.call.arguments": '{"a":1}'} and not lost


def test_a_tool_result_loses_its_last_blocks_first() -> None:
    blocks = [{"type": "text", "text": str(i) * 10} for i in range(5)]
    kept, lost = fit({"anthropic.tool_result.content": blocks}, 80)
    assert lost and json.loads(kept["anthropic.tool_result.content"]) == blocks[:2]


# --- spans ------------------------------------------------------------------------------------


def test_content_is_off_by_default_and_never_has_credentials(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    option = _option(exporter)
    del option["traces"]
    api.client(open_telemetry=option).messages.create(
        model=MODEL, max_tokens=10, messages=MESSAGES, system="sys", stop_sequences=["END"]
    )
    attrs: dict[str, Any] = dict(_only(exporter).attributes or {})
    assert not [k for k in attrs if "messages" in k or "system" in k or "stop_seq" in k]
    assert "secret" not in json.dumps(attrs)
    exporter.clear()
    client = api.client(open_telemetry=_option(exporter))
    client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    attrs = dict(_only(exporter).attributes or {})
    assert "secret prompt" in attrs["gen_ai.input.messages"]
    assert api.api_key not in json.dumps(attrs, default=str)


def test_count_tokens_and_other_calls_record_no_content(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter))
    client.messages.count_tokens(model=MODEL, messages=MESSAGES, system="sys")
    attrs: dict[str, Any] = dict(_only(exporter).attributes or {})
    assert not [k for k in attrs if k.startswith(("gen_ai.input", "gen_ai.system"))]


def test_a_raw_stream_has_no_output_content_and_the_helper_has_it(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter))
    for _ in client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True):
        pass
    raw: dict[str, Any] = dict(_only(exporter).attributes or {})
    assert "gen_ai.output.messages" not in raw and "gen_ai.input.messages" in raw
    exporter.clear()
    with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as stream:
        text = stream.get_final_text()
    span = _only(exporter)
    output = json.loads(str((span.attributes or {})["gen_ai.output.messages"]))
    assert output == [{"role": "assistant", "parts": [{"type": "text", "content": text}]}]
    assert span.status.status_code == StatusCode.OK


def test_a_cut_stream_fails_its_span_with_what_message_start_gave(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter))
    api.inject(Fault.cut_stream(after_events=4), route="messages_create")
    with pytest.raises(APIConnectionError):
        with client.messages.stream(model=MODEL, max_tokens=50, messages=MESSAGES) as stream:
            stream.until_done()
    span = _only(exporter)
    attrs: dict[str, Any] = dict(span.attributes or {})
    assert span.status.status_code == StatusCode.ERROR
    assert attrs["error.type"] == "api_error"  # as the official, though it raises nothing
    assert attrs["gen_ai.usage.input_tokens"] > 0 and "gen_ai.response.id" in attrs
    # Placeholders until `message_delta`: not recorded.
    assert "gen_ai.usage.output_tokens" not in attrs
    assert "anthropic.message.stop_reason" not in attrs
    partial = json.loads(str(attrs["gen_ai.output.messages"]))[0]["parts"]
    assert partial and partial[0]["type"] == "text"


def test_a_reset_stream_is_a_connection_error(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter), max_retries=0)
    api.inject(Fault.reset_mid_body(after_events=3), route="messages_create")
    with pytest.raises(APIConnectionError):
        for _ in client.messages.create(model=MODEL, max_tokens=50, messages=MESSAGES, stream=True):
            pass
    span = _only(exporter)
    assert span.status.status_code == StatusCode.ERROR
    assert (span.attributes or {})["error.type"] == "connection_error"


def test_a_call_that_fails_after_retries_counts_them(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter), max_retries=2)
    api.fail_next([529, 529, 529], headers={"retry-after": "0"})
    with pytest.raises(OverloadedError):
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    span = _only(exporter)
    attrs: dict[str, Any] = dict(span.attributes or {})
    assert attrs["http.request.resend_count"] == 2
    assert attrs["http.response.status_code"] == 529
    assert attrs["error.type"] == "overloaded_error"
    assert span.status.status_code == StatusCode.ERROR
    assert "secret prompt" in attrs["gen_ai.input.messages"]  # the request's, no reply
    assert "gen_ai.output.messages" not in attrs


def test_async_stream_helper_and_retries(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    async def run() -> str:
        client = api.async_client(open_telemetry=_option(exporter))
        api.fail_next([529], headers={"retry-after": "0"})
        async with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as stream:
            text = await stream.get_final_text()
        await client.close()
        return text

    text = asyncio.run(run())
    span = _only(exporter)
    attrs: dict[str, Any] = dict(span.attributes or {})
    assert attrs["http.request.resend_count"] == 1
    assert text in str(attrs["gen_ai.output.messages"])
    assert span.status.status_code == StatusCode.OK


def test_content_code_loads_only_with_spans_on() -> None:
    code = (
        "import claude_api_client\n"
        "from claude_api_client.testing import local_api\n"
        "with local_api() as api:\n"
        "    client = api.client()\n"
        "    with client.messages.stream(model='m', max_tokens=5,\n"
        "                                messages=[{'role': 'user', 'content': 'x'}]) as s:\n"
        "        s.until_done()\n"
    )
    assert span_code_loaded(code) == []


# --- tool runner ------------------------------------------------------------------------------


def _weather_tools() -> list[Any]:
    from claude_api_client import beta_async_tool, beta_tool

    @beta_tool
    def weather(city: str) -> str:
        """The weather of a city."""
        return f"sunny in {city}"

    @beta_async_tool
    async def broken(city: str) -> str:
        """Always fails."""
        raise ValueError("no")

    return [weather, broken]


def _runner_spans(exporter: InMemorySpanExporter) -> dict[str, ReadableSpan]:
    return {s.name: s for s in exporter.get_finished_spans()}


def test_tool_runner_spans_nest_and_record_tool_runs(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter, max_content_bytes=10_000))
    client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=20,
        messages=[{"role": "user", "content": "weather please"}],
        tools=_weather_tools()[:1],
    ).until_done()
    spans = exporter.get_finished_spans()
    runner = spans[-1]
    assert runner.name == "anthropic.messages.tool_runner"
    assert runner.status.status_code == StatusCode.OK
    assert runner.context is not None
    children = [s for s in spans[:-1] if s.parent and s.parent.span_id == runner.context.span_id]
    assert len(children) == len(spans) - 1  # the calls and the tool run
    tool = _runner_spans(exporter)["anthropic.custom_tool_use weather"]
    attrs: dict[str, Any] = dict(tool.attributes or {})
    assert attrs["gen_ai.tool.description"] == "The weather of a city."
    assert json.loads(attrs["anthropic.tool_result.content"]) == [
        {"type": "text", "text": "sunny in echo"}
    ]
    assert tool.status.status_code == StatusCode.OK


def test_async_tool_runner_spans_and_a_failing_tool(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    async def run() -> None:
        client = api.async_client(open_telemetry=_option(exporter))
        await client.beta.messages.tool_runner(
            model=MODEL,
            max_tokens=20,
            messages=[{"role": "user", "content": "weather and broken please"}],
            tools=_weather_tools(),
        ).until_done()
        await client.close()

    asyncio.run(run())
    spans = _runner_spans(exporter)
    broken = spans["anthropic.custom_tool_use broken"]
    assert broken.status.status_code == StatusCode.ERROR
    assert (broken.attributes or {})["error.type"] == "tool_error"
    assert spans["anthropic.messages.tool_runner"].status.status_code == StatusCode.OK


def test_a_runner_without_spans_has_none(api: LocalAPIServer) -> None:
    runner = api.client().beta.messages.tool_runner(
        model=MODEL,
        max_tokens=20,
        messages=[{"role": "user", "content": "weather please"}],
        tools=_weather_tools()[:1],
    )
    assert runner.until_done().stop_reason == "end_turn"
    assert runner._span is None


# --- environment work -------------------------------------------------------------------------


def test_each_polled_work_item_has_its_span_around_ack_and_stop(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    import contextlib

    setup = api.client()
    env = setup.beta.environments.create(name="own", config={"type": "self_hosted"})
    agent = setup.beta.agents.create(name="a", model=MODEL)
    session = setup.beta.sessions.create(agent=agent.id, environment_id=env.id)

    async def run() -> list[str]:
        client = api.async_client(open_telemetry=_option(exporter))
        items = client.beta.environments.work.poller(
            environment_id=env.id, environment_key=api.api_key, drain=True
        )
        seen: list[str] = []
        async with contextlib.aclosing(items):
            async for item in items:
                seen.append(item.id)
        return seen

    (work_id,) = asyncio.run(run())
    spans = exporter.get_finished_spans()
    (work,) = [s for s in spans if s.name == "anthropic.environment.work"]
    assert dict(work.attributes or {}) == {
        "gen_ai.provider.name": "anthropic",
        "anthropic.environment.id": env.id,
        "anthropic.environment.work.id": work_id,
        "anthropic.session.id": session.id,
    }
    assert work.status.status_code == StatusCode.OK
    assert work.context is not None
    inside = sorted(s.name for s in spans if s.parent and s.parent.span_id == work.context.span_id)
    assert inside == ["anthropic.environments.work.ack", "anthropic.environments.work.stop"]
