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
