# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .base64_pdf_source import Base64PDFSource
from .plain_text_source import PlainTextSource
from .unknown_document_source import UnknownDocumentSource

DocumentSource = TypeAliasType(
    "DocumentSource",
    Annotated[
        Union[
            Annotated[Base64PDFSource, Tag("base64")],
            Annotated[PlainTextSource, Tag("text")],
            Annotated[UnknownDocumentSource, Tag("__unknown__")],
        ],
        Discriminator(open_discriminator("type", ["base64", "text"])),
    ],
)
