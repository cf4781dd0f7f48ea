# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_multiagent20261001 import ManagedAgentsMultiagent20261001
    from .managed_agents_multiagent_coordinator import ManagedAgentsMultiagentCoordinator
    from .unknown_managed_agents_multiagent import UnknownManagedAgentsMultiagent


if TYPE_CHECKING:
    ManagedAgentsMultiagent = TypeAliasType(
        "ManagedAgentsMultiagent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsMultiagentCoordinator,
                        ManagedAgentsMultiagent20261001,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMultiagent,
                    AfterValidator(unknown_tag("type", ["coordinator", "multiagent_20261001"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMultiagent = lazy_union(
        "ManagedAgentsMultiagent",
        "type",
        {
            "coordinator": ".managed_agents_multiagent_coordinator:ManagedAgentsMultiagentCoordinator",
            "multiagent_20261001": ".managed_agents_multiagent20261001:ManagedAgentsMultiagent20261001",
        },
        ".unknown_managed_agents_multiagent:UnknownManagedAgentsMultiagent",
        __package__,
    )
