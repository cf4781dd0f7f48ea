# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .citation_char_location import CitationCharLocation
    from .citation_content_block_location import CitationContentBlockLocation
    from .citation_page_location import CitationPageLocation
    from .citations_search_result_location import CitationsSearchResultLocation
    from .citations_web_search_result_location import CitationsWebSearchResultLocation
    from .unknown_text_citation import UnknownTextCitation


if TYPE_CHECKING:
    TextCitation = TypeAliasType(
        "TextCitation",
        Annotated[
            Union[
                Annotated[
                    Union[
                        CitationCharLocation,
                        CitationPageLocation,
                        CitationContentBlockLocation,
                        CitationsWebSearchResultLocation,
                        CitationsSearchResultLocation,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownTextCitation,
                    AfterValidator(
                        unknown_tag(
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
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    TextCitation = lazy_union(
        "TextCitation",
        "type",
        {
            "char_location": ".citation_char_location:CitationCharLocation",
            "page_location": ".citation_page_location:CitationPageLocation",
            "content_block_location": ".citation_content_block_location:CitationContentBlockLocation",
            "web_search_result_location": ".citations_web_search_result_location:CitationsWebSearchResultLocation",
            "search_result_location": ".citations_search_result_location:CitationsSearchResultLocation",
        },
        ".unknown_text_citation:UnknownTextCitation",
        __package__,
    )
