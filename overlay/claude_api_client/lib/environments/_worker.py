"""The environment worker: the work poller and the session tool runner, put together.

`AsyncAnthropic().beta.environments.work.worker(...)` (or `EnvironmentWorker(client, ...)`)
gives a worker; `await worker.run()` serves an environment's queue until cancelled, and
`await worker.handle_item(...)` serves one item something else already claimed. Per item:

1. the item's credential: the `sessions_token` in its `secret`, else the environment key (each
   request then carries it alone as `Authorization: Bearer`, never the client's API key);
2. the lease (`_lease.Lease`): the first heartbeat claims it; heartbeats go on while the item is
   served; the item is force-stopped at the end unless the lease was lost;
3. the session is read (retried while the lease holds); a terminated session is not served;
4. the agent's skills are downloaded into `{workdir}/skills/` (removed again afterwards);
5. a `SessionToolRunner` runs the session's tool calls with the worker's tools (by default the
   agent toolset's file tools on `AgentToolContext(workdir)`); its sends are retried for as
   long as the lease's TTL once it stops, and nothing is posted after the lease was lost.

An item's failure is logged by `run`, which goes on polling; `handle_item` raises it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from typing_extensions import deprecated

from ..._core._types import NOT_GIVEN, NotGiven
from ..tools._beta_session_runner import (
    DEFAULT_MAX_CONCURRENT_CALLS,
    DEFAULT_MAX_IDLE,
    BetaAnyRunnableTool,
    SessionToolRunner,
    check_max_concurrent_calls,
)
from ._backoff import REQUEST_ERRORS, backoff, is_fatal, jittered
from ._poller import (
    WORK_REQUEST_TIMEOUT,
    aiter_work,
    new_work_span,
    scoped_client,
    sessions_token_from_secret,
)

if TYPE_CHECKING:
    from ..._client import AsyncAnthropic
    from ...types import ManagedAgentsSession, SelfHostedWork
    from ..tools.agent_toolset import AgentToolContext

__all__ = [
    "DEFAULT_MEMORY_SYNC_INTERVAL",
    "MEMORY_FLUSH_TIMEOUT",
    "MIN_MEMORY_SYNC_INTERVAL",
    "EnvironmentWorker",
    "EnvironmentWorkerTools",
    "MemoryDeleteMode",
]

log = logging.getLogger("claude_api_client.environments")

EnvironmentWorkerTools: TypeAlias = (
    Sequence[BetaAnyRunnableTool] | Callable[["AgentToolContext"], Sequence[BetaAnyRunnableTool]]
)
"""The worker's tools: one list for every session, or a function of each session's context."""
MemoryDeleteMode: TypeAlias = Literal["enabled", "log_only", "disabled"]

DEFAULT_MEMORY_SYNC_INTERVAL = 15.0
"""Seconds between two syncs of a session's memory stores."""
MIN_MEMORY_SYNC_INTERVAL = 5.0
"""The shortest sync interval accepted (each sync lists every attached store)."""
MEMORY_FLUSH_TIMEOUT = 30.0
"""The longest a final memory sync or flush may take."""
UNRESTRICTED_PATHS_DEPRECATION = (
    "unrestricted_paths is no longer accepted: give the directories the tools may reach as "
    "AgentToolContext(allowed_roots=...) through a tools factory"
)


def _require(value: str | None, *, name: str, env_var: str) -> str:
    resolved = value or os.environ.get(env_var)
    if not resolved:
        raise ValueError(f"handle_item: {name} is required; pass it or set {env_var}")
    return resolved


