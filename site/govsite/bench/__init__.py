"""`manage.py bench`: how fast the site serves a body page, compared with a static file
and with a plain Wagtail page holding the same text, and how fast it searches a large
(synthetic) site, compared with that body page. See docs/benchmarks.md.

One module per role:
- `ledningsrad`: the benchmark body's StreamField data;
- `content`: builds and publishes the pages, and the plain page's text;
- `database`: the run's databases (temporary SQLite, PostgreSQL `*_bench`);
- `server`: the production environment, the preparing child processes, gunicorn;
- `prepare`: what a preparing child process does (migrate, pages, synthetic site);
- `searches`: the searches measured, and the check that they find what they should;
- `load`: the load drivers (wrk, or a Python fallback);
- `wrk`: running wrk with a Lua script for the percentiles, reading its output;
- `report`: the tables, the ratios, the summary and the JSON file.
"""
