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
def in_mode(mode: str) -> Iterator[None]:
    """The response mode of the calls made in the block."""
    token = response_mode.set(mode)
    try:
        yield
    finally:
        response_mode.reset(token)


def raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with in_mode(RAW):
            result: Any = func(*args, **kwargs)
        return result  # type: ignore[no-any-return]

    return wrapped


def async_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """The async form: awaiting the call reads the body and gives an `AsyncAPIResponse`, whose
    `.parse()` is awaited as in the official 2.x package (`await raw.parse()`)."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        with in_mode(RAW):
            result: Any = await func(*args, **kwargs)
        return result  # type: ignore[no-any-return]

    return wrapped


class _Opened:
    """`with` / `async with` around a call made in streaming mode: the call is sent on
    entering the block (not before), and its response closed on leaving it. For a download
    (`own`), the response handed out is the method's own response class (a `BinaryResponse`:
    `stream_to_file`, `write_to_file`), as the official streamed binary response."""

    def __init__(self, send: Callable[[], Any], own: bool = False) -> None:
        self._send = send
        self._own = own

    def _handed_out(self, response: Any) -> Any:
        if self._own:  # the method's cast is its response class: built over the same response
            response = response._cast(response.http_response, retries_taken=response.retries_taken)
        self._response = response
        return response

    def __enter__(self) -> Any:
        with in_mode(STREAMING):
            return self._handed_out(self._send())

    def __exit__(self, *exc_info: object) -> None:
        self._response.close()

    async def __aenter__(self) -> Any:
        with in_mode(STREAMING):
            return self._handed_out(await self._send())

    async def __aexit__(self, *exc_info: object) -> None:
        await self._response.close()


def _sent_on_entry(func: Callable[P, Any], own: bool = False) -> Callable[P, Any]:
    """`func` made to return an `_Opened` block: the call is sent on entering it (with `own`,
    giving the method's own response class)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Any:
        return _Opened(lambda: func(*args, **kwargs), own)

    return wrapped


def streaming_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, AbstractContextManager[APIResponse[R]]]:
    return _sent_on_entry(func)


def async_streaming_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[AsyncAPIResponse[R]]]:
    return _sent_on_entry(func)


def download_streaming_wrapper(
    func: Callable[P, R],
) -> Callable[P, AbstractContextManager[R]]:
    """`.with_streaming_response` of a download: the context manager gives the method's own
    response (a `BinaryResponse`), its body unread."""
    return _sent_on_entry(func, own=True)


def async_download_streaming_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[R]]:
    """The async `download_streaming_wrapper`."""
    return _sent_on_entry(func, own=True)
