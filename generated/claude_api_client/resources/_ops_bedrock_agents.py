# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_bedrock_agent import ManagedAgentsBedrockAgent
    from ..types._models.managed_agents_bedrock_agent_page import ManagedAgentsBedrockAgentPage


def _load_managed_agents_bedrock_agent() -> type[ManagedAgentsBedrockAgent]:
    from ..types._models.managed_agents_bedrock_agent import ManagedAgentsBedrockAgent

    return ManagedAgentsBedrockAgent


def _load_managed_agents_bedrock_agent_page() -> type[ManagedAgentsBedrockAgentPage]:
    from ..types._models.managed_agents_bedrock_agent_page import ManagedAgentsBedrockAgentPage

    return ManagedAgentsBedrockAgentPage


def _agents_archive_options(
    *,
    agent_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("agent_id", agent_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.agents.archive",
        span_route="/v1/agents/{agent_id}/archive",
        span_attributes={
            "gen_ai.agent.id": agent_id,
        },
        path=f"/v1/agents/{path_segment(agent_id, 'agent_id')}/archive",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _agents_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    execution_identity: object,
    name: object,
    model: object,
    description: object = NOT_GIVEN,
    system: object = NOT_GIVEN,
    tools: object = NOT_GIVEN,
    mcp_servers: object = NOT_GIVEN,
    skills: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    multiagent: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("execution_identity", execution_identity)
    check_not_none("model", model)
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("system", system, (None.__class__, str))
    check_type("tools", tools, (None.__class__, list, tuple))
    check_type("mcp_servers", mcp_servers, (None.__class__, list, tuple))
    check_type("skills", skills, (None.__class__, list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.agents.create",
        span_route="/v1/agents",
        span_created_id=["gen_ai.agent.id", "id"],
        path="/v1/agents",
        json_body=strip_not_given(
            {
                "execution_identity": execution_identity,
                "name": name,
                "model": model,
                "description": description,
                "system": system,
                "tools": tools,
                "mcp_servers": mcp_servers,
                "skills": skills,
                "metadata": metadata,
                "multiagent": multiagent,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _agents_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    include_archived: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("include_archived", include_archived, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.agents.list",
        span_route="/v1/agents",
        path="/v1/agents",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _agents_retrieve_options(
    *,
    agent_id: object,
    version: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("agent_id", agent_id, (str,))
    check_type("version", version, (int,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.agents.retrieve",
        span_route="/v1/agents/{agent_id}",
        span_attributes={
            "gen_ai.agent.id": agent_id,
        },
        path=f"/v1/agents/{path_segment(agent_id, 'agent_id')}",
        params=strip_not_given(
            {
                "version": version,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _agents_update_options(
    *,
    agent_id: object,
    workspace_id: object = NOT_GIVEN,
    version: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    model: object = NOT_GIVEN,
    system: object = NOT_GIVEN,
    tools: object = NOT_GIVEN,
    mcp_servers: object = NOT_GIVEN,
    skills: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    multiagent: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("agent_id", agent_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("version", version, (int,))
    check_type("name", name, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("system", system, (None.__class__, str))
    check_type("tools", tools, (None.__class__, list, tuple))
    check_type("mcp_servers", mcp_servers, (None.__class__, list, tuple))
    check_type("skills", skills, (None.__class__, list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.agents.update",
        span_route="/v1/agents/{agent_id}",
        span_attributes={
            "gen_ai.agent.id": agent_id,
        },
        path=f"/v1/agents/{path_segment(agent_id, 'agent_id')}",
        json_body=strip_not_given(
            {
                "version": version,
                "name": name,
                "description": description,
                "model": model,
                "system": system,
                "tools": tools,
                "mcp_servers": mcp_servers,
                "skills": skills,
                "metadata": metadata,
                "multiagent": multiagent,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
