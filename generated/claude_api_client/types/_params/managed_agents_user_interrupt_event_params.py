# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsUserInterruptEventParams(TypedDict):
    """
    Request shape of user interrupt event.
    """

    type: Literal["user.interrupt"]
    """
    Always `user.interrupt`.
    """
    session_thread_id: NotRequired[str | None]
    """
    Thread of the session this event belongs to (absent: the primary thread).
    """
