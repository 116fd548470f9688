"""`manage.py bench`: how fast the site serves a body page, compared with a static file
and with a plain Wagtail page holding the same text. See docs/benchmarks.md.

One module per role:
- `ledningsrad`: the benchmark body's StreamField data;
- `content`: builds and publishes the pages, and the plain page's text;
- `database`: the run's own database (temporary SQLite, or PostgreSQL `*_bench`);
- `server`: the production environment and gunicorn;
- `load`: the load drivers (wrk, or a Python fallback);
- `report`: the table, the ratios and the JSON file.
"""
