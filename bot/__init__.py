"""Adapters (Matrix, later Telegram), the CLI and the development tools."""
