"""The work poller: poll a self-hosted environment's queue, acknowledge each item, hand it over,
and stop it once the consumer is done with it. `aiter_work` (async, what
`client.beta.environments.work.poller()` returns) and `iter_work` (sync) drive one loop,
`_work_loop`, which decides and leaves the calls and waits to them.

The loop, per item: `poll` (a long poll of `block_ms`, with this worker's `Anthropic-Worker-ID`)
→ `ack` → yield → `stop(force=True)` when the consumer's loop body ends (unless `auto_stop` is
off). An empty poll waits 1-3 s (with jitter) before polling again, or ends the loop under
`drain`. A poll or ack that fails for a passing reason (connection, timeout, 408, 409 on ack,
429, 5xx) backs off exponentially up to a minute; any other error ends the loop with it. An item
whose ack fails is neither yielded nor stopped. A stop that answers 409 (already stopped) is
fine; other stop failures are logged, never raised over the consumer's own exception.

Items may carry a `secret`: URL-safe base64 of a JSON object whose `sessions_token` (when
present) is the item's own credential; the stop then uses it, and falls back to the environment
key (unforced, since another worker may hold the item by then) if that token is refused. The
secret and token are never logged.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import random
import socket
import time
import uuid
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..._core._exceptions import APIConnectionError, APIStatusError
from ..._core._sync_async import ASYNC, IO, SYNC, iterate
from ..._core._types import NOT_GIVEN, Omit
from ..._status_errors import AuthenticationError, ConflictError

if TYPE_CHECKING:
    from ...resources.beta_environments_work import BetaWork
    from ...types import SelfHostedWork

__all__ = ["POLL_BLOCK_MS", "aiter_work", "iter_work", "sessions_token_from_secret"]

POLL_BLOCK_MS = 999
"""The longest long poll the API grants (it refuses more, and refuses 0)."""
EMPTY_POLL_WAIT = (1.0, 3.0)
"""Seconds to wait after an empty poll (uniformly drawn), so idle workers spread out."""
BACKOFF_CAP = 60.0
WORK_REQUEST_TIMEOUT = 30.0
"""Ack and stop calls get their own timeout: the client's may be longer than the lease."""
STOP_TIMEOUT = 60.0

log = logging.getLogger("claude_api_client.environments")


def default_worker_id() -> str:
    """A readable id unique to this process (several workers may share a host)."""
    return f"{socket.gethostname()}-{uuid.uuid4().hex[:12]}"


def _passing(error: BaseException, *, conflict_passes: bool = False) -> bool:
    """Whether the failure may go away by trying again later."""
    if isinstance(error, APIConnectionError):  # includes timeouts
        return True
    if isinstance(error, APIStatusError):
        status = error.status_code
        return status >= 500 or status in (408, 429) or (conflict_passes and status == 409)
    return False


def _backoff(failures: int) -> float:
    return min(BACKOFF_CAP, 0.5 * 2.0 ** (failures - 1)) + random.uniform(0.0, 1.0)


def sessions_token_from_secret(secret: str | None) -> str | None:
    """The `sessions_token` inside an item's `secret`, or None (absent or not readable)."""
    if not secret:
        return None
    try:
        payload: Any = json.loads(base64.urlsafe_b64decode(secret + "=" * (-len(secret) % 4)))
    except (ValueError, binascii.Error):
        return None
    token = payload.get("sessions_token") if isinstance(payload, Mapping) else None
    return token if isinstance(token, str) and token else None


def _report_stop_failure(work_id: str, error: Exception) -> Exception | None:
    """A stop's outcome: a 409 means the item already stopped; other failures are logged and
    returned, never raised (the consumer's own outcome comes first)."""
    if isinstance(error, ConflictError):
        return None
    log.error("stop failed work_id=%s error=%s", work_id, type(error).__name__)
    return error


async def stop_work(
    work: Any,
    work_id: str,
    environment_id: str,
    *,
    force: bool,
    extra_headers: Mapping[str, str] | None,
) -> Exception | None:
    """Stop an item; a 409 means it already stopped. Returns the failure, never raises it (a
    cancellation of the caller does not interrupt the call)."""
    try:
        await asyncio.wait_for(
            asyncio.shield(
                work.stop(
                    work_id,
                    environment_id=environment_id,
                    force=force,
                    extra_headers=extra_headers,
                    timeout=WORK_REQUEST_TIMEOUT,
                )
            ),
            STOP_TIMEOUT,
        )
    except Exception as error:  # reported, not raised: the consumer's own outcome comes first
        return _report_stop_failure(work_id, error)
    return None


def bearer_client(client: Any, token: str) -> Any:
    """A copy of `client` (same pool and settings) that authenticates with `token` alone, as
    `Authorization: Bearer`: the client's own API key is left out."""
    return client.copy(default_headers={"x-api-key": Omit(), "authorization": f"Bearer {token}"})


