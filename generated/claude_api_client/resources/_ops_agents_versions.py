# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_list_agent_versions import ManagedAgentsListAgentVersions


def _load_managed_agents_list_agent_versions() -> type[ManagedAgentsListAgentVersions]:
    from ..types._models.managed_agents_list_agent_versions import ManagedAgentsListAgentVersions

    return ManagedAgentsListAgentVersions


def _agents_versions_list_options(
    *,
    agent_id: object,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("agent_id", agent_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.agents.versions.list",
        span_route="/v1/agents/{agent_id}/versions",
        span_attributes={
            "gen_ai.agent.id": agent_id,
        },
        path=f"/v1/agents/{path_segment(agent_id, 'agent_id')}/versions",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
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
