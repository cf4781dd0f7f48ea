"""The work queue of self-hosted environments, and deployments' pause / unpause / run.

Work queue: creating a session in an environment whose `config.type` is `self_hosted` queues a
work item (`data: {type: session, id}`). A worker then

- polls (`block_ms` long poll: the call waits up to that long for an item; `null` if none came).
  A polled item carries a `secret` and stays `queued` until acknowledged; an item polled but not
  acknowledged within `reclaim_older_than_ms` (default 5000) is handed out again;
- acknowledges it (`acknowledged_at`, state `starting`);
- heartbeats to hold the lease (`latest_heartbeat_at`, state `active`); `expected_last_heartbeat`
  must be `NO_HEARTBEAT` for the first beat and the previous `last_heartbeat` after that, or the
  answer is 412;
- is asked to stop (`stop`: `stop_requested_at`, state `stopping`; `force`: `stopped`).
"""

from __future__ import annotations

import time
from typing import Any

from . import _crud
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ROUTES", "queue_work"]

ENVIRONMENTS = "/v1/environments"
WORK = "/v1/environments/{environment_id}/work"
DEPLOYMENTS = "/v1/deployments"
RUNS = "/v1/deployment_runs"
NO_HEARTBEAT = "NO_HEARTBEAT"
DEFAULT_RECLAIM_MS = 5000


def queue_work(call: Call, session: dict[str, Any]) -> dict[str, Any] | None:
    """Queue a work item for `session` when its environment is self-hosted."""
    environment_id = session.get("environment_id")
    record = call.state.records.get(ENVIRONMENTS, {}).get(environment_id or "")
    if record is None or (record["object"].get("config") or {}).get("type") != "self_hosted":
        return None
    now = call.state.timestamp()
    work = {
        "type": "work",
        "id": call.state.next_id("work"),
        "environment_id": environment_id,
        "data": {"type": "session", "id": session["id"]},
        "state": "queued",
        "metadata": {},
        "secret": None,
        "created_at": now,
        "acknowledged_at": None,
        "started_at": None,
        "latest_heartbeat_at": None,
        "stop_requested_at": None,
        "stopped_at": None,
    }
    work["_polled"] = None  # monotonic time of the last poll; removed from answers
    return _crud.store(call.state, WORK, {"environment_id": environment_id or ""}, work)


def _public(work: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in work.items() if not k.startswith("_")}


def _queue(call: Call) -> list[dict[str, Any]]:
    environment_id = call.params["environment_id"]
    _crud.find(call.state, ENVIRONMENTS, environment_id, "environment")
    return _crud.items(call.state, WORK, {"environment_id": environment_id})


def _work(call: Call) -> dict[str, Any]:
    _queue(call)
    return _crud.find(call.state, WORK, call.params["work_id"], "work item")


def _takeable(work: dict[str, Any], reclaim_s: float) -> bool:
    if work["state"] != "queued" or work.get("acknowledged_at"):
        return False
    polled = work.get("_polled")
    return polled is None or time.monotonic() - polled >= reclaim_s


def environments_work_poll(call: Call) -> Reply:
    block_s = (call.query.get("block_ms") or 0) / 1000
    reclaim_s = (call.query.get("reclaim_older_than_ms") or DEFAULT_RECLAIM_MS) / 1000
    deadline = time.monotonic() + block_s
    state = call.state
    with state.lock:
        while True:
            for work in _queue(call):
                if _takeable(work, reclaim_s):
                    work["_polled"] = time.monotonic()
                    work["secret"] = f"wsec_{work['id']}"
                    return Reply(body=_public(work))
            left = deadline - time.monotonic()
            if left <= 0 or not state.wait_for_change(left):
                return Reply(body=None)


def environments_work_ack(call: Call) -> Reply:
    work = _work(call)
    with call.state.changed:
        work["acknowledged_at"] = call.state.timestamp()
        work["state"] = "starting"
        work["secret"] = None
    return Reply(body=_public(work))


