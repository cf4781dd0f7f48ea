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
    rows = [r for r in official_names() if not r[2]]
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
