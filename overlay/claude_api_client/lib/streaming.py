"""The message-stream helper classes, at the official package's import path.

``client.messages.stream(...)`` returns a manager; entering it gives a ``MessageStream``. The beta
surface uses the same classes (``BetaMessageStream is MessageStream``): a beta message is a
``Message`` here.
"""

from __future__ import annotations

from .._core._message_stream import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    MessageStream,
    MessageStreamManager,
)

__all__ = [
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
    "BetaMessageStream",
    "BetaMessageStreamManager",
    "MessageStream",
    "MessageStreamManager",
]

BetaMessageStream = MessageStream
BetaAsyncMessageStream = AsyncMessageStream
BetaMessageStreamManager = MessageStreamManager
BetaAsyncMessageStreamManager = AsyncMessageStreamManager