def scoped_client(client: Any, token: str | None, *, helper: str) -> Any:
    """A copy of `client` for one of the environment helpers: with `token`, authenticated by it
    alone (see `bearer_client`); either way tagged with `x-stainless-helper: <helper>`."""
    scoped = bearer_client(client, token) if token else client
    # A helper built on another one's client names both (the worker's session tool runner).
    outer = getattr(client, "_custom_headers", {}).get("x-stainless-helper")
    tag = f"{outer}, {helper}" if isinstance(outer, str) and helper not in outer else helper
    return scoped.copy(default_headers={"x-stainless-helper": tag})


def _scoped_work(work: Any, token: str) -> Any:
    return bearer_client(work._client, token).beta.environments.work


class _NoWorkSpan:
    """The work span of a client without spans: nothing."""

    def start(self, item: object) -> None:
        pass

    def current(self) -> contextlib.nullcontext[None]:
        return contextlib.nullcontext()

    def end(self, error: BaseException | None = None, *, finished: bool = True) -> None:
        pass


def new_work_span(work: Any) -> Any:
    """The span keeper of the items polled through `work` (a no-op when its client has no
    spans: `lib/_tracing` is not loaded then)."""
    telemetry = getattr(getattr(work, "_client", None), "_telemetry", None)
    if telemetry is None:
        return _NoWorkSpan()
    from .._tracing._work import work_span

    return work_span(telemetry)


# --- the loop, shared by the async and the sync driver -------------------------------------------


@dataclass
class _Call:
    """A request of the loop: `work.<method>(*args, **kwargs)`, on a copy of the work
    resource authenticated by `token` when one is given."""

    method: Literal["poll", "ack", "stop"]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    token: str | None = None
    spanned: bool = False  # a call for the item: made with the item's span current


@dataclass
class _Sleep:
    seconds: float


@dataclass
class _Hand:
    """Hand `item` to the consumer; the driver resumes the loop once the consumer is done."""

    item: SelfHostedWork


@dataclass
class _ItemDone:
    """The item's stop calls are made: a consumer that left may now end the loop."""


@dataclass
class _Outcome:
    """What a `_Call` gave: its value, or the exception it raised."""

    value: Any = None
    error: Exception | None = field(default=None)


_Step = _Call | _Sleep | _Hand | _ItemDone


def _work_loop(
    *,
    environment_id: str,
    worker_id: str | None,
    block_ms: int | None,
    reclaim_older_than_ms: int | None,
    drain: bool,
    auto_stop: bool,
    extra_headers: Mapping[str, str] | None,
    span: Any,
) -> Generator[_Step, _Outcome | None, None]:
    """The poller's decisions (see the module docstring), as steps for a driver to carry out;
    a driver sends back an `_Outcome` for each `_Call` and None for the other steps. An error
    retrying cannot fix is raised from here."""
    worker = worker_id or default_worker_id()
    failures = 0
    log.info("poller starting environment_id=%s drain=%s", environment_id, drain)
    while True:
        polled = yield _Call(
            "poll",
            (environment_id,),
            {
                "block_ms": NOT_GIVEN if block_ms is None else block_ms,
                "reclaim_older_than_ms": NOT_GIVEN
                if reclaim_older_than_ms is None
                else reclaim_older_than_ms,
                "anthropic_worker_id": worker,
                "extra_headers": extra_headers,
            },
        )
        assert polled is not None
        if polled.error is not None:
            if not _passing(polled.error):
                raise polled.error
            failures += 1
            log.warning("poll failed, retrying attempt=%d error=%s", failures, polled.error)
            yield _Sleep(_backoff(failures))
            continue
        item: SelfHostedWork | None = polled.value
        if item is None:
            if drain:
                return
            failures = 0
            yield _Sleep(random.uniform(*EMPTY_POLL_WAIT))
            continue
        span.start(item)
        acked = yield _Call(
            "ack",
            (item.id,),
            {
                "environment_id": item.environment_id,
                "extra_headers": extra_headers,
                "timeout": WORK_REQUEST_TIMEOUT,
            },
            spanned=True,
        )
        assert acked is not None
        if acked.error is not None:
            span.end(acked.error)
            if not _passing(acked.error, conflict_passes=True):
                raise acked.error
            failures += 1
            log.warning("ack failed work_id=%s error=%s", item.id, acked.error)
            yield _Sleep(_backoff(failures))
            continue
        failures = 0
        log.info("claimed work work_id=%s", item.id)
        yield _Hand(item)
        if auto_stop:
            token = sessions_token_from_secret(item.secret)
            failed = yield _stop_call(item, force=True, token=token, extra_headers=extra_headers)
            assert failed is not None
            error = failed.error and _report_stop_failure(item.id, failed.error)
            if token and isinstance(error, AuthenticationError):
                # Unforced with the environment key: another worker may hold the item by now.
                fallback = yield _stop_call(item, force=False, extra_headers=extra_headers)
                assert fallback is not None
                if fallback.error is not None:
                    _report_stop_failure(item.id, fallback.error)
        span.end()
        yield _ItemDone()


