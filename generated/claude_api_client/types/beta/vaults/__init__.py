# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.managed_agents_credential import (
        ManagedAgentsCredential as BetaManagedAgentsCredential,
    )
    from ..._models.managed_agents_credential_validation import (
        ManagedAgentsCredentialValidation as BetaManagedAgentsCredentialValidation,
    )
    from ..._models.managed_agents_credential_validation_status import (
        ManagedAgentsCredentialValidationStatus as BetaManagedAgentsCredentialValidationStatus,
    )
    from ..._models.managed_agents_deleted_credential import (
        ManagedAgentsDeletedCredential as BetaManagedAgentsDeletedCredential,
    )
    from ..._models.managed_agents_environment_variable_auth_response import (
        ManagedAgentsEnvironmentVariableAuthResponse as BetaManagedAgentsEnvironmentVariableAuthResponse,
    )
    from ..._models.managed_agents_injection_location_response import (
        ManagedAgentsInjectionLocationResponse as BetaManagedAgentsInjectionLocationResponse,
    )
    from ..._models.managed_agents_limited_credential_networking_response import (
        ManagedAgentsLimitedCredentialNetworkingResponse as BetaManagedAgentsLimitedCredentialNetworkingResponse,
    )
    from ..._models.managed_agents_mcp_oauth_auth_response import (
        ManagedAgentsMcpOauthAuthResponse as BetaManagedAgentsMCPOAuthAuthResponse,
    )
    from ..._models.managed_agents_mcp_oauth_refresh_response import (
        ManagedAgentsMcpOauthRefreshResponse as BetaManagedAgentsMCPOAuthRefreshResponse,
    )
    from ..._models.managed_agents_mcp_probe import (
        ManagedAgentsMcpProbe as BetaManagedAgentsMCPProbe,
    )
    from ..._models.managed_agents_refresh_http_response import (
        ManagedAgentsRefreshHttpResponse as BetaManagedAgentsRefreshHTTPResponse,
    )
    from ..._models.managed_agents_refresh_object import (
        ManagedAgentsRefreshObject as BetaManagedAgentsRefreshObject,
    )
    from ..._models.managed_agents_static_bearer_auth_response import (
        ManagedAgentsStaticBearerAuthResponse as BetaManagedAgentsStaticBearerAuthResponse,
    )
    from ..._models.managed_agents_token_endpoint_auth_basic_response import (
        ManagedAgentsTokenEndpointAuthBasicResponse as BetaManagedAgentsTokenEndpointAuthBasicResponse,
    )
    from ..._models.managed_agents_token_endpoint_auth_none_response import (
        ManagedAgentsTokenEndpointAuthNoneResponse as BetaManagedAgentsTokenEndpointAuthNoneResponse,
    )
    from ..._models.managed_agents_token_endpoint_auth_post_response import (
        ManagedAgentsTokenEndpointAuthPostResponse as BetaManagedAgentsTokenEndpointAuthPostResponse,
    )
    from ..._models.managed_agents_unrestricted_credential_networking_response import (
        ManagedAgentsUnrestrictedCredentialNetworkingResponse as BetaManagedAgentsUnrestrictedCredentialNetworkingResponse,
    )
    from ..._params.credential_create_params import CredentialCreateParams as CredentialCreateParams
    from ..._params.credential_list_params import CredentialListParams as CredentialListParams
    from ..._params.credential_update_params import CredentialUpdateParams as CredentialUpdateParams
    from ..._params.managed_agents_credential_networking_params import (
        ManagedAgentsCredentialNetworkingParams as BetaManagedAgentsCredentialNetworkingParams,
    )
    from ..._params.managed_agents_environment_variable_create_params import (
        ManagedAgentsEnvironmentVariableCreateParams as BetaManagedAgentsEnvironmentVariableCreateParams,
    )
    from ..._params.managed_agents_environment_variable_update_params import (
        ManagedAgentsEnvironmentVariableUpdateParams as BetaManagedAgentsEnvironmentVariableUpdateParams,
    )
    from ..._params.managed_agents_injection_location_params import (
        ManagedAgentsInjectionLocationParams as BetaManagedAgentsInjectionLocationParams,
    )
    from ..._params.managed_agents_injection_location_update_params import (
        ManagedAgentsInjectionLocationUpdateParams as BetaManagedAgentsInjectionLocationUpdateParams,
    )
    from ..._params.managed_agents_limited_credential_networking_params import (
        ManagedAgentsLimitedCredentialNetworkingParams as BetaManagedAgentsLimitedCredentialNetworkingParams,
    )
    from ..._params.managed_agents_mcp_oauth_create_params import (
        ManagedAgentsMcpOauthCreateParams as BetaManagedAgentsMCPOAuthCreateParams,
    )
    from ..._params.managed_agents_mcp_oauth_refresh_params import (
        ManagedAgentsMcpOauthRefreshParams as BetaManagedAgentsMCPOAuthRefreshParams,
    )
    from ..._params.managed_agents_mcp_oauth_refresh_update_params import (
        ManagedAgentsMcpOauthRefreshUpdateParams as BetaManagedAgentsMCPOAuthRefreshUpdateParams,
    )
    from ..._params.managed_agents_mcp_oauth_update_params import (
        ManagedAgentsMcpOauthUpdateParams as BetaManagedAgentsMCPOAuthUpdateParams,
    )
    from ..._params.managed_agents_static_bearer_create_params import (
        ManagedAgentsStaticBearerCreateParams as BetaManagedAgentsStaticBearerCreateParams,
    )
    from ..._params.managed_agents_static_bearer_update_params import (
        ManagedAgentsStaticBearerUpdateParams as BetaManagedAgentsStaticBearerUpdateParams,
    )
    from ..._params.managed_agents_token_endpoint_auth_basic_param import (
        ManagedAgentsTokenEndpointAuthBasicParam as BetaManagedAgentsTokenEndpointAuthBasicParam,
    )
    from ..._params.managed_agents_token_endpoint_auth_basic_update_param import (
        ManagedAgentsTokenEndpointAuthBasicUpdateParam as BetaManagedAgentsTokenEndpointAuthBasicUpdateParam,
    )
    from ..._params.managed_agents_token_endpoint_auth_none_param import (
        ManagedAgentsTokenEndpointAuthNoneParam as BetaManagedAgentsTokenEndpointAuthNoneParam,
    )
    from ..._params.managed_agents_token_endpoint_auth_post_param import (
        ManagedAgentsTokenEndpointAuthPostParam as BetaManagedAgentsTokenEndpointAuthPostParam,
    )
    from ..._params.managed_agents_token_endpoint_auth_post_update_param import (
        ManagedAgentsTokenEndpointAuthPostUpdateParam as BetaManagedAgentsTokenEndpointAuthPostUpdateParam,
    )
    from ..._params.managed_agents_unrestricted_credential_networking_params import (
        ManagedAgentsUnrestrictedCredentialNetworkingParams as BetaManagedAgentsUnrestrictedCredentialNetworkingParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaManagedAgentsCredential": ("_models.managed_agents_credential", "ManagedAgentsCredential"),
    "BetaManagedAgentsCredentialNetworkingParams": (
        "_params.managed_agents_credential_networking_params",
        "ManagedAgentsCredentialNetworkingParams",
    ),
    "BetaManagedAgentsCredentialValidation": (
        "_models.managed_agents_credential_validation",
        "ManagedAgentsCredentialValidation",
    ),
    "BetaManagedAgentsCredentialValidationStatus": (
        "_models.managed_agents_credential_validation_status",
        "ManagedAgentsCredentialValidationStatus",
    ),
    "BetaManagedAgentsDeletedCredential": (
        "_models.managed_agents_deleted_credential",
        "ManagedAgentsDeletedCredential",
    ),
    "BetaManagedAgentsEnvironmentVariableAuthResponse": (
        "_models.managed_agents_environment_variable_auth_response",
        "ManagedAgentsEnvironmentVariableAuthResponse",
    ),
    "BetaManagedAgentsEnvironmentVariableCreateParams": (
        "_params.managed_agents_environment_variable_create_params",
        "ManagedAgentsEnvironmentVariableCreateParams",
    ),
    "BetaManagedAgentsEnvironmentVariableUpdateParams": (
        "_params.managed_agents_environment_variable_update_params",
        "ManagedAgentsEnvironmentVariableUpdateParams",
    ),
    "BetaManagedAgentsInjectionLocationParams": (
        "_params.managed_agents_injection_location_params",
        "ManagedAgentsInjectionLocationParams",
    ),
    "BetaManagedAgentsInjectionLocationResponse": (
        "_models.managed_agents_injection_location_response",
        "ManagedAgentsInjectionLocationResponse",
    ),
    "BetaManagedAgentsInjectionLocationUpdateParams": (
        "_params.managed_agents_injection_location_update_params",
        "ManagedAgentsInjectionLocationUpdateParams",
    ),
    "BetaManagedAgentsLimitedCredentialNetworkingParams": (
        "_params.managed_agents_limited_credential_networking_params",
        "ManagedAgentsLimitedCredentialNetworkingParams",
    ),
    "BetaManagedAgentsLimitedCredentialNetworkingResponse": (
        "_models.managed_agents_limited_credential_networking_response",
        "ManagedAgentsLimitedCredentialNetworkingResponse",
    ),
    "BetaManagedAgentsMCPOAuthAuthResponse": (
        "_models.managed_agents_mcp_oauth_auth_response",
        "ManagedAgentsMcpOauthAuthResponse",
    ),
    "BetaManagedAgentsMCPOAuthCreateParams": (
        "_params.managed_agents_mcp_oauth_create_params",
        "ManagedAgentsMcpOauthCreateParams",
    ),
    "BetaManagedAgentsMCPOAuthRefreshParams": (
        "_params.managed_agents_mcp_oauth_refresh_params",
        "ManagedAgentsMcpOauthRefreshParams",
    ),
    "BetaManagedAgentsMCPOAuthRefreshResponse": (
        "_models.managed_agents_mcp_oauth_refresh_response",
        "ManagedAgentsMcpOauthRefreshResponse",
    ),
    "BetaManagedAgentsMCPOAuthRefreshUpdateParams": (
        "_params.managed_agents_mcp_oauth_refresh_update_params",
        "ManagedAgentsMcpOauthRefreshUpdateParams",
    ),
    "BetaManagedAgentsMCPOAuthUpdateParams": (
        "_params.managed_agents_mcp_oauth_update_params",
        "ManagedAgentsMcpOauthUpdateParams",
    ),
    "BetaManagedAgentsMCPProbe": ("_models.managed_agents_mcp_probe", "ManagedAgentsMcpProbe"),
    "BetaManagedAgentsRefreshHTTPResponse": (
        "_models.managed_agents_refresh_http_response",
        "ManagedAgentsRefreshHttpResponse",
    ),
    "BetaManagedAgentsRefreshObject": (
        "_models.managed_agents_refresh_object",
        "ManagedAgentsRefreshObject",
    ),
    "BetaManagedAgentsStaticBearerAuthResponse": (
        "_models.managed_agents_static_bearer_auth_response",
        "ManagedAgentsStaticBearerAuthResponse",
    ),
    "BetaManagedAgentsStaticBearerCreateParams": (
        "_params.managed_agents_static_bearer_create_params",
        "ManagedAgentsStaticBearerCreateParams",
    ),
    "BetaManagedAgentsStaticBearerUpdateParams": (
        "_params.managed_agents_static_bearer_update_params",
        "ManagedAgentsStaticBearerUpdateParams",
    ),
    "BetaManagedAgentsTokenEndpointAuthBasicParam": (
        "_params.managed_agents_token_endpoint_auth_basic_param",
        "ManagedAgentsTokenEndpointAuthBasicParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthBasicResponse": (
        "_models.managed_agents_token_endpoint_auth_basic_response",
        "ManagedAgentsTokenEndpointAuthBasicResponse",
    ),
    "BetaManagedAgentsTokenEndpointAuthBasicUpdateParam": (
        "_params.managed_agents_token_endpoint_auth_basic_update_param",
        "ManagedAgentsTokenEndpointAuthBasicUpdateParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthNoneParam": (
        "_params.managed_agents_token_endpoint_auth_none_param",
        "ManagedAgentsTokenEndpointAuthNoneParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthNoneResponse": (
        "_models.managed_agents_token_endpoint_auth_none_response",
        "ManagedAgentsTokenEndpointAuthNoneResponse",
    ),
    "BetaManagedAgentsTokenEndpointAuthPostParam": (
        "_params.managed_agents_token_endpoint_auth_post_param",
        "ManagedAgentsTokenEndpointAuthPostParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthPostResponse": (
        "_models.managed_agents_token_endpoint_auth_post_response",
        "ManagedAgentsTokenEndpointAuthPostResponse",
    ),
    "BetaManagedAgentsTokenEndpointAuthPostUpdateParam": (
        "_params.managed_agents_token_endpoint_auth_post_update_param",
        "ManagedAgentsTokenEndpointAuthPostUpdateParam",
    ),
    "BetaManagedAgentsUnrestrictedCredentialNetworkingParams": (
        "_params.managed_agents_unrestricted_credential_networking_params",
        "ManagedAgentsUnrestrictedCredentialNetworkingParams",
    ),
    "BetaManagedAgentsUnrestrictedCredentialNetworkingResponse": (
        "_models.managed_agents_unrestricted_credential_networking_response",
        "ManagedAgentsUnrestrictedCredentialNetworkingResponse",
    ),
    "CredentialCreateParams": ("_params.credential_create_params", "CredentialCreateParams"),
    "CredentialListParams": ("_params.credential_list_params", "CredentialListParams"),
    "CredentialUpdateParams": ("_params.credential_update_params", "CredentialUpdateParams"),
}

__all__ = [
    "BetaManagedAgentsCredential",
    "BetaManagedAgentsCredentialNetworkingParams",
    "BetaManagedAgentsCredentialValidation",
    "BetaManagedAgentsCredentialValidationStatus",
    "BetaManagedAgentsDeletedCredential",
    "BetaManagedAgentsEnvironmentVariableAuthResponse",
    "BetaManagedAgentsEnvironmentVariableCreateParams",
    "BetaManagedAgentsEnvironmentVariableUpdateParams",
    "BetaManagedAgentsInjectionLocationParams",
    "BetaManagedAgentsInjectionLocationResponse",
    "BetaManagedAgentsInjectionLocationUpdateParams",
    "BetaManagedAgentsLimitedCredentialNetworkingParams",
    "BetaManagedAgentsLimitedCredentialNetworkingResponse",
    "BetaManagedAgentsMCPOAuthAuthResponse",
    "BetaManagedAgentsMCPOAuthCreateParams",
    "BetaManagedAgentsMCPOAuthRefreshParams",
    "BetaManagedAgentsMCPOAuthRefreshResponse",
    "BetaManagedAgentsMCPOAuthRefreshUpdateParams",
    "BetaManagedAgentsMCPOAuthUpdateParams",
    "BetaManagedAgentsMCPProbe",
    "BetaManagedAgentsRefreshHTTPResponse",
    "BetaManagedAgentsRefreshObject",
    "BetaManagedAgentsStaticBearerAuthResponse",
    "BetaManagedAgentsStaticBearerCreateParams",
    "BetaManagedAgentsStaticBearerUpdateParams",
    "BetaManagedAgentsTokenEndpointAuthBasicParam",
    "BetaManagedAgentsTokenEndpointAuthBasicResponse",
    "BetaManagedAgentsTokenEndpointAuthBasicUpdateParam",
    "BetaManagedAgentsTokenEndpointAuthNoneParam",
    "BetaManagedAgentsTokenEndpointAuthNoneResponse",
    "BetaManagedAgentsTokenEndpointAuthPostParam",
    "BetaManagedAgentsTokenEndpointAuthPostResponse",
    "BetaManagedAgentsTokenEndpointAuthPostUpdateParam",
    "BetaManagedAgentsUnrestrictedCredentialNetworkingParams",
    "BetaManagedAgentsUnrestrictedCredentialNetworkingResponse",
    "CredentialCreateParams",
    "CredentialListParams",
    "CredentialUpdateParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
