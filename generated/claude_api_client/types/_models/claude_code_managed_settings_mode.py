# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .claude_code_managed_settings_organization_mode import (
        ClaudeCodeManagedSettingsOrganizationMode,
    )
    from .claude_code_managed_settings_rbac_groups_mode import (
        ClaudeCodeManagedSettingsRBACGroupsMode,
    )
    from .unknown_claude_code_managed_settings_mode import (
        UnknownClaudeCodeManagedSettingsMode,
    )


if TYPE_CHECKING:
    ClaudeCodeManagedSettingsMode = TypeAliasType(
        "ClaudeCodeManagedSettingsMode",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClaudeCodeManagedSettingsOrganizationMode,
                        ClaudeCodeManagedSettingsRBACGroupsMode,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownClaudeCodeManagedSettingsMode,
                    AfterValidator(unknown_tag("type", ["organization", "rbac_groups"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ClaudeCodeManagedSettingsMode = lazy_union(
        "ClaudeCodeManagedSettingsMode",
        "type",
        {
            "organization": ".claude_code_managed_settings_organization_mode:ClaudeCodeManagedSettingsOrganizationMode",
            "rbac_groups": ".claude_code_managed_settings_rbac_groups_mode:ClaudeCodeManagedSettingsRBACGroupsMode",
        },
        ".unknown_claude_code_managed_settings_mode:UnknownClaudeCodeManagedSettingsMode",
        __package__,
    )
