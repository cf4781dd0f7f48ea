"""Helpers for self-hosted environments: claim work items from an environment's queue.

`AsyncAnthropic().beta.environments.work.poller(...)` is the entry point (async only, like the
official package's); `aiter_work` is the loop it returns, for a `work` resource already bound to
a client that authenticates with the environment key.
"""

from __future__ import annotations

from ._poller import POLL_BLOCK_MS, aiter_work, sessions_token_from_secret

__all__ = ["POLL_BLOCK_MS", "aiter_work", "sessions_token_from_secret"]
