"""Settings: `base` is safe for production; `dev`, `test`, `production` and `bench` (the load benchmark) build on it."""
