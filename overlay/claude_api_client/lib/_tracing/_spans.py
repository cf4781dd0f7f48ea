"""OpenTelemetry spans of API calls, following the GenAI semantic conventions.

`Telemetry` is the core's `CallTracer` (`_core/_tracer.py`) for a client with spans on: one span
per call, started before the first attempt and ended with the response, the error or, for an
event stream, the stream; `sending` puts the span's trace context on each request.

A span is named by the SDK method that made the call (`RequestOptions.span_name`, set by the
generated request builder: `anthropic.messages.create`) and described as the official package
describes it: the attributes of its span name's table (`_attributes.py`), read from the JSON of
request and response bodies and from the typed stream events generically (`dig`), never from a
model class. Content (the request's `system`, `messages` and `stop_sequences`, the reply's
content) is recorded only on `anthropic.messages.create` spans and only with
`traces={"content_mode": "content"}`, in the official shapes and within `max_content_bytes`
(`_content.py`). A streamed message is described when its stream ends: what `message_start`
gave, and the stop reason and output usage once `message_delta` came; its output content only
when the `messages.stream()` helper read it (its snapshot), as the official package does.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from ..._core._constants import LOGGER_NAME, SENSITIVE_HEADERS
from ..._version import __version__
from ._attributes import MESSAGE_RESPONSE, RESPONSE_HEADERS, SPAN_TABLES, dig, input_tokens, typed
from ._content import message_content

if TYPE_CHECKING:
    import httpx

    from ..._core._options import RequestOptions
    from . import ResolvedOpenTelemetryOptions

__all__ = ["Telemetry"]

# The tracer's instrumentation scope: the official package's, so that a collector or a
# processor that selects its spans by scope selects ours too (a platform's name follows it).
INSTRUMENTATION_SCOPE = "com.anthropic.sdk.python"
_MESSAGES_CREATE = "anthropic.messages.create"
# The call whose requests are being sent (set while `call` runs): `sending` counts them.
_CURRENT: ContextVar[_CallSpan | None] = ContextVar("claude_api_client_call_span", default=None)
# Query parameters whose value is content (a search, stored content): kept out of `url.query`
# unless content is recorded.
_CONTENT_QUERY = frozenset({"email", "path_prefix", "expected_content_sha256"})
# Ours, on a call whose span has a table: request fields the official `messages.create` lacks.
_REQUEST_FIELDS = {
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "top_k": "gen_ai.request.top_k",
}


class Telemetry:
    """The spans of one client's calls (and their trace context on its requests)."""

    def __init__(
        self, options: ResolvedOpenTelemetryOptions, provider: str, *, platform: str | None = None
    ) -> None:
        self.provider = provider
        """`gen_ai.provider.name` of the spans (the client class's `_gen_ai_provider_name`)."""
        self.scope = (
            INSTRUMENTATION_SCOPE if platform is None else f"{INSTRUMENTATION_SCOPE}.{platform}"
        )
        """The tracer's instrumentation scope (the client class's `_otel_platform` after it)."""
        self._tracer_provider = options.get("tracer_provider")
        self._tracer: Any = None
        self._inject: Callable[[dict[str, str]], None] | None = None
        self.propagation = options["propagation"]
        self.conversation_id = options.get("conversation_id")
        traces = options["traces"]
        self.content = traces["content_mode"] == "content"
        self.max_content_bytes: int = traces["max_content_bytes"]

    def tracer(self) -> Any:
        """The client's OpenTelemetry tracer (got on first use: the `otel` extra)."""
        if self._tracer is None:
            from opentelemetry import trace

            self._tracer = trace.get_tracer(
                self.scope, __version__, tracer_provider=self._tracer_provider
            )
        return self._tracer

    def _start(self, options: RequestOptions, base_url: httpx.URL) -> _CallSpan:
        self.tracer()
        return _CallSpan(self, options, base_url)

    def tool_use(self, tool: object, tool_use: object) -> AbstractContextManager[Any]:
        """The span of one tool run of the Messages tool runner (`_tools.py`): a context manager
        giving the run, whose `result` the block sets."""
        from ._tools import tool_use_span

        return tool_use_span(self, tool, tool_use)

    def session_tool_use(
        self,
        tool: object,
        event: object,
        *,
        input: object,
        session_id: str,
        conversation_id: str | None,
    ) -> AbstractContextManager[Any]:
        """The span of one tool run of the session tool runner (`_tools.py`), for its
        `agent.tool_use` / `agent.custom_tool_use` event: a context manager giving the run,
        whose `result` (and `content`, the blocks to record) the block sets."""
        from ._tools import session_tool_use_span

        return session_tool_use_span(
            self,
            tool,
            event,
            input=input,
            session_id=session_id,
            conversation_id=conversation_id,
        )

    def tool_runner(self, params: Mapping[str, Any], output_format: object) -> Any:
        """The span of one run of the tool runner (`_tools.RunnerSpan`), started now."""
        from ._tools import RunnerSpan

        return RunnerSpan(self, params, output_format)

    async def call(
        self,
        options: RequestOptions,
        base_url: httpx.URL,
        finish: Callable[..., Any],
        send: Callable[[Callable[..., Any]], Awaitable[Any]],
    ) -> Any:
        """`await send(traced_finish)` inside a span; a returned stream carries the span on.
        (The sync client runs this coroutine to its end: it awaits only the send loop.)"""
        span = self._start(options, base_url)
        with span.running():
            result = await send(span.finishing(finish))
        return span.hand_over(result)

    def sending(self, request: httpx.Request) -> None:
        """Put the current span's trace context (the call's: `sending` runs inside `call`) on
        `request`, in the registered propagator's headers, replacing any already there. Called
        after the request is authenticated, so no signature covers them (an HTTP
        instrumentation may rewrite them on the way); never a credential header. Each request
        is counted: the ones after the first are `http.request.resend_count`."""
        current = _CURRENT.get()
        if current is not None:
            current.sent += 1
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


