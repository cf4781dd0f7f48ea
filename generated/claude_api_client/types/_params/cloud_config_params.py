# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cloud_networking_params import CloudNetworkingParams
from .packages_params import PackagesParams


class CloudConfigParams(TypedDict):
    """
    Request shape of a cloud environment's settings.
    """

    networking: NotRequired[CloudNetworkingParams | None]
    """
    Outbound network policy of the container.
    """
    packages: NotRequired[PackagesParams | None]
    """
    Packages to install, per package manager.
    """
    type: Literal["cloud"]
    """
    Always `cloud`.
    """
