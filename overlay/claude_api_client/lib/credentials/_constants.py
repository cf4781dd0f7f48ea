"""The fixed facts of the credentials system: environment variables, the token endpoint and its
beta flags, refresh windows and the size caps of everything read from disk or the network."""

from __future__ import annotations

# Environment: static credentials, the config directory, profile selection, federation.
ENV_API_KEY = "ANTHROPIC_API_KEY"
ENV_AUTH_TOKEN = "ANTHROPIC_AUTH_TOKEN"
ENV_BASE_URL = "ANTHROPIC_BASE_URL"
ENV_CONFIG_DIR = "ANTHROPIC_CONFIG_DIR"
ENV_PROFILE = "ANTHROPIC_PROFILE"
ENV_IDENTITY_TOKEN = "ANTHROPIC_IDENTITY_TOKEN"
ENV_IDENTITY_TOKEN_FILE = "ANTHROPIC_IDENTITY_TOKEN_FILE"
ENV_FEDERATION_RULE_ID = "ANTHROPIC_FEDERATION_RULE_ID"
ENV_ORGANIZATION_ID = "ANTHROPIC_ORGANIZATION_ID"
ENV_SERVICE_ACCOUNT_ID = "ANTHROPIC_SERVICE_ACCOUNT_ID"
ENV_WORKSPACE_ID = "ANTHROPIC_WORKSPACE_ID"
ENV_SCOPE = "ANTHROPIC_SCOPE"

DEFAULT_BASE_URL = "https://api.anthropic.com"
DEFAULT_PROFILE = "default"

# The OAuth token endpoint (RFC 6749 / RFC 7523 grants), relative to the API's base URL.
TOKEN_ENDPOINT = "/v1/oauth/token"
GRANT_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
GRANT_REFRESH_TOKEN = "refresh_token"
TOKEN_EXCHANGE_TIMEOUT = 30.0

# Sent on every API request authorised by a minted or profile token, and on refresh grants.
OAUTH_BETA = "oauth-2025-04-20"
# Sent, with OAUTH_BETA, on jwt-bearer exchanges only.
FEDERATION_BETA = "oidc-federation-2026-04-01"

# Seconds before expiry: inside ADVISORY a refresh is tried (the old token still served if it
# fails); inside MANDATORY the token is not served any more.
ADVISORY_REFRESH_SECONDS = 120
MANDATORY_REFRESH_SECONDS = 30
# After a failed advisory refresh, the old token is served this long before trying again.
ADVISORY_BACKOFF_SECONDS = 5

# On-disk formats.
AUTH_OIDC_FEDERATION = "oidc_federation"
AUTH_USER_OAUTH = "user_oauth"
CREDENTIALS_TYPE = "oauth_token"
FILE_VERSION = "1.0"

# Caps: a config or credentials file, an identity token file, the assertion sent, a token
# endpoint's response, and how much of an error body an exception keeps.
MAX_CONFIG_FILE_BYTES = 1 << 20
MAX_IDENTITY_TOKEN_FILE_BYTES = 64 * 1024
MAX_ASSERTION_BYTES = 16 * 1024
MAX_TOKEN_RESPONSE_BYTES = 1 << 20
MAX_ERROR_BODY_CHARS = 256
