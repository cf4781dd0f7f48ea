"""The client core: configuration, and the loop that sends one call (with retries), written once
for both clients. A call's path is in docs/internals.md ("The send loop, once"); failures become
our exceptions in `_errors`, the only place that maps them."""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections.abc import Callable, Coroutine, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeAlias, TypeVar

import httpx
import pydantic
from typing_extensions import Self, TypedDict, Unpack

from .._version import __version__
from . import _transport
from ._body import read_capped
from ._closing import AsyncClosing, Closing
from ._constants import (
    API_VERSION,
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    MAX_REDIRECTS,
)
from ._custom_requests import CustomRequests
from ._errors import redirect_refused, stream_expected
from ._logs import configure_from_env
from ._middleware import APIRequest, MiddlewareInput, build_chain, validate_middleware
from ._options import RequestOptions
from ._pagination import AsyncPage, AsyncPaginator, PageSpec, SyncPage, parse_page
from ._request import build, call_timeout, clean_credential, encode, merge_extra_body, request_url
from ._response import APIResponse, AsyncAPIResponse
from ._response_modes import (
    PARSED,
    RAW,
    STREAMING,
    async_streaming_response_wrapper,
    in_mode,
    raw_response_wrapper,
    response_mode,
    streaming_response_wrapper,
)
from ._retry import Build, Call, RetryPolicy
from ._sse import EventDecoder, SSEDecoder
from ._sync_async import ASYNC, IO, SYNC, run
from ._transport import reset_deadline, set_deadline
from ._types import NOT_GIVEN, NotGiven, Omit

if TYPE_CHECKING:
    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._jsonl import AsyncJSONLStream, JSONLStream
    from ._streaming import AsyncStream, Stream
    from ._tracer import CallTracer


T = TypeVar("T")
E = TypeVar("E")
M = TypeVar("M", bound=pydantic.BaseModel)
_HttpT = TypeVar("_HttpT", bound=httpx.Client | httpx.AsyncClient)

TimeoutArg: TypeAlias = "float | httpx.Timeout | None"

USER_AGENT = f"claude-api-client/{__version__} Python/{sys.version_info[0]}.{sys.version_info[1]}"

# What `_call` gets: the cast of the raw modes, and what makes the parsed result.
_Parse: TypeAlias = "Callable[[httpx.Response], Any]"
_Cast: TypeAlias = Callable[[httpx.Response], T]  # what a typed request_* method is given
# `finish(response, retries_taken, opened)`: `opened` is the event stream `_first_events` opened.
_Finish: TypeAlias = "Callable[[httpx.Response, int, Any], Any]"
# The httpx request extension carrying a call's own `follow_redirects` to `_following`.
_FOLLOW_REDIRECTS = "claude_api_client.follow_redirects"


class ClientArguments(TypedDict, Generic[_HttpT], total=False):
    """The arguments every client takes besides its credentials and base URL (the platform
    clients too: `**core: Unpack[ClientArguments[HttpT]]`)."""

    timeout: float | httpx.Timeout | NotGiven | None
    max_retries: int | NotGiven
    default_headers: Mapping[str, str | Omit] | None
    default_query: Mapping[str, object] | None
    http_client: _HttpT | None
    retry_policy: RetryPolicy | None
    middleware: Sequence[MiddlewareInput] | None


