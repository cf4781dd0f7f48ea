# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .rbac_all_connectors_permission_resource import RBACAllConnectorsPermissionResource
from .rbac_connector_permission_resource import RBACConnectorPermissionResource
from .rbac_connector_scope_permission_resource import (
    RBACConnectorScopePermissionResource,
)
from .rbac_connector_tool_permission_resource import RBACConnectorToolPermissionResource
from .rbac_organization_permission_resource import RBACOrganizationPermissionResource
from .unknown_rbac_permission_resource import UnknownRBACPermissionResource

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
