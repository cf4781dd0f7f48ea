# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .limited_network_params import LimitedNetworkParams
from .unrestricted_network_param import UnrestrictedNetworkParam

CloudNetworkingParams: TypeAlias = UnrestrictedNetworkParam | LimitedNetworkParams
"""
Outbound network policy of a cloud container, as sent, told apart by `type`.
"""
