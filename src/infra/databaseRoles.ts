// Two database roles: the owner, which runs the migrations, and the application's, which reads
// and writes the data but may only add to and read the audit trail. Not owning the tables, the
// application's role can neither disable the trail's triggers nor rewrite its rows, even if the
// application is compromised. Granted again after every migration, so new tables are covered.
import pg from 'pg';
import { parse } from 'pg-connection-string';

export class DatabaseRoleError extends Error {}

/** The role a database URL signs in as. */
export function roleOf(url: string): string {
  const user = parse(url).user;
  if (!user) throw new DatabaseRoleError('La URL de la base no indica usuario');
  return user;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Run as the owner: what the application's role may do on every table, the audit trail apart. */
export async function grantApplicationRole(ownerUrl: string, appRole: string): Promise<void> {
  const role = quoted(appRole);
  await withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`REVOKE ALL ON "AuditEvent" FROM ${role}`);
    await client.query(`GRANT SELECT, INSERT ON "AuditEvent" TO ${role}`);
    // The migration history is the owner's: the application only reads it.
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${role}`);
    await client.query(`GRANT SELECT ON "_prisma_migrations" TO ${role}`);
    await client.query('COMMIT');
  });
}

/** Whether the role of `url` could rewrite the audit trail: owner or superuser, or granted UPDATE, DELETE or TRUNCATE. */
export async function canRewriteAuditTrail(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ rewrite: boolean }>(
      `SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE')
              OR has_table_privilege('"AuditEvent"', 'UPDATE') OR has_table_privilege('"AuditEvent"', 'DELETE')
              OR has_table_privilege('"AuditEvent"', 'TRUNCATE') AS rewrite
       FROM pg_class c, pg_roles r WHERE c.oid = '"AuditEvent"'::regclass AND r.rolname = current_user`,
    );
    return rows[0]?.rewrite ?? true;
  });
}

/**
 * The embedded server's application role, made by its superuser the first time; its password is
 * set again at every start from the file beside the cluster, so the two always agree.
 */
export async function ensureLoginRole(ownerUrl: string, appRole: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [appRole]);
    const verb = found.rowCount === 0 ? 'CREATE' : 'ALTER';
    // Utility statements take no parameters; the password is hex, made by Ciclo.
    if (!/^[0-9a-f]+$/.test(password)) throw new DatabaseRoleError('La clave del rol de la aplicación debe ser hexadecimal');
    await client.query(`${verb} ROLE ${quoted(appRole)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${password}'`);
    const database = parse(ownerUrl).database;
    if (database) await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoted(database)} TO ${quoted(appRole)}`);
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * After the migrations: gives the application's role its rights when it is not the owner, and
 * says whether it could still rewrite the audit trail (then the trail rests on its key alone).
 */
export async function separateApplicationRole(ownerUrl: string, appUrl: string): Promise<{ appCanRewriteAudit: boolean }> {
  if (roleOf(ownerUrl) !== roleOf(appUrl)) await grantApplicationRole(ownerUrl, roleOf(appUrl));
  return { appCanRewriteAudit: await canRewriteAuditTrail(appUrl) };
}