def _stop_call(
    item: SelfHostedWork,
    *,
    force: bool,
    extra_headers: Mapping[str, str] | None,
    token: str | None = None,
) -> _Call:
    kwargs = {
        "environment_id": item.environment_id,
        "force": force,
        "extra_headers": extra_headers,
        "timeout": WORK_REQUEST_TIMEOUT,
    }
    return _Call("stop", (item.id,), kwargs, token, spanned=True)


def _resource(work: Any, call: _Call) -> Any:
    return _scoped_work(work, call.token) if call.token else work


async def _call(work: Any, call: _Call, span: Any, io: IO) -> _Outcome:
    try:
        with _spanned(call, span):
            pending = getattr(_resource(work, call), call.method)(*call.args, **call.kwargs)
            if call.method == "stop" and io.asynchronous:
                # A cancellation of the consumer does not interrupt it.
                pending = asyncio.wait_for(asyncio.shield(pending), STOP_TIMEOUT)
            return _Outcome(await io(pending))
    except Exception as error:
        return _Outcome(error=error)


@contextlib.contextmanager
def _spanned(call: _Call, span: Any) -> Generator[None, None, None]:
    """An item's call runs with the item's span current; one that does not return (the
    consumer cancelled) ends the span with what stopped it."""
    if not call.spanned:
        yield
        return
    try:
        with span.current():
            yield
    except Exception:
        raise
    except BaseException as error:
        span.end(error)
        raise


async def _items(
    io: IO, work: Any, _work_span: Any, **settings: Any
) -> AsyncGenerator[SelfHostedWork, None]:
    """The driver of `_work_loop`, written once for both clients (`_sync_async`): it makes the
    loop's calls and waits and yields its items."""
    span = _work_span if _work_span is not None else new_work_span(work)
    loop = _work_loop(**settings, span=span)
    answer: _Outcome | None = None
    while True:
        try:
            step = loop.send(answer)
        except StopIteration:
            return
        answer = None
        if isinstance(step, _Call):
            answer = await _call(work, step, span, io)
        elif isinstance(step, _Sleep) and io.asynchronous:
            await asyncio.sleep(step.seconds)
        elif isinstance(step, _Sleep):
            time.sleep(step.seconds)
        elif isinstance(step, _Hand):
            try:
                yield step.item
            finally:
                # The stop calls run even when the consumer left the loop or raised.
                while not isinstance(step, _ItemDone):
                    step = loop.send(answer)
                    answer = await _call(work, step, span, io) if isinstance(step, _Call) else None


async def aiter_work(
    work: Any,
    *,
    environment_id: str,
    worker_id: str | None = None,
    block_ms: int | None = POLL_BLOCK_MS,
    reclaim_older_than_ms: int | None = None,
    drain: bool = False,
    auto_stop: bool = True,
    extra_headers: Mapping[str, str] | None = None,
    _work_span: Any = None,
) -> AsyncGenerator[SelfHostedWork, None]:
    """Yield acknowledged work items of `environment_id` (see the module docstring).

    `work` is an async `beta.environments.work` resource whose client authenticates with the
    environment key. `extra_headers` go on every poll, ack and stop call.

    With spans on, each item has an `anthropic.environment.work` span (`lib/_tracing/_work.py`),
    ended when the loop body is done with the item; a consumer that passes its own `_work_span`
    serves the item with it current and may end it first.
    """
    async with contextlib.aclosing(_items(ASYNC, **locals())) as items:
        async for item in items:
            yield item


def iter_work(
    work: BetaWork,
    *,
    environment_id: str,
    worker_id: str | None = None,
    block_ms: int | None = POLL_BLOCK_MS,
    reclaim_older_than_ms: int | None = None,
    drain: bool = False,
    auto_stop: bool = True,
    extra_headers: Mapping[str, str] | None = None,
    _work_span: Any = None,
) -> Generator[SelfHostedWork, None, None]:
    """The sync form of `aiter_work`: yield acknowledged work items of `environment_id`.

    `work` is a sync `beta.environments.work` resource whose client authenticates with the
    environment key (e.g. `Anthropic(auth_token=environment_key).beta.environments.work`).
    Each item is polled with `worker_id` (default: host name and a random suffix) as the
    `Anthropic-Worker-ID`, acknowledged, then yielded; with `auto_stop` (the default) it is
    force-stopped when the loop body ends, however it ends. `drain` returns after the first
    empty poll instead of waiting 1-3 s and polling again; `block_ms=None` polls without
    waiting on the server. Errors retrying cannot fix (a refused key, an unknown environment)
    are raised; others are retried with backoff. `extra_headers` go on every poll, ack and
    stop call.
    """
    yield from iterate(_items(SYNC, **locals()))
