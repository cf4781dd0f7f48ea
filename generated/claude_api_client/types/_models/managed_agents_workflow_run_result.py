# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_workflow_run_result_completed import (
        ManagedAgentsWorkflowRunResultCompleted,
    )
    from .managed_agents_workflow_run_result_error import (
        ManagedAgentsWorkflowRunResultError,
    )
    from .managed_agents_workflow_run_result_stopped import (
        ManagedAgentsWorkflowRunResultStopped,
    )
    from .unknown_managed_agents_workflow_run_result import (
        UnknownManagedAgentsWorkflowRunResult,
    )


if TYPE_CHECKING:
    ManagedAgentsWorkflowRunResult = TypeAliasType(
        "ManagedAgentsWorkflowRunResult",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsWorkflowRunResultCompleted,
                        ManagedAgentsWorkflowRunResultError,
                        ManagedAgentsWorkflowRunResultStopped,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsWorkflowRunResult,
                    AfterValidator(unknown_tag("type", ["completed", "error", "stopped"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsWorkflowRunResult = lazy_union(
        "ManagedAgentsWorkflowRunResult",
        "type",
        {
            "completed": ".managed_agents_workflow_run_result_completed:ManagedAgentsWorkflowRunResultCompleted",
            "error": ".managed_agents_workflow_run_result_error:ManagedAgentsWorkflowRunResultError",
            "stopped": ".managed_agents_workflow_run_result_stopped:ManagedAgentsWorkflowRunResultStopped",
        },
        ".unknown_managed_agents_workflow_run_result:UnknownManagedAgentsWorkflowRunResult",
        __package__,
    )
