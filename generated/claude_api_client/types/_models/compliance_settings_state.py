# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .compliance_settings_state_disabled import ComplianceSettingsStateDisabled
    from .compliance_settings_state_enabled import ComplianceSettingsStateEnabled
    from .unknown_compliance_settings_state import UnknownComplianceSettingsState


if TYPE_CHECKING:
    ComplianceSettingsState = TypeAliasType(
        "ComplianceSettingsState",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ComplianceSettingsStateEnabled,
                        ComplianceSettingsStateDisabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownComplianceSettingsState,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ComplianceSettingsState = lazy_union(
        "ComplianceSettingsState",
        "type",
        {
            "enabled": ".compliance_settings_state_enabled:ComplianceSettingsStateEnabled",
            "disabled": ".compliance_settings_state_disabled:ComplianceSettingsStateDisabled",
        },
        ".unknown_compliance_settings_state:UnknownComplianceSettingsState",
        __package__,
    )
