"""The instrumentation scope of the client's tracer is the official package's, so that a collector
or a span processor that selects the SDK's spans by scope selects ours too (the platform clients'
scopes: tests/platforms/test_platform_telemetry.py)."""

from __future__ import annotations

from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from _support.spans import recording_provider
from claude_api_client import Anthropic
from claude_api_client.testing import LocalAPIServer


def test_the_first_party_scope(api: LocalAPIServer, exporter: InMemorySpanExporter) -> None:
    client: Anthropic = api.client(open_telemetry={"tracer_provider": recording_provider(exporter)})
    client.models.list()
    (span,) = exporter.get_finished_spans()
    assert span.instrumentation_scope is not None
    assert span.instrumentation_scope.name == "com.anthropic.sdk.python"
