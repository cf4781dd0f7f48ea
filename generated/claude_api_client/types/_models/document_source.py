# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .base64_pdf_source import Base64PDFSource
from .plain_text_source import PlainTextSource
from .unknown_document_source import UnknownDocumentSource

DocumentSource = TypeAliasType(
    "DocumentSource",
    Annotated[
        Union[
            Annotated[
                Union[
                    Base64PDFSource,
                    PlainTextSource,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownDocumentSource,
                AfterValidator(unknown_tag("type", ["base64", "text"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
