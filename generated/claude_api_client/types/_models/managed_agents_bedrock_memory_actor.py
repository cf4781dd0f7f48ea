# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_bedrock_session_actor import ManagedAgentsBedrockSessionActor
    from .managed_agents_person_actor import ManagedAgentsPersonActor
    from .managed_agents_role_actor import ManagedAgentsRoleActor
    from .unknown_managed_agents_bedrock_memory_actor import (
        UnknownManagedAgentsBedrockMemoryActor,
    )


if TYPE_CHECKING:
    ManagedAgentsBedrockMemoryActor = TypeAliasType(
        "ManagedAgentsBedrockMemoryActor",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBedrockSessionActor,
                        ManagedAgentsPersonActor,
                        ManagedAgentsRoleActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsBedrockMemoryActor,
                    AfterValidator(
                        unknown_tag("type", ["person_actor", "role_actor", "session_actor"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsBedrockMemoryActor = lazy_union(
        "ManagedAgentsBedrockMemoryActor",
        "type",
        {
            "session_actor": ".managed_agents_bedrock_session_actor:ManagedAgentsBedrockSessionActor",
            "person_actor": ".managed_agents_person_actor:ManagedAgentsPersonActor",
            "role_actor": ".managed_agents_role_actor:ManagedAgentsRoleActor",
        },
        ".unknown_managed_agents_bedrock_memory_actor:UnknownManagedAgentsBedrockMemoryActor",
        __package__,
    )
