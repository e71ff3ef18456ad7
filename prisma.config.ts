// Prisma CLI configuration: the JS schema engine over node-postgres, so no native engine is needed.
import { defineConfig } from 'prisma/config';
import { PrismaPgMigrations } from './src/db/migrationAdapter';
import { poolConfigFromUrl } from './src/db/poolConfig';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: async () => new PrismaPgMigrations(poolConfigFromUrl(process.env.DATABASE_URL ?? '')),
});
