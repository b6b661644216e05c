"""Factories for test data. Values come from Faker or sequences, never computed at import time."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fi")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Faker("sentence", nb_words=3)
