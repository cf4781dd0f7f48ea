"""The instrumentation scope of the client's tracer is the official package's: a collector or a
span processor that selects the SDK's spans by scope selects ours too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from claude_api_client import Anthropic
from claude_api_client.testing import LocalAPIServer, local_api


@pytest.fixture
def api() -> Iterator[LocalAPIServer]:
    with local_api() as server:
        yield server


def test_the_first_party_scope(api: LocalAPIServer) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    client: Anthropic = api.client(open_telemetry={"tracer_provider": provider})
    client.models.list()
    (span,) = exporter.get_finished_spans()
    assert span.instrumentation_scope is not None
    assert span.instrumentation_scope.name == "com.anthropic.sdk.python"


PLATFORM_SCOPES = {
    "bedrock": "com.anthropic.sdk.python.bedrock",
    "bedrock_mantle": "com.anthropic.sdk.python.bedrock",
    "vertex": "com.anthropic.sdk.python.vertex",
    "foundry": "com.anthropic.sdk.python.foundry",
    "aws": "com.anthropic.sdk.python.aws",
    "google_cloud": "com.anthropic.sdk.python.google_cloud",
}


@pytest.mark.parametrize("platform", sorted(PLATFORM_SCOPES))
def test_a_platform_clients_scope_names_its_platform(api: LocalAPIServer, platform: str) -> None:
    from claude_api_client.testing.pytest_plugin import PLATFORMS, platform_client

    assert set(PLATFORM_SCOPES) == set(PLATFORMS)
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with platform_client(platform, api, open_telemetry={"tracer_provider": provider}) as client:
        client.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=8,
            messages=[{"role": "user", "content": "hi"}],
        )
    (span,) = exporter.get_finished_spans()
    assert span.instrumentation_scope is not None
    assert span.instrumentation_scope.name == PLATFORM_SCOPES[platform]
