"""Cassette scenarios of the managed-agents operations (beta only: environments and their work
queue, sessions with events, threads and resources, agents, deployments, deployment runs).

Bodies follow the documented wire format: every required field, nullable ones as null. The
session streams carry a preview event (`event_start`), logged events, and one event type the SDK
does not know (`session.future_status`), which must come out as the stream union's `Unknown…`
member with every field kept. Imported at the end of `_wire`, which holds the machinery.
"""

from __future__ import annotations

from typing import Any

from ._wire import Resource, Scenario, page

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


REPOSITORY_MODEL = "ManagedAgentsGitHubRepositoryResource"
LIMIT_1: dict[str, Any] = {"params": {"limit": 1}, "query": {"limit": "1"}}
DELTAS: dict[str, Any] = {
    "kind": "events",
    "sse": SESSION_EVENTS,
    "params": {"event_deltas": ["agent.message"]},
    "query": {"event_deltas[]": "agent.message"},
}


def _resource(call: str, path: str, one: str, item: Any, model: str, **more: Any) -> Resource:
    """A managed-agents resource: sent with the beta, its scenarios named after the call."""
    return Resource(call, path, one, item, model, BETA, slash_names=True, **more)


def _crud(r: Resource, create: dict[str, Any], update: dict[str, Any]) -> list[Scenario]:
    """create, the first page of one (`limit=1`), update, retrieve."""
    return [r.create(create), r.list(**LIMIT_1), r.update(update), r.retrieve()]


def _environments() -> list[Scenario]:
    env = _resource("environments", "/v1/environments", ENV, ENVIRONMENT, "Environment")
    work = env.child("work", WORK, SELF_HOSTED_WORK, "SelfHostedWork", "environment_id")
    heartbeat, stats = SELF_HOSTED_WORK_HEARTBEAT_RESPONSE, SELF_HOSTED_WORK_QUEUE_STATS
    return [
        *_crud(env, {"name": "support"}, {"name": "staging"}),
        env.delete(ENVIRONMENT_DELETE_RESPONSE, "EnvironmentDeleteResponse"),
        env.action("archive"),
        work.collection("stats", "GET", stats, model="SelfHostedWorkQueueStats", suffix="/stats"),
        work.collection("poll", "GET", SELF_HOSTED_WORK, suffix="/poll"),
        work.action("ack"),
        work.action("heartbeat", heartbeat, model="SelfHostedWorkHeartbeatResponse"),
        work.action("stop", body={"force": False}),
        work.update({"metadata": {"team": "infra"}}),
        work.retrieve(),
        work.list(**LIMIT_1),
    ]


def _sessions() -> list[Scenario]:
    sessions = _resource("sessions", "/v1/sessions", SESN, SESSION, "ManagedAgentsSession")
    message, message_model = USER_MESSAGE_EVENT, "ManagedAgentsUserMessageEvent"
    events = sessions.child("events", "", message, message_model, "session_id")
    threads = sessions.child(
        "threads", THREAD, SESSION_THREAD, "ManagedAgentsSessionThread", "session_id"
    )
    resources = sessions.child(
        "resources", RESOURCE, GIT_HUB_REPOSITORY_RESOURCE, REPOSITORY_MODEL, "session_id"
    )
    added = {"type": "file", "file_id": "file_011CZkZLocalAbCdEfGhIjKl"}
    sent = {"model": "ManagedAgentsSendSessionEvents", "body": {"events": []}}
    return [
        *_crud(sessions, NEW, {"title": "Order 1234"}),
        sessions.delete(DELETED_SESSION, "ManagedAgentsDeletedSession"),
        sessions.action("archive"),
        events.collection("send", "POST", SEND_SESSION_EVENTS, **sent),
        events.list(**LIMIT_1),
        events.collection("stream", "GET", suffix="/stream", **DELTAS),
        threads.list(**LIMIT_1),
        threads.retrieve(),
        threads.item_op(
            "events.list", "GET", page(message), model=message_model, suffix="/events", **LIMIT_1
        ),
        threads.item_op("events.stream", "GET", None, suffix="/stream", **DELTAS),
        threads.action("archive"),
        resources.collection(
            "add", "POST", FILE_RESOURCE, model="ManagedAgentsFileResource", body=added
        ),
        resources.list(**LIMIT_1),
        resources.update({"authorization_token": "example"}),
        resources.retrieve(),
        resources.delete(DELETE_SESSION_RESOURCE, "ManagedAgentsDeleteSessionResource"),
    ]


def _agents_and_deployments() -> list[Scenario]:
    agents = _resource("agents", "/v1/agents", AGENT_ID, AGENT, "ManagedAgentsAgent")
    deployments = _resource(
        "deployments", "/v1/deployments", DEPL, DEPLOYMENT, "ManagedAgentsDeployment"
    )
    runs = _resource(
        "deployment_runs", "/v1/deployment_runs", RUN, DEPLOYMENT_RUN, "ManagedAgentsDeploymentRun"
    )
    create_agent = {"name": "support", "model": "claude-sonnet-4-5"}
    return [
        *_crud(agents, create_agent, {"version": 1, "name": "Support agent"}),
        agents.action("archive"),
        agents.item_op("versions.list", "GET", page(AGENT), suffix="/versions", **LIMIT_1),
        *_crud(
            deployments,
            {"name": "support", **NEW, "initial_events": []},
            {"name": "nightly-report"},
        ),
        deployments.action("archive"),
        deployments.action("pause"),
        deployments.action("unpause"),
        deployments.action("run", DEPLOYMENT_RUN, model="ManagedAgentsDeploymentRun"),
        runs.list(**LIMIT_1),
        runs.retrieve(),
    ]


SCENARIOS: list[Scenario] = [*_environments(), *_sessions(), *_agents_and_deployments()]
