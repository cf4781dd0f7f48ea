# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .google_managed_storage_disabled import GoogleManagedStorageDisabled
from .google_managed_storage_enabled import GoogleManagedStorageEnabled
from .unknown_google_managed_storage_control import UnknownGoogleManagedStorageControl

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
