"""Deleting a public idea in the admin changes the pages that show it, like a moderation decision does.

Connected in the app's `ready()`.
"""

from .services import public_view, refresh_public_pages


def refresh_after_public_proposal_deleted(instance, **kwargs):
    if public_view(instance) is not None:
        refresh_public_pages()
