"""`.with_raw_response` and `.with_streaming_response`: the same methods, other return values.

A wrapper sets the response mode for the duration of one call; the client's request methods read
it and, instead of the parsed result, return the response (read, with `.parse()` giving what the
method would have returned) or, in streaming mode, the response with its body unread, inside a
context manager that closes it. One mechanism serves every method, so the generated code keeps a
single copy of each signature.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    asynccontextmanager,
    contextmanager,
)
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

from typing_extensions import ParamSpec

if TYPE_CHECKING:
    from ._response import APIResponse, AsyncAPIResponse

P = ParamSpec("P")
R = TypeVar("R")

PARSED, RAW, STREAMING = "parsed", "raw", "streaming"
response_mode: ContextVar[str] = ContextVar("claude_api_client_response_mode", default=PARSED)


@contextmanager
def _mode(mode: str) -> Iterator[None]:
    """The response mode of the calls made in the block."""
    token = response_mode.set(mode)
    try:
        yield
    finally:
        response_mode.reset(token)


def raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with _mode(RAW):
            result: Any = func(*args, **kwargs)
        return result  # type: ignore[no-any-return]

    return wrapped


def async_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async form: awaiting the call reads the body, so the response it gives is the
    synchronous `APIResponse` (`.parse()` returns the object, as the official package does)."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with _mode(RAW):
            result: Any = await func(*args, **kwargs)
        return result  # type: ignore[no-any-return]

    return wrapped


def streaming_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, AbstractContextManager[APIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AbstractContextManager[APIResponse[R]]:
        @contextmanager
        def opened() -> Iterator[APIResponse[R]]:
            # Nothing is sent before `with`; the response is closed when the block ends.
            with _mode(STREAMING):
                response: Any = func(*args, **kwargs)
            try:
                yield response
            finally:
                response.close()

        return opened()

    return wrapped


def async_streaming_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[R]]:
        @asynccontextmanager
        async def opened() -> AsyncIterator[AsyncAPIResponse[R]]:
            with _mode(STREAMING):
                response: Any = await func(*args, **kwargs)
            try:
                yield response
            finally:
                await response.close()

        return opened()

    return wrapped
