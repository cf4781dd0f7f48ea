"""The one request recorder of the test suites: an httpx MockTransport handler."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import httpx

__all__ = ["Recorder", "Reply"]

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Records each request (body read) and replays `replies` in order, the last one repeating.

    A reply is a response (sent as a fresh copy each time), an exception (raised, as a broken
    transport would) or a function of the request.
    """

    def __init__(self, replies: Iterable[Reply]) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            # A fresh copy each time: a Response object can be sent only once.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    def params(self) -> list[dict[str, str]]:
        """The query parameters of each request, in order."""
        return [dict(request.url.params) for request in self.requests]