_ARGUMENTS = frozenset(ClientArguments.__annotations__)
# The `copy()` arguments every client takes (a platform client's own come on top).
_COPIED = _ARGUMENTS | {"set_default_headers", "set_default_query"}


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class BaseClient(Generic[_HttpT]):
    """Configuration and everything about a call that is not I/O."""

    _http: _HttpT
    _owns_http_client: bool
    _http_client_type: type[httpx.Client] | type[httpx.AsyncClient]
    _asynchronous: ClassVar[bool] = False
    """Whether the client awaits: its middleware must be async too."""
    _steps: ClassVar[IO] = SYNC
    """How the send loop takes each I/O step (`_sync_async.IO`): awaited on the async client,
    the blocking call's result on the sync one."""
    _telemetry: CallTracer | None = None
    """What traces the client's calls (`_tracer.py`; set from `open_telemetry=` in layer 3)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        **arguments: Unpack[ClientArguments[_HttpT]],
    ) -> None:
        """Credentials and base URL as given (the public clients read the environment), and
        the `ClientArguments`."""
        unknown = sorted(arguments.keys() - _ARGUMENTS)
        if unknown:
            raise TypeError(f"{type(self).__name__}() got unexpected argument(s): {unknown}")
        configure_from_env()
        self._middleware: tuple[MiddlewareInput, ...] = tuple(arguments.get("middleware") or ())
        if self._middleware:
            validate_middleware(self._middleware, asynchronous=self._asynchronous)
        http_client = arguments.get("http_client")
        timeout = arguments.get("timeout", NOT_GIVEN)
        self.api_key = clean_credential("api_key", api_key)
        self.auth_token = clean_credential("auth_token", auth_token)
        self.base_url = _base_url(base_url)
        if http_client is not None and not isinstance(http_client, self._http_client_type):
            wanted = self._http_client_type.__name__
            raise TypeError(
                f"http_client must be an httpx.{wanted} (for example "
                f"claude_api_client.DefaultHttpxClient for the sync client, "
                f"DefaultAsyncHttpxClient for the async one), not {type(http_client).__name__}"
            )
        if isinstance(timeout, (NotGiven, Omit)) and http_client is not None:
            # A client the caller configured keeps its timeout, unless it is httpx's default.
            if http_client.timeout != httpx.Timeout(5.0):
                timeout = http_client.timeout
        # Remember whether the caller chose a timeout: only the default one may be adapted.
        self._timeout_given = not isinstance(timeout, (NotGiven, Omit))
        self.timeout: TimeoutArg = (
            DEFAULT_TIMEOUT if isinstance(timeout, (NotGiven, Omit)) else timeout
        )
        policy = arguments.get("retry_policy") or RetryPolicy()
        max_retries = arguments.get("max_retries", NOT_GIVEN)
        if not isinstance(max_retries, (NotGiven, Omit)):
            if isinstance(max_retries, bool) or not isinstance(max_retries, int):
                raise TypeError(
                    f"max_retries must be an int (0 disables retries), not {max_retries!r}"
                )
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self._retry_policy = policy
        self._custom_headers: dict[str, str | Omit] = dict(arguments.get("default_headers") or {})
        self._custom_query: dict[str, object] = dict(arguments.get("default_query") or {})
        # A client the caller supplied is theirs to close; one we create is ours.
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else self._make_http_client()
        self._pid = os.getpid()

    def _make_http_client(self) -> _HttpT:
        raise NotImplementedError

    @property
    def middleware(self) -> tuple[MiddlewareInput, ...]:
        """The client's middleware, the outermost (the first to see a request) first."""
        return self._middleware

    def with_middleware(self, *middleware: MiddlewareInput) -> Self:
        """A copy of this client whose middleware is this one's followed by `middleware` (which
        so runs inside it): `client.with_middleware(log_calls).messages.create(...)`."""
        return self.copy(middleware=[*self._middleware, *middleware])

    @property
    def max_retries(self) -> int:
        return self._retry_policy.max_retries

    @property
    def http_client(self) -> _HttpT:
        return self._http

    @property
    def default_headers(self) -> dict[str, str | Omit]:
        """The headers every request gets: ours, the credentials', then `default_headers`."""
        headers: dict[str, str | Omit] = {
            "accept": "application/json",
            "content-type": "application/json",
            "anthropic-version": API_VERSION,
            "user-agent": USER_AGENT,
        }
        headers.update(self._auth_headers())
        headers.update(self._custom_headers)
        return headers

    @property
    def default_query(self) -> dict[str, object]:
        return dict(self._custom_query)

    @property
    def auth_headers(self) -> dict[str, str]:
        return self._auth_headers()

    def platform_headers(self) -> dict[str, str]:
        """The official client's `X-Stainless-*` description of the running platform (language,
        this package's version, OS, architecture, Python runtime and version), a new dict each
        call. This client never sends these headers; the method is here for code that reads it."""
        from ._platform import platform_headers

        return dict(platform_headers(__version__))

    def __repr__(self) -> str:
        # Deliberately no credentials.
        return (
            f"<{type(self).__name__} base_url={str(self.base_url)!r} "
            f"max_retries={self.max_retries}>"
        )

    def __reduce__(self) -> Any:
        raise TypeError(
            f"{type(self).__name__} cannot be pickled (it holds credentials and open "
            "connections); build a client in each process instead"
        )

    # --- copies ------------------------------------------------------------------------------

    def copy(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        auth_token: str | NotGiven | None = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        set_default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: _HttpT | None = None,
        retry_policy: RetryPolicy | None = None,
        middleware: Sequence[MiddlewareInput] | NotGiven | None = NOT_GIVEN,
        _extra_kwargs: Mapping[str, Any] | None = None,
    ) -> Self:
        """A new client with some settings changed, sharing this one's connection pool.

        Takes every constructor argument. `default_headers` / `default_query` are merged over
        the current ones; the `set_` forms replace them. `middleware` replaces the middleware
        (None: none; `with_middleware` appends). The copy is built by calling the class
        with these keyword arguments (plus `_extra_kwargs`, for a subclass's own settings).
        """
        changes = {k: v for k, v in locals().items() if k in _COPIED}
        return self._copied(
            lambda **core: type(self)(
                api_key=self.api_key if isinstance(api_key, NotGiven) else api_key,
                auth_token=self.auth_token if isinstance(auth_token, NotGiven) else auth_token,
                base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
                **core,
                **(_extra_kwargs or {}),
            ),
            changes,
        )

    def _copied(self, make: Callable[..., Self], changes: Mapping[str, Any]) -> Self:
        """What every `copy()` shares: `make(**core)` builds the client (with the subclass's own
        arguments) from `changes` (the `copy()` arguments common to all clients, named in
        `_COPIED`), merged over this client's settings."""
        get = changes.get
        headers = _merged("headers", self._custom_headers, changes)
        query = _merged("query", self._custom_query, changes)
        timeout = get("timeout", NOT_GIVEN)
        if isinstance(timeout, NotGiven) and self._timeout_given:
            timeout = self.timeout
        retries = get("max_retries", NOT_GIVEN)
        retries = self.max_retries if isinstance(retries, NotGiven) else retries
        middleware = get("middleware", NOT_GIVEN)
        new = make(
            timeout=timeout,
            max_retries=retries,
            default_headers=headers,
            default_query=query,
            http_client=self._http if get("http_client") is None else get("http_client"),
            middleware=self._middleware if isinstance(middleware, NotGiven) else middleware,
        )
        # Not a constructor argument of every subclass, so that they need only the public ones.
        policy = get("retry_policy") or self._retry_policy
        new._retry_policy = dataclasses.replace(policy, max_retries=retries)
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

    def _auth_headers(self) -> dict[str, str]:
        if self.api_key:
            return {"x-api-key": self.api_key}
        if self.auth_token:
            return {"authorization": f"Bearer {self.auth_token}"}
        return {}

    def _authenticate(self, request: httpx.Request) -> Any:
        """The hook that signs each attempt: see `SyncAPIClient._authenticate`."""
        raise NotImplementedError

    # --- one call: the dispatcher and the send loop, written once for both clients ------------
    # The loop is a coroutine. The async client awaits it; on the sync client none of its awaits
    # suspends (`_steps` hands back what the blocking call returned), so `_run` steps it to its end
    # without an event loop. See docs/internals.md, "The send loop, once".

    def _run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        """A coroutine of the send loop as a method hands it out: on the async client, to be
        awaited; on the sync client, run to its end (its result)."""
        return coroutine if self._asynchronous else run(coroutine)

    def _call(
        self,
        options: RequestOptions,
        parse: _Parse,
        finish: _Finish,
        *,
        stream: bool,
        events: bool = False,
    ) -> Any:
        """The one dispatcher: `_dispatch` applies the platform hook (middleware sees the call
        before it), then the response mode decides what comes back — `finish(...)` (parsed), or
        an APIResponse whose `.parse()` is `parse`. (On the async client this returns the
        awaitable of `_dispatch`.)"""
        merged = merge_extra_body(options)

        def send(finish: _Finish) -> Coroutine[Any, Any, Any]:
            return self._dispatch(merged, parse, finish, stream, events)

        telemetry = self._telemetry
        if telemetry is None or merged.span_name is None:  # a custom request: no span
            return self._run(send(finish))
        # Spans on: the same dispatch inside a span, which describes the call as the caller
        # made it (before a platform's rewrite); one more coroutine of the send loop.
        return self._run(telemetry.call(merged, self.base_url, finish, send))

    async def _dispatch(
        self, options: RequestOptions, parse: _Parse, finish: _Finish, stream: bool, events: bool
    ) -> Any:
        """The send loop: each attempt goes through the middleware chain (with none, the chain
        is the attempt itself), and the status and retries are decided on what it returns."""
        mode = response_mode.get()
        call = self._start(options, parse, stream if mode == PARSED else mode != RAW)
        chain = build_chain(
            self._middleware,
            lambda request: self._run(self._attempt(call, request, parse)),
            asynchronous=self._asynchronous,
        )
        while True:
            response: httpx.Response | None = None
            try:
                result = await self._steps(chain(call.next()))
                if not isinstance(result, (APIResponse, AsyncAPIResponse)):
                    return result  # a middleware answered with a value of its own
                response = result.http_response
                if response.is_success:
                    if mode == RAW and isinstance(result, AsyncAPIResponse):
                        # `.with_raw_response` gives the response read; as in the official
                        # 2.x package it stays an `AsyncAPIResponse` (`await raw.parse()`).
                        await result.read()
                        return result
                    if mode != PARSED:
                        return result
                    opened = await self._first_events(call, response, parse) if events else None
                    break  # finished below, outside the retries
                if not response.is_stream_consumed:  # a response a middleware made
                    await read_capped(response, self._steps)
            except Exception as error:
                if response is not None:
                    await self._steps.close(response)
                delay = call.after_error(error)
            else:
                delay = call.after_status(response)
            if self._asynchronous:
                await self._retry_policy.async_sleep(delay)
            else:
                self._retry_policy.sleep(delay)
        return finish(response, result.retries_taken, opened)

    async def _attempt(self, call: Call, request: APIRequest, parse: _Parse) -> Any:
        """One attempt, the base of the chain: its request (`Call.request`), authenticated,
        sent (same-origin redirects followed) and its body read (unless a 2xx to hand out
        unread) under the call's deadline: an `APIResponse` (`AsyncAPIResponse` on the async
        client) for every status. Raises the typed failure (`Call.failure`), the response
        closed."""
        http_request = call.request(request, self._rebuild)
        if request.options.follow_redirects is not None:  # read by `_following`
            http_request.extensions[_FOLLOW_REDIRECTS] = request.options.follow_redirects
        await self._steps(self._authenticate(http_request))
        response: httpx.Response | None = None
        token = set_deadline(call.ends_at)
        try:
            response = await self._steps(self._send_following(http_request))
            call.received(response)
            if not (request.stream and response.is_success):
                await read_capped(response, self._steps)
        except Exception as error:
            if response is not None:
                await self._steps.close(response)
            raise call.failure(error, http_request, response)  # noqa: B904 (its cause is `error`)
        finally:
            reset_deadline(token)
        kind = AsyncAPIResponse if self._asynchronous else APIResponse
        return kind(response, parse, retries_taken=request.retries_taken)

    def _send_following(self, request: httpx.Request) -> Any:
        """Send `request` (on the async client: the awaitable of it) and follow same-origin
        redirects when the call asks to (`follow_redirects`), else when the httpx client
        follows redirects at all. The credential providers'
        mixins (`lib/credentials`) wrap it to see a 401."""
        return self._run(self._following(request))

    async def _following(self, request: httpx.Request) -> httpx.Response:
        if self._telemetry is not None:
            self._telemetry.sending(request)
        response: httpx.Response = await self._steps(
            self._http.send(request, stream=True, follow_redirects=False)
        )
        hops = 0
        follow = request.extensions.get(_FOLLOW_REDIRECTS, self._http.follow_redirects)
        while (target := response.next_request) is not None and follow:
            if not (
                _same_origin(target.url, self.base_url) or _same_origin(target.url, request.url)
            ):
                raise redirect_refused(response, target.url)
            if hops >= MAX_REDIRECTS:
                raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=target)
            await self._steps.close(response)
            await self._steps(self._authenticate(target))
            response = await self._steps(
                self._http.send(target, stream=True, follow_redirects=False)
            )
            hops += 1
        return response

    async def _first_events(self, call: Call, response: httpx.Response, parse: _Parse) -> Any:
        """The event stream of `response` (`parse`), its body read until the first events under
        the call's deadline before it is handed out, so that a stream that breaks before its
        first event is retried; failures typed as an attempt's."""
        token = set_deadline(call.ends_at)
        try:
            if _content_type(response) == "application/json":  # not an event stream
                await read_capped(response, self._steps)
                raise stream_expected(response)
            stream = parse(response)
            await self._steps.next(stream._opening())
            return stream
        except Exception as error:
            raise call.failure(error, response.request, response)  # noqa: B904
        finally:
            reset_deadline(token)

    # What the request_* methods of both clients call: each gives `_call` the `parse` of the raw
    # modes and the `finish` of the parsed one, with the class of the client's kind.

    def _call_events(self, options: RequestOptions, decode: Any) -> Any:
        """`request_events`: `parse` makes the stream, with a decoder from the hook; `finish`
        gives the one `_dispatch` opened (an open stream, handed out at the headers, and the raw
        and streaming modes are not opened). An open stream (session events) has no closing
        event; other streams end at the operation's own."""
        from . import _streaming

        stream_cls = _streaming.AsyncStream if self._asynchronous else _streaming.Stream
        if not options.stream:
            options = dataclasses.replace(options, stream=True)
        terminal = None if options.open_stream else options.terminal_event

        def parse(response: httpx.Response) -> Any:
            decoder = self._event_decoder(response)
            return stream_cls(response, decode, decoder=decoder, terminal_event=terminal)

        def finish(response: httpx.Response, taken: int, opened: Any) -> Any:
            return parse(response) if opened is None else opened

        return self._call(options, parse, finish, stream=True, events=not options.open_stream)

    def _call_binary(self, options: RequestOptions) -> Any:
        from . import _binary

        cls = _binary.AsyncBinaryResponse if self._asynchronous else _binary.BinaryResponse
        return self._call(options, cls, lambda r, n, o: cls(r, retries_taken=n), stream=True)

    def _call_jsonl(self, options: RequestOptions, item: Any) -> Any:
        from . import _jsonl

        cls = _jsonl.AsyncJSONLStream if self._asynchronous else _jsonl.JSONLStream

        def parse(response: httpx.Response) -> Any:
            return cls(response, item)

        return self._call(options, parse, lambda r, n, o: parse(r), stream=True)

    # --- the parts of a call that are not I/O ------------------------------------------------

    def _authenticates_itself(self) -> bool:
        """A platform client that signs in `_authenticate` checks its own credentials."""
        default = SyncAPIClient if isinstance(self, SyncAPIClient) else AsyncAPIClient
        method = type(self)._authenticate
        return method is not default._authenticate

    def _start(self, options: RequestOptions, parse: _Parse, unread: bool) -> Call:
        """A call's state across attempts: the platform hook applied once, the request encoded
        once (`_encoding`), the retry policy; `options` as made is what middleware sees."""
        if os.getpid() != self._pid:
            self._forked()
        prepared = self._prepare_options(options)
        build, timeout = self._encoding(prepared)
        policy = self._retry_policy
        if prepared.max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=prepared.max_retries)
        return Call(options, prepared, build, timeout, policy, parse=parse, unread=unread)

    def _encoding(self, options: RequestOptions) -> tuple[Build, httpx.Timeout | None]:
        """What builds each attempt's request of `options` (headers, query and body encoded
        once, the URL parsed once), and the call's timeout."""
        encoded = encode(
            options,
            auth=self._auth_headers(),
            defaults={"user-agent": USER_AGENT},
            custom_headers=self._custom_headers,
            custom_query=self._custom_query,
            require_credentials=not self._authenticates_itself(),
        )
        timeout = call_timeout(
            options,
            client_timeout=self.timeout,
            timeout_given=self._timeout_given,
        )
        path = options.path
        if not path.startswith(("http://", "https://")):
            base = str(self.base_url)
            path = base + ("" if base.endswith("/") else "/") + path.lstrip("/")
        url, params = request_url(self._http, path, encoded.params)
        return functools.partial(build, self._http, url, params, options, encoded, timeout), timeout

    def _rebuild(self, options: RequestOptions) -> Build:
        """`_encoding` of a request a middleware changed, after the platform hook."""
        return self._encoding(self._prepare_options(options))[0]

    def _forked(self) -> None:
        """In a child process, never reuse the parent's connections (their replies would mix)."""
        self._pid = os.getpid()
        if self._owns_http_client:
            self._http = self._make_http_client()  # the parent's pool is left to the parent
        else:
            _transport.forget_connections(self._http)

    def is_closed(self) -> bool:
        return self._http.is_closed


