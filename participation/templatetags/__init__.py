"""Template tags of the participation app, one module per feature."""
