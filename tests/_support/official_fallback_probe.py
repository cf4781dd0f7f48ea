"""Run by the official package's interpreter (not ours): makes each call of fallback_calls.py
named on the command line with `anthropic` against the server at BASE_URL (`run_all`), and
prints the results as one JSON list.

    python official_fallback_probe.py BASE_URL API_KEY CALL...
"""

from __future__ import annotations

import json
import sys

import anthropic
import fallback_calls

if __name__ == "__main__":
    base_url, api_key, *calls = sys.argv[1:]
    print(json.dumps(fallback_calls.run_all(anthropic, base_url, api_key, calls)))
