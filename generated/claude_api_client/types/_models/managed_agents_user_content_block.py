# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_document_block import ManagedAgentsDocumentBlock
    from .managed_agents_image_block import ManagedAgentsImageBlock
    from .managed_agents_redacted_block import ManagedAgentsRedactedBlock
    from .managed_agents_text_block import ManagedAgentsTextBlock
    from .unknown_managed_agents_user_content_block import (
        UnknownManagedAgentsUserContentBlock,
    )


if TYPE_CHECKING:
    ManagedAgentsUserContentBlock = TypeAliasType(
        "ManagedAgentsUserContentBlock",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsTextBlock,
                        ManagedAgentsImageBlock,
                        ManagedAgentsDocumentBlock,
                        ManagedAgentsRedactedBlock,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsUserContentBlock,
                    AfterValidator(unknown_tag("type", ["document", "image", "redacted", "text"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsUserContentBlock = lazy_union(
        "ManagedAgentsUserContentBlock",
        "type",
        {
            "text": ".managed_agents_text_block:ManagedAgentsTextBlock",
            "image": ".managed_agents_image_block:ManagedAgentsImageBlock",
            "document": ".managed_agents_document_block:ManagedAgentsDocumentBlock",
            "redacted": ".managed_agents_redacted_block:ManagedAgentsRedactedBlock",
        },
        ".unknown_managed_agents_user_content_block:UnknownManagedAgentsUserContentBlock",
        __package__,
    )
