// Builds the Prisma client over node-postgres (Prisma's JS engine: no native binary needed).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { poolConfigFromUrl } from './poolConfig';

export type Database = PrismaClient;

export function createDatabase(url: string): Database {
  return new PrismaClient({ adapter: new PrismaPg(poolConfigFromUrl(url)) });
}
