-- Changes to data audited in the same hash-chained trail as the stages' workflow events: a row
-- names its entity (a resource such as 'products', 'users', 'imports'), the record, the
-- institution it belongs to (for scoping reads) and what changed as JSON. A workflow event keeps
-- its stageId; a change to data has none.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "changes" JSONB,
ADD COLUMN     "entity" TEXT,
ADD COLUMN     "entityId" TEXT,
ADD COLUMN     "institutionId" TEXT,
ALTER COLUMN "stageId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_institutionId_idx" ON "AuditEvent"("institutionId");


-- The canonical text now covers the new columns, but only when one of them is set: a row without
-- them (every row written before this migration, and every stage event) keeps the 12-field text
-- it was hashed with, so the stored chain still verifies. A row with them appends four fields:
-- entity, entityId, institutionId and the text of changes as stored (jsonb's own output, carried
-- as a JSON string), so altering any of them breaks the row's hash. Must stay equal to
-- canonicalAuditText in src/domain/auditChain.ts.
CREATE OR REPLACE FUNCTION audit_event_canonical(e "AuditEvent") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT '[' || concat_ws(',',
    coalesce(to_json(e."seq")::text, 'null'),
    coalesce(to_json(e."id")::text, 'null'),
    coalesce(to_json(e."eventKey")::text, 'null'),
    coalesce(to_json(e."stageId")::text, 'null'),
    coalesce(to_json(e."action")::text, 'null'),
    coalesce(to_json(e."actorId")::text, 'null'),
    coalesce(to_json(e."actorName")::text, 'null'),
    coalesce(to_json(e."comment")::text, 'null'),
    coalesce(to_json(e."reasonCode")::text, 'null'),
    coalesce(to_json(e."version")::text, 'null'),
    coalesce(to_json(to_char(e."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text, 'null'),
    coalesce(to_json(e."prevHash")::text, 'null'),
    CASE WHEN num_nonnulls(e."entity", e."entityId", e."institutionId", e."changes") > 0 THEN concat_ws(',',
      coalesce(to_json(e."entity")::text, 'null'),
      coalesce(to_json(e."entityId")::text, 'null'),
      coalesce(to_json(e."institutionId")::text, 'null'),
      coalesce(to_json(e."changes"::text)::text, 'null')
    ) END
  ) || ']'
$$;
