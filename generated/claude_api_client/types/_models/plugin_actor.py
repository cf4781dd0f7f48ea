# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .plugin_api_actor import PluginAPIActor
    from .plugin_user_actor import PluginUserActor
    from .unknown_plugin_actor import UnknownPluginActor


if TYPE_CHECKING:
    PluginActor = TypeAliasType(
        "PluginActor",
        Annotated[
            Union[
                Annotated[
                    Union[
                        PluginUserActor,
                        PluginAPIActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownPluginActor,
                    AfterValidator(unknown_tag("type", ["api_actor", "user_actor"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    PluginActor = lazy_union(
        "PluginActor",
        "type",
        {
            "user_actor": ".plugin_user_actor:PluginUserActor",
            "api_actor": ".plugin_api_actor:PluginAPIActor",
        },
        ".unknown_plugin_actor:UnknownPluginActor",
        __package__,
    )
