"""The ``shieldwall`` command line: thin verbs over the packages. Only ``render`` writes to the console."""
