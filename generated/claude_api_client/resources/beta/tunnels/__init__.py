# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.tunnels` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_tunnels import AsyncBetaTunnels as AsyncTunnels
    from claude_api_client.resources.beta_tunnels import (
        AsyncBetaTunnelsWithRawResponse as AsyncTunnelsWithRawResponse,
    )
    from claude_api_client.resources.beta_tunnels import (
        AsyncBetaTunnelsWithStreamingResponse as AsyncTunnelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_tunnels import BetaTunnels as Tunnels
    from claude_api_client.resources.beta_tunnels import (
        BetaTunnelsWithRawResponse as TunnelsWithRawResponse,
    )
    from claude_api_client.resources.beta_tunnels import (
        BetaTunnelsWithStreamingResponse as TunnelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_tunnels_certificates import (
        AsyncBetaCertificates as AsyncCertificates,
    )
    from claude_api_client.resources.beta_tunnels_certificates import (
        AsyncBetaCertificatesWithRawResponse as AsyncCertificatesWithRawResponse,
    )
    from claude_api_client.resources.beta_tunnels_certificates import (
        AsyncBetaCertificatesWithStreamingResponse as AsyncCertificatesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_tunnels_certificates import (
        BetaCertificates as Certificates,
    )
    from claude_api_client.resources.beta_tunnels_certificates import (
        BetaCertificatesWithRawResponse as CertificatesWithRawResponse,
    )
    from claude_api_client.resources.beta_tunnels_certificates import (
        BetaCertificatesWithStreamingResponse as CertificatesWithStreamingResponse,
    )

__all__ = [
    "AsyncCertificates",
    "AsyncCertificatesWithRawResponse",
    "AsyncCertificatesWithStreamingResponse",
    "AsyncTunnels",
    "AsyncTunnelsWithRawResponse",
    "AsyncTunnelsWithStreamingResponse",
    "Certificates",
    "CertificatesWithRawResponse",
    "CertificatesWithStreamingResponse",
    "Tunnels",
    "TunnelsWithRawResponse",
    "TunnelsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncCertificates": (
        "claude_api_client.resources.beta_tunnels_certificates",
        "AsyncBetaCertificates",
    ),
    "AsyncCertificatesWithRawResponse": (
        "claude_api_client.resources.beta_tunnels_certificates",
        "AsyncBetaCertificatesWithRawResponse",
    ),
    "AsyncCertificatesWithStreamingResponse": (
        "claude_api_client.resources.beta_tunnels_certificates",
        "AsyncBetaCertificatesWithStreamingResponse",
    ),
    "AsyncTunnels": ("claude_api_client.resources.beta_tunnels", "AsyncBetaTunnels"),
    "AsyncTunnelsWithRawResponse": (
        "claude_api_client.resources.beta_tunnels",
        "AsyncBetaTunnelsWithRawResponse",
    ),
    "AsyncTunnelsWithStreamingResponse": (
        "claude_api_client.resources.beta_tunnels",
        "AsyncBetaTunnelsWithStreamingResponse",
    ),
    "Certificates": ("claude_api_client.resources.beta_tunnels_certificates", "BetaCertificates"),
    "CertificatesWithRawResponse": (
        "claude_api_client.resources.beta_tunnels_certificates",
        "BetaCertificatesWithRawResponse",
    ),
    "CertificatesWithStreamingResponse": (
        "claude_api_client.resources.beta_tunnels_certificates",
        "BetaCertificatesWithStreamingResponse",
    ),
    "Tunnels": ("claude_api_client.resources.beta_tunnels", "BetaTunnels"),
    "TunnelsWithRawResponse": (
        "claude_api_client.resources.beta_tunnels",
        "BetaTunnelsWithRawResponse",
    ),
    "TunnelsWithStreamingResponse": (
        "claude_api_client.resources.beta_tunnels",
        "BetaTunnelsWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
