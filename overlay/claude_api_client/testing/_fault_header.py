"""Faults a request asks for itself, with the ``x-simulator-fault`` header.

For a client the test cannot reach into the server from (another process, another package): the
request names the bad answer it wants, and so do its retries, which carry the same header.

    x-simulator-fault: 529                      every request with this value gets a 529
    x-simulator-fault: 529 x2 retry-after=0     the first two get a 529 (retry-after: 0), then
                                                 the requests with this value are answered
    x-simulator-fault: stream_error overloaded_error x1
                                                 a stream that sends `event: error` (a request
                                                 without `stream: true` gets the error status)
    x-simulator-fault: slow after=2              the normal answer, 2 seconds late

Tokens, separated by spaces: the first is an HTTP status, ``stream_error`` or ``slow``; ``xN``
limits the fault to the first N requests carrying this exact header value (count per value, so
one program can run several scenarios, each with its own value: add a tag such as ``#retry``);
``after=S`` delays the answer S seconds; any other ``name=value`` is a header of the error
answer; any other word is the error ``type`` (by default the status's). ``#…`` words are tags.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter

from ._faults import Fault

__all__ = ["FAULT_HEADER", "HeaderFaults", "fault_from_header"]

FAULT_HEADER = "x-simulator-fault"


def fault_from_header(value: str) -> tuple[Fault, int | None]:
    """The fault a header value describes, and how many requests get it (None: all).
    Raises ValueError for a value it cannot read."""
    words = [w for w in value.split() if not w.startswith("#")]
    if not words:
        raise ValueError(f"{FAULT_HEADER}: empty")
    kind, rest = words[0], words[1:]
    times: int | None = None
    headers: dict[str, str] = {}
    error_type: str | None = None
    latency = 0.0
    for word in rest:
        if word[:1] == "x" and word[1:].isdigit():
            times = int(word[1:])
        elif word.startswith("after="):
            latency = float(word[len("after=") :])
        elif "=" in word:
            name, _, header_value = word.partition("=")
            headers[name] = header_value
        else:
            error_type = word
    if kind == "slow":
        return Fault.slow(latency), times
    if kind == "stream_error":
        fault = Fault.stream_error(error_type or "overloaded_error", after_events=3)
        return dataclasses.replace(fault, latency=latency), times
    if not kind.isdigit() or not 400 <= int(kind) <= 599:
        raise ValueError(
            f"{FAULT_HEADER}: {kind!r} is neither an error status, stream_error nor slow"
        )
    fault = Fault.error(int(kind), headers=headers, error_type=error_type, latency=latency)
    return fault, times


class HeaderFaults:
    """How many requests each header value has failed so far (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._used: Counter[str] = Counter()

    def take(self, value: str | None) -> Fault | None:
        """The fault for a request with this header value, unless its `xN` are used up."""
        if not value:
            return None
        fault, times = fault_from_header(value)
        with self._lock:
            if times is not None and self._used[value] >= times:
                return None
            self._used[value] += 1
        return fault

    def clear(self) -> None:
        with self._lock:
            self._used.clear()
