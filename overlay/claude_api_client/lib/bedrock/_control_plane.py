"""Bedrock's control plane: where `AnthropicBedrock().beta.agents / sessions / memory_stores` go.

The Messages API runs on `bedrock-runtime.{region}.amazonaws.com` (`/model/{model}/invoke`); the
managed-agents operations run on `bedrock.{region}.amazonaws.com`, under `/anthropic`, with the
first-party paths, bodies, `anthropic-beta` header and server-sent event streams unchanged, but
their own `anthropic-version` (`API_VERSION`, the document's `x-platform-versions`). Which operations those are is a fact of the document (`x-platforms: [bedrock]`,
generated into `claude_api_client._data.PLATFORM_ROUTES`). With a `base_url` of the caller's
(or ANTHROPIC_BEDROCK_BASE_URL), both planes are reached through it, as the official client does.
SigV4 signs each attempt for the host it is sent to (service `bedrock`), so the signature and
the credentials behind it never leave the AWS origins the client was configured for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..._data import PLATFORM_API_VERSIONS, PLATFORM_ROUTES

__all__ = ["API_VERSION", "CONTROL_PLANE_URL", "control_plane_url", "serves"]

# The `anthropic-version` the control plane is sent unless the caller sets one.
API_VERSION = PLATFORM_API_VERSIONS["bedrock"]

CONTROL_PLANE_URL = "https://bedrock.{region}.amazonaws.com/anthropic"
# An AWS region is one DNS label of letters, digits and hyphens (`us-east-1`): anything else
# would move the request to another host.
_REGION = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


@lru_cache(maxsize=1)
def _routes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The control plane's operations as (method, path pattern); `{param}` is one segment."""
    compiled = []
    for method, template in PLATFORM_ROUTES.get("bedrock", ()):
        pattern = "".join(
            "[^/]+" if part.startswith("{") else re.escape(part)
            for part in re.split(r"(\{[^}]+\})", template)
            if part
        )
        compiled.append((method, re.compile(pattern)))
    return tuple(compiled)


def serves(method: str, path: str) -> bool:
    """Whether the control plane serves `method path` (the path as the core sends it, with its
    parameters already quoted; a query string is ignored)."""
    wanted = method.lower()
    bare = path.partition("?")[0]
    return any(m == wanted and p.fullmatch(bare) for m, p in _routes())


def control_plane_url(region: str) -> str:
    """The control plane's base URL in `region`, refused (naming the argument) when the region
    is not a single host label."""
    if not _REGION.fullmatch(region):
        raise ValueError(f"argument 'aws_region' is not an AWS region name: {region!r}")
    return CONTROL_PLANE_URL.format(region=region)
