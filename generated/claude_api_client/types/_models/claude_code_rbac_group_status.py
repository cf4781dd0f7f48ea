# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .claude_code_rbac_group_status_active import ClaudeCodeRBACGroupStatusActive
    from .claude_code_rbac_group_status_deleted import ClaudeCodeRBACGroupStatusDeleted
    from .claude_code_rbac_group_status_unknown import ClaudeCodeRBACGroupStatusUnknown
    from .unknown_claude_code_rbac_group_status import UnknownClaudeCodeRBACGroupStatus


if TYPE_CHECKING:
    ClaudeCodeRBACGroupStatus = TypeAliasType(
        "ClaudeCodeRBACGroupStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClaudeCodeRBACGroupStatusActive,
                        ClaudeCodeRBACGroupStatusDeleted,
                        ClaudeCodeRBACGroupStatusUnknown,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownClaudeCodeRBACGroupStatus,
                    AfterValidator(unknown_tag("type", ["active", "deleted", "unknown"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ClaudeCodeRBACGroupStatus = lazy_union(
        "ClaudeCodeRBACGroupStatus",
        "type",
        {
            "active": ".claude_code_rbac_group_status_active:ClaudeCodeRBACGroupStatusActive",
            "deleted": ".claude_code_rbac_group_status_deleted:ClaudeCodeRBACGroupStatusDeleted",
            "unknown": ".claude_code_rbac_group_status_unknown:ClaudeCodeRBACGroupStatusUnknown",
        },
        ".unknown_claude_code_rbac_group_status:UnknownClaudeCodeRBACGroupStatus",
        __package__,
    )
