"""Public site search."""
