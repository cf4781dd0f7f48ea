"""Work for a self-hosted environment, as the tests of `iter_work` and the async poller make it:
sessions queued on the simulator (`queue_sessions`), and a work item whose secret holds a sessions
token, served by a fake Environments API (a MockTransport handler) that hands it out once and
refuses that token for the item's stop (`OneWorkItem`)."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx

__all__ = ["SESSIONS_TOKEN", "OneWorkItem", "queue_sessions", "work_secret"]

SESSIONS_TOKEN = "sess-tok"


def queue_sessions(api: Any, count: int) -> str:
    """A self-hosted environment on the simulator `api` with `count` sessions, so as many work
    items queued; the environment's id."""
    client = api.client()
    env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
    agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
    for _ in range(count):
        client.beta.sessions.create(agent=agent.id, environment_id=env.id)
    return str(env.id)


def work_secret(payload: object) -> str:
    """A work item's `secret`: its JSON payload, base64url without padding."""
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


class OneWorkItem:
    """The handler: a poll gives the queued item `work_1` once, then nothing; its stop sent with
    `SESSIONS_TOKEN` is refused (401), any other answers the stopped item. `sent`: every
    request."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self.item: dict[str, Any] = {
            "type": "work",
            "id": "work_1",
            "environment_id": "env_1",
            "state": "queued",
            "data": {"type": "session", "id": "sesn_1"},
            "secret": work_secret({"sessions_token": SESSIONS_TOKEN}),
            "created_at": "2026-05-01T00:00:00Z",
            "metadata": {},
            "acknowledged_at": None,
            "latest_heartbeat_at": None,
            "started_at": None,
            "stop_requested_at": None,
            "stopped_at": None,
        }
        self._polled = iter([self.item, None])

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if request.url.path.endswith("/poll"):
            return httpx.Response(200, json=next(self._polled))
        authorization = request.headers.get("authorization", "")
        if request.url.path.endswith("/stop") and SESSIONS_TOKEN in authorization:
            error = {"type": "authentication_error", "message": "no"}
            return httpx.Response(401, json={"type": "error", "error": error})
        return httpx.Response(200, json={**self.item, "secret": None, "state": "stopped"})

    def stops(self) -> list[tuple[str, Any]]:
        """Each stop sent: its `authorization` header and its body."""
        return [
            (r.headers["authorization"], json.loads(r.content))
            for r in self.sent
            if r.url.path.endswith("/stop")
        ]
