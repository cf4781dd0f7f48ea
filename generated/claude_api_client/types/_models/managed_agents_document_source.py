# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_base64_document_source import ManagedAgentsBase64DocumentSource
    from .managed_agents_file_document_source import ManagedAgentsFileDocumentSource
    from .managed_agents_plain_text_document_source import (
        ManagedAgentsPlainTextDocumentSource,
    )
    from .managed_agents_url_document_source import ManagedAgentsURLDocumentSource
    from .unknown_managed_agents_document_source import UnknownManagedAgentsDocumentSource


if TYPE_CHECKING:
    ManagedAgentsDocumentSource = TypeAliasType(
        "ManagedAgentsDocumentSource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBase64DocumentSource,
                        ManagedAgentsPlainTextDocumentSource,
                        ManagedAgentsURLDocumentSource,
                        ManagedAgentsFileDocumentSource,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsDocumentSource,
                    AfterValidator(unknown_tag("type", ["base64", "file", "text", "url"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsDocumentSource = lazy_union(
        "ManagedAgentsDocumentSource",
        "type",
        {
            "base64": ".managed_agents_base64_document_source:ManagedAgentsBase64DocumentSource",
            "text": ".managed_agents_plain_text_document_source:ManagedAgentsPlainTextDocumentSource",
            "url": ".managed_agents_url_document_source:ManagedAgentsURLDocumentSource",
            "file": ".managed_agents_file_document_source:ManagedAgentsFileDocumentSource",
        },
        ".unknown_managed_agents_document_source:UnknownManagedAgentsDocumentSource",
        __package__,
    )
