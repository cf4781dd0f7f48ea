# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_error_deployment_paused_reason import (
        ManagedAgentsErrorDeploymentPausedReason,
    )
    from .managed_agents_manual_deployment_paused_reason import (
        ManagedAgentsManualDeploymentPausedReason,
    )
    from .unknown_managed_agents_deployment_paused_reason import (
        UnknownManagedAgentsDeploymentPausedReason,
    )


if TYPE_CHECKING:
    ManagedAgentsDeploymentPausedReason = TypeAliasType(
        "ManagedAgentsDeploymentPausedReason",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsManualDeploymentPausedReason,
                        ManagedAgentsErrorDeploymentPausedReason,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsDeploymentPausedReason,
                    AfterValidator(unknown_tag("type", ["error", "manual"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsDeploymentPausedReason = lazy_union(
        "ManagedAgentsDeploymentPausedReason",
        "type",
        {
            "manual": ".managed_agents_manual_deployment_paused_reason:ManagedAgentsManualDeploymentPausedReason",
            "error": ".managed_agents_error_deployment_paused_reason:ManagedAgentsErrorDeploymentPausedReason",
        },
        ".unknown_managed_agents_deployment_paused_reason:UnknownManagedAgentsDeploymentPausedReason",
        __package__,
    )
