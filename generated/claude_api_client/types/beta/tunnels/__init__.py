# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.tunnels`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.tunnel_certificate import TunnelCertificate as BetaTunnelCertificate
    from ..._params.certificate_create_params import (
        CertificateCreateParams as CertificateCreateParams,
    )
    from ..._params.certificate_list_params import CertificateListParams as CertificateListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaTunnelCertificate": ("_models.tunnel_certificate", "TunnelCertificate"),
    "CertificateCreateParams": ("_params.certificate_create_params", "CertificateCreateParams"),
    "CertificateListParams": ("_params.certificate_list_params", "CertificateListParams"),
}

__all__ = [
    "BetaTunnelCertificate",
    "CertificateCreateParams",
    "CertificateListParams",
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
