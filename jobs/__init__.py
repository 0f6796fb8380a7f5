"""Background work on a proven queue: procrastinate, on the desk's own PostgreSQL database (no
broker to run; LISTEN/NOTIFY wakes the workers; retries built in).

Filing a file (OCR and all), reading a failed document again, fetching the mailbox and the
deadline tick are jobs (`jobs.app`); `jobs.enqueue` queues files and retries; `jobs.worker` runs
`lexdesk worker`. On the embedded SQLite default there is no queue: everything is filed in the
process that was asked, as it always was, and asking for a queue is a one-line refusal.

Layers: jobs sits above the stages (cases, mail) and below the application (lexdesk), which
builds the `Desk` it is given from its one configuration. Nothing is imported here: the settings
take `jobs.config` without the rest.
"""
