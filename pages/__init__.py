"""Page types for governance texts: organisations, specifications, bodies, routines,
guidance and glossaries."""
