"""Recording this package's spans in a test: a tracer provider that hands every finished span to
an in-memory exporter (the OpenTelemetry SDK's), to pass as `open_telemetry={"tracer_provider":
...}`. The official package's spans are recorded in its own interpreter
(`official_span_probe`)."""

from __future__ import annotations

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

__all__ = ["recording_provider"]


def recording_provider(exporter: InMemorySpanExporter) -> TracerProvider:
    """A provider whose spans end up in `exporter` as each one ends."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider
