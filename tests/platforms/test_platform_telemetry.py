"""Every platform client takes `open_telemetry=` as `Anthropic(...)` does (through the shared
platform setup): its calls are spans describing the call as made, before the platform's rewrite."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import PLATFORMS, platform_client

MODEL = "claude-sonnet-4-5"
MESSAGES: list[Any] = [{"role": "user", "content": "hello"}]


def _tracing(exporter: InMemorySpanExporter) -> dict[str, Any]:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return {"tracer_provider": provider}


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


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_each_platform_names_its_provider(claude_api: LocalAPIServer, platform: str) -> None:
    exporter = InMemorySpanExporter()
    with platform_client(platform, claude_api, open_telemetry=_tracing(exporter)) as client:
        client.messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)
        client.copy(max_retries=1).messages.create(model=MODEL, max_tokens=5, messages=MESSAGES)
    spans = exporter.get_finished_spans()
    assert [dict(s.attributes or {})["gen_ai.provider.name"] for s in spans] == [
        PROVIDER_NAMES[platform]
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
