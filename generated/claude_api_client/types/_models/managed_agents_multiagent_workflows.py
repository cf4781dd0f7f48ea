# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_multiagent_workflows_disabled import (
        ManagedAgentsMultiagentWorkflowsDisabled,
    )
    from .managed_agents_multiagent_workflows_enabled import (
        ManagedAgentsMultiagentWorkflowsEnabled,
    )
    from .unknown_managed_agents_multiagent_workflows import (
        UnknownManagedAgentsMultiagentWorkflows,
    )


if TYPE_CHECKING:
    ManagedAgentsMultiagentWorkflows = TypeAliasType(
        "ManagedAgentsMultiagentWorkflows",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsMultiagentWorkflowsEnabled,
                        ManagedAgentsMultiagentWorkflowsDisabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMultiagentWorkflows,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMultiagentWorkflows = lazy_union(
        "ManagedAgentsMultiagentWorkflows",
        "type",
        {
            "enabled": ".managed_agents_multiagent_workflows_enabled:ManagedAgentsMultiagentWorkflowsEnabled",
            "disabled": ".managed_agents_multiagent_workflows_disabled:ManagedAgentsMultiagentWorkflowsDisabled",
        },
        ".unknown_managed_agents_multiagent_workflows:UnknownManagedAgentsMultiagentWorkflows",
        __package__,
    )
