"""Every platform client takes `open_telemetry=` as `Anthropic(...)` does (through the shared
platform setup): its calls are spans describing the call as made, before the platform's rewrite."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from _support.spans import recording_provider
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import PLATFORMS, platform_client

MODEL = "claude-sonnet-4-5"
MESSAGES: list[Any] = [{"role": "user", "content": "hello"}]


def _tracing(exporter: InMemorySpanExporter) -> dict[str, Any]:
    return {"tracer_provider": recording_provider(exporter)}


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_each_platform_client_records_spans(claude_api: LocalAPIServer, platform: str) -> None:
    exporter = InMemorySpanExporter()
    with platform_client(platform, claude_api, open_telemetry=_tracing(exporter)) as client:
        assert client.open_telemetry["traces"]["enabled"] is True
        message = client.messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)
        (span,) = exporter.get_finished_spans()
        attributes = dict(span.attributes or {})
        # The model leaves the body on Bedrock and Vertex AI: the span still names it.
        assert span.name == "anthropic.messages.create"
        assert attributes["gen_ai.request.model"] == MODEL
        assert attributes["gen_ai.response.id"] == message.id

        copy = client.copy(max_retries=1)
        copy.messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)
        assert len(exporter.get_finished_spans()) == 2  # a copy keeps the option
        client.copy(open_telemetry=False).messages.create(
            model=MODEL, max_tokens=5, messages=MESSAGES
        )
        assert len(exporter.get_finished_spans()) == 2


# `gen_ai.provider.name` as the official 2.16 clients report it (their `_gen_ai_provider_name`).
PROVIDER_NAMES = {
    "bedrock": "aws.bedrock",
    "bedrock_mantle": "aws.bedrock",
    "vertex": "gcp.vertex_ai",
    "foundry": "anthropic",
    "aws": "anthropic",
    "google_cloud": "anthropic",
}


# The tracer's instrumentation scope, as the official 2.16 clients name it (their
# `_otel_platform` after `com.anthropic.sdk.python`).
SCOPES = {
    "bedrock": "com.anthropic.sdk.python.bedrock",
    "bedrock_mantle": "com.anthropic.sdk.python.bedrock",
    "vertex": "com.anthropic.sdk.python.vertex",
    "foundry": "com.anthropic.sdk.python.foundry",
    "aws": "com.anthropic.sdk.python.aws",
    "google_cloud": "com.anthropic.sdk.python.google_cloud",
}


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_each_platform_names_its_provider_and_scope(
    claude_api: LocalAPIServer, platform: str
) -> None:
    exporter = InMemorySpanExporter()
    with platform_client(platform, claude_api, open_telemetry=_tracing(exporter)) as client:
        client.messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)
        client.copy(max_retries=1).messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)
    spans = exporter.get_finished_spans()
    assert [dict(s.attributes or {})["gen_ai.provider.name"] for s in spans] == [
        PROVIDER_NAMES[platform]
    ] * 2
    assert [s.instrumentation_scope and s.instrumentation_scope.name for s in spans] == [
        SCOPES[platform]
    ] * 2


@pytest.mark.parametrize("platform", ["bedrock", "vertex"])
def test_async_platform_clients_record_spans(claude_api: LocalAPIServer, platform: str) -> None:
    exporter = InMemorySpanExporter()

    async def main() -> None:
        client = platform_client(
            platform, claude_api, async_client=True, open_telemetry=_tracing(exporter)
        )
        async with client:
            await client.messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)

    asyncio.run(main())
    (span,) = exporter.get_finished_spans()
    assert span.name == "anthropic.messages.create"
