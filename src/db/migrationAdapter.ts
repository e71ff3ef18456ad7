// The driver adapter the Prisma CLI migrates through. @prisma/adapter-pg 7.x runs a migration by
// splitting it on every ";", which tears apart function bodies ($$ ... ; ... $$) and comments
// holding a ";". This one sends each migration whole, as one simple query, as Prisma's native
// engine does: PostgreSQL runs it as a single implicit transaction.
import { PrismaPg } from '@prisma/adapter-pg';
import type { Pool } from 'pg';

/** What a connected adapter keeps to itself, reached here to run one script as it is written. */
interface AdapterInternals {
  client: Pool;
  onError(error: unknown): never;
}

export class PrismaPgMigrations extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const internals = adapter as unknown as AdapterInternals;
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  }
}
