"""The spans of the same calls, made with this package and with the official one (its own
interpreter, tests/_support/official.py, running tests/_support/official_span_probe.py) against one
simulator: the same names, the same attribute keys with values of the same types, the same values
but for what differs per response (ids) or per run (timings). Skipped where the official package
or its `opentelemetry-api` is not installed."""

from __future__ import annotations

import asyncio
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from _support import span_calls
from _support.interpreters import run_python
from _support.official import official_python_importing
from _support.sessions import PRIMARY_THREAD, name_threads
from _support.spans import recording_provider
from claude_api_client.testing import Fault, local_api

PROBE = Path(__file__).resolve().parent / "_support" / "official_span_probe.py"
# The official interpreter, where it has the `opentelemetry-api` its spans need.
OFFICIAL_PYTHON = official_python_importing("anthropic", "opentelemetry.trace")
needs_official_spans = pytest.mark.skipif(
    OFFICIAL_PYTHON is None, reason="official package with opentelemetry-api absent"
)
# Different per response or per run, compared by type only.
PER_CALL = {
    "anthropic.request.id",
    "gen_ai.response.id",
    "gen_ai.response.time_to_first_chunk",
    "anthropic.message.batch.id",
    "anthropic.environment.id",
    "anthropic.session.environment.id",
    "anthropic.session.id",
    "gen_ai.agent.id",
    "gen_ai.tool.call.id",
    "anthropic.environment.work.id",
}
# Ids inside values (a tool call id in content, an id in a URL), compared without their number.
IDS = re.compile(r"\b([a-z]+)_local\d+")


def _plain(attributes: Any) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in dict(attributes).items()}


@needs_official_spans
def test_spans_match_the_official_package() -> None:
    exporter = InMemorySpanExporter()
    with local_api() as api:
        official = _official_spans(api, span_calls.CALLS, True)  # the probe's default traces
        client = api.client(open_telemetry={"tracer_provider": recording_provider(exporter)})
        for call in span_calls.CALLS:
            getattr(span_calls, call)(client)
    ours = [
        {"name": s.name, "attributes": _plain(s.attributes or {})}
        for s in exporter.get_finished_spans()
    ]
    assert [s["name"] for s in ours] == [s["name"] for s in official]
    for mine, theirs in zip(ours, official, strict=False):
        a, b = mine["attributes"], theirs["attributes"]
        assert sorted(a) == sorted(b), mine["name"]
        for key in a:
            assert type(a[key]) is type(b[key]), (mine["name"], key)
            if key not in PER_CALL:
                assert a[key] == b[key], (mine["name"], key)
    create = ours[0]["attributes"]
    assert create["anthropic.thinking.budget_tokens"] == 1024
    assert ours[1]["attributes"]["anthropic.beta"] == ["b-1", "b-2"]
    listed = ours[span_calls.CALLS.index("models_list")]["attributes"]
    assert listed["url.query"] == "limit=5"
    refused = ours[span_calls.CALLS.index("refused")]["attributes"]
    assert refused["error.type"] == "invalid_request_error"
    missing = ours[span_calls.CALLS.index("missing_batch")]["attributes"]
    assert missing["anthropic.message.batch.id"] == "msgbatch_missing"
    assert missing["error.type"] == "not_found_error"
    batch = ours[span_calls.CALLS.index("create_batch")]["attributes"]
    assert batch["anthropic.message.batch.id"].startswith("msgbatch_")
    assert batch["anthropic.message.batch.request_count"] == 2
    assert ours[span_calls.CALLS.index("json_create")]["attributes"]["gen_ai.output.type"] == "json"
    session = ours[-1]["attributes"]
    assert session["gen_ai.agent.name"] == "a"
    assert session["gen_ai.agent.id"] == ours[-2]["attributes"]["gen_ai.agent.id"]


def _official_spans(api: Any, calls: list[str], traces: Any) -> list[dict[str, Any]]:
    environment = {
        **os.environ,
        "ANTHROPIC_API_KEY": api.api_key,
        "SPAN_PROBE_TRACES": json.dumps(traces),
    }
    probe = run_python(
        str(PROBE),
        str(api.base_url),
        *calls,
        python=str(OFFICIAL_PYTHON),
        env=environment,
        timeout=120,
    )
    return [json.loads(line) for line in probe.stdout.splitlines()]


