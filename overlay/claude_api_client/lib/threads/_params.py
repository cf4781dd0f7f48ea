"""The keyword arguments of a thread: the `create()` fields it holds, and `thread.params`.

`ThreadCreateFields` and `ThreadSendFields` (the `create()` fields `thread()` and a turn take) are
generated types, `claude_api_client.types._params.thread_fields`, under their official names
`types.beta.ThreadCreateParams` and `types.beta.ThreadSendParams`; they are re-exported here for
the thread classes. `ThreadParams` is what `thread.params` holds.
"""

from __future__ import annotations

from typing import Any

from typing_extensions import Required, TypedDict

from ...types._params.thread_fields import ThreadCreateFields, ThreadSendFields
from ._state import UnsupportedRequestBehavior

__all__ = ["ThreadCreateFields", "ThreadParams", "ThreadSendFields"]


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
