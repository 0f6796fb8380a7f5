"""documents exactly once: unique partial indexes on a top-level document's SHA-256 (one filed,
one failed at most), so two processes filing the same bytes at once cannot both succeed

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 19:40:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TOP_FILED = "parent_id IS NULL AND status != 'failed'"
TOP_FAILED = "parent_id IS NULL AND status = 'failed'"


def upgrade() -> None:
    conn = op.get_bind()
    for where in (TOP_FILED, TOP_FAILED):
        twice = conn.execute(sa.text(
            f"SELECT sha256, COUNT(*) FROM document WHERE {where} GROUP BY sha256 HAVING COUNT(*) > 1")).fetchall()
        if twice:
            # Filed twice by the old read-then-insert race: a person decides which row stays.
            shas = ", ".join(r[0][:12] for r in twice[:5])
            raise RuntimeError(f"{len(twice)} originals are filed more than once ({shas} ...): merge or delete "
                               "the extra documents before upgrading")
    op.create_index('ux_document_top_sha256', 'document', ['sha256'], unique=True,
                    sqlite_where=sa.text(TOP_FILED), postgresql_where=sa.text(TOP_FILED))
    op.create_index('ux_document_top_failed_sha256', 'document', ['sha256'], unique=True,
                    sqlite_where=sa.text(TOP_FAILED), postgresql_where=sa.text(TOP_FAILED))


def downgrade() -> None:
    op.drop_index('ux_document_top_failed_sha256', table_name='document')
    op.drop_index('ux_document_top_sha256', table_name='document')
