# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .rbac_all_connectors_permission_resource import RBACAllConnectorsPermissionResource
    from .rbac_connector_permission_resource import RBACConnectorPermissionResource
    from .rbac_connector_scope_permission_resource import (
        RBACConnectorScopePermissionResource,
    )
    from .rbac_connector_tool_permission_resource import RBACConnectorToolPermissionResource
    from .rbac_organization_permission_resource import RBACOrganizationPermissionResource
    from .unknown_rbac_permission_resource import UnknownRBACPermissionResource


if TYPE_CHECKING:
    RBACPermissionResource = TypeAliasType(
        "RBACPermissionResource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        RBACOrganizationPermissionResource,
                        RBACConnectorToolPermissionResource,
                        RBACConnectorScopePermissionResource,
                        RBACConnectorPermissionResource,
                        RBACAllConnectorsPermissionResource,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownRBACPermissionResource,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "all_connectors",
                                "connector",
                                "connector_scope",
                                "connector_tool",
                                "organization",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    RBACPermissionResource = lazy_union(
        "RBACPermissionResource",
        "type",
        {
            "organization": ".rbac_organization_permission_resource:RBACOrganizationPermissionResource",
            "connector_tool": ".rbac_connector_tool_permission_resource:RBACConnectorToolPermissionResource",
            "connector_scope": ".rbac_connector_scope_permission_resource:RBACConnectorScopePermissionResource",
            "connector": ".rbac_connector_permission_resource:RBACConnectorPermissionResource",
            "all_connectors": ".rbac_all_connectors_permission_resource:RBACAllConnectorsPermissionResource",
        },
        ".unknown_rbac_permission_resource:UnknownRBACPermissionResource",
        __package__,
    )
