"""accounts: the JSON API's and the calendar feed's bearer tokens (their hashes) on the user

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 19:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes  # the AutoString columns below
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('api_token_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('feed_token_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_index(batch_op.f('ix_user_api_token_hash'), ['api_token_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_feed_token_hash'), ['feed_token_hash'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_feed_token_hash'))
        batch_op.drop_index(batch_op.f('ix_user_api_token_hash'))
        batch_op.drop_column('feed_token_hash')
        batch_op.drop_column('api_token_hash')
