"""Settings: `base` is safe for production; `dev`, `test` and `production` specialise it."""
