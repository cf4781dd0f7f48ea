# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_document_block import ManagedAgentsDocumentBlock
from .managed_agents_image_block import ManagedAgentsImageBlock
from .managed_agents_search_result_block import ManagedAgentsSearchResultBlock
from .managed_agents_text_block import ManagedAgentsTextBlock
from .unknown_managed_agents_tool_result_content_block import (
    UnknownManagedAgentsToolResultContentBlock,
)

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
                AfterValidator(unknown_tag("type", ["document", "image", "search_result", "text"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
