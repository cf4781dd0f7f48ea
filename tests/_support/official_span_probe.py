"""Run by the official package's interpreter (not ours): makes the calls named on the command line
with `anthropic` against the simulator at BASE_URL and prints each span as JSON
(`{"name", "attributes"}`), one a line. Only `opentelemetry-api` is needed there: the spans are
recorded by the minimal provider below, not by the SDK.

    python official_span_probe.py BASE_URL CALL...   (CALL: a function of span_calls.py)

`SPAN_PROBE_TRACES` (JSON) is the option's `traces` (default `true`).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from opentelemetry import trace
from opentelemetry.trace import SpanContext, TraceFlags


class _Span(trace.Span):
    def __init__(self, name: str, attributes: Any, done: list[dict[str, Any]]) -> None:
        self._name = name
        self._attributes = dict(attributes or {})
        self._done = done
        self._context = SpanContext(1, 1, is_remote=False, trace_flags=TraceFlags(1))

    def get_span_context(self) -> SpanContext:
        return self._context

    def set_attributes(self, attributes: Any) -> None:
        self._attributes.update(attributes)

    def set_attribute(self, key: str, value: Any) -> None:
        self._attributes[key] = value

    def add_event(self, name: str, attributes: Any = None, timestamp: Any = None) -> None:
        pass

    def add_link(self, context: Any, attributes: Any = None) -> None:
        pass

    def update_name(self, name: str) -> None:
        self._name = name

    def is_recording(self) -> bool:
        return True

    def set_status(self, status: Any, description: Any = None) -> None:
        self._status = getattr(getattr(status, "status_code", None), "name", None)

    def record_exception(self, *args: Any, **kwargs: Any) -> None:
        pass

    def end(self, end_time: Any = None) -> None:
        attributes = {
            k: list(v) if isinstance(v, tuple) else v for k, v in self._attributes.items()
        }
        status = getattr(self, "_status", None) or "UNSET"
        self._done.append({"name": self._name, "attributes": attributes, "status": status})


class _Tracer(trace.Tracer):
    def __init__(self, done: list[dict[str, Any]]) -> None:
        self._done = done

    def start_span(
        self,
        name: str,
        context: Any = None,
        kind: Any = None,
        attributes: Any = None,
        *args: Any,
        **kwargs: Any,
    ) -> trace.Span:
        return _Span(name, attributes, self._done)

    def start_as_current_span(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError


class _Provider(trace.TracerProvider):
    def __init__(self) -> None:
        self.done: list[dict[str, Any]] = []

    def get_tracer(self, *args: Any, **kwargs: Any) -> trace.Tracer:
        return _Tracer(self.done)


def main(base_url: str, calls: list[str]) -> None:
    import anthropic
    import span_calls as client_calls  # next to this file: the same calls our tests make

    provider = _Provider()
    # SPAN_PROBE_TRACES: the `traces` of the option, as JSON (content mode, its cap).
    traces = json.loads(os.environ.get("SPAN_PROBE_TRACES") or "true")
    option = {"tracer_provider": provider, "traces": traces}
    client = anthropic.Anthropic(base_url=base_url, open_telemetry=option)
    for call in calls:
        if call.startswith("async_"):  # a coroutine function, given an async client
            import asyncio

            async_client = anthropic.AsyncAnthropic(base_url=base_url, open_telemetry=option)
            asyncio.run(getattr(client_calls, call)(async_client))
        else:
            getattr(client_calls, call)(client)
    for span in provider.done:
        print(json.dumps(span, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
