# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_memory import ManagedAgentsMemory
    from .managed_agents_memory_prefix import ManagedAgentsMemoryPrefix
    from .unknown_managed_agents_memory_list_item import UnknownManagedAgentsMemoryListItem


if TYPE_CHECKING:
    ManagedAgentsMemoryListItem = TypeAliasType(
        "ManagedAgentsMemoryListItem",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsMemory,
                        ManagedAgentsMemoryPrefix,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMemoryListItem,
                    AfterValidator(unknown_tag("type", ["memory", "memory_prefix"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMemoryListItem = lazy_union(
        "ManagedAgentsMemoryListItem",
        "type",
        {
            "memory": ".managed_agents_memory:ManagedAgentsMemory",
            "memory_prefix": ".managed_agents_memory_prefix:ManagedAgentsMemoryPrefix",
        },
        ".unknown_managed_agents_memory_list_item:UnknownManagedAgentsMemoryListItem",
        __package__,
    )
