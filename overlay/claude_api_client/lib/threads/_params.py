"""`ThreadParams`: a thread as the arguments of one `thread()` call (what `thread.params` gives)."""

from __future__ import annotations

from typing import Any

from typing_extensions import Required, TypedDict

from ._state import UnsupportedRequestBehavior

__all__ = ["ThreadParams"]


class ThreadParams(TypedDict, total=False):
    """The request fields of a thread, its tools as given (runnable ones included), its output
    format, its whole history and `unsupported_request_behavior`. Any other `create()` field the
    thread holds (`system`, `thinking` …) is present under its own name too."""

    max_tokens: Required[int]
    model: Required[str]
    messages: Required[list[Any]]
    unsupported_request_behavior: Required[UnsupportedRequestBehavior]
    tools: list[Any]
    output_format: Any
