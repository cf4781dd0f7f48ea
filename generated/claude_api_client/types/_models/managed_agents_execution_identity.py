# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_aws_role_execution_identity import (
    ManagedAgentsAWSRoleExecutionIdentity,
)
from .managed_agents_service_account_execution_identity import (
    ManagedAgentsServiceAccountExecutionIdentity,
)
from .unknown_managed_agents_execution_identity import (
    UnknownManagedAgentsExecutionIdentity,
)

ManagedAgentsExecutionIdentity = TypeAliasType(
    "ManagedAgentsExecutionIdentity",
    Annotated[
        Union[
            Annotated[
                Union[
                    ManagedAgentsServiceAccountExecutionIdentity,
                    ManagedAgentsAWSRoleExecutionIdentity,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsExecutionIdentity,
                AfterValidator(unknown_tag("type", ["aws_role", "service_account"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
