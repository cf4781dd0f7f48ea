# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_project_storage_disabled import GoogleManagedProjectStorageDisabled
    from .google_managed_project_storage_enabled import GoogleManagedProjectStorageEnabled
    from .unknown_google_managed_project_storage_control import (
        UnknownGoogleManagedProjectStorageControl,
    )


if TYPE_CHECKING:
    GoogleManagedProjectStorageControl = TypeAliasType(
        "GoogleManagedProjectStorageControl",
        Annotated[
            Union[
                Annotated[
                    Union[
                        GoogleManagedProjectStorageDisabled,
                        GoogleManagedProjectStorageEnabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownGoogleManagedProjectStorageControl,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    GoogleManagedProjectStorageControl = lazy_union(
        "GoogleManagedProjectStorageControl",
        "type",
        {
            "disabled": ".google_managed_project_storage_disabled:GoogleManagedProjectStorageDisabled",
            "enabled": ".google_managed_project_storage_enabled:GoogleManagedProjectStorageEnabled",
        },
        ".unknown_google_managed_project_storage_control:UnknownGoogleManagedProjectStorageControl",
        __package__,
    )
