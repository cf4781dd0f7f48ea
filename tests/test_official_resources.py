"""Every resource module path of the official package imports here, with the same class names,
each the class the client's namespace is (`anthropic.resources.beta.messages.Messages` is
`type(client.beta.messages)`). The list is templates/client/official_resources.txt, written by
scripts/list-official-resources from the official source; this test does not need that package."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claude_api_client import Anthropic

LISTING = Path(__file__).resolve().parents[1] / "templates" / "client" / "official_resources.txt"


def official() -> dict[str, list[str]]:
    modules: dict[str, list[str]] = {}
    for line in LISTING.read_text(encoding="utf-8").splitlines():
        module, name = line.split("\t")[:2]
        modules.setdefault(module, []).append(name)
    return modules


MODULES = official()


def test_the_listing_is_the_official_tree() -> None:
    assert len(MODULES) > 200
    assert "Messages" in MODULES["beta.messages.messages"]
    assert "AsyncBedrockEvents" in MODULES["beta.bedrock.sessions.events"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_official_resource_path_imports_with_its_names(module: str) -> None:
    path = "claude_api_client.resources" + ("" if module == "." else f".{module}")
    imported = importlib.import_module(path)
    missing = [name for name in MODULES[module] if not isinstance(getattr(imported, name), type)]
    assert missing == []


def test_the_official_paths_are_the_clients_classes() -> None:
    from claude_api_client.resources.beta.agents.agents import Agents
    from claude_api_client.resources.beta.bedrock.sessions.events import BedrockEvents
    from claude_api_client.resources.beta.messages import Messages as BetaMessages
    from claude_api_client.resources.beta.messages.batches import AsyncBatches
    from claude_api_client.resources.messages import Messages, MessagesWithRawResponse
    from claude_api_client.resources.messages.batches import Batches

    client = Anthropic(api_key="k")
    assert type(client.messages) is Messages
    assert type(client.messages.with_raw_response) is MessagesWithRawResponse
    assert type(client.messages.batches) is Batches
    assert type(client.beta.messages) is BetaMessages
    assert type(client.beta.agents) is Agents
    assert AsyncBatches.__name__ == "AsyncBetaBatches"
    import claude_api_client.resources as resources

    # the package's own names, each from the module the official takes it from
    assert resources.Files is type(client.files)
    assert resources.Messages is Messages
    assert resources.Models is type(client.models)
    assert resources.Beta is type(client.beta).__mro__[1]  # `client.beta` adds `webhooks`
    assert BedrockEvents.__name__ == "BedrockEvents"


def test_an_official_path_costs_nothing_until_imported() -> None:
    # Reaching `client.messages` loads no official re-export module and no other namespace.
    code = (
        "import json, sys\n"
        "from claude_api_client import Anthropic\n"
        "Anthropic(api_key='k').messages\n"
        "loaded = [m for m in sys.modules if m.startswith('claude_api_client.resources.')]\n"
        "print(json.dumps(sorted(loaded)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert "claude_api_client.resources.messages.messages" in loaded
    assert not [m for m in loaded if m.startswith("claude_api_client.resources.beta")]
    assert "claude_api_client.resources.messages.batches" not in loaded
