# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_deployment_system_message_event import (
        ManagedAgentsDeploymentSystemMessageEvent,
    )
    from .managed_agents_deployment_user_define_outcome_event import (
        ManagedAgentsDeploymentUserDefineOutcomeEvent,
    )
    from .managed_agents_deployment_user_message_event import (
        ManagedAgentsDeploymentUserMessageEvent,
    )
    from .unknown_managed_agents_deployment_initial_event import (
        UnknownManagedAgentsDeploymentInitialEvent,
    )


if TYPE_CHECKING:
    ManagedAgentsDeploymentInitialEvent = TypeAliasType(
        "ManagedAgentsDeploymentInitialEvent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsDeploymentUserMessageEvent,
                        ManagedAgentsDeploymentUserDefineOutcomeEvent,
                        ManagedAgentsDeploymentSystemMessageEvent,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsDeploymentInitialEvent,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            ["system.message", "user.define_outcome", "user.message"],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsDeploymentInitialEvent = lazy_union(
        "ManagedAgentsDeploymentInitialEvent",
        "type",
        {
            "user.message": ".managed_agents_deployment_user_message_event:ManagedAgentsDeploymentUserMessageEvent",
            "user.define_outcome": ".managed_agents_deployment_user_define_outcome_event:ManagedAgentsDeploymentUserDefineOutcomeEvent",
            "system.message": ".managed_agents_deployment_system_message_event:ManagedAgentsDeploymentSystemMessageEvent",
        },
        ".unknown_managed_agents_deployment_initial_event:UnknownManagedAgentsDeploymentInitialEvent",
        __package__,
    )
