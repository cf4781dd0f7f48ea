"""Cassette scenarios of the managed-agents operations (beta only: environments and their work
queue, sessions with events, threads and resources, agents, deployments, deployment runs).

Bodies follow the documented wire format: every required field, nullable ones as null. The
session streams carry a preview event (`event_start`), logged events, and one event type the SDK
does not know (`session.future_status`), which must come out as the stream union's `Unknown…`
member with every field kept. Imported at the end of `_wire`, which holds the machinery.
"""

from __future__ import annotations

from typing import Any

from ._wire import Scenario, op, page

__all__ = ["SCENARIOS"]

BETA = ("managed-agents-2026-04-01",)

ENVIRONMENT = {
    "archived_at": None,
    "config": {
        "networking": {"type": "unrestricted"},
        "packages": {"apt": [], "cargo": [], "gem": [], "go": [], "npm": [], "pip": []},
        "type": "cloud",
    },
    "created_at": "2026-05-01T12:00:00Z",
    "description": None,
    "id": "env_011CZkZLocalAbCdEfGhIjKl",
    "metadata": {},
    "name": "support",
    "type": "environment",
    "updated_at": "2026-05-01T12:00:00Z",
}

ENVIRONMENT_DELETE_RESPONSE = {"id": "env_011CZkZLocalAbCdEfGhIjKl", "type": "environment_deleted"}

SELF_HOSTED_WORK_QUEUE_STATS = {
    "depth": 1,
    "oldest_queued_at": None,
    "pending": 1,
    "type": "work_queue_stats",
    "workers_polling": None,
}

SELF_HOSTED_WORK = {
    "acknowledged_at": None,
    "created_at": "2026-05-01T12:00:00Z",
    "data": {"id": "agent_011CZkYpogX7AbCdEfGhIjKl", "type": "session"},
    "environment_id": "env_011CZkZLocalAbCdEfGhIjKl",
    "id": "work_011CZkZLocalAbCdEfGhIjKl",
    "latest_heartbeat_at": None,
    "metadata": {},
    "secret": None,
    "started_at": None,
    "state": "queued",
    "stop_requested_at": None,
    "stopped_at": None,
    "type": "work",
}

SELF_HOSTED_WORK_HEARTBEAT_RESPONSE = {
    "last_heartbeat": "2026-05-01T12:00:00Z",
    "lease_extended": False,
    "state": "queued",
    "ttl_seconds": 1,
    "type": "work_heartbeat",
}

# The agent version a session or a thread runs.
AGENT_VERSION = {
    "type": "agent",
    "id": "agent_011CZkYpogX7AbCdEfGhIjKl",
    "version": 1,
    "name": "support",
    "description": None,
    "model": {"id": "claude-sonnet-4-5"},
    "system": None,
    "tools": [],
    "mcp_servers": [],
    "skills": [],
}

SESSION = {
    "type": "session",
    "id": "sesn_011CZkZLocalAbCdEfGhIjKl",
    "status": "idle",
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:00:00Z",
    "environment_id": "env_011CZkZLocalAbCdEfGhIjKl",
    "title": None,
    "metadata": {},
    "agent": {**AGENT_VERSION, "multiagent": None},
    "resources": [],
    "vault_ids": [],
    "outcome_evaluations": [],
    "usage": {},
    "stats": {},
    "archived_at": None,
    "budget": None,
}

DELETED_SESSION = {"type": "session_deleted", "id": "sesn_011CZkZLocalAbCdEfGhIjKl"}

SEND_SESSION_EVENTS = {}

USER_MESSAGE_EVENT = {"type": "user.message", "id": "sevt_011CZkZLocalAbCdEfGhIjKl", "content": []}

SESSION_THREAD = {
    "type": "session_thread",
    "id": "sthr_011CZkZLocalAbCdEfGhIjKl",
    "session_id": "sesn_011CZkZLocalAbCdEfGhIjKl",
    "status": "running",
    "agent": AGENT_VERSION,
    "parent_thread_id": None,
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:00:00Z",
    "archived_at": None,
    "usage": None,
    "stats": None,
}

