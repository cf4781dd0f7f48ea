# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_urlmcp_server_params import ManagedAgentsURLMCPServerParams

ManagedAgentsMCPServerParams: TypeAlias = ManagedAgentsURLMCPServerParams
"""
One of the mcpserver params shapes, told apart by `type`.
"""