# The usage fields a `message_delta` may carry (others keep `message_start`'s values).
_USAGE_FIELDS = (
    "input_tokens",
    "output_tokens",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
    "cache_creation",
    "service_tier",
    "output_tokens_details",
)


def _error_type(error: Exception) -> str:
    """`error.type` as the official package records it: the API's error type, else the status,
    else the kind of failure."""
    import httpx

    from ..._core._exceptions import APIConnectionError, APIStatusError, APITimeoutError

    if isinstance(error, (APITimeoutError, httpx.TimeoutException)):
        return "client_timeout_error"
    if isinstance(error, (APIConnectionError, httpx.TransportError)):
        return "connection_error"
    if isinstance(error, APIStatusError):
        if error.type:
            return str(error.type)
        if error.status_code >= 400:  # an `error` event inside a 200 stream is no HTTP error
            return str(error.status_code)
    return "client_error"


def _query_name(pair: str) -> str:
    from urllib.parse import unquote

    return unquote(pair.split("=", 1)[0]).removesuffix("[]")


def _header_parts(options: RequestOptions, header: str) -> list[str]:
    """The comma-separated parts of a request header the call sets (`extra_headers` last)."""
    value = ""
    for layer in (options.headers or {}, options.extra_headers or {}):
        for name, given in layer.items():
            if name.lower() == header and isinstance(given, str):
                value = given
    return [part.strip() for part in value.split(",") if part.strip()]


def _ended_short(error: BaseException) -> bool:
    """The stream's own error for a body that ended before `message_stop` (no transport error
    under it): the official package reads such a stream without an error and fails only its
    span, with `error.type` `api_error`."""
    from ..._core._exceptions import APIConnectionError

    return isinstance(error, APIConnectionError) and error.__cause__ is None


def _compaction_sums(usage: object) -> tuple[int, int] | None:
    """Input (cached included) and output tokens of the usage's `compaction` iterations."""
    entries = dig(usage, ("iterations",))
    if not isinstance(entries, (list, tuple)):
        return None
    compactions = [e for e in entries if dig(e, ("type",)) == "compaction"]
    if not compactions:
        return None

    def tokens(entry: object, *fields: str) -> int:
        counts = (dig(entry, (field,)) for field in fields)
        return sum(c for c in counts if isinstance(c, int) and not isinstance(c, bool))

    inputs = sum(
        tokens(e, "input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")
        for e in compactions
    )
    return inputs, sum(tokens(e, "output_tokens") for e in compactions)


