"""How a test lets a member of staff into the admin: one door, so that what the admin asks of a login is kept in
one place."""


def log_in_staff(client, user):
    """Log ``user`` in on the test ``client`` as a finished admin login would leave them."""
    client.force_login(user)
    return client
