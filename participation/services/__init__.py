"""Workflow rules of the participation app as keyword-only `entity_verb()` functions, one module per area."""
