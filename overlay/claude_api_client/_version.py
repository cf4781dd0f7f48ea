__title__ = "claude_api_client"
__version__ = "0.1.0"
