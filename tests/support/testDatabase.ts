// Each test file gets its own database, copied from the template globalSetup migrated.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { seedDemo } from '../../prisma/seed';
import { adminQuery, databaseUrl } from '../../support/postgres';
import { developmentAuditKey } from '../../src/config/env';
import { createDatabase, type Database } from '../../src/db/prisma';
import { onceStarted } from './onceStarted';

export interface TestDatabase {
  url: string;
  db: Database;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ciclo_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const url = databaseUrl(name);
  const db = createDatabase(url, developmentAuditKey);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A database for this file (or describe block), created before its tests, with the demo data of that fiscal year when given, and dropped after them. */
export function useTestDatabase(demoFiscalYear?: number): TestDatabase {
  let created: TestDatabase | undefined;
  beforeAll(async () => {
    created = await createTestDatabase();
    if (demoFiscalYear !== undefined) await seedDemo(created.db, demoFiscalYear);
  });
  afterAll(async () => {
    await created?.drop();
  });
  return onceStarted('La base de datos de prueba', () => created);
}
