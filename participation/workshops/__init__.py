"""Workshops: the listing and pages, sign-ups with a capacity and a waitlist, the manage link, e-mails, the
iCalendar files and the moderators' queue in the admin. Everything about them is in this folder.
"""