def _our_spans(api: Any, calls: list[str], traces: Any) -> list[dict[str, Any]]:
    exporter = InMemorySpanExporter()
    option = {"tracer_provider": recording_provider(exporter), "traces": traces}
    client = api.client(open_telemetry=option)
    for call in calls:
        if call.startswith("async_"):  # a coroutine function, given an async client
            asyncio.run(getattr(span_calls, call)(api.async_client(open_telemetry=option)))
        else:
            getattr(span_calls, call)(client)
    return [
        {
            "name": s.name,
            "attributes": _plain(s.attributes or {}),
            "status": s.status.status_code.name,
        }
        for s in exporter.get_finished_spans()
    ]


def _same(ours: list[dict[str, Any]], official: list[dict[str, Any]]) -> None:
    assert [s["name"] for s in ours] == [s["name"] for s in official]
    for mine, theirs in zip(ours, official, strict=True):
        a, b = mine["attributes"], theirs["attributes"]
        assert sorted(a) == sorted(b), (mine["name"], sorted(set(a) ^ set(b)))
        for key in a:
            assert type(a[key]) is type(b[key]), (mine["name"], key)
            if key not in PER_CALL:
                mine_value, theirs_value = a[key], b[key]
                if isinstance(mine_value, str) and isinstance(theirs_value, str):
                    mine_value = IDS.sub(r"\1_ID", mine_value)
                    theirs_value = IDS.sub(r"\1_ID", theirs_value)
                assert mine_value == theirs_value, (mine["name"], key, a[key], b[key])
        assert mine["status"] == theirs["status"], mine["name"]


CONTENT = {"content_mode": "content"}


def _both_modes(api: Any, call: str) -> list[tuple[list[Any], list[Any]]]:
    """Our spans and the official's of `call`, without content and with it, each pair checked
    the same (`_same`)."""
    runs = [
        (_our_spans(api, [call], traces), _official_spans(api, [call], traces))
        for traces in (True, CONTENT)
    ]
    for ours, official in runs:
        _same(ours, official)
    return runs


@needs_official_spans
def test_content_spans_match_the_official_package() -> None:
    """Content mode: create, a raw stream, the stream helper, count_tokens (no content), a beta
    create with tools and tool results, a refused call; then a small `max_content_bytes`."""
    with local_api() as api:
        calls = span_calls.CONTENT_CALLS
        official = _official_spans(api, calls, CONTENT)
        ours = _our_spans(api, calls, CONTENT)
        small = {**CONTENT, "max_content_bytes": 180}
        official_small = _official_spans(api, ["long_create"], small)
        ours_small = _our_spans(api, ["long_create"], small)
    _same(ours, official)
    _same(ours_small, official_small)
    by_call = dict(zip(calls, ours, strict=True))
    create = by_call["content_create"]["attributes"]
    assert json.loads(create["gen_ai.system_instructions"]) == [
        {"type": "text", "content": "be brief"}
    ]
    assert create["gen_ai.request.stop_sequences"] == ["STOP", "END"]
    assert "gen_ai.output.messages" in create
    assert "gen_ai.output.messages" not in by_call["stream"]["attributes"]
    assert "gen_ai.output.messages" in by_call["content_stream_helper"]["attributes"]
    assert not any(k.startswith("gen_ai.input") for k in by_call["count_tokens"]["attributes"])
    tools = json.loads(by_call["beta_create_tools"]["attributes"]["gen_ai.input.messages"])
    assert tools[2]["parts"][0]["response"][1] == {"type": "image"}
    assert ours_small[0]["attributes"]["anthropic.content.truncated"] is True


@needs_official_spans
def test_retried_and_cut_spans_match_the_official_package() -> None:
    """A 529 answered three times (two retries, then the error), a stream the server cuts
    short and one with an `error` event, each in content mode."""
    spans: dict[str, list[list[dict[str, Any]]]] = {"official": [], "ours": []}
    with local_api() as api:
        for call in ("failing_create", "cut_stream", "error_event_stream"):
            for side, run in (("official", _official_spans), ("ours", _our_spans)):
                if call == "failing_create":
                    api.fail_next([529] * 3, headers={"retry-after": "0"})
                elif call == "cut_stream":
                    api.inject(Fault.cut_stream(after_events=4))
                else:
                    api.inject(Fault.stream_error(after_events=4))
                spans[side].append(run(api, [call], CONTENT))
    for ours, official in zip(spans["ours"], spans["official"], strict=True):
        _same(ours, official)
    failed, cut = spans["ours"][0][0], spans["ours"][1][0]
    assert failed["attributes"]["http.request.resend_count"] == 2
    assert failed["attributes"]["error.type"] == "overloaded_error"
    assert cut["attributes"]["error.type"] == "api_error"
    assert spans["ours"][2][0]["attributes"]["error.type"] == "overloaded_error"
    assert "gen_ai.usage.output_tokens" not in cut["attributes"]


