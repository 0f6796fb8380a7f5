"""mail: the mailbox's ledger (every message met, by UIDVALIDITY + UID, with its Message-ID and
outcome), the fetch log, and the replies sent by SMTP (tables of mail.models)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 19:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes  # the AutoString and UTCDateTime columns below
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mailmessage',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('uidvalidity', sa.Integer(), nullable=False),
        sa.Column('uid', sa.Integer(), nullable=False),
        sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('from_addr', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('skipped_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('rules', sa.JSON(), nullable=True),
        sa.Column('case_refs', sa.JSON(), nullable=True),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('original', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('same_as', sa.Integer(), nullable=True),
        sa.Column('after', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('first_seen', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['document.id']),
        sa.ForeignKeyConstraint(['same_as'], ['mailmessage.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('account', 'folder', 'uidvalidity', 'uid', name='uq_mailmessage_uid'),
    )
    with op.batch_alter_table('mailmessage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailmessage_account'), ['account'], unique=False)
        batch_op.create_index(batch_op.f('ix_mailmessage_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mailmessage_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_mailmessage_state'), ['state'], unique=False)

    op.create_table(
        'mailfetch',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('trigger', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('beat_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('finished_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('ok', sa.Boolean(), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('folders', sa.JSON(), nullable=True),
        sa.Column('counts', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('mailfetch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailfetch_account'), ['account'], unique=False)

    op.create_table(
        'mailsent',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('draft_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('sender', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('recipients', sa.JSON(), nullable=True),
        sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('original', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('server', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('reply', sa.Text(), nullable=True),
        sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('attempted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('sent_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['case.id']),
        sa.ForeignKeyConstraint(['draft_id'], ['draft.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('mailsent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailsent_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mailsent_draft_id'), ['draft_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mailsent_message_id'), ['message_id'], unique=False)


def downgrade() -> None:
    # A database made from the models by a process that never loaded mail/ was stamped past this
    # revision without these tables (mail.models.ensure_tables makes them on first use).
    have = set(sa.inspect(op.get_bind()).get_table_names())
    for table in ('mailsent', 'mailfetch', 'mailmessage'):
        if table in have:
            op.drop_table(table)
