"""httpcore's connection pools with a request-to-connection assignment that stays linear (httpcore
1.0's is quadratic in the connections at every request start and end); same assignment rules.
Why and how: docs/internals.md, "Connections: the deadline and the pool"."""

from __future__ import annotations

from typing import Any

import httpcore


def _assign(pool: Any) -> list[Any]:
    """The pool's `_assign_requests_to_connections`: returns the connections to close."""
    closing: list[Any] = []
    kept: list[Any] = []
    idle: list[Any] = []  # idle and not promised to a request that has yet to send on it
    reserved = {id(r.connection) for r in pool._requests if r.connection is not None}
    for connection in pool._connections:
        if connection.is_closed():
            continue
        kept.append(connection)
        if connection.is_idle() and id(connection) not in reserved:
            idle.append(connection)
    surplus = len(idle) - pool._max_keepalive_connections
    if surplus > 0:
        closing += idle[:surplus]
        dropped = set(map(id, idle[:surplus]))
        kept = [c for c in kept if id(c) not in dropped]

    queued = [request for request in pool._requests if request.is_queued()]
    if queued:
        idle_ids = set(map(id, idle))
        # An idle connection already assigned stays idle until its request sends: not reused.
        available = [c for c in kept if c.is_available() and (id(c) in idle_ids or not c.is_idle())]
        for request in queued:
            origin = request.request.url.origin
            connection = _reusable(origin, available, kept, closing)
            if connection is None:
                if len(kept) >= pool._max_connections:
                    # Full: an idle connection (of another origin) makes room, if there is one.
                    spare = next((c for c in available if id(c) in idle_ids), None)
                    if spare is None:
                        continue  # stays queued until a connection frees up
                    available.remove(spare)
                    kept.remove(spare)
                    closing.append(spare)
                connection = pool.create_connection(origin)
                kept.append(connection)
            request.assign_to_connection(connection)

    # Connections whose socket check was skipped stay: they are checked when next reused.
    pool._connections = kept
    return closing


def _reusable(origin: Any, available: list[Any], kept: list[Any], closing: list[Any]) -> Any:
    """Take the first available connection for `origin` out of `available`; an idle one whose
    socket has expired is closed instead, and the search goes on."""
    index = 0
    while index < len(available):
        candidate = available[index]
        if not candidate.can_handle_request(origin):
            index += 1
            continue
        del available[index]
        if candidate.is_idle() and candidate.has_expired():
            kept.remove(candidate)
            closing.append(candidate)
            continue
        return candidate
    return None


class ConnectionPool(httpcore.ConnectionPool):
    def _assign_requests_to_connections(self) -> list[Any]:
        return _assign(self)


class AsyncConnectionPool(httpcore.AsyncConnectionPool):
    def _assign_requests_to_connections(self) -> list[Any]:
        return _assign(self)


def adopt(pool: Any) -> None:
    """Give an httpcore pool (made by httpx) the linear bookkeeping; other pools are left."""
    if type(pool) is httpcore.ConnectionPool:
        pool.__class__ = ConnectionPool
    elif type(pool) is httpcore.AsyncConnectionPool:
        pool.__class__ = AsyncConnectionPool
