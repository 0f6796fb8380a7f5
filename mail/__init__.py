"""Mail: the team's mailbox over IMAP and a watched folder in; approved replies out over SMTP.

One module per job: `config` (what the stage is given), `message` (what rules read of a message),
`rules` (the team's rules and the automatic replies nobody files), `imap` (the mailbox), `ledger`
and `models` (what was met and what became of it), `fetch` (the intake: `fetch`, `poll`, `check`),
`actions` (what a rule sets on a case), `watch` (the watched folder), `send` (SMTP out), `views`
(the mailbox as the desk shows it) and `schedule` (running a job every so often).

Importing the package registers its tables on the shared metadata, so that a database created
by any process that loads lexdesk's configuration has them.
"""

from mail import models  # noqa: F401 - registers the mail tables

__all__: list[str] = []
