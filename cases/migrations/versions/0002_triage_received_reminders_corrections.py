"""triage, where a received date came from, reminders on one request, corrections by hand,
deadlines passed before receipt, OCR confidence

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 18:28:26.420301
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes  # the AutoString and UTCDateTime columns below
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows already there get the defaults the models give new rows (server defaults, since SQLite
    # cannot add a NOT NULL column without one).
    with op.batch_alter_table('citeditem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confidence', sa.Float(), nullable=True))

    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.add_column(sa.Column('before_receipt', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('item', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reminders', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('received_from', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('triage', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('ocr_confidence', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('reminder_of', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('corrections', sa.JSON(), nullable=True))
        batch_op.create_foreign_key('fk_document_reminder_of', 'document', ['reminder_of'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_constraint('fk_document_reminder_of', type_='foreignkey')
        batch_op.drop_column('corrections')
        batch_op.drop_column('reminder_of')
        batch_op.drop_column('ocr_confidence')
        batch_op.drop_column('triage')
        batch_op.drop_column('received_from')
        batch_op.drop_column('sent_at')

    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.drop_column('reminders')
        batch_op.drop_column('item')
        batch_op.drop_column('before_receipt')

    with op.batch_alter_table('citeditem', schema=None) as batch_op:
        batch_op.drop_column('confidence')
