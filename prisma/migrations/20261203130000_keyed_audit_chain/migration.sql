-- A keyed audit chain: from now on each row's hash is HMAC-SHA256 of its canonical text (the same
-- text as before, prevHash included) under a key kept outside the database (AUDIT_KEY, or the
-- local demo's key file). The application hands the key to each of its connections as the
-- session setting ciclo.audit_key; it is never stored in a table. Whoever can rewrite rows
-- without the key (a database owner, a restored dump) cannot recompute the hashes unseen.
-- Rows written before this migration keep their plain sha256 and are marked keyed = false;
-- `npm run audit:verify` accepts them only before the first keyed row.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "keyed" BOOLEAN NOT NULL DEFAULT false;

-- HMAC (RFC 2104) over the built-in sha256, so no extension is needed; 64-byte blocks.
CREATE FUNCTION audit_hmac_sha256(key bytea, message bytea) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  block bytea := CASE WHEN length(key) > 64 THEN sha256(key) ELSE key END;
  inner_pad bytea;
  outer_pad bytea;
BEGIN
  block := block || decode(repeat('00', 64 - length(block)), 'hex');
  inner_pad := block;
  outer_pad := block;
  FOR i IN 0..63 LOOP
    inner_pad := set_byte(inner_pad, i, get_byte(block, i) # 54);
    outer_pad := set_byte(outer_pad, i, get_byte(block, i) # 92);
  END LOOP;
  RETURN encode(sha256(outer_pad || sha256(inner_pad || message)), 'hex');
END $$;

-- Links a new row to the last one as before, now signing it with the connection's key. A
-- connection without the key cannot write to the trail at all, so no unsigned row follows a
-- signed one.
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tip RECORD;
  audit_key text := current_setting('ciclo.audit_key', true);
BEGIN
  IF audit_key IS NULL OR length(audit_key) < 32 THEN
    RAISE EXCEPTION 'La auditoría se firma con una clave: esta conexión no tiene ciclo.audit_key (AUDIT_KEY)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM pg_advisory_xact_lock(20261124400000);
  SELECT "seq", "hash" INTO tip FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := coalesce(tip."seq", 0) + 1;
  NEW."prevHash" := tip."hash";
  NEW."keyed" := true;
  NEW."hash" := audit_hmac_sha256(convert_to(audit_key, 'UTF8'), convert_to(audit_event_canonical(NEW), 'UTF8'));
  RETURN NEW;
END $$;
