"""The sync / async split of the toolset classes, written once.

Each class pair (runnable base, call loop, browser, computer) writes the steps of an operation
once, as a coroutine that suspends only inside the mode's primitives (`_io`, and the loop's
`_ask_hook` and `_offload`). The async class awaits the coroutine; on the sync class none of
those awaits suspends (each hands back what the blocking call returned), so `drive` runs it to
its end without an event loop, as the client's send loop does (`_core/_base_client.py`, `_run`).
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar

__all__ = ["drive"]

_T = TypeVar("_T")


def drive(steps: Coroutine[Any, Any, _T]) -> _T:
    """The result of `steps` on the sync class: run to its end in one step."""
    try:
        steps.send(None)
    except StopIteration as done:
        result: _T = done.value
        return result
    steps.close()
    raise RuntimeError("a step of a synchronous toolset suspended")
