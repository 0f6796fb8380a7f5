from lexdesk.cli import app

app()
