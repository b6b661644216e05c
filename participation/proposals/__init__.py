"""Resident proposals: the public form, the moderated queue and the idea board.

Models live in `participation.models.proposals` and the workflow rules in `participation.services.proposals`;
this package holds what surrounds them: forms, views, admin viewsets, tasks and demo content.
"""
