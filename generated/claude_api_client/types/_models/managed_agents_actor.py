# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_api_actor import ManagedAgentsApiActor
    from .managed_agents_service_account_actor import ManagedAgentsServiceAccountActor
    from .managed_agents_session_actor import ManagedAgentsSessionActor
    from .managed_agents_user_actor import ManagedAgentsUserActor
    from .unknown_managed_agents_actor import UnknownManagedAgentsActor


if TYPE_CHECKING:
    ManagedAgentsActor = TypeAliasType(
        "ManagedAgentsActor",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsSessionActor,
                        ManagedAgentsApiActor,
                        ManagedAgentsUserActor,
                        ManagedAgentsServiceAccountActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsActor,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "api_actor",
                                "service_account_actor",
                                "session_actor",
                                "user_actor",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsActor = lazy_union(
        "ManagedAgentsActor",
        "type",
        {
            "session_actor": ".managed_agents_session_actor:ManagedAgentsSessionActor",
            "api_actor": ".managed_agents_api_actor:ManagedAgentsApiActor",
            "user_actor": ".managed_agents_user_actor:ManagedAgentsUserActor",
            "service_account_actor": ".managed_agents_service_account_actor:ManagedAgentsServiceAccountActor",
        },
        ".unknown_managed_agents_actor:UnknownManagedAgentsActor",
        __package__,
    )
