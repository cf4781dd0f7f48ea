# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .tool_search_tool_result_error import ToolSearchToolResultError
from .tool_search_tool_search_result_block import ToolSearchToolSearchResultBlock
from .unknown_tool_search_tool_result_content import UnknownToolSearchToolResultContent

ToolSearchToolResultContent = TypeAliasType(
    "ToolSearchToolResultContent",
    Annotated[
        Union[
            Annotated[ToolSearchToolResultError, Tag("tool_search_tool_result_error")],
            Annotated[ToolSearchToolSearchResultBlock, Tag("tool_search_tool_search_result")],
            Annotated[UnknownToolSearchToolResultContent, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type",
                ["tool_search_tool_result_error", "tool_search_tool_search_result"],
            )
        ),
    ],
)