FILE_RESOURCE = {
    "type": "file",
    "id": "sesrsc_011CZkZLocalAbCdEfGhIjKl",
    "file_id": "file_011CZkZLocalAbCdEfGhIjKl",
    "mount_path": "example",
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:00:00Z",
}

GIT_HUB_REPOSITORY_RESOURCE = {
    "type": "github_repository",
    "id": "sesrsc_011CZkZLocalAbCdEfGhIjKl",
    "url": "example",
    "mount_path": "example",
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:00:00Z",
}

DELETE_SESSION_RESOURCE = {
    "type": "session_resource_deleted",
    "id": "sesrsc_011CZkZLocalAbCdEfGhIjKl",
}

AGENT = {
    **AGENT_VERSION,
    "id": "agent_011CZkZLocalAbCdEfGhIjKl",
    "metadata": {},
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:00:00Z",
    "archived_at": None,
    "multiagent": None,
}

DEPLOYMENT = {
    "type": "deployment",
    "id": "depl_011CZkZLocalAbCdEfGhIjKl",
    "name": "support",
    "description": None,
    "agent": {"type": "agent", "id": "agent_011CZkYpogX7AbCdEfGhIjKl", "version": 1},
    "environment_id": "env_011CZkZLocalAbCdEfGhIjKl",
    "vault_ids": [],
    "initial_events": [],
    "resources": [],
    "metadata": {},
    "schedule": None,
    "status": "active",
    "paused_reason": None,
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:00:00Z",
    "archived_at": None,
}

DEPLOYMENT_RUN = {
    "type": "deployment_run",
    "id": "drun_011CZkZLocalAbCdEfGhIjKl",
    "deployment_id": "depl_011CZkZLocalAbCdEfGhIjKl",
    "trigger_context": {"type": "schedule", "scheduled_at": "2026-05-01T12:00:00Z"},
    "session_id": None,
    "error": None,
    "agent": {"type": "agent", "id": "agent_011CZkYpogX7AbCdEfGhIjKl", "version": 1},
    "created_at": "2026-05-01T12:00:00Z",
}

USER_MESSAGE_EVENT = {
    "type": "user.message",
    "id": "sevt_011CZkZGOp0iAbCdEfGhIjKl",
    "content": [{"type": "text", "text": "Where is my order #1234?"}],
    "processed_at": "2026-05-01T12:00:01Z",
}

SESSION_EVENTS: tuple[tuple[str, Any], ...] = (
    ("user.message", USER_MESSAGE_EVENT),
    (
        "session.status_running",
        {
            "type": "session.status_running",
            "id": "sevt_011CZkZGOp0jAbCdEfGhIjKl",
            "processed_at": "2026-05-01T12:00:02Z",
        },
    ),
    (
        "event_start",
        {
            "type": "event_start",
            "event": {"type": "agent.message", "id": "sevt_011CZkZGOp0kAbCdEfGhIjKl"},
        },
    ),
    (
        "event_delta",
        {
            "type": "event_delta",
            "event_id": "sevt_011CZkZGOp0kAbCdEfGhIjKl",
            "delta": {
                "type": "content_delta",
                "index": 0,
                "content": {"type": "text", "text": "It shipped"},
            },
        },
    ),
    (
        "agent.message",
        {
            "type": "agent.message",
            "id": "sevt_011CZkZGOp0kAbCdEfGhIjKl",
            "content": [{"type": "text", "text": "It shipped yesterday."}],
            "processed_at": "2026-05-01T12:00:03Z",
        },
    ),
    (
        "session.future_status",
        {
            "type": "session.future_status",
            "id": "sevt_011CZkZGOp0lAbCdEfGhIjKl",
            "detail": {"x": 1},
        },
    ),
    (
        "session.status_idle",
        {
            "type": "session.status_idle",
            "id": "sevt_011CZkZGOp0mAbCdEfGhIjKl",
            "processed_at": "2026-05-01T12:00:04Z",
            "stop_reason": {"type": "end_turn"},
        },
    ),
)

