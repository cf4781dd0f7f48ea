# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .unknown_web_fetch_url_source_tool_filter import UnknownWebFetchURLSourceToolFilter
    from .web_fetch_url_source_all import WebFetchURLSourceAll
    from .web_fetch_url_source_except import WebFetchURLSourceExcept
    from .web_fetch_url_source_none import WebFetchURLSourceNone
    from .web_fetch_url_source_only import WebFetchURLSourceOnly


if TYPE_CHECKING:
    WebFetchURLSourceToolFilter = TypeAliasType(
        "WebFetchURLSourceToolFilter",
        Annotated[
            Union[
                Annotated[
                    Union[
                        WebFetchURLSourceAll,
                        WebFetchURLSourceNone,
                        WebFetchURLSourceOnly,
                        WebFetchURLSourceExcept,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownWebFetchURLSourceToolFilter,
                    AfterValidator(unknown_tag("type", ["all", "except", "none", "only"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    WebFetchURLSourceToolFilter = lazy_union(
        "WebFetchURLSourceToolFilter",
        "type",
        {
            "all": ".web_fetch_url_source_all:WebFetchURLSourceAll",
            "none": ".web_fetch_url_source_none:WebFetchURLSourceNone",
            "only": ".web_fetch_url_source_only:WebFetchURLSourceOnly",
            "except": ".web_fetch_url_source_except:WebFetchURLSourceExcept",
        },
        ".unknown_web_fetch_url_source_tool_filter:UnknownWebFetchURLSourceToolFilter",
        __package__,
    )
