"""The cache of public pages: a site-wide content generation (`generation`), the
middleware that serves and stores anonymous page responses (`middleware`), the
addresses that show a page's data (`dependents`) and the receivers that invalidate
both our cache and a CDN on every change readers can see (`invalidation`).

How it fits together: docs/caching.md."""
