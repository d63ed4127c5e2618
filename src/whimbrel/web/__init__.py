"""The analyst's web app over the event store (``whimbrel serve``; docs/web.md).

Needs the ``web`` extra (Starlette, uvicorn); ``whimbrel.web.app.create_app(db)`` is the ASGI app.
"""
