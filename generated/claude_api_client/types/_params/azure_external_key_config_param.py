# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class AzureExternalKeyConfigParam(TypedDict):
    """
    A key in Azure Key Vault or Managed HSM.
    """

    key_name: str
    """
    Name of the key in the vault.
    """
    tenant_id: str
    """
    ID of the Microsoft Entra tenant that holds the vault.
    """
    type: Literal["azure"]
    """
    Always `azure`.
    """
    vault_uri: str
    """
    URI of the vault or managed HSM.
    """
    client_id: NotRequired[str | None]
    """
    Application (client) ID of the app registration allowed to use the key, in your directory.
    """
