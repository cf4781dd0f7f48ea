# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_agent_tool_evaluation_always_allow import (
        ManagedAgentsAgentToolEvaluationAlwaysAllow,
    )
    from .managed_agents_agent_tool_evaluation_always_ask import (
        ManagedAgentsAgentToolEvaluationAlwaysAsk,
    )
    from .managed_agents_agent_tool_evaluation_auto import (
        ManagedAgentsAgentToolEvaluationAuto,
    )
    from .unknown_managed_agents_agent_tool_evaluation import (
        UnknownManagedAgentsAgentToolEvaluation,
    )


if TYPE_CHECKING:
    ManagedAgentsAgentToolEvaluation = TypeAliasType(
        "ManagedAgentsAgentToolEvaluation",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsAgentToolEvaluationAlwaysAllow,
                        ManagedAgentsAgentToolEvaluationAlwaysAsk,
                        ManagedAgentsAgentToolEvaluationAuto,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsAgentToolEvaluation,
                    AfterValidator(unknown_tag("type", ["always_allow", "always_ask", "auto"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsAgentToolEvaluation = lazy_union(
        "ManagedAgentsAgentToolEvaluation",
        "type",
        {
            "always_allow": ".managed_agents_agent_tool_evaluation_always_allow:ManagedAgentsAgentToolEvaluationAlwaysAllow",
            "always_ask": ".managed_agents_agent_tool_evaluation_always_ask:ManagedAgentsAgentToolEvaluationAlwaysAsk",
            "auto": ".managed_agents_agent_tool_evaluation_auto:ManagedAgentsAgentToolEvaluationAuto",
        },
        ".unknown_managed_agents_agent_tool_evaluation:UnknownManagedAgentsAgentToolEvaluation",
        __package__,
    )
