"""The API namespaces of `HoneyHive` (one module each, loaded on first use)."""
