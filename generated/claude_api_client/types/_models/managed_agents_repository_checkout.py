# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_branch_checkout import ManagedAgentsBranchCheckout
    from .managed_agents_commit_checkout import ManagedAgentsCommitCheckout
    from .unknown_managed_agents_repository_checkout import (
        UnknownManagedAgentsRepositoryCheckout,
    )


if TYPE_CHECKING:
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
else:
    ManagedAgentsRepositoryCheckout = lazy_union(
        "ManagedAgentsRepositoryCheckout",
        "type",
        {
            "branch": ".managed_agents_branch_checkout:ManagedAgentsBranchCheckout",
            "commit": ".managed_agents_commit_checkout:ManagedAgentsCommitCheckout",
        },
        ".unknown_managed_agents_repository_checkout:UnknownManagedAgentsRepositoryCheckout",
        __package__,
    )
