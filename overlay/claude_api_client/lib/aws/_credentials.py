"""Where AWS credentials, regions and API keys come from, for the three AWS clients.

Credentials, first match wins:

1. explicit `aws_access_key` + `aws_secret_key` (+ `aws_session_token`);
2. without `aws_profile` (argument or AWS_PROFILE): AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY
   (+ AWS_SESSION_TOKEN) from the environment, exactly what botocore's chain would pick first;
3. otherwise botocore's chain for the profile (shared files, SSO, web identity, container and
   instance metadata …), which needs the `bedrock` / `aws` extra. botocore refreshes temporary
   credentials itself; we take a frozen snapshot for every signature.

Cases 1 and 2 (AWS Lambda gives its credentials in the environment) never import botocore.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

from .._extras import require
from ._sigv4 import AWSCredentials

__all__ = [
    "CredentialSource",
    "check_key_pair",
    "credential_source",
    "first_env",
    "profile_region",
    "region_from_env",
]

CredentialSource = Callable[[], AWSCredentials]


def first_env(names: Sequence[str]) -> str | None:
    """The value of the first of these environment variables that is set."""
    for name in names:
        value = os.environ.get(name)
        if value is not None:
            return value
    return None


def region_from_env() -> str | None:
    return os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or None


def check_key_pair(access_key: str | None, secret_key: str | None) -> None:
    """An access key without its secret (or the reverse) is a mistake: say which is missing."""
    if (access_key is None) != (secret_key is None):
        given, missing = (
            ("aws_access_key", "aws_secret_key")
            if access_key is not None
            else ("aws_secret_key", "aws_access_key")
        )
        raise ValueError(
            f"`{given}` was given without `{missing}`: pass both, or neither to use the "
            "environment / AWS profile credentials."
        )


class _Fixed:
    """Credentials known up front: never blocks, never imports botocore."""

    blocking = False

    def __init__(self, credentials: AWSCredentials) -> None:
        self._credentials = credentials

    def __call__(self) -> AWSCredentials:
        return self._credentials


class _Botocore:
    """botocore's credential chain for a profile, built on first use (it may do I/O)."""

    blocking = True

    def __init__(self, profile: str | None, extra: str) -> None:
        self._profile = profile
        self._extra = extra
        self._lock = threading.Lock()
        self._resolved: Any = None

    def __call__(self) -> AWSCredentials:
        with self._lock:
            if self._resolved is None:
                session = require("botocore.session", library="botocore", extra=self._extra)
                found = session.Session(profile=self._profile).get_credentials()
                if found is None:
                    from ..._core._exceptions import MissingCredentialsError

                    raise MissingCredentialsError(
                        "No AWS credentials found: pass aws_access_key/aws_secret_key, set "
                        "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, configure an AWS profile, or "
                        "use an API key."
                    )
                self._resolved = found
            frozen = self._resolved.get_frozen_credentials()
        return AWSCredentials(frozen.access_key, frozen.secret_key, frozen.token or None)


def credential_source(
    *,
    access_key: str | None,
    secret_key: str | None,
    session_token: str | None,
    profile: str | None,
    extra: str,
) -> CredentialSource:
    """The source of the credentials each request is signed with (see the module docstring)."""
    if access_key is not None and secret_key is not None:
        return _Fixed(AWSCredentials(access_key, secret_key, session_token or None))
    env = os.environ
    if profile is None and not env.get("AWS_PROFILE"):
        key_id, secret = env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY")
        if key_id and secret:
            return _Fixed(AWSCredentials(key_id, secret, env.get("AWS_SESSION_TOKEN") or None))
    return _Botocore(profile, extra)


def profile_region(profile: str | None) -> str | None:
    """The region configured for `profile` (or the default one), when botocore is installed."""
    try:
        session: Any = importlib.import_module("botocore.session")
    except ImportError:
        return None
    region = session.Session(profile=profile).get_config_variable("region")
    return region if isinstance(region, str) and region else None
