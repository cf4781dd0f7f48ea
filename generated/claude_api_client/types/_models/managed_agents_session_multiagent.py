# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_session_multiagent20261001 import (
        ManagedAgentsSessionMultiagent20261001,
    )
    from .managed_agents_session_multiagent_coordinator import (
        ManagedAgentsSessionMultiagentCoordinator,
    )
    from .unknown_managed_agents_session_multiagent import (
        UnknownManagedAgentsSessionMultiagent,
    )


if TYPE_CHECKING:
    ManagedAgentsSessionMultiagent = TypeAliasType(
        "ManagedAgentsSessionMultiagent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsSessionMultiagentCoordinator,
                        ManagedAgentsSessionMultiagent20261001,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSessionMultiagent,
                    AfterValidator(unknown_tag("type", ["coordinator", "multiagent_20261001"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSessionMultiagent = lazy_union(
        "ManagedAgentsSessionMultiagent",
        "type",
        {
            "coordinator": ".managed_agents_session_multiagent_coordinator:ManagedAgentsSessionMultiagentCoordinator",
            "multiagent_20261001": ".managed_agents_session_multiagent20261001:ManagedAgentsSessionMultiagent20261001",
        },
        ".unknown_managed_agents_session_multiagent:UnknownManagedAgentsSessionMultiagent",
        __package__,
    )
