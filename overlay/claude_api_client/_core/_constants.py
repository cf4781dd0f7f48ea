"""Fixed values of the wire protocol and of the client's defaults, in one place."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.anthropic.com"
API_VERSION = "2023-06-01"

# Seconds. A non-streaming call may legitimately take minutes, hence the long read timeout;
# a connect that takes longer than a few seconds will not succeed by waiting.
DEFAULT_TIMEOUT_SECONDS = 600.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT)

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server-suggested wait longer than this is not honoured: exponential backoff is used instead.
MAX_RETRY_AFTER = 60.0
# Backoff delays are reduced by up to this fraction, so that clients do not retry in lockstep.
RETRY_JITTER = 0.25

# Adaptive timeout for long non-streaming calls: the read timeout grows to the time the call is
# expected to take (`x-adaptive-timeout` in the document) and never beyond this cap.
ADAPTIVE_TIMEOUT_CAP = 3600.0

LOGGER_NAME = "claude_api_client"

# Headers whose values are secrets: redacted wherever headers are logged or kept.
SENSITIVE_HEADERS = frozenset(
    {
        "x-api-key",
        "authorization",
        "proxy-authorization",
        "cookie",
        "api-key",
        "x-amz-security-token",
    }
)

# Connection pool of the clients this package creates (per client): an API client runs many
# concurrent calls to one host, so the total is high; idle connections kept for reuse are fewer.
MAX_CONNECTIONS = 1000
MAX_KEEPALIVE_CONNECTIONS = 100

# Caps on what the network can make this package hold in memory (see README, "Reliability").
# A JSON response body, after decompression: far above any real answer (a 128k-token message
# is about 1 MB), far below what a decompression bomb would take.
MAX_RESPONSE_BYTES = 256 * 1024 * 1024
# One SSE event (or one unterminated line of it), and one JSONL line of batch results.
MAX_EVENT_BYTES = 64 * 1024 * 1024

# Redirects followed within the origin the client was configured for (never to another one).
MAX_REDIRECTS = 20
