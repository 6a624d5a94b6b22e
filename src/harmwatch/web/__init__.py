"""The review web app: FastAPI + Jinja2 + htmx, served on 127.0.0.1 by `harmwatch serve`."""
