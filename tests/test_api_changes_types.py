"""The API changes whose official names arrived with issues 13 and 14, as behaviour: session refusal
stop details, the tool evaluation of a tool-use event, the `auto` permission policy, the web fetch
URL sources of a managed agent's tool, the member-name tuples and the browser toolset table, and
the Bedrock request bodies (their whole-request TypedDicts and what the client sends)."""

from __future__ import annotations

import json
import typing
from typing import Any

import httpx
import pytest
import typing_extensions

from claude_api_client import types
from claude_api_client.types import beta
from claude_api_client.types.beta import sessions

IDLE: dict[str, Any] = {
    "type": "session.status_idle",
    "id": "sevt_01",
    "processed_at": "2026-05-01T12:00:00Z",
    "stop_reason": {"type": "refusal"},
    "stop_details": {"type": "refusal", "category": "cyber", "explanation": "Not this."},
}


def test_a_refusal_stops_a_session_with_its_details() -> None:
    event = sessions.BetaManagedAgentsSessionStatusIdleEvent.model_validate(IDLE)
    assert isinstance(event.stop_reason, sessions.BetaManagedAgentsSessionRefusal)
    details = event.stop_details
    assert isinstance(details, sessions.BetaManagedAgentsSessionRefusalStopDetails)
    assert (details.category, details.explanation) == ("cyber", "Not this.")
    assert event.to_dict(mode="json") == IDLE
    # the thread's idle event has the same stop reasons and details
    thread = sessions.BetaManagedAgentsSessionThreadStatusIdleEvent.model_validate(
        {**IDLE, "type": "session.thread_status_idle", "session_thread_id": "t", "agent_name": "a"}
    )
    assert isinstance(thread.stop_reason, sessions.BetaManagedAgentsSessionRefusal)
    # the official inner name is the union itself
    from claude_api_client.types.beta.sessions.beta_managed_agents_session_status_idle_event import (
        StopReason,
    )

    assert StopReason is types.ManagedAgentsSessionStopReason


def _kind_kept(model: Any, body: dict[str, Any], field: str) -> str:
    """`body` read as `model` and written back unchanged: the class name its `field` is read as."""
    parsed = model.model_validate(body)
    assert parsed.to_dict(mode="json") == body
    return type(getattr(parsed, field)).__name__


def test_a_stop_reason_this_version_does_not_know_is_kept() -> None:
    body = {**IDLE, "stop_reason": {"type": "napping", "until": "noon"}, "stop_details": None}
    kind = _kind_kept(sessions.BetaManagedAgentsSessionStatusIdleEvent, body, "stop_reason")
    assert kind == "UnknownManagedAgentsSessionStopReason"


TOOL_USE: dict[str, Any] = {
    "type": "agent.tool_use",
    "id": "sevt_02",
    "name": "bash",
    "input": {"command": "rm -rf /"},
    "processed_at": "2026-05-01T12:00:00Z",
    "evaluated_permission": "deny",
    "evaluation": {
        "type": "auto",
        "evaluated_permission": {"type": "deny", "reason_code": "high_risk"},
    },
}


def test_a_tool_use_event_says_which_policy_decided_and_how() -> None:
    event = sessions.BetaManagedAgentsAgentToolUseEvent.model_validate(TOOL_USE)
    evaluation = event.evaluation
    assert isinstance(evaluation, sessions.BetaManagedAgentsAgentToolEvaluationAuto)
    judgement = evaluation.evaluated_permission
    assert isinstance(judgement, sessions.BetaManagedAgentsAgentAutoEvaluatedPermissionDeny)
    assert judgement.reason_code == "high_risk"
    mcp = sessions.BetaManagedAgentsAgentMCPToolUseEvent.model_validate(
        {
            **TOOL_USE,
            "type": "agent.mcp_tool_use",
            "mcp_server_name": "docs",
            "evaluation": {"type": "always_ask"},
        }
    )
    assert isinstance(mcp.evaluation, sessions.BetaManagedAgentsAgentToolEvaluationAlwaysAsk)
    # an event recorded before the field existed has none; a new policy is kept
    old = {k: v for k, v in TOOL_USE.items() if k != "evaluation"}
    assert sessions.BetaManagedAgentsAgentToolUseEvent.model_validate(old).evaluation is None
    new = {**TOOL_USE, "evaluation": {"type": "ask_a_friend", "friend": "Bob"}}
    kind = _kind_kept(sessions.BetaManagedAgentsAgentToolUseEvent, new, "evaluation")
    assert kind == "UnknownManagedAgentsAgentToolEvaluation"


WEB_FETCH: dict[str, Any] = {
    "type": "web_fetch",
    "name": "web_fetch",
    "enabled": True,
    "permission_policy": {"type": "auto"},
    "url_sources": {
        "client_tool_results": {"type": "only", "tools": [{"type": "tool_reference", "name": "a"}]},
        "server_tool_results": {"type": "none"},
        "user_input": None,
    },
}


def test_a_managed_agents_web_fetch_tool_reads_its_url_sources_and_auto_policy() -> None:
    config = beta.BetaManagedAgentsWebFetchToolConfig.model_validate(WEB_FETCH)
    assert isinstance(config.permission_policy, beta.BetaManagedAgentsAutoPolicy)
    sources = config.url_sources
    assert isinstance(sources, beta.BetaManagedAgentsWebFetchURLSources)
    assert isinstance(sources.client_tool_results, beta.BetaManagedAgentsWebFetchURLSourceOnly)
    assert sources.client_tool_results.tools[0].name == "a"
    assert isinstance(sources.server_tool_results, beta.BetaManagedAgentsWebFetchURLSourceNone)
    assert sources.user_input is None
    assert config.to_dict(mode="json") == WEB_FETCH
    # the shapes are the Messages tool's: one class under both official names
    assert beta.BetaManagedAgentsWebFetchURLSourceOnly is beta.BetaWebFetchURLSourceOnly
    assert beta.BetaManagedAgentsWebFetchURLSourceAllParam is beta.BetaWebFetchURLSourceAllParam
    # every tool's permission policy may now be `auto`
    bash = beta.BetaManagedAgentsBashToolConfig.model_validate(
        {"type": "bash", "name": "bash", "enabled": True, "permission_policy": {"type": "auto"}}
    )
    assert isinstance(bash.permission_policy, beta.BetaManagedAgentsAutoPolicy)


