"""The `open_telemetry` options `propagation` (the call span's trace context on each request sent)
and `conversation_id` (a span attribute, never sent), against local servers."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from opentelemetry import propagate, trace
from opentelemetry.propagators.textmap import Setter, TextMapPropagator, default_setter
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags, TraceState
from typing_extensions import Unpack

from _support.raw_server import RawRequest, RawServer, http_response
from claude_api_client import (
    Anthropic,
    APIStatusError,
    AsyncAnthropic,
    OpenTelemetryOptions,
    ResolvedOpenTelemetryOptions,
)
from claude_api_client.testing import LocalAPIServer, local_api

MODEL = "claude-sonnet-4-5"
MESSAGES: list[Any] = [{"role": "user", "content": "hello"}]
KEY = "sk-ant-api03-TRACE-SECRET-0123456789"


@pytest.fixture
def api() -> Iterator[LocalAPIServer]:
    with local_api() as server:
        yield server


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


def _option(
    exporter: InMemorySpanExporter, **fields: Unpack[OpenTelemetryOptions]
) -> OpenTelemetryOptions:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return {"tracer_provider": provider, **fields}


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


def _ok(request: RawRequest, conn: socket.socket) -> None:
    body = b'{"type":"model","id":"m","display_name":"M","created_at":"2025-01-01T00:00:00Z"}'
    conn.sendall(http_response(200, body, {"content-type": "application/json"}))


def test_trace_context_never_reaches_another_origin(exporter: InMemorySpanExporter) -> None:
    with RawServer(_ok) as elsewhere:

        def redirect(request: RawRequest, conn: socket.socket) -> None:
            location = f"{elsewhere.url}/v1/models/m"
            conn.sendall(http_response(307, b"", {"location": location}))

        with RawServer(redirect) as api:
            client = Anthropic(
                api_key=KEY, base_url=api.url, max_retries=0, open_telemetry=_option(exporter)
            )
            with pytest.raises(APIStatusError, match="another origin"):
                client.models.retrieve("m")
            sent = api.requests[0].headers
    assert elsewhere.requests == []
    assert "traceparent" in sent
    # The trace headers carry the trace context only: no credential.
    trace_headers = {k: v for k, v in sent.items() if k in ("traceparent", "tracestate")}
    assert KEY not in json.dumps(trace_headers)


def test_a_same_origin_redirect_keeps_the_call_trace_context(
    exporter: InMemorySpanExporter,
) -> None:
    def handler(request: RawRequest, conn: socket.socket) -> None:
        if request.path == "/v1/models/old":
            conn.sendall(http_response(308, b"", {"location": "/v1/models/m"}))
        else:
            _ok(request, conn)

    with RawServer(handler) as api:
        client = Anthropic(
            api_key=KEY, base_url=api.url, max_retries=0, open_telemetry=_option(exporter)
        )
        assert client.models.retrieve("old").id == "m"
        first, followed = api.requests
    (span,) = exporter.get_finished_spans()
    assert first.headers["traceparent"] == followed.headers["traceparent"] == _traceparent(span)


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
