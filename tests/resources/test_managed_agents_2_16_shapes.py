"""Wire shapes of the official 2.16 package's managed-agents additions, parsed through the public
client: `workflow_run.*` session events (with their errors and results), the repository and limit
errors of `session.error`, inline agents on threads, the `multiagent_20261001` configuration, the
named environment and token-endpoint unions, and the new webhook event types.

Each body is a realistic payload with every field the API sends; a member the SDK does not know
yet must still come out as its union's `Unknown…` member with every field kept.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pydantic

from claude_api_client import Anthropic
from claude_api_client.testing import local_api
from claude_api_client.types.beta import (
    BetaManagedAgentsMultiagent20261001,
    BetaManagedAgentsMultiagentAdvisorEnabled,
    BetaManagedAgentsMultiagentInlineAgentsDisabled,
    BetaManagedAgentsMultiagentSubagentsEnabled,
    BetaManagedAgentsMultiagentWorkflowsDisabled,
    BetaManagedAgentsSessionMultiagent20261001,
    BetaManagedAgentsSessionMultiagentSubagentsEnabled,
    BetaWebhookExternalKeyFailedEventData,
    BetaWebhookUserProfileEnforcementActionOpenedEventData,
    beta_cloud_config,
    beta_environment,
)
from claude_api_client.types.beta.sessions import (
    BetaManagedAgentsInlineAgent,
    BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject,
    BetaManagedAgentsRepositoryCloneErrorObject,
    BetaManagedAgentsSessionErrorEvent,
    BetaManagedAgentsTimeoutWorkflowRunErrorObject,
    BetaManagedAgentsToolUseLimitReachedErrorObject,
    BetaManagedAgentsWorkflowRunCreatedEvent,
    BetaManagedAgentsWorkflowRunErrorEvent,
    BetaManagedAgentsWorkflowRunPhaseEndedEvent,
    BetaManagedAgentsWorkflowRunPhaseStartedEvent,
    BetaManagedAgentsWorkflowRunResultErrorObject,
    BetaManagedAgentsWorkflowRunResultStopped,
    BetaManagedAgentsWorkflowRunStatusEndedEvent,
    BetaManagedAgentsWorkflowRunStatusIdleEvent,
    BetaManagedAgentsWorkflowRunStatusRunningEvent,
)
from claude_api_client.types.beta.sessions.beta_managed_agents_repository_clone_error import (
    RetryStatus,
)
from claude_api_client.types.beta.vaults import BetaManagedAgentsTokenEndpointAuthBasicResponse

SESSION_ID = "sesn_011CZkZAtmR3AbCdEfGhIjKl"
RUN_ID = "wfrun_011CZkZQr8WbAbCdEfGhIjKl"
AT = "2026-10-02T09:30:00Z"


def _client(handler: Any) -> Anthropic:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Anthropic(api_key="sk-test", base_url="https://api.example", http_client=http)


def _sse(*events: dict[str, Any]) -> bytes:
    return b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)


def _event(kind: str, n: int, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "id": f"sevt_0{n}", "processed_at": AT, **fields}


RUN_EVENTS = [
    _event(
        "workflow_run.created",
        1,
        workflow_run_id=RUN_ID,
        name="triage-backlog",
        description=None,
        phases=[
            {"id": "ph_1", "name": "collect", "description": "Read the open issues"},
            {"id": "ph_2", "name": "label", "description": None},
        ],
    ),
    _event("workflow_run.status_running", 2, workflow_run_id=RUN_ID),
    _event("workflow_run.phase_started", 3, workflow_run_id=RUN_ID, workflow_run_phase_id="ph_1"),
    _event(
        "workflow_run.phase_ended",
        4,
        workflow_run_id=RUN_ID,
        workflow_run_phase_id="ph_1",
        phase_started_id="sevt_03",
    ),
    _event("workflow_run.status_idle", 5, workflow_run_id=RUN_ID),
    _event(
        "workflow_run.error",
        6,
        workflow_run_id=RUN_ID,
        error={"type": "timeout_error", "message": "The run reached its 30 minute limit."},
    ),
    _event(
        "workflow_run.status_ended",
        7,
        workflow_run_id=RUN_ID,
        result={
            "type": "error",
            "error": {"type": "timeout_error", "message": "The run reached its 30 minute limit."},
        },
    ),
    _event(
        "workflow_run.error",
        8,
        workflow_run_id=None,
        error={"type": "max_workflow_runs_error", "message": "At most 4 open runs."},
    ),
    _event("workflow_run.status_ended", 9, workflow_run_id=RUN_ID, result={"type": "stopped"}),
    _event(
        "session.error",
        10,
        error={
            "type": "repository_clone_error",
            "message": "git clone exited with status 128",
            "repository_url": "https://github.com/example/app",
            "retry_status": {"type": "retrying"},
        },
    ),
    _event(
        "session.error",
        11,
        error={
            "type": "tool_use_limit_reached_error",
            "message": "The turn used 200 tool-use rounds.",
            "retry_status": {"type": "terminal"},
        },
    ),
    # types the SDK does not know yet: the event, a run error and a run result
    _event("workflow_run.rescheduled", 12, workflow_run_id=RUN_ID, at="later"),
    _event(
        "workflow_run.status_ended",
        13,
        workflow_run_id=RUN_ID,
        result={"type": "error", "error": {"type": "sandbox_lost_error", "message": "gone"}},
    ),
    _event("workflow_run.status_ended", 14, workflow_run_id=RUN_ID, result={"type": "paused"}),
]


def _stream_events(body: bytes) -> list[Any]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    with _client(handler).beta.sessions.events.stream(SESSION_ID) as stream:
        return list(stream)


def test_workflow_run_events_parse_into_their_official_types() -> None:
    events = _stream_events(_sse(*RUN_EVENTS))
    expected = [
        BetaManagedAgentsWorkflowRunCreatedEvent,
        BetaManagedAgentsWorkflowRunStatusRunningEvent,
        BetaManagedAgentsWorkflowRunPhaseStartedEvent,
        BetaManagedAgentsWorkflowRunPhaseEndedEvent,
        BetaManagedAgentsWorkflowRunStatusIdleEvent,
        BetaManagedAgentsWorkflowRunErrorEvent,
        BetaManagedAgentsWorkflowRunStatusEndedEvent,
        BetaManagedAgentsWorkflowRunErrorEvent,
        BetaManagedAgentsWorkflowRunStatusEndedEvent,
        BetaManagedAgentsSessionErrorEvent,
        BetaManagedAgentsSessionErrorEvent,
    ]
    assert [type(e) for e in events[: len(expected)]] == expected
    created = events[0]
    assert [p.name for p in created.phases] == ["collect", "label"]
    assert created.phases[1].description is None and created.description is None
    assert isinstance(events[5].error, BetaManagedAgentsTimeoutWorkflowRunErrorObject)
    ended = events[6].result
    assert isinstance(ended, BetaManagedAgentsWorkflowRunResultErrorObject)
    assert isinstance(ended.error, BetaManagedAgentsTimeoutWorkflowRunErrorObject)
    assert events[7].workflow_run_id is None
    assert isinstance(events[7].error, BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject)
    assert isinstance(events[8].result, BetaManagedAgentsWorkflowRunResultStopped)
    clone = events[9].error
    assert isinstance(clone, BetaManagedAgentsRepositoryCloneErrorObject)
    assert clone.repository_url == "https://github.com/example/app"
    assert clone.retry_status.type == "retrying"
    assert isinstance(events[10].error, BetaManagedAgentsToolUseLimitReachedErrorObject)
    # every event keeps every field it came with
    assert [e.to_dict(mode="json") for e in events] == RUN_EVENTS


def test_unknown_run_events_errors_and_results_are_kept() -> None:
    events = _stream_events(_sse(*RUN_EVENTS[-3:]))
    assert type(events[0]).__name__.startswith("Unknown")
    assert events[0].to_dict(mode="json")["at"] == "later"
    assert type(events[1]).__name__ == "ManagedAgentsWorkflowRunStatusEndedEvent"
    assert type(events[1].result.error).__name__.startswith("Unknown")
    assert events[1].result.error.to_dict(mode="json")["type"] == "sandbox_lost_error"
    assert type(events[2].result).__name__.startswith("Unknown")
    assert [e.to_dict(mode="json") for e in events] == RUN_EVENTS[-3:]


def test_the_retry_status_inner_name_is_the_shared_union() -> None:
    from claude_api_client.types.beta.sessions import beta_managed_agents_billing_error

    assert RetryStatus is beta_managed_agents_billing_error.RetryStatus


def test_events_list_filters_by_the_session_event_type() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": RUN_EVENTS[:2], "next_page": None})

    page = _client(handler).beta.sessions.events.list(
        SESSION_ID, types=["workflow_run.created", "workflow_run.status_running"]
    )
    assert seen[0].url.params.get_list("types[]") == [
        "workflow_run.created",
        "workflow_run.status_running",
    ]
    assert [type(e) for e in page.data] == [
        BetaManagedAgentsWorkflowRunCreatedEvent,
        BetaManagedAgentsWorkflowRunStatusRunningEvent,
    ]


AGENT_DEFINITION = {
    "name": "researcher",
    "description": None,
    "system": "Collect sources.",
    "model": {"id": "claude-sonnet-4-5", "speed": "standard"},
    "tools": [],
    "mcp_servers": [],
    "skills": [],
}


def test_a_thread_running_an_inline_agent() -> None:
    thread = {
        "type": "session_thread",
        "id": "sthr_011CZkZVWa6oAbCdEfGhIjKl",
        "session_id": SESSION_ID,
        "status": "running",
        "agent": {"type": "inline", **AGENT_DEFINITION},
        "parent_thread_id": "sthr_011CZkZVWa6nAbCdEfGhIjKl",
        "created_at": AT,
        "updated_at": AT,
        "archived_at": None,
        "usage": None,
        "stats": None,
        "workflow_run_id": RUN_ID,
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=thread)

    got = _client(handler).beta.sessions.threads.retrieve(
        "sthr_011CZkZVWa6oAbCdEfGhIjKl", session_id=SESSION_ID
    )
    assert isinstance(got.agent, BetaManagedAgentsInlineAgent)
    assert got.agent.name == "researcher" and got.workflow_run_id == RUN_ID
    assert got.to_dict(mode="json") == thread


MULTIAGENT = {
    "type": "multiagent_20261001",
    "advisor": {"type": "enabled", "model": "claude-opus-4-1"},
    "subagents": {
        "type": "enabled",
        "inline_agents": {"type": "disabled"},
        "predefined_agents": [
            {"type": "agent", "id": "agent_011CZkYpogX7AbCdEfGhIjKl", "version": 3}
        ],
    },
    "workflows": {"type": "disabled"},
}


# The same subagents, named by a bare agent ID and by `self`, as a request may.
SUBAGENTS_BY_SHORTHAND = {
    "type": "enabled",
    "inline_agents": {"type": "disabled"},
    "predefined_agents": ["agent_011CZkYpogX7AbCdEfGhIjKl", {"type": "self"}],
}


def test_the_multiagent_configuration_round_trips_through_the_simulator() -> None:
    with local_api() as api:
        client = api.client()
        agent = client.beta.agents.create(
            name="lead",
            model="claude-sonnet-4-5",
            multiagent={**MULTIAGENT, "subagents": SUBAGENTS_BY_SHORTHAND},
        )
        sent = json.loads(api.requests[-1].body)
        assert sent["multiagent"]["subagents"]["predefined_agents"][1] == {"type": "self"}
    multiagent = agent.multiagent
    assert isinstance(multiagent, BetaManagedAgentsMultiagent20261001)
    assert isinstance(multiagent.advisor, BetaManagedAgentsMultiagentAdvisorEnabled)
    assert multiagent.advisor.model == "claude-opus-4-1"
    assert isinstance(multiagent.subagents, BetaManagedAgentsMultiagentSubagentsEnabled)
    assert isinstance(multiagent.workflows, BetaManagedAgentsMultiagentWorkflowsDisabled)


def test_the_multiagent_configuration_of_an_agent_and_of_a_session() -> None:
    agent = {
        "type": "agent",
        "id": "agent_011CZkYpogX8AbCdEfGhIjKl",
        "version": 1,
        "created_at": AT,
        "updated_at": AT,
        "archived_at": None,
        "metadata": {},
        "multiagent": MULTIAGENT,
        **AGENT_DEFINITION,
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=agent)

    got = _client(handler).beta.agents.retrieve("agent_011CZkYpogX8AbCdEfGhIjKl")
    assert isinstance(got.multiagent, BetaManagedAgentsMultiagent20261001)
    subagents = got.multiagent.subagents
    assert isinstance(subagents, BetaManagedAgentsMultiagentSubagentsEnabled)
    assert isinstance(subagents.inline_agents, BetaManagedAgentsMultiagentInlineAgentsDisabled)
    assert subagents.predefined_agents[0].version == 3
    assert got.to_dict(mode="json")["multiagent"] == MULTIAGENT

    from claude_api_client.types.beta import BetaManagedAgentsSessionMultiagent

    session_form = {
        **MULTIAGENT,
        "subagents": {
            "type": "enabled",
            "inline_agents": {"type": "enabled"},
            "predefined_agents": [
                {"type": "agent", "id": "agent_1", "version": 3, **AGENT_DEFINITION}
            ],
        },
    }
    parsed = pydantic.TypeAdapter(BetaManagedAgentsSessionMultiagent).validate_python(session_form)
    assert isinstance(parsed, BetaManagedAgentsSessionMultiagent20261001)
    assert isinstance(parsed.subagents, BetaManagedAgentsSessionMultiagentSubagentsEnabled)
    assert parsed.subagents.predefined_agents[0].system == "Collect sources."


def test_environment_config_and_networking_inner_names() -> None:
    environment = {
        "type": "environment",
        "id": "env_011CZkZLocalAbCdEfGhIjKl",
        "name": "ci",
        "description": None,
        "metadata": {},
        "archived_at": None,
        "created_at": AT,
        "updated_at": AT,
        "config": {
            "type": "cloud",
            "networking": {
                "type": "limited",
                "allowed_hosts": ["pypi.org"],
                "allow_mcp_servers": False,
                "allow_package_managers": True,
            },
            "packages": {"apt": [], "cargo": [], "gem": [], "go": [], "npm": [], "pip": []},
        },
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=environment)

    got = _client(handler).beta.environments.retrieve("env_011CZkZLocalAbCdEfGhIjKl")
    assert type(got.config).__name__ == "CloudConfig"
    assert type(got.config.networking).__name__ == "LimitedNetwork"
    assert got.to_dict(mode="json") == environment
    assert beta_environment.Config is not None and beta_cloud_config.Networking is not None


def test_token_endpoint_auth_is_a_tagged_union() -> None:
    from claude_api_client.types.beta.vaults.beta_managed_agents_mcp_oauth_refresh_response import (
        TokenEndpointAuth,
    )

    _adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(TokenEndpointAuth)

    basic = _adapter.validate_python({"type": "client_secret_basic"})
    assert isinstance(basic, BetaManagedAgentsTokenEndpointAuthBasicResponse)
    later = _adapter.validate_python({"type": "private_key_jwt", "kid": "k1"})
    assert type(later).__name__.startswith("Unknown")


def test_the_new_webhook_events_from_the_simulator() -> None:
    with local_api() as api:
        client = api.client()
        body, headers = api.webhook_delivery("external_key.failed", id="ekey_1")
        event = client.beta.webhooks.unwrap(body, headers=headers)
        assert isinstance(event.data, BetaWebhookExternalKeyFailedEventData)
        assert event.data.id == "ekey_1"
        body, headers = api.webhook_delivery(
            "user_profile.enforcement_action_opened", id="uprof_1", enforcement_action_id="enac_1"
        )
        event = client.beta.webhooks.unwrap(body, headers=headers)
        assert isinstance(event.data, BetaWebhookUserProfileEnforcementActionOpenedEventData)
        assert event.data.enforcement_action_id == "enac_1"
        assert event.to_dict(mode="json") == json.loads(body)
