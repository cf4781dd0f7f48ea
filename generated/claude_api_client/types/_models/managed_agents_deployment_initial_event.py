# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

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