@needs_official_spans
def test_tool_runner_spans_match_the_official_package() -> None:
    """The tool runner: its run span, each tool's span (one failing), the calls' spans; without
    and with content."""
    with local_api() as api:
        runs = _both_modes(api, "tool_runner")
    names = [s["name"] for s in runs[0][0]]
    assert names == [
        "anthropic.messages.create",
        "anthropic.custom_tool_use weather",
        "anthropic.custom_tool_use broken",
        "anthropic.messages.create",
        "anthropic.messages.tool_runner",
    ]
    broken = runs[1][0][2]
    assert broken["status"] == "ERROR" and broken["attributes"]["error.type"] == "tool_error"
    assert json.loads(broken["attributes"]["gen_ai.tool.call.arguments"]) == {"city": "echo"}


@needs_official_spans
def test_work_spans_match_the_official_package() -> None:
    """The async work poller: the item's `anthropic.environment.work` span and its calls."""
    with local_api() as api:
        official = _official_spans(api, ["async_work_poll"], True)
        ours = _our_spans(api, ["async_work_poll"], True)
    _same(ours, official)
    assert "anthropic.environment.work" in [s["name"] for s in ours]


@needs_official_spans
def test_mcp_tool_spans_match_the_official_package() -> None:
    """A tool of a real MCP server, made by the MCP helper and run by the Messages tool runner:
    an `anthropic.mcp_tool_use` span; without and with content."""
    pytest.importorskip("mcp")  # an extra: not in every test environment
    with local_api() as api:
        runs = _both_modes(api, "async_mcp_tool_runner")
    tool = runs[1][0][1]
    assert tool["name"] == "anthropic.mcp_tool_use forecast"
    assert tool["attributes"]["gen_ai.tool.description"] == "The forecast of a city."
    assert "rain in" in tool["attributes"]["anthropic.tool_result.content"]


@needs_official_spans
def test_session_tool_runner_spans_match_the_official_package() -> None:
    """The session tool runner against the simulator's scripted agent: one span per tool call
    (`anthropic.custom_tool_use` / `anthropic.tool_use` for the toolset's `grep`), one failing,
    with the session and its primary thread as the conversation, which the posting calls'
    spans have too; without and with content."""
    with local_api() as api:
        name_threads(api)
        runs = _both_modes(api, "async_session_tool_runner")
    spans = runs[1][0]
    tools = [s for s in spans if s["attributes"].get("gen_ai.operation.name") == "execute_tool"]
    assert [s["name"] for s in tools] == [
        "anthropic.custom_tool_use weather",
        "anthropic.custom_tool_use broken",
        "anthropic.tool_use grep",
    ]
    for tool in tools:
        assert tool["attributes"]["gen_ai.conversation.id"] == PRIMARY_THREAD
        assert tool["attributes"]["anthropic.session.id"].startswith("sesn_")
    assert tools[1]["status"] == "ERROR" and tools[1]["attributes"]["error.type"] == "tool_error"
    grep = json.loads(tools[2]["attributes"]["anthropic.tool_result.content"])
    assert grep == [{"type": "text", "text": "found a"}, {"type": "tool_reference"}]
    posts = [s for s in spans if s["name"] == "anthropic.sessions.events.send"]
    assert [p["attributes"].get("gen_ai.conversation.id") for p in posts][-3:] == [
        PRIMARY_THREAD
    ] * 3


@needs_official_spans
def test_sub_thread_tool_spans_match_the_official_package() -> None:
    """A sub-agent thread's call: its thread is the span's `anthropic.session.thread.id` and
    conversation, and the conversation of the call posting its result."""
    with local_api() as api:
        name_threads(api)
        ours = _our_spans(api, ["async_session_sub_thread"], CONTENT)
        official = _official_spans(api, ["async_session_sub_thread"], CONTENT)
    _same(ours, official)
    (tool,) = [s for s in ours if s["name"] == "anthropic.custom_tool_use weather"]
    thread = span_calls.SUB_THREAD_CALL["session_thread_id"]
    assert tool["attributes"]["anthropic.session.thread.id"] == thread
    assert tool["attributes"]["gen_ai.conversation.id"] == thread
    assert ours[ours.index(tool) + 1]["name"] == "anthropic.sessions.events.send"
    assert ours[ours.index(tool) + 1]["attributes"]["gen_ai.conversation.id"] == thread
