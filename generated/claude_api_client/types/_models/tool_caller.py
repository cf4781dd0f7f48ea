# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .direct_caller import DirectCaller
    from .server_tool_caller import ServerToolCaller
    from .server_tool_caller20260120 import ServerToolCaller20260120
    from .unknown_tool_caller import UnknownToolCaller


if TYPE_CHECKING:
    ToolCaller = TypeAliasType(
        "ToolCaller",
        Annotated[
            Union[
                Annotated[
                    Union[
                        DirectCaller,
                        ServerToolCaller,
                        ServerToolCaller20260120,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownToolCaller,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "code_execution_20250825",
                                "code_execution_20260120",
                                "direct",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ToolCaller = lazy_union(
        "ToolCaller",
        "type",
        {
            "direct": ".direct_caller:DirectCaller",
            "code_execution_20250825": ".server_tool_caller:ServerToolCaller",
            "code_execution_20260120": ".server_tool_caller20260120:ServerToolCaller20260120",
        },
        ".unknown_tool_caller:UnknownToolCaller",
        __package__,
    )
