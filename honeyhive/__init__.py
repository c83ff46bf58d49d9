"""HoneyHive API client."""
