"""Pages of list results, and iteration across pages.

A page is validated once, from its bytes, as the operation's generated page model; what the body
holds decides how to follow it (docs/internals.md, "The contract generated resources rely on").
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._casts import attach_request_id, validator_for
from ._exceptions import APIResponseValidationError
from ._options import RequestOptions
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")


@dataclass(frozen=True)
class PageSpec(Generic[T]):
    """How to read one list operation's pages."""

    page: Callable[[], Any]
    """Returns the page model, generated from the operation's response schema (a zero-argument
    loader, so models are imported only when used)."""
    items: str = "data"
    """The page field that holds the items (`x-pagination.items`)."""
    token: str = "page"
    """The query parameter that sends a page's `next_page` back (`x-pagination.token`)."""


def parse_page(response: httpx.Response, spec: PageSpec[Any]) -> tuple[Any, str | None]:
    """Validate a page body (already read) as the operation's page model, once, from bytes;
    with the request id of the response, attached to each item."""
    try:
        page = validator_for(spec.page())(response.content)
    except (ValueError, RecursionError) as error:  # pydantic's ValidationError is a ValueError
        raise _not_a_page(response, spec, error) from error
    request_id = response.headers.get("request-id")
    for item in getattr(page, spec.items):
        attach_request_id(item, request_id)
    return page, request_id


def _not_a_page(
    response: httpx.Response, spec: PageSpec[Any], error: Exception
) -> APIResponseValidationError:
    """The error for a body the page model refused: said plainly when it is no page at all."""
    try:
        body: object = json.loads(response.content)
    except (ValueError, RecursionError):
        body, why = response.text, "not JSON"
    else:
        if isinstance(body, dict) and isinstance(body.get(spec.items), list):
            return APIResponseValidationError(response, body, error=error)
        why = f"no `{spec.items}` list"
    message = (
        f"The API returned HTTP {response.status_code} with a body that is not a page: {why} "
        f"(request_id: {response.headers.get('request-id')})"
    )
    return APIResponseValidationError(response, body, message=message)


def _optional(page: object, key: str, kind: type[Any]) -> Any:
    """A cursor field of the page body, None when absent or not of its type."""
    value = getattr(page, key, None)
    return value if isinstance(value, kind) else None


class PageInfo:
    """Where the page a page points to is: the query parameters that request it (the official
    package's `next_page_info()` value; `url` and `json` are never set by this API's lists)."""

    __slots__ = ("json", "params", "url")

    def __init__(
        self,
        *,
        url: httpx.URL | NotGiven = NOT_GIVEN,
        json: object = NOT_GIVEN,
        params: dict[str, object] | NotGiven = NOT_GIVEN,
    ) -> None:
        self.url = url
        self.json = json
        self.params = params

    def __repr__(self) -> str:
        return f"PageInfo(params={self.params!r})"


class _BasePage(Generic[T]):
    """What a page is, and what follows it, without I/O; `_client` (the client that fetched it)
    fetches the next one."""

    def __init__(
        self,
        parsed: tuple[Any, str | None],
        options: RequestOptions,
        spec: PageSpec[T],
        client: Any,
    ) -> None:
        page, self.request_id = parsed
        self.data: list[T] = list(getattr(page, spec.items))
        self.has_more: bool | None = _optional(page, "has_more", bool)
        self.first_id: str | None = _optional(page, "first_id", str)
        self.last_id: str | None = _optional(page, "last_id", str)
        self.next_page: str | None = _optional(page, "next_page", str)
        self.prev_page: str | None = _optional(page, "prev_page", str)  # where a list gives one
        self._model = page  # its other fields (`data_refreshed_at` …) read through
        self._options = options
        self._spec = spec
        self._client = client

    def __getattr__(self, name: str) -> Any:
        model = self.__dict__.get("_model")
        if model is None or name.startswith("_"):
            raise AttributeError(name)
        return getattr(model, name)

    def next_page_params(self) -> dict[str, object] | None:
        """The query parameters that request the next page, or None on the last page: a non-null
        `next_page` is sent back as `PageSpec.token`; else, while `has_more`, `after_id=last_id`
        (`before_id=first_id` when going backwards)."""
        if self.has_more is False:
            return None
        if self.next_page is not None:
            token = self._spec.token
            sent = (self._options.params or {}).get(token)
            # A server repeating the token it was given would loop forever: stop instead.
            return {token: self.next_page} if self.next_page != sent else None
        if not self.has_more or not self.data:
            return None
        if (self._options.params or {}).get("before_id") is not None:  # going backwards
            return {"before_id": self.first_id} if self.first_id is not None else None
        return {"after_id": self.last_id} if self.last_id is not None else None

    def has_next_page(self) -> bool:
        return self.next_page_params() is not None

    def next_page_info(self) -> PageInfo | None:
        """The cursor this page points on with, as the official pages give it: the `next_page`
        token, else `before_id=first_id` when going backwards, else `after_id=last_id`; None
        without one. Unlike `next_page_params()` it ignores `has_more` (an id-cursor page
        points on even from the last page); `has_next_page()` says whether to follow it."""
        params = self._cursor_params()
        return PageInfo(params=params) if params is not None else None

    def _cursor_params(self) -> dict[str, object] | None:
        """`next_page_info()`'s query parameters."""
        if self.next_page:
            return {self._spec.token: self.next_page}
        if (self._options.params or {}).get("before_id"):
            return {"before_id": self.first_id} if self.first_id else None
        return {"after_id": self.last_id} if self.last_id else None

    def _next_options(self) -> RequestOptions:
        # As the official pages: asked anyway, an id-cursor page still follows its cursor (an
        # empty page past the end); only a page with no cursor at all cannot.
        following = self.next_page_params() or self._cursor_params()
        if following is None:
            raise RuntimeError("This is the last page; check has_next_page() first.")
        params = {
            key: value
            for key, value in (self._options.params or {}).items()
            if key not in ("after_id", "before_id", "page", self._spec.token)
        }
        params.update(following)
        return dataclasses.replace(self._options, params=params)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} items={len(self.data)} "
            f"has_next_page={self.has_next_page()} request_id={self.request_id!r}>"
        )


class SyncPage(_BasePage[T]):
    """One page of a list; iterating over it yields every item of every following page."""

    def get_next_page(self) -> SyncPage[T]:
        page: SyncPage[T] = self._client.request_page(self._next_options(), self._spec)
        return page

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page() if page.has_next_page() else None

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_BasePage[T]):
    """One page of a list; `async for` over it yields every item of every following page."""

    async def get_next_page(self) -> AsyncPage[T]:
        page: AsyncPage[T] = await self._client.fetch_page(self._next_options(), self._spec)
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page() if page.has_next_page() else None

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list call returns: `await` it for the first page, or `async for` over it
    for every item. Nothing is sent until one of the two happens."""

    def __init__(self, fetch: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._fetch().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._fetch()
        async for item in page:
            yield item
