"""Deleting a public idea in the admin changes the pages that show it, like a moderation decision does."""

from django.db.models.signals import post_delete

from participation.models import Proposal
from participation.services.proposals import public_view, refresh_public_pages


def refresh_after_public_proposal_deleted(instance, **kwargs):
    if public_view(instance) is not None:
        refresh_public_pages()


post_delete.connect(
    refresh_after_public_proposal_deleted, sender=Proposal, dispatch_uid="participation.refresh_on_proposal_delete"
)
