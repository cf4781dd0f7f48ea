"""OpenTelemetry spans of API calls, following the GenAI semantic conventions.

`Telemetry` is the core's `CallTracer` (`_core/_tracer.py`) for a client with spans on: one span
per call, started before the first attempt and ended with the response, the error or, for an
event stream, the stream; `sending` puts the span's trace context on each request.

Spans are described from the JSON of request and response bodies and from the typed stream
events' attributes, read generically (`model`, `usage`, `stop_reason`, ...), never from a model
class. Content (the request's `messages` / `system`, the response's text) is recorded only with
`traces={"content_mode": "content"}`, each within `max_content_bytes`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..._core._constants import LOGGER_NAME, SENSITIVE_HEADERS
from ..._version import __version__

if TYPE_CHECKING:
    import httpx

    from ..._core._options import RequestOptions
    from . import ResolvedOpenTelemetryOptions

__all__ = ["Telemetry"]

_SCOPE = "claude_api_client"
# `gen_ai.operation.name` of the calls the GenAI conventions name, by span name.
_OPERATIONS = {
    "anthropic.messages.create": "chat",
    "anthropic.completions.create": "text_completion",
}
_REQUEST_FIELDS = {
    "max_tokens": "gen_ai.request.max_tokens",
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "top_k": "gen_ai.request.top_k",
    "stop_sequences": "gen_ai.request.stop_sequences",
}


class Telemetry:
    """The spans of one client's calls (and their trace context on its requests)."""

    def __init__(self, options: ResolvedOpenTelemetryOptions, provider: str) -> None:
        self.provider = provider
        """`gen_ai.provider.name` of the spans (the client class's `_gen_ai_provider_name`)."""
        self._tracer_provider = options.get("tracer_provider")
        self._tracer: Any = None
        self._inject: Callable[[dict[str, str]], None] | None = None
        self.propagation = options["propagation"]
        self.conversation_id = options.get("conversation_id")
        traces = options["traces"]
        self.content = traces["content_mode"] == "content"
        self.max_content_bytes: int = traces["max_content_bytes"]

    def _start(self, options: RequestOptions, base_url: httpx.URL) -> _CallSpan:
        if self._tracer is None:
            from opentelemetry import trace  # the `otel` extra

            self._tracer = trace.get_tracer(
                _SCOPE, __version__, tracer_provider=self._tracer_provider
            )
        return _CallSpan(self, options, base_url)

    def call(
        self,
        options: RequestOptions,
        base_url: httpx.URL,
        finish: Callable[..., Any],
        send: Callable[[Callable[..., Any]], Any],
    ) -> Any:
        """`send(traced_finish)` inside a span; a returned stream carries the span on."""
        span = self._start(options, base_url)
        with span.running():
            result = send(span.finishing(finish))
        return span.hand_over(result)

    async def acall(
        self,
        options: RequestOptions,
        base_url: httpx.URL,
        finish: Callable[..., Any],
        send: Callable[[Callable[..., Any]], Awaitable[Any]],
    ) -> Any:
        span = self._start(options, base_url)
        with span.running():
            result = await send(span.finishing(finish))
        return span.hand_over(result)

    def sending(self, request: httpx.Request) -> None:
        """Put the current span's trace context (the call's: `sending` runs inside `call`) on
        `request`, in the registered propagator's headers, replacing any already there. Called
        after the request is authenticated, so no signature covers them (an HTTP
        instrumentation may rewrite them on the way); never a credential header."""
        if not self.propagation:
            return
        if self._inject is None:
            self._inject = _injector()
        carrier: dict[str, str] = {}
        self._inject(carrier)
        for name, value in carrier.items():
            if name.lower() not in SENSITIVE_HEADERS:
                request.headers[name] = value


