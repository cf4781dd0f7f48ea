"""Every public name of the official `anthropic` package for our endpoints imports from the same
path here (`anthropic.types.beta.beta_message.BetaMessage` → `claude_api_client.types.beta.
beta_message.BetaMessage`).

`official_names.txt` lists the official 2.16.0 names, one `<module>\\t<name>[\\t<issue>]` a line;
it is written by `scripts/list-official-names` (which reads the official package's source) and
checked in, so this test needs no official package. A name marked with an issue number belongs to
work tracked there (13 API changes, 14 platforms, 15 new endpoints, 16 helpers, 17 observability,
`-` none yet); those are reported, not required.
"""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

LIST = Path(__file__).with_name("official_names.txt")
OFFICIAL_SOURCE = Path(__file__).resolve().parents[2] / "official" / "src" / "anthropic"
ISSUES = {"13", "14", "15", "16", "17", "-"}

# Names of our endpoints that other parts of issue 12 are still building, and the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}

# Modules that need an optional extra: required where the extra is installed (the development
# setup has every extra), left out where it is not (the floor runs of scripts/test-matrix).
NEEDS_EXTRA = {"lib.tools.mcp": "mcp"}


def extra_missing(module: str) -> bool:
    package = NEEDS_EXTRA.get(module)
    return package is not None and importlib.util.find_spec(package) is None


def official_names() -> list[tuple[str, str, str]]:
    rows = []
    for line in LIST.read_text(encoding="utf-8").splitlines():
        module, name, *mark = line.split("\t")
        rows.append((module, name, mark[0] if mark else ""))
    return rows


def resolve(module: str, name: str) -> object:
    path = "claude_api_client" if module == "." else f"claude_api_client.{module}"
    return getattr(importlib.import_module(path), name)


