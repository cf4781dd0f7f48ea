# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .cloud_config_params import CloudConfigParams
from .self_hosted_config_params import SelfHostedConfigParams

EnvironmentConfigParams: TypeAlias = CloudConfigParams | SelfHostedConfigParams
"""
Where an environment runs its sessions, as sent, told apart by `type`.
"""
