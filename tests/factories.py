"""Factories for test data. Values come from Faker or sequences, never computed at import time."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from participation.models import Proposal, ProposalStatus, ProposalTheme


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fi")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Faker("sentence", nb_words=3)


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    language = "fi"
    title = factory.Faker("sentence", nb_words=5, locale="fi_FI")
    description = factory.Faker("paragraph", nb_sentences=4, locale="fi_FI")
    theme = ProposalTheme.MOBILITY
    status = ProposalStatus.NEW
