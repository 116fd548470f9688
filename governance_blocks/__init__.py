"""StreamField blocks for governance texts: bodies, routines, specifications."""
