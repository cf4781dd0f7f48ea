# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .base64_pdf_source import Base64PDFSource
    from .plain_text_source import PlainTextSource
    from .unknown_document_source import UnknownDocumentSource


if TYPE_CHECKING:
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
else:
    DocumentSource = lazy_union(
        "DocumentSource",
        "type",
        {
            "base64": ".base64_pdf_source:Base64PDFSource",
            "text": ".plain_text_source:PlainTextSource",
        },
        ".unknown_document_source:UnknownDocumentSource",
        __package__,
    )
