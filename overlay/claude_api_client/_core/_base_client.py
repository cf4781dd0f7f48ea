"""The transport core: builds requests, sends them with retries, maps failures to exceptions.

`SyncAPIClient` and `AsyncAPIClient` hold the configuration (credentials, base URL, timeout,
retry policy, default headers and query) and the httpx client; the public `Anthropic` and
`AsyncAnthropic` subclass them, and generated resources call the `request*` methods with a
`RequestOptions`. Everything that is not I/O lives in `BaseClient`, shared by both.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import logging
import math
import sys
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    asynccontextmanager,
    contextmanager,
)
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

import httpx
import pydantic
from typing_extensions import Self

from .._version import __version__
from ._closing import AsyncClosing, Closing
from ._constants import (
    ADAPTIVE_TIMEOUT_CAP,
    ADAPTIVE_TOKENS_PER_SECOND,
    API_VERSION,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT,
    DEFAULT_TIMEOUT_SECONDS,
    LOGGER_NAME,
    SENSITIVE_HEADERS,
)
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    RequestBodyTooLargeError,
    RetryableError,
    make_status_error,
)
from ._options import RequestOptions
from ._pagination import AsyncPage, AsyncPaginator, PageSpec, SyncPage, parse_page
from ._response import APIResponse, AsyncAPIResponse
from ._response_modes import PARSED, RAW, response_mode
from ._retry import RetryPolicy, retry_delay, should_retry
from ._sse import EventDecoder, SSEDecoder
from ._types import NOT_GIVEN, Headers, NotGiven, Omit, Query
from ._uploads import MultipartParts, multipart_parts

if TYPE_CHECKING:
    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._jsonl import AsyncJSONLStream, JSONLStream
    from ._streaming import AsyncStream, Stream

__all__ = ["AsyncAPIClient", "BaseClient", "SyncAPIClient"]

log = logging.getLogger(LOGGER_NAME)

T = TypeVar("T")
E = TypeVar("E")
M = TypeVar("M", bound=pydantic.BaseModel)
_HttpT = TypeVar("_HttpT", bound=httpx.Client | httpx.AsyncClient)

TimeoutArg: TypeAlias = "float | httpx.Timeout | None"

USER_AGENT = f"claude-api-client/{__version__} Python/{sys.version_info[0]}.{sys.version_info[1]}"
MISSING_CREDENTIALS = (
    "No credentials: pass api_key=... (or set the ANTHROPIC_API_KEY environment variable), "
    "or auth_token=... (or set ANTHROPIC_AUTH_TOKEN) when creating the client."
)


@dataclass
class _Encoded:
    """The parts of a request that stay the same across retries, computed once."""

    headers: dict[str, str]
    omitted: set[str]
    params: dict[str, Any]
    content: bytes | None = None
    data: dict[str, list[str]] | None = None
    files: list[tuple[str, Any]] | None = None
    extensions: dict[str, Any] = field(default_factory=dict)


def _json_default(value: object) -> object:
    """json.dumps fallback: pydantic models as the caller set them, dates as ISO strings."""
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return model_dump(mode="json", exclude_unset=True, by_alias=True)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, NotGiven):
        raise TypeError("NOT_GIVEN inside a request body: leave the key out instead")
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _extra_body(options: RequestOptions) -> dict[str, object]:
    extra = options.extra_body
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise TypeError(f"extra_body must be a mapping, not {type(extra).__name__}")
    return dict(extra)


def _merge_extra_body(options: RequestOptions) -> RequestOptions:
    """The options with `extra_body` merged into the body (a plain dict for JSON calls, the
    multipart field list for uploads) and NOT_GIVEN values dropped: what the hook sees."""
    extra = _extra_body(options)
    if options.multipart is not None:
        fields = list(options.multipart) + list(extra.items())
        return dataclasses.replace(options, multipart=fields, extra_body=None)
    body = options.json_body
    if extra:
        if body is None:
            body = extra
        elif isinstance(body, Mapping):
            body = {**body, **extra}
        else:
            raise TypeError("extra_body can only be merged into a JSON object body")
    if isinstance(body, Mapping):
        body = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
    return dataclasses.replace(options, json_body=body, extra_body=None)


# Downloads come as whatever type the file has; errors still come as JSON.
BINARY_ACCEPT = "*/*"
JSONL_ACCEPT = "application/x-jsonl, application/json;q=0.9, */*;q=0.8"


def _accepting(options: RequestOptions, accept: str) -> RequestOptions:
    """The options with a default `accept` (operation and extra headers still override it)."""
    return dataclasses.replace(options, headers={"accept": accept, **(options.headers or {})})


def _redact(headers: httpx.Headers) -> dict[str, str]:
    return {
        key: ("<redacted>" if key.lower() in SENSITIVE_HEADERS else value)
        for key, value in headers.items()
    }


def _budget(timeout: httpx.Timeout | None) -> float:
    """Seconds a whole call (all attempts and waits) may take: the read timeout."""
    if timeout is None or timeout.read is None:
        return math.inf
    return timeout.read


# Failures worth another attempt: the network or the server broke, not our request.
_TRANSIENT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)


def _connection_failure(error: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(message=f"Connection error: {error}", request=request)


class BaseClient(Generic[_HttpT]):
    """Configuration and everything about a request that is not I/O."""

    _http: _HttpT
    _owns_http_client: bool

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: _HttpT | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self.api_key = api_key
        self.auth_token = auth_token
        self.base_url = httpx.URL(str(base_url or DEFAULT_BASE_URL))
        # Remember whether the caller chose a timeout: only the default one may be adapted.
        self._timeout_given = not isinstance(timeout, NotGiven)
        self.timeout: TimeoutArg = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        policy = retry_policy or RetryPolicy()
        if not isinstance(max_retries, NotGiven):
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self._retry_policy = policy
        self._custom_headers: dict[str, str | Omit] = dict(default_headers or {})
        self._custom_query: dict[str, object] = dict(default_query or {})
        # A client the caller supplied is theirs to close; one we create is ours.
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else self._make_http_client()

    def _make_http_client(self) -> _HttpT:
        raise NotImplementedError

    @property
    def max_retries(self) -> int:
        return self._retry_policy.max_retries

    @property
    def http_client(self) -> _HttpT:
        return self._http

    def __repr__(self) -> str:
        # Deliberately no credentials.
        return (
            f"<{type(self).__name__} base_url={str(self.base_url)!r} "
            f"max_retries={self.max_retries}>"
        )

    # --- copies ------------------------------------------------------------------------------

    def copy(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        auth_token: str | NotGiven | None = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        set_default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: _HttpT | None = None,
    ) -> Self:
        """A new client with some settings changed, sharing this one's connection pool.

        `default_headers` / `default_query` are merged over the current ones; the `set_` forms
        replace them. The copy is built by calling the class with the keyword arguments below
        (the public ones of the official client), so subclasses must accept them.
        """
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Pass default_headers or set_default_headers, not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Pass default_query or set_default_query, not both")
        headers = dict(self._custom_headers if set_default_headers is None else set_default_headers)
        headers.update(default_headers or {})
        query = dict(self._custom_query if set_default_query is None else set_default_query)
        query.update(default_query or {})
        if isinstance(timeout, NotGiven) and self._timeout_given:
            timeout = self.timeout
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        new = type(self)(
            api_key=self.api_key if isinstance(api_key, NotGiven) else api_key,
            auth_token=self.auth_token if isinstance(auth_token, NotGiven) else auth_token,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=timeout,
            max_retries=retries,
            default_headers=headers,
            default_query=query,
            http_client=http_client if http_client is not None else self._http,
        )
        # Not a constructor argument, so that subclasses need only the public ones.
        new._retry_policy = dataclasses.replace(self._retry_policy, max_retries=retries)
        return new

    with_options = copy

    # --- hooks for platform clients (see docs/internals.md, "Platform hooks") ----------------

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        """Rewrite one call before it is encoded; called once per call, not per retry.

        `options.json_body` already has `extra_body` merged in (a plain dict for JSON calls,
        NOT_GIVEN values dropped). Return `options` or a changed copy (`dataclasses.replace`):
        method, path, json_body, headers, params, stream. Raising here refuses the call before
        anything is sent. The default returns `options` unchanged.
        """
        return options

    def _event_decoder(self, response: httpx.Response) -> EventDecoder:
        """The decoder of a streamed response's body: every event stream (`stream=True`,
        `messages.stream()`, the first event read before retrying) is decoded through it.
        The default decodes `text/event-stream`."""
        return SSEDecoder()

    def _prepared(self, options: RequestOptions) -> RequestOptions:
        """The call as it will be encoded: extra_body merged, then the platform hook applied."""
        return self._prepare_options(_merge_extra_body(options))

    # --- building a request ------------------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        if self.api_key:
            return {"x-api-key": self.api_key}
        if self.auth_token:
            return {"authorization": f"Bearer {self.auth_token}"}
        return {}

    def _headers(
        self, options: RequestOptions, *, json_body: bool
    ) -> tuple[dict[str, str], set[str]]:
        """Merged headers (defaults < default_headers < operation < extra_headers) and the
        names an `Omit` removed."""
        base: dict[str, str] = {
            "accept": "text/event-stream" if options.stream else "application/json",
            "anthropic-version": API_VERSION,
            "user-agent": USER_AGENT,
        }
        if json_body:
            base["content-type"] = "application/json"
        base.update(self._auth_headers())
        merged: dict[str, tuple[str, str]] = {}
        omitted: set[str] = set()
        layers: list[Headers] = [
            base,
            self._custom_headers,
            options.headers or {},
            options.extra_headers or {},
        ]
        for layer in layers:
            for name, value in layer.items():
                key = name.lower()
                if isinstance(value, Omit):
                    merged.pop(key, None)
                    omitted.add(key)
                else:
                    merged[key] = (name, value)
                    omitted.discard(key)
        if not ({"x-api-key", "authorization"} & (merged.keys() | omitted)):
            raise MissingCredentialsError(MISSING_CREDENTIALS)
        return {name: value for name, value in merged.values()}, omitted

    def _query(self, options: RequestOptions) -> dict[str, Any]:
        """default_query < params < extra_query; None / NOT_GIVEN drop a key."""
        query: dict[str, Any] = {}
        layers: list[Query] = [self._custom_query, options.params or {}, options.extra_query or {}]
        for layer in layers:
            for key, value in layer.items():
                if value is None or isinstance(value, NotGiven):
                    query.pop(key, None)
                else:
                    query[key] = value
        return query

    def _json_content(self, options: RequestOptions) -> bytes | None:
        body = options.json_body
        if body is None:
            return None
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=_json_default)
        return text.encode("utf-8")

    @staticmethod
    def _multipart(options: RequestOptions) -> MultipartParts:
        """Split multipart fields (`extra_body`'s already among them) into form values and files."""
        return multipart_parts(list(options.multipart or []))

    def _encode(self, options: RequestOptions) -> _Encoded:
        if options.multipart is not None:
            parts = self._multipart(options)
            headers, omitted = self._headers(options, json_body=False)
            limit = options.max_body_bytes
            if limit is not None:
                # Measured from lengths and os.stat: nothing is read, nothing is sent.
                content_type = {k.lower(): v for k, v in headers.items()}.get("content-type")
                size = parts.encoded_size(content_type)
                if size is None:
                    size = parts.content_size()
                if size is not None and size > limit:
                    raise RequestBodyTooLargeError(
                        size=size, limit=limit, endpoint=f"{options.method.upper()} {options.path}"
                    )
            return _Encoded(
                headers, omitted, self._query(options), data=parts.data, files=parts.httpx_files()
            )
        content = self._json_content(options)
        headers, omitted = self._headers(options, json_body=content is not None)
        encoded = _Encoded(headers, omitted, self._query(options), content=content)
        limit = options.max_body_bytes
        if content is not None and limit is not None and len(content) > limit:
            raise RequestBodyTooLargeError(
                size=len(content), limit=limit, endpoint=f"{options.method.upper()} {options.path}"
            )
        return encoded

    def _url(self, path: str) -> str:
        return str(self.base_url).rstrip("/") + "/" + path.lstrip("/")

    def _build(
        self, options: RequestOptions, encoded: _Encoded, timeout: httpx.Timeout | None
    ) -> httpx.Request:
        request = self._http.build_request(
            options.method.upper(),
            self._url(options.path),
            headers=encoded.headers,
            params=encoded.params,
            content=encoded.content,
            data=encoded.data,
            files=encoded.files,
            timeout=timeout,
        )
        # httpx adds its own defaults (user-agent, accept…): an Omit removes those too.
        for name in encoded.omitted:
            request.headers.pop(name, None)
        limit = options.max_body_bytes
        if encoded.files is not None and limit is not None:
            size = request.headers.get("content-length")
            if size is not None and int(size) > limit:
                raise RequestBodyTooLargeError(
                    size=int(size), limit=limit, endpoint=f"{options.method.upper()} {options.path}"
                )
        return request

    def _timeout(self, options: RequestOptions) -> httpx.Timeout | None:
        """The per-call timeout, else the client's; a long non-streaming call under the default
        timeout gets a read timeout scaled to its max_tokens instead of being refused."""
        chosen: TimeoutArg
        if not isinstance(options.timeout, NotGiven):
            chosen = options.timeout
        elif self._timeout_given:
            chosen = self.timeout
        elif options.max_tokens_hint and not options.stream:
            expected = options.max_tokens_hint / ADAPTIVE_TOKENS_PER_SECOND
            read = min(ADAPTIVE_TIMEOUT_CAP, max(DEFAULT_TIMEOUT_SECONDS, expected))
            chosen = httpx.Timeout(read, connect=DEFAULT_CONNECT_TIMEOUT)
        else:
            chosen = self.timeout
        if chosen is None or isinstance(chosen, httpx.Timeout):
            return chosen
        return httpx.Timeout(chosen)

    # --- retry decisions ---------------------------------------------------------------------

    def _retry_wait(
        self, retries_taken: int, headers: httpx.Headers | None, deadline: float
    ) -> float | None:
        """Seconds to wait before retrying, or None: no retries left, or past the deadline."""
        policy = self._retry_policy
        if retries_taken >= policy.max_retries:
            return None
        delay = retry_delay(retries_taken, headers, policy)
        if policy.monotonic() + delay > deadline:
            log.debug("Not retrying: waiting %.2fs would exceed the call's timeout", delay)
            return None
        return delay

    def _status_wait(
        self, response: httpx.Response, retries_taken: int, deadline: float
    ) -> float | None:
        if not should_retry(response.status_code, response.headers):
            return None
        return self._retry_wait(retries_taken, response.headers, deadline)

    @staticmethod
    def _log_request(request: httpx.Request, retries_taken: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request %s %s (attempt %d) headers=%s",
                request.method,
                request.url,
                retries_taken + 1,
                _redact(request.headers),
            )

    @staticmethod
    def _log_response(response: httpx.Response) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Response %s %s -> %d request_id=%s",
                response.request.method,
                response.request.url,
                response.status_code,
                response.headers.get("request-id"),
            )

    @staticmethod
    def _log_retry(request: httpx.Request, delay: float, why: str) -> None:
        log.info("Retrying %s %s in %.2fs after %s", request.method, request.url, delay, why)


