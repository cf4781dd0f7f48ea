# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_base64_image_source import ManagedAgentsBase64ImageSource
    from .managed_agents_file_image_source import ManagedAgentsFileImageSource
    from .managed_agents_url_image_source import ManagedAgentsURLImageSource
    from .unknown_managed_agents_image_source import UnknownManagedAgentsImageSource


if TYPE_CHECKING:
    ManagedAgentsImageSource = TypeAliasType(
        "ManagedAgentsImageSource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBase64ImageSource,
                        ManagedAgentsURLImageSource,
                        ManagedAgentsFileImageSource,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsImageSource,
                    AfterValidator(unknown_tag("type", ["base64", "file", "url"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsImageSource = lazy_union(
        "ManagedAgentsImageSource",
        "type",
        {
            "base64": ".managed_agents_base64_image_source:ManagedAgentsBase64ImageSource",
            "url": ".managed_agents_url_image_source:ManagedAgentsURLImageSource",
            "file": ".managed_agents_file_image_source:ManagedAgentsFileImageSource",
        },
        ".unknown_managed_agents_image_source:UnknownManagedAgentsImageSource",
        __package__,
    )
