"""Everything the portal holds about a person, found by their e-mail address: export it or erase it on request.

`registry.py` is where each feature registers what it holds (`proposals/personal_data.py`,
`workshops/personal_data.py`); `views.py` is the admin page that answers a request; `models.py` logs the requests.
"""
