"""Every keyword argument of every official client's constructor and `copy()` is taken by ours.

`official_constructors.txt` lists them, one `<Class>\\t<__init__|copy>\\t<name> ...` a line; it
is written by `scripts/list-official-constructors` run with the official package's Python and
checked in, so this test needs no official package. A constructor's keyword must be in our
signature (a named parameter, or a key of the `ClientArguments` TypedDict the platform clients
take as `**core: Unpack[...]`), so that code written for the official type-checks, and it must
be accepted at run time: ours is built against the local simulator with the keyword given its
neutral value, and so is each `copy()` keyword on a built client.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest

from _support.official import needs_official, run_official
from _support.official_lists import read_keyed_words
from claude_api_client._core._types import NOT_GIVEN
from claude_api_client.lib._platform import ClientArguments
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import PLATFORMS

LIST = Path(__file__).with_name("official_constructors.txt")

# (class, method) → the official keywords ours does not take, and why. Each must still be a gap
# (the test fails once it is closed, so that the entry goes).
KNOWN_GAPS: dict[tuple[str, str], tuple[set[str], str]] = {
    (name, "__init__"): (
        {"_token_cache"},
        "the official's internal hand-off of a credentials token cache between its clients; "
        "ours shares credentials through `credentials=` and `copy()`",
    )
    for name in ("Anthropic", "AsyncAnthropic")
}

# A value each keyword can take without changing what the client does (the official default,
# or what `copy()` reads as "keep"); every other keyword's is None.
NEUTRAL_INIT: dict[str, Any] = {
    "timeout": NOT_GIVEN,
    "max_retries": 2,
    "skip_auth": False,
    "_strict_response_validation": False,
}
NEUTRAL_COPY: dict[str, Any] = {
    "timeout": NOT_GIVEN,
    "max_retries": NOT_GIVEN,
    "middleware": NOT_GIVEN,
    "_extra_kwargs": {},
}


def official_keywords() -> dict[tuple[str, str], list[str]]:
    return read_keyed_words(LIST)


def our_class(name: str) -> type[Any]:
    cls: type[Any] = getattr(importlib.import_module("claude_api_client"), name)
    return cls


def base_arguments(name: str, server: LocalAPIServer) -> dict[str, Any]:
    """What builds our `name` against `server` (test credentials, its base URL)."""
    for _, sync_name, async_name, settings in PLATFORMS.values():
        if name in (sync_name, async_name):
            return settings(server.base_url)
    return {"api_key": server.api_key, "base_url": server.base_url}


def signature_keywords(cls: type[Any]) -> set[str]:
    """The keywords our constructor declares: its named parameters, and the keys of the
    `ClientArguments` its `**core` is typed with."""
    names: set[str] = set()
    for parameter in inspect.signature(cls.__init__).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            assert "ClientArguments" in str(parameter.annotation), cls
            names |= set(ClientArguments.__annotations__)
        elif parameter.name != "self":
            names.add(parameter.name)
    return names


def refused(name: str, method: str, server: LocalAPIServer) -> set[str]:
    """The official keywords of `name.method` ours does not take (by signature or at run time)."""
    cls = our_class(name)
    base = base_arguments(name, server)
    declared = signature_keywords(cls) if method == "__init__" else None
    found: set[str] = set()
    for keyword in official_keywords()[name, method]:
        if declared is not None and keyword not in declared:
            found.add(keyword)
            continue
        try:
            if method == "__init__":
                if keyword not in base:  # a keyword of the base arguments is taken already
                    cls(**{**base, keyword: NEUTRAL_INIT.get(keyword)})
            else:
                cls(**base).copy(**{keyword: NEUTRAL_COPY.get(keyword)})
        except TypeError:
            found.add(keyword)
    return found


def test_the_list_is_well_formed() -> None:
    rows = official_keywords()
    assert len(rows) == 28  # 14 clients, each `__init__` and `copy`
    assert {"auth_token", "webhook_key", "_strict_response_validation"} <= set(
        rows["AnthropicAWS", "__init__"]
    )
    assert "set_default_headers" in rows["AsyncAnthropicGoogleCloud", "copy"]


@pytest.mark.parametrize("method", ["__init__", "copy"])
@pytest.mark.parametrize("name", sorted({name for name, _ in official_keywords()}))
def test_ours_takes_every_official_keyword(api: LocalAPIServer, name: str, method: str) -> None:
    found = refused(name, method, api)
    known = KNOWN_GAPS.get((name, method), (set(), ""))[0]
    assert found <= known, f"{name}.{method} refuses official keywords: {sorted(found - known)}"
    assert known <= found, f"known gaps now closed, drop them from KNOWN_GAPS: {known - found}"


def test_the_check_sees_a_refused_keyword(
    api: LocalAPIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = {**official_keywords(), ("AnthropicBedrock", "copy"): ["no_such_keyword"]}
    monkeypatch.setattr(f"{__name__}.official_keywords", lambda: rows)
    assert refused("AnthropicBedrock", "copy", api) == {"no_such_keyword"}
    rows["AnthropicVertex", "__init__"] = ["no_such_keyword"]
    assert refused("AnthropicVertex", "__init__", api) == {"no_such_keyword"}


@needs_official
def test_the_checked_in_list_matches_the_official_package() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "list-official-constructors"
    assert run_official(str(script)).stdout == LIST.read_text(encoding="utf-8")
