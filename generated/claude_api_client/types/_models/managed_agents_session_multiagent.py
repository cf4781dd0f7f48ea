# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_session_multiagent_coordinator import (
    ManagedAgentsSessionMultiagentCoordinator,
)
from .unknown_managed_agents_session_multiagent import (
    UnknownManagedAgentsSessionMultiagent,
)

ManagedAgentsSessionMultiagent = TypeAliasType(
    "ManagedAgentsSessionMultiagent",
    Annotated[
        Union[
            Annotated[
                Union[ManagedAgentsSessionMultiagentCoordinator,],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsSessionMultiagent,
                AfterValidator(unknown_tag("type", ["coordinator"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
