# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_budget_limit import ManagedAgentsBudgetLimit
    from .unknown_managed_agents_budget import UnknownManagedAgentsBudget


if TYPE_CHECKING:
    ManagedAgentsBudget = TypeAliasType(
        "ManagedAgentsBudget",
        Annotated[
            Union[
                Annotated[
                    Union[ManagedAgentsBudgetLimit,],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsBudget,
                    AfterValidator(unknown_tag("type", ["limit"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsBudget = lazy_union(
        "ManagedAgentsBudget",
        "type",
        {
            "limit": ".managed_agents_budget_limit:ManagedAgentsBudgetLimit",
        },
        ".unknown_managed_agents_budget:UnknownManagedAgentsBudget",
        __package__,
    )
