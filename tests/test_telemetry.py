"""OpenTelemetry spans of API calls, recorded with the SDK's in-memory exporter, against the simulator;
the `open_telemetry` options `propagation` (the call span's trace context on each request sent)
and `conversation_id` (a span attribute, never sent). Redirects: tests/security/test_redirects.py."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from opentelemetry import propagate, trace
from opentelemetry.propagators.textmap import Setter, TextMapPropagator, default_setter
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import NonRecordingSpan, SpanContext, StatusCode, TraceFlags, TraceState
from typing_extensions import Unpack

from _support.interpreters import SPANS_OFF, modules_loaded
from _support.spans import recording_provider
from claude_api_client import (
    Anthropic,
    APIConnectionError,
    AsyncAnthropic,
    BadRequestError,
    OpenTelemetryOptions,
    ResolvedOpenTelemetryOptions,
)
from claude_api_client.testing import LocalAPIServer

MODEL = "claude-sonnet-4-5"
MESSAGES: list[Any] = [{"role": "user", "content": "secret prompt"}]


def _option(
    exporter: InMemorySpanExporter, **fields: Unpack[OpenTelemetryOptions]
) -> OpenTelemetryOptions:
    return {"tracer_provider": recording_provider(exporter), **fields}


def _client(api: LocalAPIServer, exporter: InMemorySpanExporter, **traces: Any) -> Anthropic:
    option: dict[str, Any] = {"tracer_provider": recording_provider(exporter)}
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
    assert span.name == "anthropic.messages.create"
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.provider.name"] == "anthropic"
    assert attrs["gen_ai.request.model"] == MODEL
    assert attrs["gen_ai.request.max_tokens"] == 10
    assert attrs["gen_ai.request.temperature"] == 0.5
    assert attrs["gen_ai.request.top_p"] == 0.9
    assert attrs["gen_ai.request.top_k"] == 3
    # Stop sequences are content: recorded only in content mode, as the official records them.
    assert "gen_ai.request.stop_sequences" not in attrs
    assert attrs["gen_ai.response.id"] == message.id
    assert attrs["gen_ai.response.model"] == message.model
    assert attrs["anthropic.message.stop_reason"] == message.stop_reason
    assert attrs["gen_ai.usage.input_tokens"] == message.usage.input_tokens
    assert attrs["gen_ai.usage.output_tokens"] == message.usage.output_tokens
    assert attrs["server.address"] == "127.0.0.1"
    assert attrs["server.port"] == client.base_url.port
    assert attrs["anthropic.request.id"] == message._request_id
    assert span.status.status_code == StatusCode.OK  # a response read whole, as the official
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
    assert attrs["anthropic.message.stop_reason"] == final.stop_reason
    assert attrs["gen_ai.usage.input_tokens"] == final.usage.input_tokens
    assert attrs["gen_ai.usage.output_tokens"] == final.usage.output_tokens
    assert _only(exporter).status.status_code == StatusCode.OK  # read to `message_stop`


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
    assert attrs["error.type"] == "invalid_request_error"  # the API's error type, as the official
    assert attrs["http.response.status_code"] == 400
    assert caught.value.request_id and attrs["anthropic.request.id"] == caught.value.request_id


def test_a_retried_call_counts_its_resends_and_ends_ok(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter)
    api.fail_next([529], headers={"retry-after": "0"})
    client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    span = _only(exporter)
    assert (span.attributes or {})["http.request.resend_count"] == 1
    assert span.status.status_code == StatusCode.OK


def test_a_connection_failure_is_a_connection_error() -> None:
    exporter = InMemorySpanExporter()
    client = Anthropic(
        api_key="k",
        base_url="http://127.0.0.1:9",  # nothing listens on the discard port
        max_retries=0,
        open_telemetry={"tracer_provider": recording_provider(exporter)},
    )
    with pytest.raises(APIConnectionError):
        client.models.list()
    attrs = dict(_only(exporter).attributes or {})
    assert attrs["error.type"] == "connection_error"
    assert attrs["url.full"] == "http://127.0.0.1:9/v1/models"


def test_content_only_when_opted_in_and_capped(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(api, exporter, content_mode="content", max_content_bytes=100)
    client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as stream:
        stream.until_done()
    for span in exporter.get_finished_spans():
        attrs = dict(span.attributes or {})
        inputs = json.loads(str(attrs["gen_ai.input.messages"]))
        outputs = json.loads(str(attrs["gen_ai.output.messages"]))
        size = sum(
            len(str(attrs[k]).encode()) for k in ("gen_ai.input.messages", "gen_ai.output.messages")
        )
        assert size <= 100
        # The newest part (the reply) kept, cut to fit; the prompt's part dropped.
        assert inputs == [{"role": "user", "parts": []}]
        assert outputs[0]["parts"][0]["content"].startswith("echo")
        assert attrs["anthropic.content.truncated"] is True


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
    assert names == [
        "anthropic.models.list",
        "anthropic.messages.count_tokens",
        "anthropic.models.list",
    ]


def test_raw_response_mode_has_a_span(api: LocalAPIServer, exporter: InMemorySpanExporter) -> None:
    client = _client(api, exporter)
    raw = client.messages.with_raw_response.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    attrs = dict(_only(exporter).attributes or {})
    assert attrs["anthropic.request.id"] == raw.headers["request-id"]
    assert attrs["http.response.status_code"] == 200


def test_async_create_and_stream(api: LocalAPIServer, exporter: InMemorySpanExporter) -> None:
    async def run() -> None:
        option = _option(exporter)
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
    assert [s.name for s in spans] == ["anthropic.messages.create"] * 2
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
        "import claude_api_client\n"
        "client = claude_api_client.Anthropic(api_key='k')\n"
        "assert client._telemetry is None\n"
    )
    assert modules_loaded(code, "opentelemetry", env=SPANS_OFF) == []


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


def _traceparent(span: ReadableSpan) -> str:
    context = span.get_span_context()
    assert context is not None
    flags = int(context.trace_flags)
    return f"00-{context.trace_id:032x}-{context.span_id:016x}-{flags:02x}"


def _create(client: Anthropic) -> None:
    client.messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)


def test_each_request_carries_its_call_span_context(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter), max_retries=2)
    api.fail_next([529], headers={"retry-after": "0"})
    _create(client)
    (span,) = exporter.get_finished_spans()
    first, retry = api.requests[-2:]
    # Every attempt of the call (the retry too) names the call's span as its parent.
    assert first.headers["traceparent"] == retry.headers["traceparent"] == _traceparent(span)
    assert "tracestate" not in first.headers  # nothing to carry
    assert client.open_telemetry["propagation"] is True

    _create(client)
    second = exporter.get_finished_spans()[1]
    assert api.requests[-1].headers["traceparent"] == _traceparent(second)  # a span per call


def test_the_parent_trace_and_its_tracestate_are_carried(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    parent = SpanContext(
        trace_id=0x0AF7651916CD43DD8448EB211C80319C,
        span_id=0xB7AD6B7169203331,
        is_remote=True,
        trace_flags=TraceFlags(TraceFlags.SAMPLED),
        trace_state=TraceState([("vendor", "v1"), ("other", "x")]),
    )
    client = api.client(open_telemetry=_option(exporter))
    with trace.use_span(NonRecordingSpan(parent)):
        _create(client)
    (span,) = exporter.get_finished_spans()
    headers = api.requests[-1].headers
    assert span.parent is not None and span.parent.span_id == parent.span_id
    assert headers["traceparent"] == _traceparent(span)
    assert headers["traceparent"].startswith("00-0af7651916cd43dd8448eb211c80319c-")
    assert headers["tracestate"] == "vendor=v1,other=x"


def test_the_span_context_replaces_a_traceparent_the_caller_set(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    stale = "00-11111111111111111111111111111111-2222222222222222-01"
    client = api.client(open_telemetry=_option(exporter), default_headers={"traceparent": stale})
    client.messages.create(
        model=MODEL, max_tokens=5, messages=MESSAGES, extra_headers={"traceparent": stale}
    )
    (span,) = exporter.get_finished_spans()
    assert api.requests[-1].headers["traceparent"] == _traceparent(span)


def test_propagation_off_sends_no_trace_context_but_records_spans(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter, propagation=False))
    assert client.open_telemetry["propagation"] is False
    _create(client)
    assert len(exporter.get_finished_spans()) == 1
    assert "traceparent" not in api.requests[-1].headers
    # A copy keeps it off; a copy given another option has that one's.
    client.copy(max_retries=1).messages.count_tokens(model=MODEL, messages=MESSAGES)
    assert "traceparent" not in api.requests[-1].headers
    client.with_options(open_telemetry=_option(exporter)).models.list()
    assert "traceparent" in api.requests[-1].headers


def test_the_environment_turns_propagation_off_only_for_a_client_given_no_option(
    api: LocalAPIServer, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY", "true")
    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY_PROPAGATION", "false")
    from_environment = Anthropic(api_key="k")
    assert from_environment.open_telemetry["propagation"] is False
    assert from_environment.copy().open_telemetry["propagation"] is False
    given = api.client(open_telemetry=_option(exporter))
    assert given.open_telemetry["propagation"] is True  # a given option reads no variable
    _create(given)
    assert "traceparent" in api.requests[-1].headers
    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY_PROPAGATION", "true")
    assert Anthropic(api_key="k").open_telemetry["propagation"] is True


def test_spans_off_send_no_trace_context(api: LocalAPIServer) -> None:
    parent = SpanContext(0x1, 0x2, is_remote=True, trace_flags=TraceFlags(TraceFlags.SAMPLED))
    with trace.use_span(NonRecordingSpan(parent)):
        _create(api.client(open_telemetry=False))
    assert "traceparent" not in api.requests[-1].headers


def test_async_and_middleware_requests_carry_it(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    seen: list[str] = []

    def note(request: Any, call_next: Any) -> Any:
        seen.append(request.options.path)
        return call_next(request)

    _create(api.client(open_telemetry=_option(exporter), middleware=[note]))
    assert seen == ["/v1/messages"]
    assert api.requests[-1].headers["traceparent"] == _traceparent(
        exporter.get_finished_spans()[-1]
    )

    async def run() -> None:
        async with AsyncAnthropic(
            base_url=api.base_url, api_key=api.api_key, open_telemetry=_option(exporter)
        ) as client:
            stream = await client.messages.create(
                model=MODEL, max_tokens=5, messages=MESSAGES, stream=True
            )
            async for _ in stream:
                pass

    asyncio.run(run())
    assert api.requests[-1].headers["traceparent"] == _traceparent(
        exporter.get_finished_spans()[-1]
    )


class _Greedy(TextMapPropagator):
    """A propagator that writes credential headers besides its trace context."""

    def inject(
        self, carrier: Any, context: Any = None, setter: Setter[Any] = default_setter
    ) -> None:
        setter.set(carrier, "x-api-key", "stolen")
        setter.set(carrier, "Authorization", "Bearer stolen")
        setter.set(carrier, "traceparent", "00-" + "3" * 32 + "-" + "4" * 16 + "-01")

    def extract(self, carrier: Any, context: Any = None, getter: Any = None) -> Any:
        raise NotImplementedError

    @property
    def fields(self) -> set[str]:
        return {"x-api-key", "authorization", "traceparent"}


def test_a_propagator_never_replaces_a_credential_header(
    api: LocalAPIServer, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(propagate, "_HTTP_TEXT_FORMAT", _Greedy())
    _create(api.client(open_telemetry=_option(exporter)))
    headers = api.requests[-1].headers
    assert headers["x-api-key"] == api.api_key
    assert "authorization" not in headers
    assert headers["traceparent"] == "00-" + "3" * 32 + "-" + "4" * 16 + "-01"


def test_the_trace_context_is_added_after_signing(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    signed: list[Mapping[str, str]] = []

    class Signing(Anthropic):
        def _authenticate(self, request: httpx.Request) -> None:
            signed.append(dict(request.headers))

    client = Signing(api_key=api.api_key, base_url=api.base_url, open_telemetry=_option(exporter))
    _create(client)
    # A signature over the headers never covers it (an HTTP instrumentation may rewrite it).
    assert "traceparent" not in signed[0]
    assert "traceparent" in api.requests[-1].headers


def test_a_bedrock_signature_does_not_cover_it(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    from claude_api_client.testing.pytest_plugin import platform_client

    with platform_client("bedrock", api, open_telemetry=_option(exporter)) as client:
        client.messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)
    sent = api.requests[-1].sent
    assert sent is not None  # the request as the client sent it (signed)
    headers = sent.headers
    assert headers["traceparent"] == _traceparent(exporter.get_finished_spans()[-1])
    signed_headers = headers["authorization"].split("SignedHeaders=")[1].split(",")[0]
    assert "traceparent" not in signed_headers.split(";")


def test_conversation_id_is_a_span_attribute_never_sent(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter))
    assert "conversation_id" not in client.open_telemetry
    in_conversation = client.with_options(
        open_telemetry={**client.open_telemetry, "conversation_id": "conv-7f3a"}
    )
    resolved: ResolvedOpenTelemetryOptions = in_conversation.open_telemetry
    assert resolved["conversation_id"] == "conv-7f3a"
    _create(in_conversation)
    with in_conversation.messages.stream(model=MODEL, max_tokens=5, messages=MESSAGES) as stream:
        stream.until_done()
    _create(client)
    spans = exporter.get_finished_spans()
    ids = [dict(s.attributes or {}).get("gen_ai.conversation.id") for s in spans]
    assert ids == ["conv-7f3a", "conv-7f3a", None]
    for request in api.requests:
        assert "conv-7f3a" not in json.dumps(request.headers)
        assert b"conv-7f3a" not in request.body
    # A copy keeps it; a platform client takes it too.
    assert in_conversation.copy(max_retries=0).open_telemetry["conversation_id"] == "conv-7f3a"


def test_wrong_option_values_fail_naming_the_field() -> None:
    with pytest.raises(TypeError, match=r"open_telemetry\['conversation_id'\]"):
        Anthropic(api_key="k", open_telemetry={"conversation_id": 7})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"open_telemetry\['propagation'\]"):
        Anthropic(api_key="k", open_telemetry={"propagation": "no"})  # type: ignore[arg-type]


def test_the_resolved_option_has_the_official_fields(exporter: InMemorySpanExporter) -> None:
    option = _option(exporter, conversation_id="c1")
    client = Anthropic(api_key="k", open_telemetry=option)
    assert client.open_telemetry == {
        "tracer_provider": option["tracer_provider"],
        "propagation": True,
        "traces": {"enabled": True, "content_mode": "metadata_only", "max_content_bytes": 750_000},
        "conversation_id": "c1",
    }
    assert Anthropic(api_key="k", open_telemetry={}).open_telemetry == {
        "propagation": True,
        "traces": {"enabled": True, "content_mode": "metadata_only", "max_content_bytes": 750_000},
    }
    assert Anthropic(api_key="k", open_telemetry=False).open_telemetry["traces"]["enabled"] is False
