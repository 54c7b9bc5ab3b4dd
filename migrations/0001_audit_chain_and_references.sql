-- Audit log: append-only and hash-chained (等保 2.0 三级: audit records protected from change).
-- Every row's hash covers its content and the previous row's hash, so changing or removing a row
-- breaks the chain at that row; `shian audit verify` finds the first broken link.
CREATE OR REPLACE FUNCTION audit_row_hash(r audit_log) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(coalesce(r.prev_hash, '') || jsonb_build_array(
    r.id, (extract(epoch FROM r.at) * 1000000)::bigint, r.actor_id, r.actor_username, r.actor_role, r.ip,
    r.action, r.entity_type, r.entity_id, r.before, r.after)::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE last_hash varchar(64);
BEGIN
  -- One appender at a time until commit: the id is taken under the lock, so id order is chain order.
  PERFORM pg_advisory_xact_lock(hashtext('shian.audit_log'));
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  NEW.at := clock_timestamp(); -- the server's clock, never the writer's
  SELECT hash INTO last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := audit_row_hash(NEW);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- Platform tables cannot import module schemas, so these references are declared here.
ALTER TABLE accounts ADD CONSTRAINT accounts_region_code_fk FOREIGN KEY (region_code) REFERENCES regions(code);
--> statement-breakpoint
ALTER TABLE accounts ADD CONSTRAINT accounts_unit_id_fk FOREIGN KEY (unit_id) REFERENCES units(id);
