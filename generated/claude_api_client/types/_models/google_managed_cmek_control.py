# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .google_managed_cmek_disabled import GoogleManagedCMEKDisabled
from .google_managed_cmek_enabled import GoogleManagedCMEKEnabled
from .unknown_google_managed_cmek_control import UnknownGoogleManagedCMEKControl

GoogleManagedCMEKControl = TypeAliasType(
    "GoogleManagedCMEKControl",
    Annotated[
        Union[
            Annotated[
                Union[
                    GoogleManagedCMEKDisabled,
                    GoogleManagedCMEKEnabled,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownGoogleManagedCMEKControl,
                AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
