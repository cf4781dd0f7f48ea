"""The raw-response wrappers behind `.with_raw_response` and `.with_streaming_response`."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any, Generic, TypeVar, overload

import httpx

from ._errors import connection_error
from ._ratelimit import RateLimitInfo

T = TypeVar("T")
U = TypeVar("U")

_UNPARSED = object()


class _BaseAPIResponse(Generic[T]):
    """What both responses share: the response's properties and the cast, run once."""

    def __init__(
        self,
        response: httpx.Response,
        cast: Callable[[httpx.Response], T],
        *,
        retries_taken: int = 0,
    ) -> None:
        self.http_response = response
        self.retries_taken = retries_taken
        """How many retries it took to get this response (0: the first attempt succeeded)."""
        self._cast = cast
        self._parsed: object = _UNPARSED
        self._parsed_as: dict[Any, Any] | None = None
        self._rate_limit: RateLimitInfo | None = None

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def request_id(self) -> str | None:
        value: str | None = self.headers.get("request-id")
        return value

    @property
    def workspace_id(self) -> str | None:
        value: str | None = self.headers.get("anthropic-workspace-id")
        return value

    @property
    def organization_id(self) -> str | None:
        value: str | None = self.headers.get("anthropic-organization-id")
        return value

    @property
    def rate_limit(self) -> RateLimitInfo:
        """Rate-limit state from the headers, parsed on first access."""
        if self._rate_limit is None:
            self._rate_limit = RateLimitInfo.from_headers(self.headers)
        return self._rate_limit

    @property
    def elapsed(self) -> _dt.timedelta:
        """Time from sending to the end of the body (available once the body is read or closed)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def _lost(self, error: httpx.HTTPError) -> Exception:
        """The typed error for a connection lost while reading the body."""
        return connection_error(error, self.http_request, self.http_response)

    def _parse_read(self, to: Any = None) -> Any:
        """The read body cast as the method casts it, or as `to`; once for each."""
        if to is None:
            if self._parsed is _UNPARSED:
                self._parsed = self._cast(self.http_response)
            return self._parsed
        if self.headers.get("content-type", "").startswith("text/event-stream"):
            raise TypeError(
                "parse(to=...) reads a whole body; an event stream parses as its stream"
            )
        from ._casts import cast_to

        if self._parsed_as is None:
            self._parsed_as = {}
        if to not in self._parsed_as:
            self._parsed_as[to] = cast_to(to)(self.http_response)
        return self._parsed_as[to]

    def __reduce__(self) -> Any:
        # An httpx.Response pickles its request, headers (the key) included.
        raise TypeError(
            f"{type(self).__name__} cannot be pickled (it holds the request's credentials); "
            "pickle .parse() (or .read()) instead"
        )

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url} "
            f"request_id={self.request_id!r}>"
        )


class APIResponse(_BaseAPIResponse[T]):
    """A response with its headers; the body is read on demand and parsed once."""

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Every read: a lost connection becomes ours, and the response is closed once the read
        ends, fails or is abandoned."""
        try:
            yield
        except httpx.HTTPError as error:
            raise self._lost(error) from error
        finally:
            if not self.http_response.is_closed:
                self.http_response.close()

    @overload
    def parse(self) -> T: ...

    @overload
    def parse(self, *, to: type[U]) -> U: ...

    def parse(self, *, to: Any = None) -> Any:
        """The result the method would have returned, parsed on first call and then cached;
        with `to`, the body parsed as that type instead (a pydantic model, `dict`, `list`, a
        union, `str`, `bytes`, `int`, `float`, `httpx.Response`), also once."""
        self.read()
        return self._parse_read(to)

    def read(self) -> bytes:
        with self._reading():
            return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        return json.loads(self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        with self._reading():
            yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        with self._reading():
            yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        with self._reading():
            yield from self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_BaseAPIResponse[T]):
    """The async twin of APIResponse: reading the body is awaited."""

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[None]:
        """`APIResponse._reading`, closing with `aclose()`."""
        try:
            yield
        except httpx.HTTPError as error:
            raise self._lost(error) from error
        finally:
            await self.http_response.aclose()

    @overload
    async def parse(self) -> T: ...

    @overload
    async def parse(self, *, to: type[U]) -> U: ...

    async def parse(self, *, to: Any = None) -> Any:
        """`APIResponse.parse`, the body read without blocking."""
        await self.read()
        return self._parse_read(to)

    async def read(self) -> bytes:
        async with self._reading():
            return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        return json.loads(await self.read())

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        async with self._reading():
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        async with self._reading():
            async for chunk in self.http_response.aiter_text(chunk_size):
                yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async with self._reading():
            async for line in self.http_response.aiter_lines():
                yield line

    async def close(self) -> None:
        await self.http_response.aclose()
