# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .unknown_web_fetch_url_source_user_input import UnknownWebFetchURLSourceUserInput
    from .web_fetch_url_source_all import WebFetchURLSourceAll
    from .web_fetch_url_source_none import WebFetchURLSourceNone


if TYPE_CHECKING:
    WebFetchURLSourceUserInput = TypeAliasType(
        "WebFetchURLSourceUserInput",
        Annotated[
            Union[
                Annotated[
                    Union[
                        WebFetchURLSourceAll,
                        WebFetchURLSourceNone,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownWebFetchURLSourceUserInput,
                    AfterValidator(unknown_tag("type", ["all", "none"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    WebFetchURLSourceUserInput = lazy_union(
        "WebFetchURLSourceUserInput",
        "type",
        {
            "all": ".web_fetch_url_source_all:WebFetchURLSourceAll",
            "none": ".web_fetch_url_source_none:WebFetchURLSourceNone",
        },
        ".unknown_web_fetch_url_source_user_input:UnknownWebFetchURLSourceUserInput",
        __package__,
    )
