"""The lease of a claimed work item: heartbeat it while the item is served, stop it after.

The first heartbeat (`expected_last_heartbeat=NO_HEARTBEAT`) claims the item; serving starts only
then. Each later one sends the `last_heartbeat` of the one before and is due after half the
granted TTL (at most `HEARTBEAT_INTERVAL`). A heartbeat that fails for a passing reason is tried
again with backoff until the lease would expire. The lease ends:

- `shutdown`: a heartbeat answers `lease_extended: false` (the item was asked to stop);
- `lost`: a heartbeat answers 412 (another worker may hold the item), is refused for good, or
  none succeeded before the lease expired.

Either way serving is cancelled. Then the item is force-stopped, unless the lease was lost (the
item may be queued again, or held by another worker; a 401 on the stop counts as lost too).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import logging
import math
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal

from ..._status_errors import AuthenticationError, PreconditionFailedError
from ._backoff import REQUEST_ERRORS, backoff, is_fatal, jittered
from ._poller import WORK_REQUEST_TIMEOUT, stop_work

__all__ = ["CLAIM_TIMEOUT", "HEARTBEAT_GRACE", "HEARTBEAT_INTERVAL", "Lease"]

HEARTBEAT_INTERVAL = 30.0
"""The longest wait between two heartbeats."""
HEARTBEAT_GRACE = 5.0
"""How long a heartbeat in flight may delay the stop."""
CLAIM_TIMEOUT = 300.0
"""The API's default lease TTL: the time the first heartbeat has to get through."""
NO_HEARTBEAT = "NO_HEARTBEAT"

log = logging.getLogger("claude_api_client.environments")


class Lease:
    """Hold one work item's lease while serving it (see the module)."""

    def __init__(
        self,
        *,
        work: Any,
        work_id: str,
        environment_id: str,
        extra_headers: Mapping[str, str] | None,
    ) -> None:
        loop = asyncio.get_running_loop()
        self.ttl = CLAIM_TIMEOUT
        """Seconds the last heartbeat extended the lease by."""
        self._loop = loop
        self._work_id = work_id
        # The item's two calls, addressed once (a heartbeat adds the `last_heartbeat` it follows).
        self._heartbeat = functools.partial(
            work.heartbeat, work_id, environment_id=environment_id, extra_headers=extra_headers
        )
        self._stop = functools.partial(
            stop_work, work, work_id, environment_id, force=True, extra_headers=extra_headers
        )
        self._end: Literal["shutdown", "lost"] | None = None
        self._claimed = asyncio.Event()
        self._decided = asyncio.Event()
        """Set once the item was claimed, or could not be."""
        self._last_heartbeat = NO_HEARTBEAT
        self._due_at = loop.time()
        self._expires_at = self._due_at + self.ttl
        self._lost_at = math.inf
        """When the lease runs out while serving outlasts heartbeats that were cancelled."""
        self._in_flight = False
        self._error: Exception | None = None

    @property
    def lost(self) -> bool:
        """Whether another worker may hold the item now."""
        return self._end == "lost" or self._loop.time() >= self._lost_at

    async def hold_during(self, serve: Callable[[], Awaitable[None]]) -> None:
        """Claim the item, run `serve` while the lease holds, then stop the item if still ours.

        Raises:
            Exception: what `serve` raised (logged instead when the lease was lost meanwhile),
                or the refusal of the first heartbeat.
        """
        beating = asyncio.ensure_future(self._heartbeat_until_end())
        serving = asyncio.ensure_future(self._serve_once_claimed(serve))
        try:
            await asyncio.wait({beating, serving}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not serving.done():
                serving.cancel()
            await asyncio.wait({serving})
            if self.lost:
                self._end = "lost"
            await self._end_heartbeats(beating)
            self._lost_at = math.inf
            await self._stop_if_held()
        if self._error is not None and self.lost and self._claimed.is_set():
            log.error(
                "work item failed after its lease was lost work_id=%s error=%r",
                self._work_id,
                self._error,
            )
        elif self._error is not None:
            raise self._error

    async def _serve_once_claimed(self, serve: Callable[[], Awaitable[None]]) -> None:
        await self._decided.wait()
        if not self._claimed.is_set():
            return  # the first heartbeat was refused: the item was never ours
        try:
            await serve()
        except Exception as error:
            self._error = error

    async def _end_heartbeats(self, beating: asyncio.Future[None]) -> None:
        if not beating.done() and self._in_flight:
            await asyncio.wait({beating}, timeout=HEARTBEAT_GRACE)
        beating.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await beating

    async def _heartbeat_until_end(self) -> None:
        try:
            while self._end is None:
                await asyncio.sleep(max(0.0, self._due_at - self._loop.time()))
                await self._extend()
        finally:
            if self._end is None:
                self._lost_at = self._expires_at

    async def _extend(self) -> None:
        for attempt in itertools.count():
            left = self._expires_at - self._loop.time()
            if left <= 0:
                break
            try:
                await asyncio.wait_for(self._send_heartbeat(), min(left, WORK_REQUEST_TIMEOUT))
                return
            except PreconditionFailedError as error:
                # Also what our own beat gets when its answer was lost: the lease is gone either way.
                log.error("lease lost: heartbeat precondition failed work_id=%s", self._work_id)
                self._lose(error)
                return
            except REQUEST_ERRORS as error:
                if is_fatal(error):
                    log.error("heartbeat refused work_id=%s error=%s", self._work_id, error)
                    self._lose(error)
                    return
                log.warning(
                    "heartbeat failed work_id=%s error=%s", self._work_id, type(error).__name__
                )
            delay = jittered(backoff(attempt, cap=HEARTBEAT_INTERVAL))
            await asyncio.sleep(min(delay, max(0.0, self._expires_at - self._loop.time())))
        log.error("lease assumed lost: no heartbeat got through in time work_id=%s", self._work_id)
        self._end = "lost"
        self._decided.set()

    def _lose(self, error: Exception) -> None:
        self._end = "lost"
        if not self._claimed.is_set():
            self._error = error
        self._decided.set()

    async def _send_heartbeat(self) -> None:
        sent_at = self._loop.time()
        self._in_flight = True
        try:
            beat = await self._heartbeat(expected_last_heartbeat=self._last_heartbeat)
        finally:
            self._in_flight = False
        if not beat.lease_extended:
            log.info("heartbeat asks to stop work_id=%s state=%s", self._work_id, beat.state)
            self._end = "shutdown"
            return
        self.ttl = float(beat.ttl_seconds)
        self._due_at = sent_at + min(self.ttl / 2, HEARTBEAT_INTERVAL)
        self._expires_at = sent_at + self.ttl
        self._last_heartbeat = beat.last_heartbeat
        self._claimed.set()
        self._decided.set()

    async def _stop_if_held(self) -> None:
        if self.lost:
            log.info("lease lost; the work item is not stopped work_id=%s", self._work_id)
            return
        failure = await self._stop()
        if isinstance(failure, AuthenticationError):
            self._end = "lost"
