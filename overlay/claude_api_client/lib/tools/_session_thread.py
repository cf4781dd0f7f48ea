"""The session thread a tool call belongs to, for tools that keep state per thread (the agent
toolset's `bash` keeps one shell per thread)."""

from __future__ import annotations

from contextvars import ContextVar

__all__ = ["current_session_thread"]

current_session_thread: ContextVar[tuple[str, str | None] | None] = ContextVar(
    "current_session_thread", default=None
)
"""`(session id, thread id)` (None: the primary thread) while the session tool runner runs a
call; None outside it."""
