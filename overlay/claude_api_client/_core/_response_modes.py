"""`.with_raw_response` and `.with_streaming_response`: the same methods, other return values.

A wrapper sets the response mode (a context variable) for one call; the send loop reads it and
returns the response (read, `.parse()` giving what the method would have returned) or, in
streaming mode, the response with its body unread, in a context manager that closes it. So the
generated code keeps a single copy of each signature."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, contextmanager
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


class _Opened:
    """`with` / `async with` around a call made in streaming mode: the call is sent on
    entering the block (not before), and its response closed on leaving it."""

    def __init__(self, send: Callable[[], Any]) -> None:
        self._send = send

    def __enter__(self) -> Any:
        with _mode(STREAMING):
            self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        self._response.close()

    async def __aenter__(self) -> Any:
        with _mode(STREAMING):
            self._response = await self._send()
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        await self._response.close()


def streaming_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, AbstractContextManager[APIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AbstractContextManager[APIResponse[R]]:
        return _Opened(lambda: func(*args, **kwargs))

    return wrapped


def async_streaming_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[R]]:
        return _Opened(lambda: func(*args, **kwargs))

    return wrapped
