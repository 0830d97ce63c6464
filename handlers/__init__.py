"""The transport-neutral core: handlers turn an IncomingMessage into actions."""
