# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_packages_params`: the official path of these types."""

from __future__ import annotations

from .._params.packages_params import PackagesParams as BetaPackagesParams

__all__ = [
    "BetaPackagesParams",
]
