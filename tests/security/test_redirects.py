"""Credentials never follow a redirect to another origin; same-origin redirects are followed."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from _support.raw_server import RawRequest, RawServer, http_response
from claude_api_client import Anthropic, APIStatusError, AsyncAnthropic, OpenTelemetryOptions

KEY = "sk-ant-api03-REDIRECT-SECRET-0123456789"
OK = b'{"type":"model","id":"m","display_name":"M","created_at":"2025-01-01T00:00:00Z"}'


def _ok(request: RawRequest, conn: socket.socket) -> None:
    conn.sendall(http_response(200, OK, {"content-type": "application/json"}))


def _redirect_to(location: str, status: int = 307) -> Callable[[RawRequest, socket.socket], None]:
    def handler(request: RawRequest, conn: socket.socket) -> None:
        conn.sendall(
            http_response(status, b"", {"location": location, "request-id": "req_redirect"})
        )

    return handler


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_is_not_followed(status: int) -> None:
    with RawServer(_ok) as elsewhere:
        target = f"{elsewhere.url}/v1/models/m"
        with RawServer(_redirect_to(target, status)) as api:
            client = Anthropic(api_key=KEY, base_url=api.url, max_retries=0)
            with pytest.raises(APIStatusError, match="another origin") as caught:
                client.models.retrieve("m")
            assert caught.value.status_code == status
            assert caught.value.request_id == "req_redirect"
            assert KEY not in str(caught.value)
    assert elsewhere.requests == []  # nothing reached the other origin


def test_another_port_is_another_origin() -> None:
    with RawServer(_ok) as elsewhere:
        location = f"http://localhost:{elsewhere.port}/v1/models/m"
        with RawServer(_redirect_to(location)) as api:
            client = Anthropic(auth_token="tok-SECRET", base_url=api.url, max_retries=0)
            with pytest.raises(APIStatusError):
                client.models.retrieve("m")
    assert elsewhere.requests == []


def test_platform_headers_set_in_authenticate_do_not_leave_either() -> None:
    class Signed(Anthropic):
        def _authenticate(self, request: httpx.Request) -> None:
            request.headers["x-platform-signature"] = "SIGNATURE-SECRET"

    with RawServer(_ok) as elsewhere:
        with RawServer(_redirect_to(f"{elsewhere.url}/v1/models/m")) as api:
            client = Signed(api_key=KEY, base_url=api.url, max_retries=0)
            with pytest.raises(APIStatusError, match="another origin"):
                client.models.retrieve("m")
            assert api.requests[0].headers["x-platform-signature"] == "SIGNATURE-SECRET"
    assert elsewhere.requests == []


def _moved(request: RawRequest, conn: socket.socket) -> None:
    """`/v1/models/old` moved (same origin) to `/v1/models/m`."""
    if request.path == "/v1/models/old":
        conn.sendall(http_response(308, b"", {"location": "/v1/models/m"}))
    else:
        _ok(request, conn)


def test_a_same_origin_redirect_is_followed_with_the_key() -> None:
    with RawServer(_moved) as api:
        client = Anthropic(api_key=KEY, base_url=api.url, max_retries=0)
        assert client.models.retrieve("old").id == "m"
        assert [r.path for r in api.requests] == ["/v1/models/old", "/v1/models/m"]
        assert all(r.headers["x-api-key"] == KEY for r in api.requests)


def test_async_client_refuses_cross_origin_redirects_too() -> None:
    async def main(api: RawServer) -> None:
        client = AsyncAnthropic(api_key=KEY, base_url=api.url, max_retries=0)
        with pytest.raises(APIStatusError, match="another origin"):
            await client.models.retrieve("m")

    with RawServer(_ok) as elsewhere:
        with RawServer(_redirect_to(f"{elsewhere.url}/x")) as api:
            asyncio.run(main(api))
    assert elsewhere.requests == []


def test_a_caller_client_that_does_not_follow_redirects_gets_the_3xx() -> None:
    with RawServer(_redirect_to("/v1/models/m")) as api:
        http = httpx.Client(follow_redirects=False)
        client = Anthropic(api_key=KEY, base_url=api.url, max_retries=0, http_client=http)
        with pytest.raises(APIStatusError) as caught:
            client.models.retrieve("old")
        assert caught.value.status_code == 307
        assert len(api.requests) == 1


def _traced(exporter: Any) -> OpenTelemetryOptions:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor

    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return {"tracer_provider": provider}


def test_the_trace_context_never_reaches_another_origin() -> None:
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    with RawServer(_ok) as elsewhere:
        with RawServer(_redirect_to(f"{elsewhere.url}/v1/models/m")) as api:
            client = Anthropic(
                api_key=KEY,
                base_url=api.url,
                max_retries=0,
                open_telemetry=_traced(InMemorySpanExporter()),
            )
            with pytest.raises(APIStatusError, match="another origin"):
                client.models.retrieve("m")
            sent = api.requests[0].headers
    assert elsewhere.requests == []
    assert "traceparent" in sent
    # The trace headers carry the trace context only: no credential.
    assert KEY not in sent["traceparent"] + sent.get("tracestate", "")


def test_a_same_origin_redirect_keeps_the_call_trace_context() -> None:
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    with RawServer(_moved) as api:
        client = Anthropic(
            api_key=KEY, base_url=api.url, max_retries=0, open_telemetry=_traced(exporter)
        )
        assert client.models.retrieve("old").id == "m"
        first, followed = api.requests
    (span,) = exporter.get_finished_spans()
    context = span.get_span_context()
    assert context is not None
    assert first.headers["traceparent"] == followed.headers["traceparent"]
    assert first.headers["traceparent"].split("-")[1:3] == [
        f"{context.trace_id:032x}",
        f"{context.span_id:016x}",
    ]
