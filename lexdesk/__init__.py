"""lexdesk: the configuration (built once from the environment) and the command line, a door
onto the stages' services."""
