"""What the server remembers between requests: ids, a deterministic clock, batches, files, skills."""

from __future__ import annotations

import datetime as _dt
import itertools
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from ._protocol import APIFailure

if TYPE_CHECKING:
    from ._protocol import Call

__all__ = [
    "BatchRecord",
    "FileRecord",
    "SkillRecord",
    "State",
    "VersionRecord",
    "bodies",
    "held",
    "newest_first",
]

_EPOCH = _dt.datetime(2025, 1, 1, tzinfo=_dt.timezone.utc)


@dataclass
class BatchRecord:
    body: dict[str, Any]
    """The MessageBatch object as last sent."""
    results: list[dict[str, Any]]
    """One MessageBatchIndividualResponse per request, computed at creation."""
    polls_left: int
    """Retrievals still answered `in_progress` before the batch ends."""


@dataclass
class FileRecord:
    body: dict[str, Any]
    content: bytes


@dataclass
class VersionRecord:
    body: dict[str, Any]
    files: list[tuple[str, bytes]]


@dataclass
class SkillRecord:
    body: dict[str, Any]
    versions: list[VersionRecord] = field(default_factory=list)


class State:
    """The server's memory. Every method is safe to call from several handler threads."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._ids = itertools.count(1)
        self._ticks = itertools.count(0)
        self.batches: dict[str, BatchRecord] = {}
        self.files: dict[str, FileRecord] = {}
        self.skills: dict[str, SkillRecord] = {}
        # Message threads held by reply id (`_threads.HeldThread`).
        self.threads: dict[str, Any] = {}
        # Objects of the document-driven operations (`_crud`): collection template -> key ->
        # {"object": ..., "parents": {path parameter: value}}.
        self.records: dict[str, dict[str, dict[str, Any]]] = {}
        # Notified on every change of `records`: event streams and long polls wait on it.
        self.changed = threading.Condition(self.lock)
        # Set when the server stops, so that waiting streams and polls end.
        self.closing = threading.Event()

    def next_id(self, prefix: str) -> str:
        """A fresh id: `prefix_local000001`, counting across every kind (so ids sort by age)."""
        with self.lock:
            return f"{prefix}_local{next(self._ids):06d}"

    def now(self) -> _dt.datetime:
        """A deterministic clock: each reading is one second after the previous one."""
        with self.lock:
            return _EPOCH + _dt.timedelta(seconds=next(self._ticks))

    def advance(self, seconds: int) -> None:
        """Move the clock forward, e.g. past a file's `expires_at` in a test."""
        with self.lock:
            self._ticks = itertools.count(next(self._ticks) + seconds)

    def timestamp(self, at: _dt.datetime | None = None) -> str:
        """RFC 3339 text of `at` (default: now())."""
        value = at or self.now()
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")

    def wait_for_change(self, seconds: float) -> bool:
        """Wait (holding `lock`) until `records` change, `seconds` pass or the server stops;
        False once it is stopping."""
        if self.closing.is_set():
            return False
        self.changed.wait(min(seconds, 0.1))
        return not self.closing.is_set()

    def reset(self) -> None:
        with self.lock:
            self.batches.clear()
            self.files.clear()
            self.skills.clear()
            self.threads.clear()
            self.records.clear()


_Held = TypeVar("_Held", BatchRecord, FileRecord, SkillRecord)


def held(call: Call, records: Mapping[str, _Held], param: str, what: str) -> _Held:
    """The record the path parameter `param` names (404 naming the parameter and `what`)."""
    record = records.get(call.params[param])
    if record is None:
        raise APIFailure(404, "not_found_error", f"{param}: no {what} {call.params[param]!r}")
    return record


def bodies(state: State, records: Iterable[_Held | VersionRecord]) -> list[dict[str, Any]]:
    """Copies of the records' bodies, read under the lock."""
    with state.lock:
        return [dict(r.body) for r in records]


def newest_first(state: State, records: dict[str, _Held]) -> list[dict[str, Any]]:
    """Copies of the records' bodies, the newest first (records are kept in creation order)."""
    with state.lock:
        return bodies(state, reversed(records.values()))
