# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .unknown_web_fetch_tool_result_content import UnknownWebFetchToolResultContent
    from .web_fetch_block import WebFetchBlock
    from .web_fetch_tool_result_error_block import WebFetchToolResultErrorBlock


if TYPE_CHECKING:
    WebFetchToolResultContent = TypeAliasType(
        "WebFetchToolResultContent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        WebFetchToolResultErrorBlock,
                        WebFetchBlock,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownWebFetchToolResultContent,
                    AfterValidator(
                        unknown_tag("type", ["web_fetch_result", "web_fetch_tool_result_error"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    WebFetchToolResultContent = lazy_union(
        "WebFetchToolResultContent",
        "type",
        {
            "web_fetch_tool_result_error": ".web_fetch_tool_result_error_block:WebFetchToolResultErrorBlock",
            "web_fetch_result": ".web_fetch_block:WebFetchBlock",
        },
        ".unknown_web_fetch_tool_result_content:UnknownWebFetchToolResultContent",
        __package__,
    )
