# generated from openapi/ by scripts/generate, do not edit
"""The namespaces of the client, one module each."""