def environments_work_heartbeat(call: Call) -> Reply:
    work = _work(call)
    expected = call.query.get("expected_last_heartbeat")
    ttl = int(call.query.get("desired_ttl_seconds") or 60)
    with call.state.changed:
        current = work.get("latest_heartbeat_at")
        if work["state"] not in ("stopping", "stopped") and expected is not None:
            if expected != (current or NO_HEARTBEAT):
                raise APIFailure(
                    412,
                    "invalid_request_error",
                    f"expected_last_heartbeat {expected!r} does not match {current or NO_HEARTBEAT!r}",
                )
        extended = work["state"] not in ("stopping", "stopped")
        if extended:
            work["latest_heartbeat_at"] = call.state.timestamp()
            work["started_at"] = work.get("started_at") or work["latest_heartbeat_at"]
            work["state"] = "active"
    return Reply(
        body={
            "type": "work_heartbeat",
            "last_heartbeat": work.get("latest_heartbeat_at") or call.state.timestamp(),
            "lease_extended": extended,
            "state": work["state"],
            "ttl_seconds": ttl,
        }
    )


def environments_work_stop(call: Call) -> Reply:
    work = _work(call)
    force = bool((call.body or {}).get("force"))
    with call.state.changed:
        now = call.state.timestamp()
        work["stop_requested_at"] = work.get("stop_requested_at") or now
        work["state"] = "stopped" if force else "stopping"
        if force:
            work["stopped_at"] = now
    return Reply(body=_public(work))


def environments_work_retrieve(call: Call) -> Reply:
    return Reply(body={**_public(_work(call)), "secret": None})


def environments_work_update(call: Call) -> Reply:
    work = _work(call)
    metadata = (call.body or {}).get("metadata")
    with call.state.changed:
        if isinstance(metadata, dict):
            merged = {**work["metadata"], **metadata}
            work["metadata"] = {k: v for k, v in merged.items() if v is not None}
    return Reply(body={**_public(work), "secret": None})


def environments_work_list(call: Call) -> Reply:
    queue = [{**_public(w), "secret": None} for w in _queue(call)]
    return Reply(body=_crud.list_page(call, call.document.by_id["environments_work_list"], queue))


def environments_work_stats(call: Call) -> Reply:
    queue = _queue(call)
    waiting = [w for w in queue if w["state"] == "queued" and not w.get("acknowledged_at")]
    return Reply(
        body={
            "type": "work_queue_stats",
            "depth": len(waiting),
            "pending": len([w for w in waiting if w.get("_polled") is not None]),
            "oldest_queued_at": min((w["created_at"] for w in waiting), default=None),
            "workers_polling": None,
        }
    )


def _deployment(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, DEPLOYMENTS, call.params["deployment_id"], "deployment")


def deployments_pause(call: Call) -> Reply:
    deployment = _deployment(call)
    with call.state.changed:
        deployment.update(status="paused", paused_reason={"type": "manual"})
        deployment["updated_at"] = call.state.timestamp()
    return Reply(body=deployment)


def deployments_unpause(call: Call) -> Reply:
    deployment = _deployment(call)
    with call.state.changed:
        deployment.update(status="active", paused_reason=None)
        deployment["updated_at"] = call.state.timestamp()
    return Reply(body=deployment)


def deployments_run(call: Call) -> Reply:
    """Start a run now: a session for the deployment's agent, and the run that records it."""
    deployment = _deployment(call)
    if deployment.get("archived_at"):
        raise APIFailure(400, "invalid_request_error", "deployment is archived")
    agent = deployment.get("agent") or {}
    run = _crud.create(
        call,
        call.document.by_id["deployment_runs_retrieve"],
        {
            "deployment_id": deployment["id"],
            "trigger_context": {"type": "manual"},
            "session_id": None,
            "error": None,
            "agent": {
                "type": "agent",
                "id": agent.get("id", ""),
                "version": agent.get("version", 1),
            },
        },
        collection=RUNS,
    )
    return Reply(body=run)


ROUTES: dict[str, Handler] = {
    "environments_work_poll": environments_work_poll,
    "environments_work_ack": environments_work_ack,
    "environments_work_heartbeat": environments_work_heartbeat,
    "environments_work_stop": environments_work_stop,
    "environments_work_retrieve": environments_work_retrieve,
    "environments_work_update": environments_work_update,
    "environments_work_list": environments_work_list,
    "environments_work_stats": environments_work_stats,
    "deployments_pause": deployments_pause,
    "deployments_unpause": deployments_unpause,
    "deployments_run": deployments_run,
}
