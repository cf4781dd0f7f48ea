# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_aws_role_execution_identity import (
        ManagedAgentsAWSRoleExecutionIdentity,
    )
    from .managed_agents_service_account_execution_identity import (
        ManagedAgentsServiceAccountExecutionIdentity,
    )
    from .unknown_managed_agents_execution_identity import (
        UnknownManagedAgentsExecutionIdentity,
    )


if TYPE_CHECKING:
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
else:
    ManagedAgentsExecutionIdentity = lazy_union(
        "ManagedAgentsExecutionIdentity",
        "type",
        {
            "service_account": ".managed_agents_service_account_execution_identity:ManagedAgentsServiceAccountExecutionIdentity",
            "aws_role": ".managed_agents_aws_role_execution_identity:ManagedAgentsAWSRoleExecutionIdentity",
        },
        ".unknown_managed_agents_execution_identity:UnknownManagedAgentsExecutionIdentity",
        __package__,
    )
