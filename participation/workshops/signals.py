"""What happens to sign-ups when an editor publishes a workshop; connected in the app's `ready()`."""

from .services import signup_promote_next


def fill_seats_after_publish(sender, instance, **kwargs):
    """Give seats an editor added to the people on the waitlist, as soon as the change is published."""
    signup_promote_next(workshop=instance)
