# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_cmek_disabled import GoogleManagedCMEKDisabled
    from .google_managed_cmek_enabled import GoogleManagedCMEKEnabled
    from .unknown_google_managed_cmek_control import UnknownGoogleManagedCMEKControl


if TYPE_CHECKING:
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
else:
    GoogleManagedCMEKControl = lazy_union(
        "GoogleManagedCMEKControl",
        "type",
        {
            "disabled": ".google_managed_cmek_disabled:GoogleManagedCMEKDisabled",
            "enabled": ".google_managed_cmek_enabled:GoogleManagedCMEKEnabled",
        },
        ".unknown_google_managed_cmek_control:UnknownGoogleManagedCMEKControl",
        __package__,
    )
