"""`client.platform_headers()`: the description of the running platform that the official client
sends as `X-Stainless-*` headers. This client does not send them (README, "Switching from
`anthropic`"); the method exists for code that reads it."""

from __future__ import annotations

import functools
import platform
import sys


def _os() -> str:
    # `platform.system()`/`machine()`/`release()` only: `platform.platform()` forks `uname`.
    try:
        system = platform.system().lower()
        machine = platform.machine().lower()
        release = platform.release().lower()
    except Exception:
        return "Unknown"
    if system in ("ios", "ipados") or machine.startswith(("iphone", "ipad")):
        return "iOS"
    if system == "android" or hasattr(sys, "getandroidapilevel") or "android" in release:
        return "Android"
    named = {
        "darwin": "MacOS",
        "windows": "Windows",
        "linux": "Linux",
        "freebsd": "FreeBSD",
        "openbsd": "OpenBSD",
    }
    return named.get(system, f"Other:{system}" if system else "Unknown")


def _arch() -> str:
    try:
        machine = platform.machine().lower()
    except Exception:
        return "unknown"
    named = {"arm64": "arm64", "aarch64": "arm64", "arm": "arm", "x86_64": "x64"}
    if machine in named:
        return named[machine]
    if sys.maxsize <= 2**32:
        return "x32"
    return f"other:{machine}" if machine else "unknown"


def _safely(read: str) -> str:
    try:
        value: str = getattr(platform, read)()
    except Exception:
        return "unknown"
    return value


@functools.cache
def platform_headers(version: str) -> dict[str, str]:
    """The `X-Stainless-*` header names and values of this platform (computed once)."""
    return {
        "X-Stainless-Lang": "python",
        "X-Stainless-Package-Version": version,
        "X-Stainless-OS": _os(),
        "X-Stainless-Arch": _arch(),
        "X-Stainless-Runtime": _safely("python_implementation"),
        "X-Stainless-Runtime-Version": _safely("python_version"),
    }
