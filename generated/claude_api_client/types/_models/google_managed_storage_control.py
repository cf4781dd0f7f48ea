# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_storage_disabled import GoogleManagedStorageDisabled
    from .google_managed_storage_enabled import GoogleManagedStorageEnabled
    from .unknown_google_managed_storage_control import UnknownGoogleManagedStorageControl


if TYPE_CHECKING:
    GoogleManagedStorageControl = TypeAliasType(
        "GoogleManagedStorageControl",
        Annotated[
            Union[
                Annotated[
                    Union[
                        GoogleManagedStorageDisabled,
                        GoogleManagedStorageEnabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownGoogleManagedStorageControl,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    GoogleManagedStorageControl = lazy_union(
        "GoogleManagedStorageControl",
        "type",
        {
            "disabled": ".google_managed_storage_disabled:GoogleManagedStorageDisabled",
            "enabled": ".google_managed_storage_enabled:GoogleManagedStorageEnabled",
        },
        ".unknown_google_managed_storage_control:UnknownGoogleManagedStorageControl",
        __package__,
    )
