"""OpenTelemetry spans of API calls, recorded with the SDK's in-memory exporter, against the simulator."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from claude_api_client import Anthropic, AsyncAnthropic, BadRequestError
from claude_api_client.testing import LocalAPIServer, local_api

MODEL = "claude-sonnet-4-5"
MESSAGES: list[Any] = [{"role": "user", "content": "secret prompt"}]


@pytest.fixture
def api() -> Iterator[LocalAPIServer]:
    with local_api() as server:
        yield server


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


def _provider(exporter: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


def _client(api: LocalAPIServer, exporter: InMemorySpanExporter, **traces: Any) -> Anthropic:
    option: dict[str, Any] = {"tracer_provider": _provider(exporter)}
    if traces:
        option["traces"] = traces
    return api.client(open_telemetry=option)


def _only(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1, [s.name for s in spans]
    return spans[0]


def test_create_has_request_response_and_usage(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter)
    message = client.messages.create(
        model=MODEL,
        max_tokens=10,
        messages=MESSAGES,
        temperature=0.5,
        top_p=0.9,
        top_k=3,
        stop_sequences=["END"],
    )
    span = _only(exporter)
    attrs = dict(span.attributes or {})
    assert span.name == f"chat {MODEL}"
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.provider.name"] == "anthropic"
    assert attrs["gen_ai.request.model"] == MODEL
    assert attrs["gen_ai.request.max_tokens"] == 10
    assert attrs["gen_ai.request.temperature"] == 0.5
    assert attrs["gen_ai.request.top_p"] == 0.9
    assert attrs["gen_ai.request.top_k"] == 3
    assert attrs["gen_ai.request.stop_sequences"] == ("END",)
    assert attrs["gen_ai.response.id"] == message.id
    assert attrs["gen_ai.response.model"] == message.model
    assert attrs["gen_ai.response.finish_reasons"] == (message.stop_reason,)
    assert attrs["gen_ai.usage.input_tokens"] == message.usage.input_tokens
    assert attrs["gen_ai.usage.output_tokens"] == message.usage.output_tokens
    assert attrs["server.address"] == "127.0.0.1"
    assert attrs["server.port"] == client.base_url.port
    assert attrs["anthropic.request.id"] == message._request_id
    assert span.status.status_code == StatusCode.UNSET
    # Content is off by default.
    assert "gen_ai.input.messages" not in attrs
    assert "gen_ai.output.messages" not in attrs
    assert "secret prompt" not in json.dumps(attrs)


def test_stream_span_ends_with_the_stream(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter)
    with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as stream:
        assert exporter.get_finished_spans() == ()  # open while the stream is
        final = stream.get_final_message()
    attrs = dict(_only(exporter).attributes or {})
    assert attrs["gen_ai.request.stream"] is True
    assert attrs["gen_ai.response.id"] == final.id
    assert attrs["gen_ai.response.finish_reasons"] == (final.stop_reason,)
    assert attrs["gen_ai.usage.input_tokens"] == final.usage.input_tokens
    assert attrs["gen_ai.usage.output_tokens"] == final.usage.output_tokens


def test_stream_closed_early_ends_the_span(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter)
    stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
    first = next(iter(stream))
    assert first.type == "message_start"
    assert exporter.get_finished_spans() == ()
    stream.close()
    span = _only(exporter)
    assert span.attributes is not None
    assert span.attributes["gen_ai.response.id"] == first.message.id
    assert "gen_ai.response.finish_reasons" not in span.attributes
    assert span.status.status_code == StatusCode.UNSET


def test_error_sets_status_type_and_request_id(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter)
    api.fail_next([400], error_type="invalid_request_error", message="bad")
    with pytest.raises(BadRequestError) as caught:
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    span = _only(exporter)
    attrs = dict(span.attributes or {})
    assert span.status.status_code == StatusCode.ERROR
    assert attrs["error.type"] == "BadRequestError"
    assert attrs["http.response.status_code"] == 400
    assert caught.value.request_id and attrs["anthropic.request.id"] == caught.value.request_id


def test_content_only_when_opted_in_and_capped(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter, content_mode="content", max_content_bytes=20)
    client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as stream:
        stream.until_done()
    for span in exporter.get_finished_spans():
        attrs = dict(span.attributes or {})
        assert attrs["gen_ai.input.messages"] == json.dumps(MESSAGES)[:20]
        assert 0 < len(str(attrs["gen_ai.output.messages"]).encode()) <= 20


def test_other_operations_and_with_options(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter)
    client.models.list()
    client.messages.count_tokens(model=MODEL, messages=MESSAGES)
    copy = client.with_options(max_retries=0)
    assert copy.open_telemetry == client.open_telemetry
    copy.models.list()
    client.with_options(open_telemetry=False).models.list()
    names = [s.name for s in exporter.get_finished_spans()]
    assert names == ["models", f"messages.count_tokens {MODEL}", "models"]


def test_raw_response_mode_has_a_span(api: LocalAPIServer, exporter: InMemorySpanExporter) -> None:
    client = _client(api, exporter)
    raw = client.messages.with_raw_response.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    attrs = dict(_only(exporter).attributes or {})
    assert attrs["anthropic.request.id"] == raw.headers["request-id"]
    assert attrs["http.response.status_code"] == 200


def test_async_create_and_stream(api: LocalAPIServer, exporter: InMemorySpanExporter) -> None:
    async def run() -> None:
        option = {"tracer_provider": _provider(exporter)}
        async with AsyncAnthropic(
            base_url=api.base_url, api_key=api.api_key, open_telemetry=option
        ) as client:
            await client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
            stream = await client.messages.create(
                model=MODEL, max_tokens=10, messages=MESSAGES, stream=True
            )
            async for _ in stream:
                pass

    asyncio.run(run())
    spans = exporter.get_finished_spans()
    assert [s.name for s in spans] == [f"chat {MODEL}"] * 2
    assert all((s.attributes or {}).get("gen_ai.usage.output_tokens") for s in spans)


def test_streams_allow_attribute_assignment(api: LocalAPIServer) -> None:
    with api.client() as client:
        stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
        stream.instrumentation_note = "wrapped"  # type: ignore[attr-defined]
        stream.close()
        with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as managed:
            managed.instrumentation_note = "wrapped"  # type: ignore[attr-defined]


def test_tracing_off_imports_no_opentelemetry() -> None:
    code = (
        "import sys, claude_api_client\n"
        "client = claude_api_client.Anthropic(api_key='k')\n"
        "assert client._telemetry is None\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))\n"
    )
    env = {"PATH": "", "ANTHROPIC_OPEN_TELEMETRY": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


def test_environment_turns_spans_on_and_option_false_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY", "true")
    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY_TRACES_CONTENT_MODE", "content")
    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY_TRACES_MAX_CONTENT_BYTES", "100")
    client = Anthropic(api_key="k")
    assert client.open_telemetry["traces"] == {
        "enabled": True,
        "content_mode": "content",
        "max_content_bytes": 100,
    }
    assert client._telemetry is not None
    assert Anthropic(api_key="k", open_telemetry=False)._telemetry is None
