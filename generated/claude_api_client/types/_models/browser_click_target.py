# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .browser_coordinate_target import BrowserCoordinateTarget
    from .browser_ref_target import BrowserRefTarget
    from .unknown_browser_click_target import UnknownBrowserClickTarget


if TYPE_CHECKING:
    BrowserClickTarget = TypeAliasType(
        "BrowserClickTarget",
        Annotated[
            Union[
                Annotated[
                    Union[
                        BrowserCoordinateTarget,
                        BrowserRefTarget,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownBrowserClickTarget,
                    AfterValidator(unknown_tag("type", ["coordinate", "ref"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    BrowserClickTarget = lazy_union(
        "BrowserClickTarget",
        "type",
        {
            "coordinate": ".browser_coordinate_target:BrowserCoordinateTarget",
            "ref": ".browser_ref_target:BrowserRefTarget",
        },
        ".unknown_browser_click_target:UnknownBrowserClickTarget",
        __package__,
    )
