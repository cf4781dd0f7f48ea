# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_branch_checkout import ManagedAgentsBranchCheckout
from .managed_agents_commit_checkout import ManagedAgentsCommitCheckout
from .unknown_managed_agents_repository_checkout import (
    UnknownManagedAgentsRepositoryCheckout,
)

ManagedAgentsRepositoryCheckout = TypeAliasType(
    "ManagedAgentsRepositoryCheckout",
    Annotated[
        Union[
            Annotated[
                Union[
                    ManagedAgentsBranchCheckout,
                    ManagedAgentsCommitCheckout,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsRepositoryCheckout,
                AfterValidator(unknown_tag("type", ["branch", "commit"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
