"""Helpers for self-hosted environments (async only, as in the official package).

- `AsyncAnthropic().beta.environments.work.poller(...)`: claim work items of an environment's
  queue (`aiter_work` is the loop it returns, for a `work` resource already bound to a client
  that authenticates with the environment key; `iter_work` is the same loop for a sync `work`
  resource);
- `AsyncAnthropic().beta.sessions.events.tool_runner(...)` (`SessionToolRunner`): run the tool
  calls a session waits on, on this machine;
- `AsyncAnthropic().beta.environments.work.worker(...)` (`EnvironmentWorker`): both together,
  with the work item's lease held while its session is served.

Names load on first use, so importing this package loads no model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names

if TYPE_CHECKING:
    from ..tools._beta_session_runner import DEFAULT_MAX_IDLE as DEFAULT_MAX_IDLE
    from ..tools._beta_session_runner import MANAGED_AGENTS_BETA as MANAGED_AGENTS_BETA
    from ..tools._beta_session_runner import BetaAnyRunnableTool as BetaAnyRunnableTool
    from ..tools._beta_session_runner import DispatchedToolCall as DispatchedToolCall
    from ..tools._beta_session_runner import (
        DispatchedToolResultParams as DispatchedToolResultParams,
    )
    from ..tools._beta_session_runner import DispatchedToolUseEvent as DispatchedToolUseEvent
    from ..tools._beta_session_runner import SessionToolRunner as SessionToolRunner
    from ..tools._skills import download_session_skills as download_session_skills
    from ._poller import POLL_BLOCK_MS as POLL_BLOCK_MS
    from ._poller import aiter_work as aiter_work
    from ._poller import iter_work as iter_work
    from ._poller import sessions_token_from_secret as sessions_token_from_secret
    from ._worker import DEFAULT_MEMORY_SYNC_INTERVAL as DEFAULT_MEMORY_SYNC_INTERVAL
    from ._worker import MEMORY_FLUSH_TIMEOUT as MEMORY_FLUSH_TIMEOUT
    from ._worker import MIN_MEMORY_SYNC_INTERVAL as MIN_MEMORY_SYNC_INTERVAL
    from ._worker import EnvironmentWorker as EnvironmentWorker
    from ._worker import EnvironmentWorkerTools as EnvironmentWorkerTools

_RUNNER = "..tools._beta_session_runner"
_LAZY: dict[str, str] = {
    "POLL_BLOCK_MS": "._poller",
    "aiter_work": "._poller",
    "iter_work": "._poller",
    "sessions_token_from_secret": "._poller",
    "DEFAULT_MEMORY_SYNC_INTERVAL": "._worker",
    "MEMORY_FLUSH_TIMEOUT": "._worker",
    "MIN_MEMORY_SYNC_INTERVAL": "._worker",
    "EnvironmentWorker": "._worker",
    "EnvironmentWorkerTools": "._worker",
    "DEFAULT_MAX_IDLE": _RUNNER,
    "MANAGED_AGENTS_BETA": _RUNNER,
    "BetaAnyRunnableTool": _RUNNER,
    "DispatchedToolCall": _RUNNER,
    "DispatchedToolResultParams": _RUNNER,
    "DispatchedToolUseEvent": _RUNNER,
    "SessionToolRunner": _RUNNER,
    "download_session_skills": "..tools._skills",
}

__all__ = sorted(_LAZY)


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())
