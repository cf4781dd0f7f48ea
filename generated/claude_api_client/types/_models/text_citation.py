# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .citation_char_location import CitationCharLocation
from .citation_content_block_location import CitationContentBlockLocation
from .citation_page_location import CitationPageLocation
from .citations_search_result_location import CitationsSearchResultLocation
from .citations_web_search_result_location import CitationsWebSearchResultLocation
from .unknown_text_citation import UnknownTextCitation

TextCitation = TypeAliasType(
    "TextCitation",
    Annotated[
        Union[
            Annotated[CitationCharLocation, Tag("char_location")],
            Annotated[CitationPageLocation, Tag("page_location")],
            Annotated[CitationContentBlockLocation, Tag("content_block_location")],
            Annotated[CitationsWebSearchResultLocation, Tag("web_search_result_location")],
            Annotated[CitationsSearchResultLocation, Tag("search_result_location")],
            Annotated[UnknownTextCitation, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type",
                [
                    "char_location",
                    "content_block_location",
                    "page_location",
                    "search_result_location",
                    "web_search_result_location",
                ],
            )
        ),
    ],
)
