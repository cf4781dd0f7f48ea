# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_max_workflow_runs_workflow_run_error import (
        ManagedAgentsMaxWorkflowRunsWorkflowRunError,
    )
    from .managed_agents_program_workflow_run_error import (
        ManagedAgentsProgramWorkflowRunError,
    )
    from .managed_agents_thread_limit_workflow_run_error import (
        ManagedAgentsThreadLimitWorkflowRunError,
    )
    from .managed_agents_timeout_workflow_run_error import (
        ManagedAgentsTimeoutWorkflowRunError,
    )
    from .managed_agents_unknown_workflow_run_error import (
        ManagedAgentsUnknownWorkflowRunError,
    )
    from .unknown_managed_agents_workflow_run_error import (
        UnknownManagedAgentsWorkflowRunError,
    )


if TYPE_CHECKING:
    ManagedAgentsWorkflowRunError = TypeAliasType(
        "ManagedAgentsWorkflowRunError",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsTimeoutWorkflowRunError,
                        ManagedAgentsProgramWorkflowRunError,
                        ManagedAgentsUnknownWorkflowRunError,
                        ManagedAgentsThreadLimitWorkflowRunError,
                        ManagedAgentsMaxWorkflowRunsWorkflowRunError,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsWorkflowRunError,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "max_workflow_runs_error",
                                "program_error",
                                "thread_limit_error",
                                "timeout_error",
                                "unknown_error",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsWorkflowRunError = lazy_union(
        "ManagedAgentsWorkflowRunError",
        "type",
        {
            "timeout_error": ".managed_agents_timeout_workflow_run_error:ManagedAgentsTimeoutWorkflowRunError",
            "program_error": ".managed_agents_program_workflow_run_error:ManagedAgentsProgramWorkflowRunError",
            "unknown_error": ".managed_agents_unknown_workflow_run_error:ManagedAgentsUnknownWorkflowRunError",
            "thread_limit_error": ".managed_agents_thread_limit_workflow_run_error:ManagedAgentsThreadLimitWorkflowRunError",
            "max_workflow_runs_error": ".managed_agents_max_workflow_runs_workflow_run_error:ManagedAgentsMaxWorkflowRunsWorkflowRunError",
        },
        ".unknown_managed_agents_workflow_run_error:UnknownManagedAgentsWorkflowRunError",
        __package__,
    )
