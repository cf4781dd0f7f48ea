# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_agent_auto_evaluated_permission_allow import (
        ManagedAgentsAgentAutoEvaluatedPermissionAllow,
    )
    from .managed_agents_agent_auto_evaluated_permission_ask import (
        ManagedAgentsAgentAutoEvaluatedPermissionAsk,
    )
    from .managed_agents_agent_auto_evaluated_permission_deny import (
        ManagedAgentsAgentAutoEvaluatedPermissionDeny,
    )
    from .unknown_managed_agents_agent_auto_evaluated_permission import (
        UnknownManagedAgentsAgentAutoEvaluatedPermission,
    )


if TYPE_CHECKING:
    ManagedAgentsAgentAutoEvaluatedPermission = TypeAliasType(
        "ManagedAgentsAgentAutoEvaluatedPermission",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsAgentAutoEvaluatedPermissionAllow,
                        ManagedAgentsAgentAutoEvaluatedPermissionAsk,
                        ManagedAgentsAgentAutoEvaluatedPermissionDeny,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsAgentAutoEvaluatedPermission,
                    AfterValidator(unknown_tag("type", ["allow", "ask", "deny"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsAgentAutoEvaluatedPermission = lazy_union(
        "ManagedAgentsAgentAutoEvaluatedPermission",
        "type",
        {
            "allow": ".managed_agents_agent_auto_evaluated_permission_allow:ManagedAgentsAgentAutoEvaluatedPermissionAllow",
            "ask": ".managed_agents_agent_auto_evaluated_permission_ask:ManagedAgentsAgentAutoEvaluatedPermissionAsk",
            "deny": ".managed_agents_agent_auto_evaluated_permission_deny:ManagedAgentsAgentAutoEvaluatedPermissionDeny",
        },
        ".unknown_managed_agents_agent_auto_evaluated_permission:UnknownManagedAgentsAgentAutoEvaluatedPermission",
        __package__,
    )