ENV = "env_011CZkZ9X2dpAbCdEfGhIjKl"
WORK = "work_011CZkZeFJ5xAbCdEfGhIjKl"
SESN = "sesn_011CZkZAtmR3AbCdEfGhIjKl"
THREAD = "sthr_011CZkZVWa6oAbCdEfGhIjKl"
RESOURCE = "sesrsc_011CZkZBJq5dAbCdEfGhIj"
AGENT_ID = "agent_011CZkYpogX7AbCdEfGhIjKl"
DEPL = "depl_011CZkZcDH3vAbCdEfGhIjKl"
RUN = "drun_011CZkZdEI4wAbCdEfGhIjKl"
NEW = {"agent": "agent_011CZkZLocalAbCdEfGhIjKl", "environment_id": "env_011CZkZLocalAbCdEfGhIjKl"}


def _op(call: str, request: str, *rest: Any, **more: Any) -> Scenario:
    """A managed-agents scenario: named `beta/` + the call's path, sent with the beta."""
    return op(call, request, *rest, name="beta/" + call.replace(".", "/"), betas=BETA, **more)


def _list(call: str, path: str, item: Any, model: str, *posargs: Any, **params: Any) -> Scenario:
    """The first page of one item, asked for with `limit=1` (after `params`)."""
    limit = {"params": {**params, "limit": 1}, "query": {"limit": "1"}}
    return _op(call, f"GET {path}", page(item), model, *posargs, **limit)


def _resource(
    call: str,
    item: Any,
    model: str,
    one: str,
    create: dict[str, Any],
    update: dict[str, Any],
    *actions: str,
    deleted: tuple[Any, str] | None = None,
) -> list[Scenario]:
    """A resource's create, list, update and retrieve, then its `actions` (POST …/<action>),
    each answering the resource, but for a delete when `deleted` (response, model) is given."""
    path, item_path = f"/v1/{call}", f"/v1/{call}/{one}"
    out = [
        _op(f"{call}.create", f"POST {path}", item, model, body=create),
        _list(f"{call}.list", path, item, model),
        _op(f"{call}.update", f"POST {item_path}", item, model, one, body=update),
        _op(f"{call}.retrieve", f"GET {item_path}", item, model, one),
    ]
    if deleted is not None:
        out.append(_op(f"{call}.delete", f"DELETE {item_path}", *deleted, one))
    out += [_op(f"{call}.{a}", f"POST {item_path}/{a}", item, model, one) for a in actions]
    return out


def _environments() -> list[Scenario]:
    work, env = f"/v1/environments/{ENV}/work", {"environment_id": ENV}
    item, model = SELF_HOSTED_WORK, "SelfHostedWork"
    return [
        *_resource(
            "environments",
            ENVIRONMENT,
            "Environment",
            ENV,
            {"name": "support"},
            {"name": "staging"},
            "archive",
            deleted=(ENVIRONMENT_DELETE_RESPONSE, "EnvironmentDeleteResponse"),
        ),
        _op(
            "environments.work.stats",
            f"GET {work}/stats",
            SELF_HOSTED_WORK_QUEUE_STATS,
            "SelfHostedWorkQueueStats",
            ENV,
        ),
        _op("environments.work.poll", f"GET {work}/poll", item, model, ENV),
        _op("environments.work.ack", f"POST {work}/{WORK}/ack", item, model, WORK, params=env),
        _op(
            "environments.work.heartbeat",
            f"POST {work}/{WORK}/heartbeat",
            SELF_HOSTED_WORK_HEARTBEAT_RESPONSE,
            "SelfHostedWorkHeartbeatResponse",
            WORK,
            params=env,
        ),
        _op(
            "environments.work.stop",
            f"POST {work}/{WORK}/stop",
            item,
            model,
            WORK,
            params=env,
            body={"force": False},
        ),
        _op(
            "environments.work.update",
            f"POST {work}/{WORK}",
            item,
            model,
            WORK,
            params=env,
            body={"metadata": {"team": "infra"}},
        ),
        _op("environments.work.retrieve", f"GET {work}/{WORK}", item, model, WORK, params=env),
        _list("environments.work.list", work, item, model, ENV),
    ]


