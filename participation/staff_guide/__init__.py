"""The guide for editors and moderators, kept as Markdown beside this package and read inside the admin.

Staff read it in their admin language (Wagtail's preferred language in their profile); `content/` holds one file
per language and its README tells how to write one so that the guide's test can check it.
"""
