# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_text_block import ManagedAgentsTextBlock
    from .unknown_managed_agents_system_content_block import (
        UnknownManagedAgentsSystemContentBlock,
    )


if TYPE_CHECKING:
    ManagedAgentsSystemContentBlock = TypeAliasType(
        "ManagedAgentsSystemContentBlock",
        Annotated[
            Union[
                Annotated[
                    Union[ManagedAgentsTextBlock,],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSystemContentBlock,
                    AfterValidator(unknown_tag("type", ["text"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSystemContentBlock = lazy_union(
        "ManagedAgentsSystemContentBlock",
        "type",
        {
            "text": ".managed_agents_text_block:ManagedAgentsTextBlock",
        },
        ".unknown_managed_agents_system_content_block:UnknownManagedAgentsSystemContentBlock",
        __package__,
    )