def _sessions() -> list[Scenario]:
    one, sid = f"/v1/sessions/{SESN}", {"session_id": SESN}
    thread, resource = f"{one}/threads/{THREAD}", f"{one}/resources/{RESOURCE}"
    deltas = {
        "params": {"event_deltas": ["agent.message"]},
        "query": {"event_deltas[]": "agent.message"},
    }
    repo, repo_model = GIT_HUB_REPOSITORY_RESOURCE, "ManagedAgentsGitHubRepositoryResource"
    message, message_model = USER_MESSAGE_EVENT, "ManagedAgentsUserMessageEvent"
    thread_model = "ManagedAgentsSessionThread"
    return [
        *_resource(
            "sessions",
            SESSION,
            "ManagedAgentsSession",
            SESN,
            NEW,
            {"title": "Order 1234"},
            "archive",
            deleted=(DELETED_SESSION, "ManagedAgentsDeletedSession"),
        ),
        _op(
            "sessions.events.send",
            f"POST {one}/events",
            SEND_SESSION_EVENTS,
            "ManagedAgentsSendSessionEvents",
            SESN,
            body={"events": []},
        ),
        _list("sessions.events.list", f"{one}/events", message, message_model, SESN),
        _op(
            "sessions.events.stream",
            f"GET {one}/events/stream",
            None,
            None,
            SESN,
            kind="events",
            sse=SESSION_EVENTS,
            **deltas,
        ),
        _list("sessions.threads.list", f"{one}/threads", SESSION_THREAD, thread_model, SESN),
        _op(
            "sessions.threads.retrieve",
            f"GET {thread}",
            SESSION_THREAD,
            thread_model,
            THREAD,
            params=sid,
        ),
        _list(
            "sessions.threads.events.list",
            f"{thread}/events",
            message,
            message_model,
            THREAD,
            **sid,
        ),
        _op(
            "sessions.threads.events.stream",
            f"GET {thread}/stream",
            None,
            None,
            THREAD,
            kind="events",
            sse=SESSION_EVENTS,
            params={**sid, **deltas["params"]},
            query=deltas["query"],
        ),
        _op(
            "sessions.threads.archive",
            f"POST {thread}/archive",
            SESSION_THREAD,
            thread_model,
            THREAD,
            params=sid,
        ),
        _op(
            "sessions.resources.add",
            f"POST {one}/resources",
            FILE_RESOURCE,
            "ManagedAgentsFileResource",
            SESN,
            body={"type": "file", "file_id": "file_011CZkZLocalAbCdEfGhIjKl"},
        ),
        _list("sessions.resources.list", f"{one}/resources", repo, repo_model, SESN),
        _op(
            "sessions.resources.update",
            f"POST {resource}",
            repo,
            repo_model,
            RESOURCE,
            params=sid,
            body={"authorization_token": "example"},
        ),
        _op(
            "sessions.resources.retrieve", f"GET {resource}", repo, repo_model, RESOURCE, params=sid
        ),
        _op(
            "sessions.resources.delete",
            f"DELETE {resource}",
            DELETE_SESSION_RESOURCE,
            "ManagedAgentsDeleteSessionResource",
            RESOURCE,
            params=sid,
        ),
    ]


def _agents_and_deployments() -> list[Scenario]:
    agent = f"/v1/agents/{AGENT_ID}"
    run, run_model = DEPLOYMENT_RUN, "ManagedAgentsDeploymentRun"
    return [
        *_resource(
            "agents",
            AGENT,
            "ManagedAgentsAgent",
            AGENT_ID,
            {"name": "support", "model": "claude-sonnet-4-5"},
            {"version": 1, "name": "Support agent"},
            "archive",
        ),
        _list("agents.versions.list", f"{agent}/versions", AGENT, "ManagedAgentsAgent", AGENT_ID),
        *_resource(
            "deployments",
            DEPLOYMENT,
            "ManagedAgentsDeployment",
            DEPL,
            {"name": "support", **NEW, "initial_events": []},
            {"name": "nightly-report"},
            "archive",
            "pause",
            "unpause",
        ),
        _op("deployments.run", f"POST /v1/deployments/{DEPL}/run", run, run_model, DEPL),
        _list("deployment_runs.list", "/v1/deployment_runs", run, run_model),
        _op("deployment_runs.retrieve", f"GET /v1/deployment_runs/{RUN}", run, run_model, RUN),
    ]


SCENARIOS: list[Scenario] = [*_environments(), *_sessions(), *_agents_and_deployments()]
