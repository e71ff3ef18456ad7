-- Audit trail: append-only and hash-chained. Every row carries its position (seq), the previous
-- row's hash (prevHash) and its own hash: sha256 of the canonical text defined in
-- src/domain/auditChain.ts (a JSON array of the row's fields, timestamps as ISO UTC with ms).
-- A trigger computes them on insert under one advisory lock, so concurrent writers form a single
-- chain; other triggers refuse UPDATE, DELETE and TRUNCATE. `npm run audit:verify` checks it.

-- AlterTable: nullable first, so rows already written can be chained below.
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" INTEGER;

-- The canonical text of a row; must stay equal to canonicalAuditText in src/domain/auditChain.ts.
CREATE FUNCTION audit_event_canonical(e "AuditEvent") RETURNS text
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
    coalesce(to_json(e."prevHash")::text, 'null')
  ) || ']'
$$;

CREATE FUNCTION audit_event_hash(e "AuditEvent") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
$$;

-- Chain the rows already written, in the order they happened.
DO $$
DECLARE
  event RECORD;
  prior_hash TEXT := NULL;
  n INTEGER := 0;
BEGIN
  FOR event IN SELECT "id" FROM "AuditEvent" ORDER BY "at", "id" LOOP
    n := n + 1;
    UPDATE "AuditEvent" SET "seq" = n, "prevHash" = prior_hash WHERE "id" = event."id";
    UPDATE "AuditEvent" AS e SET "hash" = audit_event_hash(e) WHERE "id" = event."id" RETURNING "hash" INTO prior_hash;
  END LOOP;
END $$;

ALTER TABLE "AuditEvent" ALTER COLUMN "seq" SET NOT NULL,
ALTER COLUMN "hash" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");

-- Links a new row to the last one. The transaction-level advisory lock (held until commit)
-- serialises writers; each statement of this volatile function reads a fresh snapshot under
-- READ COMMITTED, so the last row is the last committed one. Were the lock ever bypassed, the
-- unique indexes on seq and prevHash refuse a fork instead of recording it.
CREATE FUNCTION audit_event_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tip RECORD;
BEGIN
  PERFORM pg_advisory_xact_lock(20261124400000);
  SELECT "seq", "hash" INTO tip FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := coalesce(tip."seq", 0) + 1;
  NEW."prevHash" := tip."hash";
  NEW."hash" := audit_event_hash(NEW);
  RETURN NEW;
END $$;

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'La auditoría solo admite altas: % rechazado en "AuditEvent"', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
