"""Workshops for the public: the sign-up form and manage link, e-mails, the iCalendar files and the admin queue."""
