# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .limited_network_params import LimitedNetworkParams
from .packages_params import PackagesParams
from .unrestricted_network_param import UnrestrictedNetworkParam


class CloudConfigParams(TypedDict):
    """
    Request shape of a cloud environment's settings.
    """

    networking: NotRequired[UnrestrictedNetworkParam | LimitedNetworkParams | None]
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