class SyncAPIClient(Closing, BaseClient[httpx.Client]):
    """The blocking client core."""

    def _make_http_client(self) -> httpx.Client:
        return httpx.Client(timeout=DEFAULT_TIMEOUT, follow_redirects=True)

    def _authenticate(self, request: httpx.Request) -> None:
        """Sign or authorise the final request of each attempt (retries included), right before
        it is sent: URL, headers and body are final. May set or replace headers (a SigV4
        signature, a refreshed bearer token). The default does nothing."""

    def _send(
        self, options: RequestOptions, *, stream: bool, retries_taken: int = 0
    ) -> tuple[httpx.Response, int]:
        """Send with retries; return a 2xx response (body unread if `stream`) and the retry count."""
        encoded = self._encode(options)
        timeout = self._timeout(options)
        policy = self._retry_policy
        deadline = policy.monotonic() + _budget(timeout)
        while True:
            request = self._build(options, encoded, timeout)
            self._authenticate(request)
            self._log_request(request, retries_taken)
            try:
                response = self._http.send(request, stream=stream)
            except httpx.HTTPError as error:
                failure = _connection_failure(error, request)
                transient = isinstance(error, _TRANSIENT)
                delay = self._retry_wait(retries_taken, None, deadline) if transient else None
                if delay is None:
                    raise failure from error
                self._log_retry(request, delay, repr(error))
                policy.sleep(delay)
                retries_taken += 1
                continue
            except RetryableError as error:  # raised by the caller's event hook or transport
                delay = self._retry_wait(retries_taken, None, deadline)
                if delay is None:
                    raise
                self._log_retry(request, delay, repr(error))
                policy.sleep(delay)
                retries_taken += 1
                continue
            self._log_response(response)
            if response.is_success:
                return response, retries_taken
            delay = self._status_wait(response, retries_taken, deadline)
            if delay is None:
                raise self._status_error(response)
            response.close()
            self._log_retry(request, delay, f"HTTP {response.status_code}")
            policy.sleep(delay)
            retries_taken += 1

    @staticmethod
    def _status_error(response: httpx.Response) -> APIStatusError | APIConnectionError:
        try:
            response.read()
        except httpx.HTTPError as error:
            failure = _connection_failure(error, response.request)
            failure.__cause__ = error
            return failure
        return make_status_error(response)

    def request(self, options: RequestOptions, cast: Callable[[httpx.Response], T]) -> T:
        options = self._prepared(options)
        mode = response_mode.get()
        if mode != PARSED:
            return self._respond_in_mode(mode, options, cast)  # type: ignore[return-value]
        response, _ = self._send(options, stream=False)
        return cast(response)

    def _respond_in_mode(
        self, mode: str, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> APIResponse[T]:
        """For `.with_raw_response` (read) and `.with_streaming_response` (body unread)."""
        if mode == RAW:
            response, retries_taken = self._send(options, stream=False)
            return APIResponse(response, cast, retries_taken=retries_taken)
        response, retries_taken = self._send(options, stream=True)
        return APIResponse(response, cast, retries_taken=retries_taken)

    def request_raw(
        self, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> APIResponse[T]:
        options = self._prepared(options)
        response, retries_taken = self._send(options, stream=False)
        return APIResponse(response, cast, retries_taken=retries_taken)

    def request_streamed(
        self, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> AbstractContextManager[APIResponse[T]]:
        """A context manager giving the response with its body unread; closed on exit."""
        return self._streamed(options, cast)

    @contextmanager
    def _streamed(
        self, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> Iterator[APIResponse[T]]:
        options = self._prepared(options)
        response, retries_taken = self._send(options, stream=True)
        try:
            yield APIResponse(response, cast, retries_taken=retries_taken)
        finally:
            response.close()

    def request_events(self, options: RequestOptions, decode: Callable[[str, str], E]) -> Stream[E]:
        """Send, check the status (retrying like any request), and hand the body to a Stream."""
        from ._streaming import Stream

        if not options.stream:
            options = dataclasses.replace(options, stream=True)
        options = self._prepared(options)
        mode = response_mode.get()
        if mode != PARSED:
            return self._respond_in_mode(  # type: ignore[return-value]
                mode,
                options,
                lambda r: Stream(response=r, decode=decode, decoder=self._event_decoder(r)),
            )
        from ._streaming import connection_error, read_first_event

        deadline = self._retry_policy.monotonic() + _budget(self._timeout(options))
        retries_taken = 0
        while True:
            response, retries_taken = self._send(options, stream=True, retries_taken=retries_taken)
            decoder = self._event_decoder(response)
            try:
                head_events, chunks = read_first_event(response, decoder)
            except httpx.TransportError as error:
                # No event yet: nothing was given to the caller, so the request is retried.
                response.close()
                delay = self._retry_wait(retries_taken, None, deadline)
                if delay is None:
                    raise connection_error(error, response) from error
                self._log_retry(response.request, delay, f"stream broke: {error!r}")
                self._retry_policy.sleep(delay)
                retries_taken += 1
                continue
            return Stream(
                response=response, decode=decode, decoder=decoder, head=head_events, chunks=chunks
            )

    def request_binary(self, options: RequestOptions) -> BinaryResponse:
        """Send (retrying like any request) and return the response with its body unread."""
        from ._binary import BinaryResponse

        options = self._prepared(_accepting(options, BINARY_ACCEPT))
        mode = response_mode.get()
        if mode != PARSED:
            return self._respond_in_mode(mode, options, BinaryResponse)  # type: ignore[return-value]
        response, retries_taken = self._send(options, stream=True)
        return BinaryResponse(response, retries_taken=retries_taken)

    def request_jsonl(self, options: RequestOptions, item: Callable[[], type[M]]) -> JSONLStream[M]:
        """Send, check the status, and return an iterator parsing the body line by line."""
        from ._jsonl import JSONLStream

        options = self._prepared(_accepting(options, JSONL_ACCEPT))
        mode = response_mode.get()
        if mode != PARSED:
            return self._respond_in_mode(  # type: ignore[return-value]
                mode, options, lambda r: JSONLStream(r, item)
            )
        response, _ = self._send(options, stream=True)
        return JSONLStream(response, item)

    def page_cast(
        self, options: RequestOptions, page: PageSpec[M]
    ) -> Callable[[httpx.Response], SyncPage[M]]:
        """A cast that reads a page (for `request_raw` of a list operation)."""
        return lambda response: SyncPage(parse_page(response, page), options, page, self)

    def request_page(self, options: RequestOptions, page: PageSpec[M]) -> SyncPage[M]:
        return self.request(options, self.page_cast(options, page))

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http_client:
            self._http.close()

    def is_closed(self) -> bool:
        return self._http.is_closed


class AsyncAPIClient(AsyncClosing, BaseClient[httpx.AsyncClient]):
    """The asyncio/trio client core: the same behaviour as SyncAPIClient, awaited."""

    def _make_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, follow_redirects=True)

    async def _authenticate(self, request: httpx.Request) -> None:
        """Sign or authorise the final request of each attempt (retries included), right before
        it is sent; the async form of `SyncAPIClient._authenticate`. The default does nothing."""

    async def _send(
        self, options: RequestOptions, *, stream: bool, retries_taken: int = 0
    ) -> tuple[httpx.Response, int]:
        encoded = self._encode(options)
        timeout = self._timeout(options)
        policy = self._retry_policy
        deadline = policy.monotonic() + _budget(timeout)
        while True:
            request = self._build(options, encoded, timeout)
            await self._authenticate(request)
            self._log_request(request, retries_taken)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.HTTPError as error:
                failure = _connection_failure(error, request)
                transient = isinstance(error, _TRANSIENT)
                delay = self._retry_wait(retries_taken, None, deadline) if transient else None
                if delay is None:
                    raise failure from error
                self._log_retry(request, delay, repr(error))
                await policy.async_sleep(delay)
                retries_taken += 1
                continue
            except RetryableError as error:  # raised by the caller's event hook or transport
                delay = self._retry_wait(retries_taken, None, deadline)
                if delay is None:
                    raise
                self._log_retry(request, delay, repr(error))
                await policy.async_sleep(delay)
                retries_taken += 1
                continue
            self._log_response(response)
            if response.is_success:
                return response, retries_taken
            delay = self._status_wait(response, retries_taken, deadline)
            if delay is None:
                raise await self._status_error(response)
            await response.aclose()
            self._log_retry(request, delay, f"HTTP {response.status_code}")
            await policy.async_sleep(delay)
            retries_taken += 1

    @staticmethod
    async def _status_error(response: httpx.Response) -> APIStatusError | APIConnectionError:
        try:
            await response.aread()
        except httpx.HTTPError as error:
            failure = _connection_failure(error, response.request)
            failure.__cause__ = error
            return failure
        return make_status_error(response)

    async def request(self, options: RequestOptions, cast: Callable[[httpx.Response], T]) -> T:
        options = self._prepared(options)
        mode = response_mode.get()
        if mode != PARSED:
            return await self._respond_in_mode(mode, options, cast)  # type: ignore[return-value]
        response, _ = await self._send(options, stream=False)
        return cast(response)

    async def _respond_in_mode(
        self, mode: str, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> AsyncAPIResponse[T]:
        """For `.with_raw_response` (read) and `.with_streaming_response` (body unread)."""
        if mode == RAW:
            response, retries_taken = await self._send(options, stream=False)
            return AsyncAPIResponse(response, cast, retries_taken=retries_taken)
        response, retries_taken = await self._send(options, stream=True)
        return AsyncAPIResponse(response, cast, retries_taken=retries_taken)

    async def request_raw(
        self, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> AsyncAPIResponse[T]:
        options = self._prepared(options)
        response, retries_taken = await self._send(options, stream=False)
        return AsyncAPIResponse(response, cast, retries_taken=retries_taken)

    def request_streamed(
        self, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[T]]:
        """`async with client.request_streamed(...) as response`: the body unread until used."""
        return self._streamed(options, cast)

    @asynccontextmanager
    async def _streamed(
        self, options: RequestOptions, cast: Callable[[httpx.Response], T]
    ) -> AsyncIterator[AsyncAPIResponse[T]]:
        options = self._prepared(options)
        response, retries_taken = await self._send(options, stream=True)
        try:
            yield AsyncAPIResponse(response, cast, retries_taken=retries_taken)
        finally:
            await response.aclose()

    async def request_events(
        self, options: RequestOptions, decode: Callable[[str, str], E]
    ) -> AsyncStream[E]:
        from ._streaming import AsyncStream

        if not options.stream:
            options = dataclasses.replace(options, stream=True)
        options = self._prepared(options)
        mode = response_mode.get()
        if mode != PARSED:
            return await self._respond_in_mode(  # type: ignore[return-value]
                mode,
                options,
                lambda r: AsyncStream(response=r, decode=decode, decoder=self._event_decoder(r)),
            )
        from ._streaming import aread_first_event, connection_error

        deadline = self._retry_policy.monotonic() + _budget(self._timeout(options))
        retries_taken = 0
        while True:
            response, retries_taken = await self._send(
                options, stream=True, retries_taken=retries_taken
            )
            decoder = self._event_decoder(response)
            try:
                head_events, chunks = await aread_first_event(response, decoder)
            except httpx.TransportError as error:
                # No event yet: nothing was given to the caller, so the request is retried.
                await response.aclose()
                delay = self._retry_wait(retries_taken, None, deadline)
                if delay is None:
                    raise connection_error(error, response) from error
                self._log_retry(response.request, delay, f"stream broke: {error!r}")
                await self._retry_policy.async_sleep(delay)
                retries_taken += 1
                continue
            return AsyncStream(
                response=response, decode=decode, decoder=decoder, head=head_events, chunks=chunks
            )

    async def request_binary(self, options: RequestOptions) -> AsyncBinaryResponse:
        """Send (retrying like any request) and return the response with its body unread."""
        from ._binary import AsyncBinaryResponse

        options = self._prepared(_accepting(options, BINARY_ACCEPT))
        mode = response_mode.get()
        if mode != PARSED:
            return await self._respond_in_mode(  # type: ignore[return-value]
                mode, options, AsyncBinaryResponse
            )
        response, retries_taken = await self._send(options, stream=True)
        return AsyncBinaryResponse(response, retries_taken=retries_taken)

    async def request_jsonl(
        self, options: RequestOptions, item: Callable[[], type[M]]
    ) -> AsyncJSONLStream[M]:
        """Send, check the status, and return an async iterator parsing the body line by line."""
        from ._jsonl import AsyncJSONLStream

        options = self._prepared(_accepting(options, JSONL_ACCEPT))
        mode = response_mode.get()
        if mode != PARSED:
            return await self._respond_in_mode(  # type: ignore[return-value]
                mode, options, lambda r: AsyncJSONLStream(r, item)
            )
        response, _ = await self._send(options, stream=True)
        return AsyncJSONLStream(response, item)

    def page_cast(
        self, options: RequestOptions, page: PageSpec[M]
    ) -> Callable[[httpx.Response], AsyncPage[M]]:
        return lambda response: AsyncPage(parse_page(response, page), options, page, self)

    async def fetch_page(self, options: RequestOptions, page: PageSpec[M]) -> AsyncPage[M]:
        """The page itself (what `await client.request_page(...)` gives)."""
        return await self.request(options, self.page_cast(options, page))

    def request_page(self, options: RequestOptions, page: PageSpec[M]) -> AsyncPaginator[M]:
        """Awaitable (the first page) and async-iterable (every item); sends nothing until used."""
        return AsyncPaginator(lambda: self.fetch_page(options, page))

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http_client:
            await self._http.aclose()

    async def aclose(self) -> None:
        await self.close()

    def is_closed(self) -> bool:
        return self._http.is_closed
