# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .tool_search_tool_result_error import ToolSearchToolResultError
    from .tool_search_tool_search_result_block import ToolSearchToolSearchResultBlock
    from .unknown_tool_search_tool_result_content import UnknownToolSearchToolResultContent


if TYPE_CHECKING:
    ToolSearchToolResultContent = TypeAliasType(
        "ToolSearchToolResultContent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ToolSearchToolResultError,
                        ToolSearchToolSearchResultBlock,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownToolSearchToolResultContent,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "tool_search_tool_result_error",
                                "tool_search_tool_search_result",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ToolSearchToolResultContent = lazy_union(
        "ToolSearchToolResultContent",
        "type",
        {
            "tool_search_tool_result_error": ".tool_search_tool_result_error:ToolSearchToolResultError",
            "tool_search_tool_search_result": ".tool_search_tool_search_result_block:ToolSearchToolSearchResultBlock",
        },
        ".unknown_tool_search_tool_result_content:UnknownToolSearchToolResultContent",
        __package__,
    )
