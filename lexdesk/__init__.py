"""lexdesk: the command line, the settings, and the pipeline that chains the stages."""
