# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_document_block import ManagedAgentsDocumentBlock
    from .managed_agents_image_block import ManagedAgentsImageBlock
    from .managed_agents_search_result_block import ManagedAgentsSearchResultBlock
    from .managed_agents_text_block import ManagedAgentsTextBlock
    from .unknown_managed_agents_tool_result_content_block import (
        UnknownManagedAgentsToolResultContentBlock,
    )


if TYPE_CHECKING:
    ManagedAgentsToolResultContentBlock = TypeAliasType(
        "ManagedAgentsToolResultContentBlock",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsTextBlock,
                        ManagedAgentsImageBlock,
                        ManagedAgentsDocumentBlock,
                        ManagedAgentsSearchResultBlock,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsToolResultContentBlock,
                    AfterValidator(
                        unknown_tag("type", ["document", "image", "search_result", "text"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsToolResultContentBlock = lazy_union(
        "ManagedAgentsToolResultContentBlock",
        "type",
        {
            "text": ".managed_agents_text_block:ManagedAgentsTextBlock",
            "image": ".managed_agents_image_block:ManagedAgentsImageBlock",
            "document": ".managed_agents_document_block:ManagedAgentsDocumentBlock",
            "search_result": ".managed_agents_search_result_block:ManagedAgentsSearchResultBlock",
        },
        ".unknown_managed_agents_tool_result_content_block:UnknownManagedAgentsToolResultContentBlock",
        __package__,
    )
