# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .unknown_web_fetch_tool_result_content import UnknownWebFetchToolResultContent
from .web_fetch_block import WebFetchBlock
from .web_fetch_tool_result_error_block import WebFetchToolResultErrorBlock

WebFetchToolResultContent = TypeAliasType(
    "WebFetchToolResultContent",
    Annotated[
        Union[
            Annotated[WebFetchToolResultErrorBlock, Tag("web_fetch_tool_result_error")],
            Annotated[WebFetchBlock, Tag("web_fetch_result")],
            Annotated[UnknownWebFetchToolResultContent, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator("type", ["web_fetch_result", "web_fetch_tool_result_error"])
        ),
    ],
)
