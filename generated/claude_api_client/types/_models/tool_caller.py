# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .direct_caller import DirectCaller
from .server_tool_caller import ServerToolCaller
from .server_tool_caller20260120 import ServerToolCaller20260120
from .unknown_tool_caller import UnknownToolCaller

ToolCaller = TypeAliasType(
    "ToolCaller",
    Annotated[
        Union[
            Annotated[DirectCaller, Tag("direct")],
            Annotated[ServerToolCaller, Tag("code_execution_20250825")],
            Annotated[ServerToolCaller20260120, Tag("code_execution_20260120")],
            Annotated[UnknownToolCaller, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type", ["code_execution_20250825", "code_execution_20260120", "direct"]
            )
        ),
    ],
)
