"""Client-level middleware: what it sees (`APIRequest`), what it is, and the chain that runs it.

The chain runs inside the send loop, once per attempt (docs/internals.md, "The send loop, once"):
`call_next(request)` runs the rest of the chain and one attempt and gives the raw response
whatever its status; the loop decides about retries and raises the typed error after the chain.
"""

from __future__ import annotations

import copy as _copy
import dataclasses
import inspect
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx

    from ._options import RequestOptions
    from ._response import APIResponse, AsyncAPIResponse


@dataclasses.dataclass(eq=False, kw_only=True, slots=True)
class APIRequest:
    """One attempt of a call as middleware sees it, before the client adds its default headers,
    credentials and encoding.

    Read it through the properties; to change it, pass `request.copy(...)` (a new request; this
    one is left as it was) to `call_next`. `retries_taken` is 0 on the first attempt.
    `cast_to` is what turns the response into the method's result, and `stream` whether the
    response body is handed out unread (event streams, `.with_streaming_response`).
    """

    options: RequestOptions
    cast_to: Any
    stream: bool = False
    stream_cls: type[Any] | None = None
    retries_taken: int = 0

    @property
    def method(self) -> str:
        """The HTTP method, lower case as the resources give it: "post"."""
        return self.options.method

    @property
    def url(self) -> str:
        """The path under the client's base URL ("/v1/messages"), or an absolute URL."""
        return self.options.path

    @property
    def headers(self) -> Headers:
        """The call's own headers (the operation's, then `extra_headers`); an `Omit` value removes
        a default header. The client's defaults and credentials are added after the chain."""
        return {**(self.options.headers or {}), **(self.options.extra_headers or {})}

    @property
    def query_params(self) -> Query:
        """The call's query parameters (the operation's, then `extra_query`)."""
        return {**(self.options.params or {}), **(self.options.extra_query or {})}

    @property
    def json(self) -> Body | None:
        """The JSON body (`extra_body` already merged); None without one (uploads, GET)."""
        return self.options.json_body

    @property
    def timeout(self) -> float | httpx.Timeout | NotGiven | None:
        return self.options.timeout

    @property
    def max_retries(self) -> int | NotGiven:
        retries = self.options.max_retries
        return NOT_GIVEN if retries is None else retries

    def copy(
        self,
        *,
        method: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        headers: Headers | NotGiven = NOT_GIVEN,
        params: Query | NotGiven = NOT_GIVEN,
        body: Body | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> APIRequest:
        """A new request with the given parts replaced: `headers` replaces all of the call's own
        headers and `params` all of its query (start from `request.headers` to keep them),
        `body` the JSON body. The JSON body and query are deep-copied (files and other content
        are shared), so changing the copy never changes this request."""
        options = self.options
        changes: dict[str, Any] = {
            "json_body": _copy.deepcopy(options.json_body),
            "params": _copy.deepcopy(options.params),
            "extra_query": _copy.deepcopy(options.extra_query),
        }
        if not isinstance(headers, NotGiven):
            changes.update(headers=None, extra_headers=dict(headers))
        if not isinstance(params, NotGiven):
            changes.update(params=dict(params), extra_query=None)
        replaced = {"method": method, "path": url, "json_body": body, "timeout": timeout}
        changes.update({k: v for k, v in replaced.items() if not isinstance(v, NotGiven)})
        return dataclasses.replace(self, options=dataclasses.replace(options, **changes))

    def __repr__(self) -> str:
        # Method and URL only: headers and body may hold credentials.
        return f"<APIRequest method={self.method!r} url={self.url!r} stream={self.stream!r}>"


CallNext: TypeAlias = Callable[[APIRequest], "APIResponse[Any]"]
"""The rest of the chain, then one HTTP attempt: the response whatever its status (a failed
connection raises `APIConnectionError` / `APITimeoutError`)."""

AsyncCallNext: TypeAlias = Callable[[APIRequest], Awaitable["AsyncAPIResponse[Any]"]]
"""The async client's `CallNext`: awaited, it gives an `AsyncAPIResponse`."""


class Middleware:
    """A base class for middleware: override `handle` for the sync client, `handle_async` for
    the async one (or both). The defaults only pass the request on."""

    def handle(self, request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        return call_next(request)

    async def handle_async(
        self, request: APIRequest, call_next: AsyncCallNext
    ) -> AsyncAPIResponse[Any]:
        return await call_next(request)


MiddlewareCallable: TypeAlias = Callable[[APIRequest, CallNext], "APIResponse[Any]"]
AsyncMiddlewareCallable: TypeAlias = Callable[
    [APIRequest, AsyncCallNext], Awaitable["AsyncAPIResponse[Any]"]
]
MiddlewareInput: TypeAlias = Middleware | MiddlewareCallable | AsyncMiddlewareCallable


def _name(entry: object) -> str:
    if isinstance(entry, Middleware):
        return type(entry).__name__
    name = getattr(entry, "__name__", None)
    return name if isinstance(name, str) else repr(entry)


def _is_async(function: object) -> bool:
    """Whether calling `function` gives a coroutine (an `async def`, or an object whose
    `__call__` is one)."""
    call = getattr(function, "__call__", None)  # noqa: B004
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(call)


def _problem(entry: object, asynchronous: bool) -> str | None:
    """What is wrong with `entry` as middleware of a sync / async client, if anything."""
    client = "the asynchronous client" if asynchronous else "the synchronous client"
    if isinstance(entry, Middleware):
        method = "handle_async" if asynchronous else "handle"
        if getattr(type(entry), method) is getattr(Middleware, method):
            return f"does not implement `{method}()`, which {client} calls"
        if _is_async(getattr(type(entry), method)) != asynchronous:
            kind = "a sync" if asynchronous else "an async"
            return f"defines `{method}()` as {kind} function; {client} needs the other kind"
        return None
    if not callable(entry):
        return "is not callable (pass a Middleware or a function of (request, call_next))"
    if _is_async(entry) != asynchronous:
        kind = "is not an async function" if asynchronous else "is an async function"
        wanted = "async" if asynchronous else "sync"
        return f"{kind}; {client} needs {wanted} middleware"
    return None


def validate_middleware(middleware: Iterable[object], *, asynchronous: bool) -> None:
    """Refuse, at construction, middleware the client could not run (naming it)."""
    for entry in middleware:
        problem = _problem(entry, asynchronous)
        if problem is not None:
            raise TypeError(f"middleware {_name(entry)} {problem}")


def build_chain(
    middleware: tuple[MiddlewareInput, ...],
    last: Callable[[APIRequest], Any],
    *,
    asynchronous: bool,
) -> Callable[[APIRequest], Any]:
    """`last` (one attempt) wrapped by `middleware`, the first entry outermost. On the async
    client every link returns the awaitable of the next one's result."""
    chain = last
    for entry in reversed(middleware):
        chain = _link(entry, chain, asynchronous)
    return chain


def _link(
    entry: MiddlewareInput, call_next: Callable[[APIRequest], Any], asynchronous: bool
) -> Callable[[APIRequest], Any]:
    handler: Callable[[APIRequest, Any], Any]
    if isinstance(entry, Middleware):
        handler = entry.handle_async if asynchronous else entry.handle
    else:
        handler = entry
    return lambda request: handler(request, call_next)
