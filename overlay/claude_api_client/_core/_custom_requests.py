"""`client.get/post/patch/put/delete(path, cast_to=..., ...)`: requests to endpoints this SDK has
no method for (yet), through the same send loop as every generated method."""

from __future__ import annotations

import functools
import json
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import httpx

from ._options import RequestOptions
from ._types import NOT_GIVEN

if TYPE_CHECKING:
    import pydantic


class CustomRequestOptions(TypedDict, total=False):
    """The `options=` of a custom request (the keys the official client takes)."""

    headers: Mapping[str, Any]
    max_retries: int
    timeout: float | httpx.Timeout | None
    params: Mapping[str, object]
    extra_json: Mapping[str, object]
    idempotency_key: str
    """Accepted and unused, as in the official client 2.16 (no header is sent)."""
    follow_redirects: bool
    """Whether this request follows same-origin redirects (never another origin's)."""


_KNOWN = frozenset(CustomRequestOptions.__annotations__)

_Options: TypeAlias = "CustomRequestOptions | Mapping[str, Any] | None"


def _arguments(values: dict[str, Any]) -> dict[str, Any]:
    # A method's `locals()` on entry, as the keyword arguments of `_custom`.
    return {k: v for k, v in values.items() if k != "self"}


class CustomRequests:
    """`get/post/patch/put/delete` of both clients (a mixin of SyncAPIClient / AsyncAPIClient):
    each builds a RequestOptions and calls the client's `request` / `request_events`, the path
    of every generated method. `cast_to` says what to return: a pydantic model or any type
    pydantic validates (`dict[str, object]`) validates the JSON body; `object` / `dict` the
    decoded JSON; `str` the text; `bytes` the raw body; `httpx.Response` the response;
    `None` nothing. With `stream=True`, a `Stream` (`AsyncStream`) of events validated as the
    type argument of `stream_cls` (`Stream[RawMessageStreamEvent]`), else as `cast_to`."""

    def _custom(
        self,
        method: str,
        *,
        path: str,
        cast_to: Any,
        body: object = None,
        content: bytes | None = None,
        files: Any = None,
        options: _Options = None,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        """Every verb: one `RequestOptions`, sent as a plain request or an event stream."""
        request_options = _request_options(method, path, body, content, files, options)
        # The client's request methods: on the async client they return coroutines, which the
        # caller awaits, so one body serves both.
        client: Any = self
        if stream:  # `request_events` marks the options as a stream
            return client.request_events(request_options, _event_decode(cast_to, stream_cls))
        return client.request(request_options, _cast(cast_to))

    def get_api_list(
        self,
        path: str,
        *,
        model: Any,
        page: Any,
        body: object = None,
        options: _Options = None,
        method: str = "get",
    ) -> Any:
        """The first page of a list endpoint this SDK has no method for, each item of `data`
        validated as `model` (as X when `page` is `SyncPage[X]`): a `SyncPage` (on the async client an `AsyncPaginator`: await it
        for the page, `async for` for every item), which follows `has_more` / `last_id` or
        `next_page` (sent back as `page=`) like every generated list. `page` is the page class
        (`SyncPage`, `SyncPage[Model]`, or an official alias of it; `AsyncPage` on the async
        client)."""
        from ._pagination import AsyncPage, PageSpec, SyncPage

        expected = AsyncPage if getattr(self, "_asynchronous", False) else SyncPage
        given = typing.get_origin(page) or page
        if not (isinstance(given, type) and issubclass(given, expected)):
            raise TypeError(f"page must be {expected.__name__} (or {expected.__name__}[Model])")
        request_options = _request_options(method, path, body, None, None, options)
        # The official client validates items as the page's type argument when it has one.
        item = (typing.get_args(page) or (model,))[0]
        client: Any = self
        return client.request_page(request_options, PageSpec(page=lambda: _page_model(item)))

    def get(
        self,
        path: str,
        *,
        cast_to: Any,
        options: _Options = None,
        stream: bool = False,
        stream_cls: type[Any] | None = None,
    ) -> Any:
        """GET `path` (relative to the base URL) and return the body as `cast_to`; with
        `stream=True`, a stream of events."""
        return self._custom("get", **_arguments(locals()))

    def post(
        self,
        path: str,
        *,
        cast_to: Any,
        body: object = None,
        content: bytes | None = None,
        options: _Options = None,
        files: Any = None,
        stream: bool = False,
        stream_cls: type[Any] | None = None,
    ) -> Any:
        """POST `body` (JSON), `content` (raw bytes) or `files` (multipart) to `path`."""
        return self._custom("post", **_arguments(locals()))

    def patch(
        self,
        path: str,
        *,
        cast_to: Any,
        body: object = None,
        content: bytes | None = None,
        files: Any = None,
        options: _Options = None,
    ) -> Any:
        return self._custom("patch", **_arguments(locals()))

    def put(
        self,
        path: str,
        *,
        cast_to: Any,
        body: object = None,
        content: bytes | None = None,
        files: Any = None,
        options: _Options = None,
    ) -> Any:
        return self._custom("put", **_arguments(locals()))

    def delete(
        self,
        path: str,
        *,
        cast_to: Any,
        body: object = None,
        content: bytes | None = None,
        options: _Options = None,
    ) -> Any:
        return self._custom("delete", **_arguments(locals()))


def _request_options(
    method: str,
    path: str,
    body: object,
    content: bytes | None,
    files: Any,
    options: _Options,
) -> RequestOptions:
    """A custom request's arguments, checked before the network, as one `RequestOptions`."""
    options = options or {}
    unknown = set(options) - _KNOWN
    if unknown:
        raise TypeError(f"options: unknown key(s) {sorted(unknown)}; known: {sorted(_KNOWN)}")
    if body is not None and content is not None:
        raise TypeError("Passing both `body` and `content` is not supported")
    if files is not None and content is not None:
        raise TypeError("Passing both `files` and `content` is not supported")
    if content is not None and not isinstance(content, (bytes, bytearray)):
        raise TypeError(f"content must be bytes, not {type(content).__name__}")
    follow = options.get("follow_redirects")
    if follow is not None and not isinstance(follow, bool):
        raise TypeError(f"options: follow_redirects must be a bool, not {type(follow).__name__}")
    multipart: list[tuple[str, object]] | None = None
    uploads: tuple[str, ...] = ()
    if files is not None:
        items = list(files.items() if isinstance(files, Mapping) else files)
        fields = body.items() if isinstance(body, Mapping) else []
        multipart = [*fields, *items]
        uploads = tuple(name for name, _ in items)  # `files=` says which fields are files
        body = None
    return RequestOptions(
        method=method,
        path=path,
        json_body=body,
        multipart=multipart,
        upload_fields=uploads,
        content=bytes(content) if content is not None else None,
        extra_headers=options.get("headers"),
        extra_query=options.get("params"),
        extra_body=options.get("extra_json"),
        max_retries=options.get("max_retries"),
        timeout=options.get("timeout", NOT_GIVEN),
        follow_redirects=follow,
    )


def _cast(cast_to: Any) -> Callable[[httpx.Response], Any]:
    """The function that turns a response into `cast_to`: `APIResponse.parse(to=cast_to)`'s,
    but for the loose types (`object`, `dict`, `Any`), which take any JSON (None when empty)."""
    from . import _casts

    if cast_to in (object, dict) or cast_to is Any:
        return _casts.json_cast
    return _casts.cast_to(cast_to)


@functools.lru_cache(maxsize=64)
def _page_model(model: Any) -> type[pydantic.BaseModel]:
    """The page model of `get_api_list`: `data` a list of `model`, the page's other fields
    (`has_more`, `last_id`, `next_page` ...) kept as they came. One per item type."""
    import pydantic

    config = pydantic.ConfigDict(extra="allow")
    page: type[pydantic.BaseModel] = pydantic.create_model(
        "CustomPage", __config__=config, data=(list[model], ...)
    )
    return page


def _event_decode(cast_to: Any, stream_cls: Any) -> Callable[[str, str], Any]:
    """Decode each event as the type argument of `stream_cls` (`Stream[X]`), else `cast_to`."""
    args = typing.get_args(stream_cls) if stream_cls is not None else ()
    target = args[0] if args else cast_to
    if target in (object, dict, None) or target is Any:
        return lambda name, data: json.loads(data)
    import pydantic

    validate = pydantic.TypeAdapter(target).validate_json
    return lambda name, data: validate(data)