def _injector() -> Callable[[dict[str, str]], None]:
    """`opentelemetry.propagate.inject`, or, when the propagators the environment names
    (`OTEL_PROPAGATORS`) cannot be loaded, nothing: the calls go on without trace context."""
    try:
        from opentelemetry.propagate import inject
    except Exception as error:
        import logging

        logging.getLogger(LOGGER_NAME).warning(
            "OpenTelemetry propagators not loaded, no trace context sent: %s", error
        )
        return lambda carrier: None
    return inject


def _capped(value: object, cap: int) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    data = text.encode()
    if len(data) <= cap:
        return text
    return data[:cap].decode(errors="ignore")


class _CallSpan:
    """One call's span: started before sending, ended with the response, error or stream."""

    def __init__(self, telemetry: Telemetry, options: RequestOptions, base_url: httpx.URL) -> None:
        from opentelemetry.trace import SpanKind

        self._telemetry = telemetry
        body = options.json_body if isinstance(options.json_body, Mapping) else {}
        span_name = options.span_name or ""  # `BaseClient._call` traces only named calls
        model = body.get("model")
        attributes: dict[str, Any] = {
            "gen_ai.provider.name": telemetry.provider,
            "http.request.method": options.method.upper(),
            "server.address": base_url.host,
            "server.port": base_url.port or (443 if base_url.scheme == "https" else 80),
        }
        if span_name in _OPERATIONS:
            attributes["gen_ai.operation.name"] = _OPERATIONS[span_name]
        if isinstance(model, str):
            attributes["gen_ai.request.model"] = model
        if telemetry.conversation_id is not None:
            attributes["gen_ai.conversation.id"] = telemetry.conversation_id
        for field, name in _REQUEST_FIELDS.items():
            value = body.get(field)
            if value is not None:
                attributes[name] = list(value) if isinstance(value, (list, tuple)) else value
        if options.stream or body.get("stream") is True:
            attributes["gen_ai.request.stream"] = True
        if telemetry.content:
            cap = telemetry.max_content_bytes
            if "messages" in body:
                attributes["gen_ai.input.messages"] = _capped(body["messages"], cap)
            if "system" in body:
                attributes["gen_ai.system_instructions"] = _capped(body["system"], cap)
        self._span = telemetry._tracer.start_span(
            span_name, kind=SpanKind.CLIENT, attributes=attributes
        )
        self._ended = False
        self._text: list[str] = []
        self._stop_reason: str | None = None

    @contextmanager
    def running(self) -> Iterator[None]:
        """The span as the current one while the call runs (HTTP instrumentation nests under
        it, `Telemetry.sending` reads it); ended by an error."""
        from opentelemetry.trace import use_span

        try:
            with use_span(self._span, end_on_exit=False):
                yield
        except BaseException as error:
            self.end(error)
            raise

    def finishing(self, finish: Callable[..., Any]) -> Callable[..., Any]:
        def traced(response: httpx.Response, taken: int, opened: Any) -> Any:
            self.response(response, read=opened is None)
            return finish(response, taken, opened)

        return traced

    def response(self, response: httpx.Response, *, read: bool = False) -> None:
        span = self._span
        span.set_attribute("http.response.status_code", response.status_code)
        request_id = response.headers.get("request-id")
        if request_id:
            span.set_attribute("anthropic.request.id", request_id)
        if not read or "json" not in response.headers.get("content-type", ""):
            return
        try:
            body = response.json()
        except Exception:  # a body that is not JSON describes nothing
            return
        if isinstance(body, dict):
            self._describe(body)

    def _describe(self, body: Mapping[str, Any]) -> None:
        span = self._span
        if isinstance(body.get("id"), str):
            span.set_attribute("gen_ai.response.id", body["id"])
        if isinstance(body.get("model"), str):
            span.set_attribute("gen_ai.response.model", body["model"])
        usage = body.get("usage")
        if isinstance(usage, Mapping):
            self._usage(usage)
        if isinstance(body.get("stop_reason"), str):
            self._stop_reason = body["stop_reason"]
        if self._telemetry.content and isinstance(body.get("content"), list):
            span.set_attribute(
                "gen_ai.output.messages",
                _capped(
                    [{"role": "assistant", "content": body["content"]}],
                    self._telemetry.max_content_bytes,
                ),
            )

    def _usage(self, usage: Any) -> None:
        for field in ("input_tokens", "output_tokens"):
            if isinstance(usage, Mapping):
                value = usage.get(field)
            else:
                value = getattr(usage, field, None)
            if isinstance(value, int):
                self._span.set_attribute(f"gen_ai.usage.{field}", value)

    def event(self, event: Any) -> None:
        """Read one typed stream event generically: `message_start`, deltas, `message_delta`."""
        kind = getattr(event, "type", None)
        if kind == "message_start":
            message = getattr(event, "message", None)
            for field, name in (("id", "gen_ai.response.id"), ("model", "gen_ai.response.model")):
                value = getattr(message, field, None)
                if isinstance(value, str):
                    self._span.set_attribute(name, value)
            self._usage(getattr(message, "usage", None))
        elif kind == "message_delta":
            self._usage(getattr(event, "usage", None))
            stop = getattr(getattr(event, "delta", None), "stop_reason", None)
            if isinstance(stop, str):
                self._stop_reason = stop
        elif kind == "content_block_delta" and self._telemetry.content:
            text = getattr(getattr(event, "delta", None), "text", None)
            if isinstance(text, str):
                self._text.append(text)

    def hand_over(self, result: Any) -> Any:
        """End the span now, or, for an event stream, when the stream ends or is closed."""
        http_response = getattr(result, "http_response", None)
        if http_response is not None and not self._ended:  # raw / streaming response modes
            self.response(http_response)
        from ..._core._streaming import AsyncStream, Stream

        if isinstance(result, Stream):
            result._wrap_batches(self._events)
        elif isinstance(result, AsyncStream):
            result._wrap_batches(self._aevents)
        else:
            self.end(None)
        return result

    # The stream's events come in lists, one per chunk of the body; the span ends with them
    # (`with self`), its inner generator closed at once when the stream is closed early.
    def _events(self, inner: Generator[list[Any], None, None]) -> Generator[list[Any], None, None]:
        with self:
            try:
                for batch in inner:
                    for event in batch:
                        self.event(event)
                    yield batch
            except GeneratorExit:
                inner.close()
                raise

    async def _aevents(
        self, inner: AsyncGenerator[list[Any], None]
    ) -> AsyncGenerator[list[Any], None]:
        with self:
            try:
                async for batch in inner:
                    for event in batch:
                        self.event(event)
                    yield batch
            except GeneratorExit:
                await inner.aclose()
                raise

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        # A stream closed early (GeneratorExit) is no error.
        self.end(None if isinstance(error, GeneratorExit) else error)

    def end(self, error: BaseException | None) -> None:
        if self._ended:
            return
        self._ended = True
        from opentelemetry.trace import Status, StatusCode

        span = self._span
        if self._stop_reason is not None:
            span.set_attribute("gen_ai.response.finish_reasons", [self._stop_reason])
        if self._text:
            span.set_attribute(
                "gen_ai.output.messages",
                _capped(
                    [
                        {
                            "role": "assistant",
                            "content": [{"type": "text", "text": "".join(self._text)}],
                        }
                    ],
                    self._telemetry.max_content_bytes,
                ),
            )
        if error is not None:
            span.set_attribute("error.type", type(error).__qualname__)
            status = getattr(error, "status_code", None)
            if isinstance(status, int):
                span.set_attribute("http.response.status_code", status)
            request_id = getattr(error, "request_id", None)
            if isinstance(request_id, str):
                span.set_attribute("anthropic.request.id", request_id)
            span.set_status(Status(StatusCode.ERROR, type(error).__name__))
        span.end()
