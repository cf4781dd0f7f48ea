"""`client.get/post/patch/put/delete(path, cast_to=..., ...)`: requests to endpoints this SDK has
no method for (yet), through the same send loop as every generated method."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, TypedDict

import httpx

from ._options import RequestOptions
from ._types import NOT_GIVEN


class CustomRequestOptions(TypedDict, total=False):
    """The `options=` of a custom request (the keys the official client takes)."""

    headers: Mapping[str, Any]
    max_retries: int
    timeout: float | httpx.Timeout | None
    params: Mapping[str, object]
    extra_json: Mapping[str, object]
    idempotency_key: str
    follow_redirects: bool


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
        """Every verb: the arguments checked before the network, as one `RequestOptions`."""
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
        multipart: list[tuple[str, object]] | None = None
        uploads: tuple[str, ...] = ()
        if files is not None:
            items = list(files.items() if isinstance(files, Mapping) else files)
            fields = body.items() if isinstance(body, Mapping) else []
            multipart = [*fields, *items]
            uploads = tuple(name for name, _ in items)  # `files=` says which fields are files
            body = None
        request_options = RequestOptions(
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
        )
        # The client's request methods: on the async client they return coroutines, which the
        # caller awaits, so one body serves both.
        client: Any = self
        if stream:  # `request_events` marks the options as a stream
            return client.request_events(request_options, _event_decode(cast_to, stream_cls))
        return client.request(request_options, _cast(cast_to))

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


def _cast(cast_to: Any) -> Callable[[httpx.Response], Any]:
    """The function that turns a response into `cast_to`."""
    import pydantic  # imported when a custom request is made

    from ._casts import bytes_cast, json_cast, none_cast, validated_cast

    if cast_to is httpx.Response:
        return lambda response: response
    if cast_to is None or cast_to is type(None):
        return none_cast
    if cast_to is bytes:
        return bytes_cast
    if cast_to is str:
        return lambda response: response.text
    if cast_to in (object, dict) or cast_to is Any:
        return json_cast
    # Validators built for this call: a caller's type (`list[X]`) may be a new object each call.
    return validated_cast(pydantic.TypeAdapter(cast_to).validate_json)


def _event_decode(cast_to: Any, stream_cls: Any) -> Callable[[str, str], Any]:
    """Decode each event as the type argument of `stream_cls` (`Stream[X]`), else `cast_to`."""
    args = typing.get_args(stream_cls) if stream_cls is not None else ()
    target = args[0] if args else cast_to
    if target in (object, dict, None) or target is Any:
        return lambda name, data: json.loads(data)
    import pydantic

    validate = pydantic.TypeAdapter(target).validate_json
    return lambda name, data: validate(data)
