"""Message threads (beta): conversations the server holds between turns.

    thread = client.beta.messages.thread(model=..., max_tokens=..., system=...)
    thread.send({"role": "user", "content": "Hi"})       # sends the whole history, creates the thread
    thread.send({"role": "user", "content": "And?"})     # sends only this message

See `_thread` for the classes and `_state` for what is sent on each turn.
"""

from __future__ import annotations

from ._params import ThreadParams
from ._state import UnsupportedRequestBehavior
from ._thread import BetaAsyncMessageThread, BetaMessageThread

__all__ = [
    "BetaAsyncMessageThread",
    "BetaMessageThread",
    "ThreadParams",
    "UnsupportedRequestBehavior",
]
