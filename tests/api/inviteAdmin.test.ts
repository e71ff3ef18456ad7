// `npm run admin:invite`, run as the script it is: the first administrator of an installation
// without the demo gets a one-time link, never a password someone else chose.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../prisma/seed';
import { redeemPasswordSetup } from '../../src/auth/passwordSetups';
import { verifyPassword } from '../../src/auth/passwords';
import { createTestDatabase, useTestDatabase } from '../support/testDatabase';

const run = promisify(execFile);
const database = useTestDatabase();

async function inviteAdmin(...args: string[]) {
  const { PATH, HOME } = process.env;
  return run(process.execPath, ['--import', 'tsx', 'scripts/inviteAdmin.ts', ...args], { env: { PATH, HOME, DATABASE_URL: database.url, PUBLIC_URL: 'https://ciclo.example.gt' } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

describe('npm run admin:invite', () => {
  it('when run on a database with nobody, then an admin without a password exists and the printed link sets it once', async () => {
    const answer = await inviteAdmin('Primera.Admin@minfin.gob.gt', 'Primera Administradora');
    expect(answer.code, answer.output).toBe(0);
    const token = /https:\/\/ciclo\.example\.gt\/#\/primer-acceso\/([\w-]+)/.exec(answer.output)?.[1];
    expect(token).toBeDefined();
    expect(await database.db.user.findUniqueOrThrow({ where: { email: 'primera.admin@minfin.gob.gt' } })).toMatchObject({ role: 'admin', passwordHash: null, institutionId: null });
    await redeemPasswordSetup(database.db, token!, 'la clave de la primera admin');
    const admin = await database.db.user.findUniqueOrThrow({ where: { email: 'primera.admin@minfin.gob.gt' } });
    expect(await verifyPassword('la clave de la primera admin', admin.passwordHash!)).toBe(true);
    await expect(redeemPasswordSetup(database.db, token!, 'otra clave cualquiera')).rejects.toThrow(/ya se usó/);
  }, 60_000);

  it('when the arguments are wrong or the person has another role, then it says so and writes nothing', async () => {
    const before = await database.db.user.count();
    const wrong = await inviteAdmin('no-es-correo', 'X');
    expect(wrong.code).toBe(2);
    expect(wrong.output).toMatch(/Uso: npm run admin:invite/);
    await database.db.user.create({ data: { email: 'planificador@ciclo.test', name: 'Planificador', role: 'planner', passwordHash: null } });
    const other = await inviteAdmin('planificador@ciclo.test', 'Planificador');
    expect(other.code).toBe(1);
    expect(other.output).toMatch(/ya tiene cuenta con el rol planner/);
    expect(await database.db.user.count()).toBe(before + 1);
    expect(await database.db.passwordSetup.count({ where: { user: { email: 'planificador@ciclo.test' } } })).toBe(0);
  }, 60_000);

  it('when the demo seed runs on a database that has a real person, then no demo account (public password) is added', async () => {
    const real = await createTestDatabase();
    try {
      await real.db.user.create({ data: { email: 'directora@segeplan.gob.gt', name: 'Directora', role: 'admin', passwordHash: null } });
      expect(await seedDemo(real.db, 2028)).toBe(false);
      expect(await real.db.user.findMany({ select: { email: true } })).toEqual([{ email: 'directora@segeplan.gob.gt' }]);
      expect(await real.db.institution.count()).toBe(0);
    } finally {
      await real.drop();
    }
  });
});
