# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_base64_document_source import ManagedAgentsBase64DocumentSource
from .managed_agents_file_document_source import ManagedAgentsFileDocumentSource
from .managed_agents_plain_text_document_source import (
    ManagedAgentsPlainTextDocumentSource,
)
from .managed_agents_url_document_source import ManagedAgentsURLDocumentSource
from .unknown_managed_agents_document_source import UnknownManagedAgentsDocumentSource

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
