# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class CertificateCreateParams(TypedDict):
    """
    Body that adds a CA certificate to a tunnel.
    """

    ca_certificate_pem: str
    """
    The CA certificate, PEM-encoded.
    """