class EnvironmentWorker:
    """Serve a self-hosted environment's sessions on this machine (see the module).

    Async only, as in the official package. Build it with
    `client.beta.environments.work.worker(...)` or `EnvironmentWorker(client, ...)`.
    """

    @overload
    def __init__(
        self,
        client: AsyncAnthropic,
        *,
        environment_id: str | None = None,
        environment_key: str | None = None,
        tools: EnvironmentWorkerTools | None = None,
        workdir: str | os.PathLike[str] | None = None,
        max_file_bytes: int | NotGiven | None = NOT_GIVEN,
        max_idle: float | None = DEFAULT_MAX_IDLE,
        max_concurrent_calls: int | None = DEFAULT_MAX_CONCURRENT_CALLS,
        memory_sync_interval: float | None = DEFAULT_MEMORY_SYNC_INTERVAL,
        memory_sync_deletions: MemoryDeleteMode = "enabled",
        worker_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    @deprecated(UNRESTRICTED_PATHS_DEPRECATION)
    def __init__(
        self,
        client: AsyncAnthropic,
        *,
        environment_id: str | None = None,
        environment_key: str | None = None,
        tools: EnvironmentWorkerTools | None = None,
        workdir: str | os.PathLike[str] | None = None,
        unrestricted_paths: bool,
        max_file_bytes: int | NotGiven | None = NOT_GIVEN,
        max_idle: float | None = DEFAULT_MAX_IDLE,
        max_concurrent_calls: int | None = DEFAULT_MAX_CONCURRENT_CALLS,
        memory_sync_interval: float | None = DEFAULT_MEMORY_SYNC_INTERVAL,
        memory_sync_deletions: MemoryDeleteMode = "enabled",
        worker_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    def __init__(
        self,
        client: AsyncAnthropic,
        *,
        environment_id: str | None = None,
        environment_key: str | None = None,
        tools: EnvironmentWorkerTools | None = None,
        workdir: str | os.PathLike[str] | None = None,
        unrestricted_paths: bool | NotGiven = NOT_GIVEN,
        max_file_bytes: int | NotGiven | None = NOT_GIVEN,
        max_idle: float | None = DEFAULT_MAX_IDLE,
        max_concurrent_calls: int | None = DEFAULT_MAX_CONCURRENT_CALLS,
        memory_sync_interval: float | None = DEFAULT_MEMORY_SYNC_INTERVAL,
        memory_sync_deletions: MemoryDeleteMode = "enabled",
        worker_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Configure the worker; nothing is sent until `run` or `handle_item`.

        Args:
            client: The async client whose connection and settings the worker uses.
            environment_id: The environment to poll (needed by `run` only).
            environment_key: The environment key: polls, and the calls of an item whose secret
                carries no sessions token, use it as their Bearer credential.
            tools: The tools of each session: a list, or a function of the session's
                `AgentToolContext`; default: `beta_agent_toolset_20260401(ctx)`.
            workdir: The tools' working directory (default: the current one, read now).
            unrestricted_paths: No longer accepted: any value raises `TypeError`.
            max_file_bytes: Passed to each session's `AgentToolContext`.
            max_idle: Passed to the session tool runner (seconds; None: no limit).
            max_concurrent_calls: Passed to the session tool runner.
            memory_sync_interval: Seconds between memory-store syncs, at least
                `MIN_MEMORY_SYNC_INTERVAL`; None: no memory.
            memory_sync_deletions: `"enabled"`, `"log_only"` or `"disabled"`.
            worker_id: Sent with each poll as `Anthropic-Worker-ID` (default: host name plus a
                random suffix).
            extra_headers: Headers sent with every request the worker makes.

        Raises:
            TypeError: `unrestricted_paths` was given.
            ValueError: `max_concurrent_calls` below 1, or `memory_sync_interval` below the
                minimum.
        """
        if not isinstance(unrestricted_paths, NotGiven):
            raise TypeError(UNRESTRICTED_PATHS_DEPRECATION)
        check_max_concurrent_calls(max_concurrent_calls)
        if (
            memory_sync_interval is not None
            and not memory_sync_interval >= MIN_MEMORY_SYNC_INTERVAL
        ):
            raise ValueError(
                f"memory_sync_interval must be at least {MIN_MEMORY_SYNC_INTERVAL} seconds, "
                f"got {memory_sync_interval}"
            )
        self._client = client
        self._environment_id = environment_id
        self._environment_key = environment_key
        self._tools = tools
        self._workdir: str | os.PathLike[str] = os.getcwd() if workdir is None else workdir
        self._max_file_bytes = max_file_bytes
        self._max_idle = max_idle
        self._max_concurrent_calls = max_concurrent_calls
        self._memory_sync_interval = memory_sync_interval
        self._memory_sync_deletions = memory_sync_deletions
        self._worker_id = worker_id
        self._extra_headers = dict(extra_headers) if extra_headers else None

    async def run(self) -> None:
        """Poll the environment and serve each item it hands out, until cancelled.

        Each item is acknowledged by the poller, then served as `handle_item` would; an item
        that fails is logged and the loop goes on.

        Raises:
            ValueError: the worker has no `environment_id` or `environment_key`.
            APIStatusError: the API refused a poll for good.
        """
        environment_id, key = self._environment_id, self._environment_key
        if environment_id is None or key is None:
            raise ValueError(
                "EnvironmentWorker.run: environment_id and environment_key are required to poll"
            )
        poll_client = scoped_client(self._client, key, helper="environments-work-poller")
        work = poll_client.beta.environments.work
        span = new_work_span(work)  # each item's span, current while it is served
        items = aiter_work(
            work,
            environment_id=environment_id,
            worker_id=self._worker_id,
            auto_stop=False,
            extra_headers=self._extra_headers,
            _work_span=span,
        )
        async with contextlib.aclosing(items):
            async for item in items:
                try:
                    await self._handle_polled(item, key, span)
                except Exception as error:
                    span.end(error)
                    log.error("work item failed work_id=%s error=%r", item.id, error)
                except BaseException as error:
                    span.end(error)
                    raise

    async def _handle_polled(self, item: SelfHostedWork, key: str, span: Any) -> None:
        kind: str = item.data.type
        run = _ItemRun(
            self,
            work_id=item.id,
            environment_id=item.environment_id,
            session_id=item.data.id if kind == "session" else None,
            secret=item.secret or "",
            environment_key=key,
        )
        try:
            with span.current():
                await run.handle()
        finally:
            if run.lease.lost:  # what fails after the lease was lost is no failure of the item
                span.end(finished=False)

    async def handle_item(
        self,
        *,
        work_id: str | None = None,
        environment_id: str | None = None,
        session_id: str | None = None,
        environment_key: str | None = None,
        work_secret: str | None = None,
    ) -> None:
        """Serve one work item that was already claimed, without polling.

        Unset arguments come from `ANTHROPIC_WORK_ID`, `ANTHROPIC_ENVIRONMENT_ID`,
        `ANTHROPIC_SESSION_ID`, `ANTHROPIC_WORK_SECRET` (what `ant beta:worker poll --on-work`
        sets); `environment_key` from the worker's own, then `ANTHROPIC_ENVIRONMENT_KEY`. The
        work secret's sessions token, when it has one, is the item's credential.

        Args:
            work_id: The work item.
            environment_id: Its environment.
            session_id: Its session.
            environment_key: The environment key (needed when the secret has no token).
            work_secret: The item's `secret` from the poll.

        Raises:
            ValueError: an id is missing, or the item has no credential.
            APIStatusError: the API refused the first heartbeat or the read of the session.
        """
        work_id = _require(work_id, name="work_id", env_var="ANTHROPIC_WORK_ID")
        environment_id = _require(
            environment_id, name="environment_id", env_var="ANTHROPIC_ENVIRONMENT_ID"
        )
        session_id = _require(session_id, name="session_id", env_var="ANTHROPIC_SESSION_ID")
        secret = work_secret or os.environ.get("ANTHROPIC_WORK_SECRET", "")
        key = (
            environment_key
            or self._environment_key
            or os.environ.get("ANTHROPIC_ENVIRONMENT_KEY", "")
        )
        if not key and not secret:
            raise ValueError(
                "handle_item: environment_key is required when there is no work secret; pass "
                "it, give it to the worker, or set ANTHROPIC_ENVIRONMENT_KEY"
            )
        await _ItemRun(
            self,
            work_id=work_id,
            environment_id=environment_id,
            session_id=session_id,
            secret=secret,
            environment_key=key,
        ).handle()

    def _tools_for(self, ctx: AgentToolContext) -> Sequence[BetaAnyRunnableTool]:
        if callable(self._tools):
            return self._tools(ctx)
        if self._tools is not None:
            return self._tools
        from ..tools.agent_toolset import beta_agent_toolset_20260401

        return beta_agent_toolset_20260401(ctx)


class _ItemRun:
    """Serving one work item."""

    def __init__(
        self,
        worker: EnvironmentWorker,
        *,
        work_id: str,
        environment_id: str,
        session_id: str | None,
        secret: str,
        environment_key: str,
    ) -> None:
        token = sessions_token_from_secret(secret)
        credential = token or environment_key
        if not credential:
            raise ValueError(
                "the work secret carries no sessions token and no environment key is set: give "
                "the item's secret with its sessions token, or the environment key"
            )
        if secret and token is None:
            log.warning(
                "work secret has no sessions token; using the environment key work_id=%s", work_id
            )
        from ._lease import Lease

        self._worker = worker
        self._work_id = work_id
        self._session_id = session_id
        self._credential = credential
        self._client: Any = scoped_client(worker._client, credential, helper="environments-worker")
        self.lease = Lease(
            work=self._client.beta.environments.work,
            work_id=work_id,
            environment_id=environment_id,
            extra_headers=worker._extra_headers,
        )

    async def handle(self) -> None:
        await self.lease.hold_during(self._serve)

    async def _serve(self) -> None:
        if self._session_id is None:
            log.info("work item is not for a session; skipped work_id=%s", self._work_id)
            return
        session = await self._read_session(self._session_id)
        if session.status == "terminated":
            log.info("session terminated; work item stopped work_id=%s", self._work_id)
            return
        self._check_memory(session)
        from ..tools._skills import download_session_skills
        from ..tools.agent_toolset import AgentToolContext

        worker = self._worker
        ctx = AgentToolContext(workdir=worker._workdir, max_file_bytes=worker._max_file_bytes)
        skill_dirs = await download_session_skills(
            self._client, workdir=ctx.workdir, session=session
        )
        try:
            runner = SessionToolRunner(
                self._client,
                session.id,
                tools=worker._tools_for(ctx),
                max_idle=worker._max_idle,
                max_concurrent_calls=worker._max_concurrent_calls,
                environment_key=self._credential,
                extra_headers=worker._extra_headers,
            )
            runner._send_retry_window = lambda: self.lease.ttl
            runner._is_replaced = lambda: self.lease.lost
            await runner.until_done()
        finally:
            await ctx.close()  # a shell a tools factory started with `ctx.bash()`
            for folder in skill_dirs:
                await asyncio.to_thread(shutil.rmtree, folder, True)

    async def _read_session(self, session_id: str) -> ManagedAgentsSession:
        """A failed read would stop the item, so it is retried while the lease holds."""
        sessions = self._client.beta.sessions
        for attempt in itertools.count():
            try:
                session: ManagedAgentsSession = await sessions.retrieve(
                    session_id,
                    extra_headers=self._worker._extra_headers,
                    timeout=WORK_REQUEST_TIMEOUT,
                )
                return session
            except REQUEST_ERRORS as error:
                if is_fatal(error):
                    raise
                log.warning(
                    "session read failed work_id=%s error=%s", self._work_id, type(error).__name__
                )
                await asyncio.sleep(jittered(backoff(attempt, cap=30.0)))
        raise AssertionError("itertools.count() never ends")

    def _check_memory(self, session: ManagedAgentsSession) -> None:
        if self._worker._memory_sync_interval is None:
            return
        if any(getattr(r, "type", None) == "memory_store" for r in session.resources):
            log.warning(
                "the session has memory stores attached; this worker does not mount them yet "
                "(the tools run without them) work_id=%s",
                self._work_id,
            )
