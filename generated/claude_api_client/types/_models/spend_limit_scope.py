# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .spend_limit_organization_scope import SpendLimitOrganizationScope
    from .spend_limit_organization_service_scope import SpendLimitOrganizationServiceScope
    from .spend_limit_rbac_group_scope import SpendLimitRBACGroupScope
    from .spend_limit_seat_tier_scope import SpendLimitSeatTierScope
    from .spend_limit_usage_tier_scope import SpendLimitUsageTierScope
    from .spend_limit_user_scope import SpendLimitUserScope
    from .spend_limit_workspace_scope import SpendLimitWorkspaceScope
    from .unknown_spend_limit_scope import UnknownSpendLimitScope


if TYPE_CHECKING:
    SpendLimitScope = TypeAliasType(
        "SpendLimitScope",
        Annotated[
            Union[
                Annotated[
                    Union[
                        SpendLimitUserScope,
                        SpendLimitSeatTierScope,
                        SpendLimitRBACGroupScope,
                        SpendLimitOrganizationServiceScope,
                        SpendLimitOrganizationScope,
                        SpendLimitWorkspaceScope,
                        SpendLimitUsageTierScope,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownSpendLimitScope,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "organization",
                                "organization_service",
                                "rbac_group",
                                "seat_tier",
                                "usage_tier",
                                "user",
                                "workspace",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    SpendLimitScope = lazy_union(
        "SpendLimitScope",
        "type",
        {
            "user": ".spend_limit_user_scope:SpendLimitUserScope",
            "seat_tier": ".spend_limit_seat_tier_scope:SpendLimitSeatTierScope",
            "rbac_group": ".spend_limit_rbac_group_scope:SpendLimitRBACGroupScope",
            "organization_service": ".spend_limit_organization_service_scope:SpendLimitOrganizationServiceScope",
            "organization": ".spend_limit_organization_scope:SpendLimitOrganizationScope",
            "workspace": ".spend_limit_workspace_scope:SpendLimitWorkspaceScope",
            "usage_tier": ".spend_limit_usage_tier_scope:SpendLimitUsageTierScope",
        },
        ".unknown_spend_limit_scope:UnknownSpendLimitScope",
        __package__,
    )