class _CallSpan:
    """One call's span: started before sending, ended with the response, error or stream."""

    def __init__(self, telemetry: Telemetry, options: RequestOptions, base_url: httpx.URL) -> None:
        from opentelemetry.trace import SpanKind

        self._telemetry = telemetry
        body = options.json_body if isinstance(options.json_body, Mapping) else {}
        span_name = options.span_name or ""  # `BaseClient._call` traces only named calls
        self._table = table = SPAN_TABLES.get(span_name, {})
        self._options = options
        self._body: Mapping[str, Any] = body
        self._messages = span_name == _MESSAGES_CREATE
        self._content = telemetry.content and self._messages
        self._started = time.monotonic()
        self._first_chunk = True
        self._responded = False
        self._streamed = False
        self.sent = 0
        """Requests sent for the call so far (`Telemetry.sending`): retries make it more than 1."""
        self._output: object = None  # the reply's `content`, for content mode
        self._message: object = None  # a stream's `message_start` message
        self._delta: object = None  # its `message_delta` event
        self._stopped = False  # its `message_stop` came
        self._snapshot: Callable[[], object] | None = None
        attributes: dict[str, Any] = {
            "server.address": base_url.host,
            "server.port": base_url.port or (443 if base_url.scheme == "https" else 80),
            "gen_ai.provider.name": telemetry.provider,
            **table.get("constants", {}),
            "http.request.method": options.method.upper(),
        }
        if options.span_route is not None:
            attributes["http.route"] = options.span_route
        for key, given in (options.span_attributes or {}).items():
            if isinstance(given, str):
                attributes[key] = str.__str__(given)
        # A Session thread is a conversation (unless the client names its own, below).
        if isinstance(attributes.get("anthropic.session.thread.id"), str):
            attributes["gen_ai.conversation.id"] = attributes["anthropic.session.thread.id"]
        for key, (path, kind) in table.get("request", {}).items():
            if (value := typed(dig(body, path), kind)) is not None:
                attributes[key] = value
        for key, candidates in table.get("request_any", {}).items():
            found = (typed(dig(body, path), kind) for path, kind in candidates)
            first = next((value for value in found if value is not None), None)
            if first is not None:
                attributes[key] = first
        if any(dig(body, path) == "json_schema" for path in table.get("json_output", ())):
            attributes["gen_ai.output.type"] = "json"
        for key, path in table.get("request_counts", {}).items():
            listed = dig(body, path)
            if isinstance(listed, (list, tuple)):
                attributes[key] = len(listed)
        for key, header in table.get("request_headers", {}).items():
            parts = _header_parts(options, header)
            if parts:
                attributes[key] = parts
        if telemetry.conversation_id is not None:
            attributes["gen_ai.conversation.id"] = telemetry.conversation_id
        for field, name in _REQUEST_FIELDS.items() if table else ():
            value = body.get(field)
            if value is not None:
                attributes[name] = list(value) if isinstance(value, (list, tuple)) else value
        if table and (options.stream or body.get("stream") is True):
            attributes["gen_ai.request.stream"] = True
        self._span = telemetry._tracer.start_span(
            span_name, kind=SpanKind.CLIENT, attributes=attributes
        )
        self._ended = False

    @contextmanager
    def running(self) -> Iterator[None]:
        """The span as the current one while the call runs (HTTP instrumentation nests under
        it, `Telemetry.sending` reads it and counts the requests); ended by an error."""
        from opentelemetry.trace import use_span

        token = _CURRENT.set(self)
        try:
            with use_span(self._span, end_on_exit=False):
                yield
        except BaseException as error:
            self.end(error)
            raise
        finally:
            _CURRENT.reset(token)

    def finishing(self, finish: Callable[..., Any]) -> Callable[..., Any]:
        def traced(response: httpx.Response, taken: int, opened: Any) -> Any:
            self.sent = max(self.sent, taken + 1)
            self.response(response, read=opened is None)
            return finish(response, taken, opened)

        return traced

    def response(self, response: httpx.Response, *, read: bool = False) -> None:
        span = self._span
        self._responded = True
        span.set_attribute("http.response.status_code", response.status_code)
        for key, header in RESPONSE_HEADERS.items():
            if value := response.headers.get(header):
                span.set_attribute(key, value)
        self._url(response.request.url)
        if (
            not read
            or not response.is_success
            or "json" not in response.headers.get("content-type", "")
        ):
            return
        try:
            body = response.json()
        except Exception:  # a body that is not JSON describes nothing
            return
        if isinstance(body, dict):
            self._describe(body)
            if self._content:
                self._output = body.get("content")

    def _url(self, url: httpx.URL) -> None:
        """`url.*` of the request sent; of its query, only the operation's own parameters."""
        span = self._span
        path = url.raw_path.split(b"?", 1)[0].decode("ascii")
        span.set_attribute("url.scheme", url.scheme)
        span.set_attribute("url.path", path)
        defined = set(self._options.params or ())
        pairs = [p for p in url.query.decode("ascii").split("&") if p]
        kept = [p for p in pairs if _query_name(p) in defined]
        if not self._telemetry.content and any(_query_name(p) in _CONTENT_QUERY for p in kept):
            return
        query = "&".join(kept)
        if query:
            span.set_attribute("url.query", query)
        full = f"{url.scheme}://{url.netloc.decode('ascii')}{path}"
        span.set_attribute("url.full", f"{full}?{query}" if query else full)

    def _describe(self, body: Mapping[str, Any], *, complete: bool = True) -> None:
        """The response attributes of the span's table, from a body or a streamed message
        (`complete`: its `message_delta` came, so the compaction sums are final)."""
        span = self._span
        created = self._options.span_created_id
        if created and isinstance(body.get(created[1]), str):
            span.set_attribute(created[0], body[created[1]])
        for key, (path, kind) in self._table.get("response", {}).items():
            if (value := typed(dig(body, path), kind)) is not None:
                span.set_attribute(key, value)
        if self._table.get("response") is MESSAGE_RESPONSE:
            usage = body.get("usage")
            tokens = input_tokens(usage)
            if tokens is not None:
                span.set_attribute("gen_ai.usage.input_tokens", tokens)
            sums = _compaction_sums(usage) if complete else None
            if sums is not None:
                span.set_attribute("anthropic.usage.compaction.input_tokens", sums[0])
                span.set_attribute("anthropic.usage.compaction.output_tokens", sums[1])

    def event(self, event: Any) -> None:
        """Read one typed stream event generically: what `message_start`, `message_delta` and
        `message_stop` say is kept for the end of the stream."""
        kind = getattr(event, "type", None)
        if kind == "content_block_delta":
            if self._first_chunk:
                self._first_chunk = False
                self._span.set_attribute(
                    "gen_ai.response.time_to_first_chunk", time.monotonic() - self._started
                )
        elif kind == "message_start":
            self._message = getattr(event, "message", None)
        elif kind == "message_delta":
            self._delta = event
        elif kind == "message_stop":
            self._stopped = True

    def share_snapshot(self, reader: Callable[[], object]) -> None:
        """The `messages.stream()` helper reading this call's stream: `reader` gives the message
        it has accumulated (the stream's output content in content mode)."""
        self._snapshot = reader

    def _describe_stream(self) -> None:
        """A streamed message, when its stream ends: `message_start`'s fields, and the stop
        reason and output usage only once `message_delta` gave them (until then they are
        placeholders)."""
        message = self._message
        if message is None:
            return
        start_usage = dig(message, ("usage",))
        usage: dict[str, object] = {f: dig(start_usage, (f,)) for f in _USAGE_FIELDS}
        usage["iterations"] = dig(start_usage, ("iterations",))
        view: dict[str, object] = {"id": dig(message, ("id",)), "model": dig(message, ("model",))}
        delta = self._delta
        if delta is None:
            usage.pop("output_tokens")
            usage.pop("output_tokens_details")
        else:
            # The delta's usage fields are totals: each one it has replaces `message_start`'s.
            for field in _USAGE_FIELDS:
                value = dig(delta, ("usage", field))
                if value is not None:
                    usage[field] = value
            view["stop_reason"] = dig(delta, ("delta", "stop_reason"))
        view["usage"] = usage
        self._describe(view, complete=delta is not None)
        if self._content and self._snapshot is not None:
            try:
                self._output = dig(self._snapshot(), ("content",))
            except Exception:  # the helper has no message yet
                self._output = None

    def hand_over(self, result: Any) -> Any:
        """End the span now, or, for an event stream, when the stream ends or is closed."""
        http_response = getattr(result, "http_response", None)
        if http_response is not None and not self._ended:  # raw / streaming response modes
            self.response(http_response)
        from ..._core._streaming import AsyncStream, Stream

        self._streamed = isinstance(result, (Stream, AsyncStream))
        if isinstance(result, Stream):
            result._wrap_batches(lambda inner: _Batches(self._events(inner), inner, self))
        elif isinstance(result, AsyncStream):
            result._wrap_batches(lambda inner: _AsyncBatches(self._aevents(inner), inner, self))
        else:
            self.end(None)
            return result
        result._call_span = self  # read by the `messages.stream()` helper (`share_snapshot`)
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
        # A stream closed early (GeneratorExit) is no error, and leaves the status unset.
        if isinstance(error, GeneratorExit):
            self.end(None, closed=True)
        else:
            self.end(error)

    def end(self, error: BaseException | None, *, closed: bool = False) -> None:
        """End the span: with `error`, or, for a stream, read to its end (`closed`: the
        application closed it first). Recording never raises into the call."""
        if self._ended:
            return
        self._ended = True
        from opentelemetry.trace import Status, StatusCode

        span = self._span
        try:
            if self._streamed and self._messages:
                self._describe_stream()
            if self.sent > 1:
                span.set_attribute("http.request.resend_count", self.sent - 1)
            if self._content:
                content = message_content(
                    self._body, self._output, self._telemetry.max_content_bytes
                )
                span.set_attributes(content)
        except Exception:
            import logging

            logging.getLogger(LOGGER_NAME).debug("span not described", exc_info=True)
        if isinstance(error, Exception):  # not the application stopping it (a cancellation)
            failed = getattr(error, "response", None)
            if failed is not None and not self._responded:
                self.response(failed)
            elif not self._responded and getattr(error, "request", None) is not None:
                self._url(error.request.url)  # type: ignore[attr-defined]
            short = self._streamed and self._messages and _ended_short(error)
            span.set_attribute("error.type", "api_error" if short else _error_type(error))
            span.set_status(Status(StatusCode.ERROR))
        elif error is None and not self._streamed:
            span.set_status(Status(StatusCode.OK))
        elif error is None and self._messages and not closed:
            # A message stream read to its end: whole with `message_stop`, else cut short.
            if self._stopped:
                span.set_status(Status(StatusCode.OK))
            else:
                span.set_attribute("error.type", "api_error")
                span.set_status(Status(StatusCode.ERROR))
        # Any other event stream is never known to be read to its end: its status stays unset.
        span.end()


class _Batches:
    """A stream's item lists as the span reads them (`_CallSpan._events`). Its `close` also ends
    the span of a stream closed before anything was read: a generator never started runs
    nothing when closed."""

    def __init__(
        self,
        events: Generator[list[Any], None, None],
        inner: Generator[list[Any], None, None],
        span: _CallSpan,
    ) -> None:
        self._events, self._inner, self._span = events, inner, span

    def __iter__(self) -> _Batches:
        return self

    def __next__(self) -> list[Any]:
        return next(self._events)

    def close(self) -> None:
        self._events.close()
        self._inner.close()
        self._span.end(None, closed=True)  # nothing when the read already ended it


class _AsyncBatches:
    """`_Batches` of an async stream."""

    def __init__(
        self,
        events: AsyncGenerator[list[Any], None],
        inner: AsyncGenerator[list[Any], None],
        span: _CallSpan,
    ) -> None:
        self._events, self._inner, self._span = events, inner, span

    def __aiter__(self) -> _AsyncBatches:
        return self

    async def __anext__(self) -> list[Any]:
        return await self._events.__anext__()

    async def aclose(self) -> None:
        await self._events.aclose()
        await self._inner.aclose()
        self._span.end(None, closed=True)
