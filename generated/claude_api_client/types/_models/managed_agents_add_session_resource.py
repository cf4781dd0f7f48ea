# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_file_resource import ManagedAgentsFileResource
    from .unknown_managed_agents_add_session_resource import (
        UnknownManagedAgentsAddSessionResource,
    )


if TYPE_CHECKING:
    ManagedAgentsAddSessionResource = TypeAliasType(
        "ManagedAgentsAddSessionResource",
        Annotated[
            Union[
                Annotated[
                    Union[ManagedAgentsFileResource,],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsAddSessionResource,
                    AfterValidator(unknown_tag("type", ["file"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsAddSessionResource = lazy_union(
        "ManagedAgentsAddSessionResource",
        "type",
        {
            "file": ".managed_agents_file_resource:ManagedAgentsFileResource",
        },
        ".unknown_managed_agents_add_session_resource:UnknownManagedAgentsAddSessionResource",
        __package__,
    )