def test_the_web_fetch_request_takes_shorthand_strings_or_objects() -> None:
    hints = typing.get_type_hints(beta.BetaManagedAgentsWebFetchToolConfigParams)
    assert "url_sources" in hints
    sources = typing.get_type_hints(beta.BetaManagedAgentsWebFetchURLSourcesParams)
    assert set(sources) == {"client_tool_results", "server_tool_results", "user_input"}
    # request-only, so a Literal at runtime too
    assert typing.get_args(beta.BetaManagedAgentsWebFetchURLSourceShorthand) == ("all", "none")


def test_member_name_tuples_and_the_browser_toolset_table() -> None:
    from claude_api_client import _data
    from claude_api_client.types.beta.beta_browser_member_name import (
        BETA_BROWSER_MEMBER_NAME_VALUES,
    )
    from claude_api_client.types.computer_member_name import COMPUTER_MEMBER_NAME_VALUES

    assert types.BROWSER_MEMBER_NAME_VALUES is BETA_BROWSER_MEMBER_NAME_VALUES
    members: Any = types.BrowserMemberName  # an open enum at runtime, a Literal when checked
    assert set(types.BROWSER_MEMBER_NAME_VALUES) == {m.value for m in members}
    assert "cursor_position" in COMPUTER_MEMBER_NAME_VALUES
    assert beta.BETA_COMPUTER_MEMBER_NAME_VALUES is COMPUTER_MEMBER_NAME_VALUES
    table = _data.BROWSER_TOOLSET_MEMBERS
    assert list(table) == [m for m in table if m in types.BROWSER_MEMBER_NAME_VALUES]
    assert set(table) == set(types.BROWSER_MEMBER_NAME_VALUES)
    assert table["file_upload"]["confirm_required"] is True
    assert table["left_click"] == {
        "result": "none",
        "confirmation": "Clicked.",
        "enabled_by_default": True,
        "confirm_required": False,
    }


def test_a_one_argument_body_has_its_whole_request_type() -> None:
    from claude_api_client.types.beta.organization.claude_tag.bundles import TargetCreateParams

    hints = typing.get_type_hints(TargetCreateParams, include_extras=True)
    # every keyword argument of `targets.create`: the body's one field, the headers
    assert set(hints) == {"target", "workspace_id", "betas"}
    assert typing_extensions.get_origin(hints["target"]) is typing_extensions.Required


def _bedrock_client(sent: list[httpx.Request]) -> Any:
    from claude_api_client import AnthropicBedrock

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500, json={"type": "error", "error": {"type": "api_error"}})

    return AnthropicBedrock(
        aws_region="us-east-1",
        aws_access_key="AKIDEXAMPLE",
        aws_secret_key="secret",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def test_bedrock_agents_and_sessions_take_the_platform_request_shapes() -> None:
    from claude_api_client import APIStatusError
    from claude_api_client.types.beta import bedrock

    assert bedrock.BedrockAgentCreateParams.__required_keys__ >= {
        "execution_identity",
        "name",
        "model",
    }
    create = typing.get_type_hints(bedrock.BedrockSessionCreateParams)
    assert {"role_arn", "working_directory", "initial_events"} <= set(create)
    assert "vault_ids" not in create
    sent: list[httpx.Request] = []
    client = _bedrock_client(sent)
    with pytest.raises(APIStatusError):
        client.beta.sessions.create(
            agent={"type": "agent_with_overrides", "id": "agent_1", "model": "us.anthropic.m"},
            environment_id="env_1",
            resources=[
                {
                    "type": "s3_object",
                    "s3_uri": "s3://b/k",
                    "region": "us-east-1",
                    "mount_path": "/k",
                }
            ],
            initial_events=[{"type": "user.message", "content": [{"type": "text", "text": "hi"}]}],
        )
    body = json.loads(sent[0].content)
    assert body["agent"]["type"] == "agent_with_overrides"
    assert body["resources"][0]["type"] == "s3_object"


def test_the_simulator_says_which_policy_decided_each_tool_call() -> None:
    from claude_api_client.testing import local_api

    with local_api() as api:
        client = api.client()
        env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
        agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
        session = client.beta.sessions.create(agent=agent.id, environment_id=env.id)
        text = "tool:deny bash\ntool:ask read"
        client.beta.sessions.events.send(
            session.id,
            events=[{"type": "user.message", "content": [{"type": "text", "text": text}]}],
        )
        uses = [
            e
            for e in client.beta.sessions.events.list(session.id)
            if isinstance(e, sessions.BetaManagedAgentsAgentToolUseEvent)
        ]
    denied, asked = uses
    assert isinstance(denied.evaluation, sessions.BetaManagedAgentsAgentToolEvaluationAuto)
    judgement = denied.evaluation.evaluated_permission
    assert isinstance(judgement, sessions.BetaManagedAgentsAgentAutoEvaluatedPermissionDeny)
    assert isinstance(asked.evaluation, sessions.BetaManagedAgentsAgentToolEvaluationAlwaysAsk)
