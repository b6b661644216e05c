"""Resident proposals: the public form, the moderated queue in the admin, and the idea board.

Everything about them is in this folder: the records (`models.py`), the pages and their routes (`pages.py`), the
rules (`services.py`), the forms, views, e-mail tasks, admin viewsets and bulk decisions, and the demo content.
"""