def _merged(kind: str, current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """`default_<kind>` of a copy: merged over the current ones, or over `set_default_<kind>`."""
    added, replaced = changes.get(f"default_{kind}"), changes.get(f"set_default_{kind}")
    if added is not None and replaced is not None:
        raise ValueError(f"Pass default_{kind} or set_default_{kind}, not both")
    return {**(current if replaced is None else replaced), **(added or {})}


def _base_url(value: str | httpx.URL | None) -> httpx.URL:
    """The base URL as the official client keeps it: a path ends in one slash (`/api` becomes
    `/api/`), so that paths join under it; a bare host stays as written (its path is `/`
    already, which httpx prints only when it was written)."""
    url = httpx.URL(str(value or DEFAULT_BASE_URL))
    if url.raw_path.endswith(b"/"):
        return url
    return url.copy_with(raw_path=url.raw_path + b"/")


def _content_type(response: httpx.Response) -> str:
    """The media type of the body, without parameters, lower case."""
    return str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


class SyncAPIClient(Closing, CustomRequests, BaseClient[httpx.Client]):
    """The blocking client core: the send loop of `BaseClient`, run to its end."""

    _http_client_type = httpx.Client

    def _make_http_client(self) -> httpx.Client:
        return _transport.DefaultHttpxClient()

    def _authenticate(self, request: httpx.Request) -> None:
        """Sign or authorise the final request of each attempt (retries included), right before
        it is sent: URL, headers and body are final. May set or replace headers (a SigV4
        signature, a refreshed bearer token). The default does nothing."""

    def request(self, options: RequestOptions, cast: _Cast[T]) -> T:
        result: T = self._call(options, cast, lambda r, n, o: cast(r), stream=False)
        return result

    def request_raw(self, options: RequestOptions, cast: _Cast[T]) -> APIResponse[T]:
        """The response, read, with `.parse()` giving `cast(response)`: `request` in the raw
        response mode, as `.with_raw_response` calls it."""
        return raw_response_wrapper(self.request)(options, cast)

    def request_streamed(
        self, options: RequestOptions, cast: _Cast[T]
    ) -> AbstractContextManager[APIResponse[T]]:
        """A context manager giving the response with its body unread; closed on exit
        (`request` in the streaming response mode, as `.with_streaming_response` calls it)."""
        return streaming_response_wrapper(self.request)(options, cast)

    def request_events(self, options: RequestOptions, decode: Callable[[str, str], E]) -> Stream[E]:
        """Send, check the status, read the first event (retrying like any request while nothing
        was given to the caller), and hand the body to a Stream."""
        result: Stream[E] = self._call_events(options, decode)
        return result

    def request_binary(self, options: RequestOptions) -> BinaryResponse:
        """Send (retrying like any request) and return the response with its body unread."""
        result: BinaryResponse = self._call_binary(options)
        return result

    def request_jsonl(self, options: RequestOptions, item: Callable[[], type[M]]) -> JSONLStream[M]:
        """Send, check the status, and return an iterator parsing the body line by line."""
        result: JSONLStream[M] = self._call_jsonl(options, item)
        return result

    def page_cast(
        self, options: RequestOptions, page: PageSpec[T]
    ) -> Callable[[httpx.Response], SyncPage[T]]:
        """A cast that reads a page (for `request_raw` of a list operation)."""
        return lambda response: SyncPage(parse_page(response, page), options, page, self)

    def request_page(self, options: RequestOptions, page: PageSpec[T]) -> SyncPage[T]:
        return self.request(options, self.page_cast(options, page))

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http_client:
            self._http.close()


class AsyncAPIClient(AsyncClosing, CustomRequests, BaseClient[httpx.AsyncClient]):
    """The asyncio/trio client core: the same behaviour as SyncAPIClient, awaited."""

    _http_client_type = httpx.AsyncClient
    _asynchronous = True
    _steps = ASYNC

    def _make_http_client(self) -> httpx.AsyncClient:
        return _transport.DefaultAsyncHttpxClient()

    async def _authenticate(self, request: httpx.Request) -> None:
        """Sign or authorise the final request of each attempt (retries included), right before
        it is sent; the async form of `SyncAPIClient._authenticate`. The default does nothing."""

    async def request(self, options: RequestOptions, cast: _Cast[T]) -> T:
        result: T = await self._call(options, cast, lambda r, n, o: cast(r), stream=False)
        return result

    async def request_raw(self, options: RequestOptions, cast: _Cast[T]) -> AsyncAPIResponse[T]:
        """The response, read, with `await .parse()` giving `cast(response)`: `request` in the
        streaming response mode (whose response is the async one), then read."""
        with in_mode(STREAMING):  # held while the call runs
            response: Any = await self.request(options, cast)
        await response.read()
        return response  # type: ignore[no-any-return]

    def request_streamed(
        self, options: RequestOptions, cast: _Cast[T]
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[T]]:
        """`async with client.request_streamed(...) as response`: the body unread until used
        (`request` in the streaming response mode, as `.with_streaming_response` calls it)."""
        return async_streaming_response_wrapper(self.request)(options, cast)

    async def request_events(
        self, options: RequestOptions, decode: Callable[[str, str], E]
    ) -> AsyncStream[E]:
        result: AsyncStream[E] = await self._call_events(options, decode)
        return result

    async def request_binary(self, options: RequestOptions) -> AsyncBinaryResponse:
        """Send (retrying like any request) and return the response with its body unread."""
        result: AsyncBinaryResponse = await self._call_binary(options)
        return result

    async def request_jsonl(
        self, options: RequestOptions, item: Callable[[], type[M]]
    ) -> AsyncJSONLStream[M]:
        """Send, check the status, and return an async iterator parsing the body line by line."""
        result: AsyncJSONLStream[M] = await self._call_jsonl(options, item)
        return result

    def page_cast(
        self, options: RequestOptions, page: PageSpec[T]
    ) -> Callable[[httpx.Response], AsyncPage[T]]:
        return lambda response: AsyncPage(parse_page(response, page), options, page, self)

    async def fetch_page(self, options: RequestOptions, page: PageSpec[T]) -> AsyncPage[T]:
        """The page itself (what `await client.request_page(...)` gives)."""
        return await self.request(options, self.page_cast(options, page))

    def request_page(self, options: RequestOptions, page: PageSpec[T]) -> AsyncPaginator[T]:
        """Awaitable (the first page) and async-iterable (every item); sends nothing until used."""
        return AsyncPaginator(lambda: self.fetch_page(options, page))

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http_client:
            await self._http.aclose()

    async def aclose(self) -> None:
        await self.close()