def missing(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    absent = []
    for module, name, mark in rows:
        try:
            resolve(module, name)
        except (ImportError, AttributeError):
            absent.append((module, name, mark))
    return absent


def test_the_list_is_well_formed() -> None:
    rows = official_names()
    assert len(rows) == len(set(rows))
    assert {mark for _, _, mark in rows} <= ISSUES | {""}
    ours = [r for r in rows if not r[2]]
    # the surface of our endpoints: Messages, Batches, Models, Files, Skills, GA and beta
    assert len(ours) > 1000
    for expected in (
        ("types", "Message"),
        ("types.raw_message_delta_event", "Delta"),
        ("types.beta.beta_message", "BetaMessage"),
        ("types.beta.skills", "BetaSkillVersion"),
        ("types.messages", "MessageBatch"),
        ("types.anthropic_beta_param", "AnthropicBetaParam"),
        ("pagination", "SyncPageCursor"),
        (".", "DefaultHttpxClient"),
    ):
        assert (*expected, "") in rows, expected


def test_every_official_name_of_our_endpoints_imports_from_the_same_path() -> None:
    rows = [r for r in official_names() if not r[2] and not extra_missing(r[0])]
    absent = [(m, n) for m, n, _ in missing(rows)]
    unexplained = [row for row in absent if row not in KNOWN_GAPS]
    assert not unexplained, f"{len(unexplained)} official names do not import: {unexplained}"
    print(f"\n{len(rows)} official names for our endpoints, {len(absent)} still missing")
    for row in absent:
        print("  missing:", ".".join(row), "-", KNOWN_GAPS[row])


def test_names_of_other_issues_are_reported() -> None:
    rows = [r for r in official_names() if r[2]]
    absent = Counter(mark for _, _, mark in missing(rows))
    total = Counter(mark for _, _, mark in rows)
    for issue in sorted(total):
        print(f"issue {issue}: {total[issue] - absent[issue]}/{total[issue]} import")
    # the walker found the other families (a broken classification would put them all in ours)
    assert total["13"] > 100 and total["14"] > 100 and total["15"] > 100
    # API changes (13) and platforms (14): every name imports now, and keeps importing
    unplaced = [(m, n) for m, n, mark in missing(rows) if mark in ("13", "14")]
    assert not unplaced, f"{len(unplaced)} names of issues 13/14 do not import: {unplaced}"


def test_official_paths_are_our_classes() -> None:
    from claude_api_client import types
    from claude_api_client.types import beta
    from claude_api_client.types.beta import beta_message
    from claude_api_client.types.beta.messages import beta_message_batch
    from claude_api_client.types.messages import message_batch
    from claude_api_client.types.raw_message_delta_event import Delta

    assert beta.BetaMessage is types.Message is beta_message.BetaMessage
    assert message_batch.MessageBatch is beta_message_batch.BetaMessageBatch is types.MessageBatch
    assert Delta is types.MessageDelta
    assert beta.FileMetadata is types.FileMetadata
    assert types.InputJsonDelta is types.InputJSONDelta
    from claude_api_client.types.beta.beta_raw_message_delta_event import Delta as BetaDelta

    assert BetaDelta is Delta


def test_the_official_paths_load_lazily() -> None:
    code = (
        "import sys\n"
        "import claude_api_client.types, claude_api_client.types.beta\n"
        "import claude_api_client.types.messages, claude_api_client.types.beta.skills\n"
        "loaded = [m for m in sys.modules if '._models.' in m or '._params.' in m]\n"
        "assert not loaded, loaded\n"
        "assert 'pydantic' not in sys.modules\n"
        "from claude_api_client.types.message import Message\n"
        "assert 'claude_api_client.types._models.message' in sys.modules\n"
        "assert 'claude_api_client.types._models.model_info' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.skipif(not OFFICIAL_SOURCE.is_dir(), reason="the official package source is absent")
def test_the_checked_in_list_matches_the_official_package() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "list-official-names"
    fresh = subprocess.run(
        [sys.executable, str(script), "--source", str(OFFICIAL_SOURCE)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert fresh == LIST.read_text(encoding="utf-8")


def _official_kind(module: str, name: str, depth: int = 0) -> str:
    """What the official package defines `module.name` as, read from its source: `model`,
    `typeddict`, `exception`, `alias` (a Literal, Union or other type alias) or `value`."""
    import ast

    if depth > 8:
        return "unknown"
    base = OFFICIAL_SOURCE.joinpath(*module.split(".")) if module != "." else OFFICIAL_SOURCE
    path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
    if not path.is_file():
        return "unknown"
    package = module if base.is_dir() else module.rpartition(".")[0]

    def imported(node: ast.ImportFrom, alias: ast.alias) -> str:
        parts = package.split(".") if package not in ("", ".") else []
        parts = parts[: len(parts) - node.level + 1] if node.level else []
        target = ".".join([*parts, *(node.module or "").split(".")]).strip(".")
        return _official_kind(target or ".", alias.name, depth + 1)

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            bases = [ast.unparse(b) for b in node.bases]
            if any(b.endswith("TypedDict") for b in bases):
                return "typeddict"
            if "BaseModel" in bases:
                return "model"
            for b in bases:  # a subclass of another official class: its kind
                for imp in tree.body:
                    if isinstance(imp, ast.ImportFrom):
                        for alias in imp.names:
                            if (alias.asname or alias.name) == b:
                                return imported(imp, alias)
            return (
                "exception" if any(b.endswith(("Error", "Exception")) for b in bases) else "class"
            )
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        if name in targets and node.value is not None:
            value = node.value
            if isinstance(value, ast.Name):  # a deprecated spelling: `Old = New`
                return _official_kind(module, value.id, depth + 1)
            return "alias" if isinstance(value, (ast.Subscript, ast.BinOp)) else "value"
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    return imported(node, alias)
    return "unknown"


def _our_kind(value: object) -> str:
    from typing import get_origin

    from typing_extensions import is_typeddict

    if get_origin(value) is not None:  # `Sequence[X]` passes `isinstance(_, type)` on 3.10
        return "alias"
    if isinstance(value, type):
        if is_typeddict(value):
            return "typeddict"
        if issubclass(value, BaseException):
            return "exception"
        if hasattr(value, "model_fields"):
            return "model"
        if issubclass(value, str):  # an open enum: a Literal for type checkers
            return "alias"
        return "class"
    return "value" if isinstance(value, (tuple, dict, list, str, int)) else "alias"


@pytest.mark.skipif(not OFFICIAL_SOURCE.is_dir(), reason="the official package source is absent")
def test_each_official_name_is_the_same_kind_of_thing() -> None:
    """A model for a model, a TypedDict for a `…Param`, an exception for an exception, an alias
    (Literal or Union) for an alias: a name placed by convention or alias must not mislead."""
    rows = [r for r in official_names() if r[0].startswith("types")]
    absent = set(missing(rows))
    wrong = []
    for module, name, mark in rows:
        if (module, name, mark) in absent:
            continue
        official = _official_kind(module, name)
        ours = _our_kind(resolve(module, name))
        # A request-side union of TypedDicts may be one TypedDict here (`MessageParam`).
        if official == "alias" and ours == "typeddict":
            continue
        if official not in ("unknown", "class", "value") and official != ours:
            wrong.append(f"{module}.{name}: official {official}, ours {ours}")
    assert not wrong, "\n".join(wrong)


def test_the_naming_convention_finds_the_right_side() -> None:
    """`by_convention` (scripts/_generator/official_layout.py) on a small table of our names."""
    from _support.scripts import scripts_module

    layout = scripts_module("_generator.official_layout")
    by_convention, ERROR_CLASSES = layout.by_convention, layout.ERROR_CLASSES
    params = {
        "ManagedAgentsAlwaysAllowPolicyParam": "_params.managed_agents_always_allow_policy_param",
        "WebFetchURLSourcesParam": "_params.web_fetch_url_sources_param",
        "DreamModelConfigParams": "_params.dream_model_config_params",
        "AnalyticsOrderParam": "_params.analytics_order_param",
        "AllowedCallerParam": "_params.allowed_caller_param",
    }
    exports = {
        "ManagedAgentsMcpServer": "_models.managed_agents_mcp_server",
        "ManagedAgentsSkillNotFoundRunError": "_models.managed_agents_skill_not_found_run_error",
        "ManagedAgentsAlwaysAllowPolicy": "_models.managed_agents_always_allow_policy",
        "UnknownThing": "_models.unknown_thing",
        **params,
    }
    aliases = {
        "error_classes": ["CMEKKeyDisabledError"],
        "same": {"ToolUseCaller": "ManagedAgentsAlwaysAllowPolicy"},
        "renames": {},
        "former": ["AllowedCaller"],
        "enums": {"AnalyticsOrder"},
    }
    match = by_convention(exports, params, aliases)
    # `Beta` prefix, acronyms in capitals
    assert match("BetaManagedAgentsMCPServer") == (
        "_models.managed_agents_mcp_server",
        "ManagedAgentsMcpServer",
    )
    # the request form of a schema used both ways is its TypedDict, never the model
    assert match("BetaManagedAgentsAlwaysAllowPolicyParam") == (
        "_params.managed_agents_always_allow_policy_param",
        "ManagedAgentsAlwaysAllowPolicyParam",
    )
    assert match("BetaManagedAgentsAlwaysAllowPolicy")[0].startswith("_models.")
    # a response-side name never finds a request-only TypedDict, nor our own fallbacks
    assert match("BetaWebFetchURLSources") is None
    assert match("BetaThing") is None
    # an enum only requests use: the official spells it without `Param`
    assert match("BetaAnalyticsOrder") == ("_params.analytics_order_param", "AnalyticsOrderParam")
    # our own former name of a request type
    assert match("BetaAllowedCaller") == ("_params.allowed_caller_param", "AllowedCallerParam")
    # `…ErrorObject` is our `…Error`; `Param` and `Params` spellings meet
    assert match("BetaManagedAgentsSkillNotFoundRunErrorObject")[1] == (
        "ManagedAgentsSkillNotFoundRunError"
    )
    assert match("BetaDreamModelConfigParam")[1] == "DreamModelConfigParams"
    # an error code's exception; an explicit entry, also under its `Beta` spelling
    assert match("CMEKKeyDisabledError") == (ERROR_CLASSES, "CMEKKeyDisabledError")
    assert match("BetaToolUseCaller")[1] == "ManagedAgentsAlwaysAllowPolicy"
