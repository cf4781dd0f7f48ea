"""`mcp` is an optional extra: the package and `lib.tools` never import it, and the MCP helpers
say which extra to install when it is missing (checked in fresh interpreters)."""

from __future__ import annotations

import subprocess
import sys


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_the_package_and_the_tools_do_not_import_mcp() -> None:
    result = run(
        "import sys\n"
        "import claude_api_client, claude_api_client.lib.tools\n"
        "from claude_api_client.lib.tools import beta_tool, BetaToolRunner\n"
        "import claude_api_client.lib.sessions\n"
        "print(sorted(m for m in sys.modules if m == 'mcp' or m.startswith('mcp.')))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_without_mcp_the_helpers_name_the_extra() -> None:
    # `sys.modules["mcp"] = None` makes `import mcp` fail as if it were not installed.
    result = run(
        "import sys\n"
        "sys.modules['mcp'] = None\n"
        "try:\n"
        "    import claude_api_client.lib.tools.mcp\n"
        "except ImportError as exc:\n"
        "    print(isinstance(exc, ImportError), type(exc).__name__, exc)\n"
        "else:\n"
        "    print('imported')\n"
        "import claude_api_client.lib.tools as tools\n"
        "print(tools.beta_tool.__name__)\n"
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first.startswith("True MissingDependencyError ")  # an ImportError
    assert "pip install 'claude-api-client[mcp]'" in first
    assert second == "beta_tool"  # the rest of lib.tools is untouched
