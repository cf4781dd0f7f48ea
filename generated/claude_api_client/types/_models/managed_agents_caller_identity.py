# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_person_actor import ManagedAgentsPersonActor
    from .managed_agents_role_actor import ManagedAgentsRoleActor
    from .unknown_managed_agents_caller_identity import UnknownManagedAgentsCallerIdentity


if TYPE_CHECKING:
    ManagedAgentsCallerIdentity = TypeAliasType(
        "ManagedAgentsCallerIdentity",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsPersonActor,
                        ManagedAgentsRoleActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsCallerIdentity,
                    AfterValidator(unknown_tag("type", ["person_actor", "role_actor"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsCallerIdentity = lazy_union(
        "ManagedAgentsCallerIdentity",
        "type",
        {
            "person_actor": ".managed_agents_person_actor:ManagedAgentsPersonActor",
            "role_actor": ".managed_agents_role_actor:ManagedAgentsRoleActor",
        },
        ".unknown_managed_agents_caller_identity:UnknownManagedAgentsCallerIdentity",
        __package__,
    )
