// `npm run seed:national`: registers Guatemala's public sector (ministries, secretariats,
// decentralised and autonomous entities, every municipality) in the database `npm start` uses,
// so a coordinator can start a national cycle from the console. Migrates first; running it again
// adds only what is missing.
import { seedNational } from '../prisma/seedNational';
import { applyMigrations } from '../src/infra/migrate';
import { runOnDatabase } from './runOnDatabase';

const kindNames: Record<string, string> = {
  ministry: 'ministerios',
  coordinator: 'coordinadoras',
  secretariat: 'secretarías',
  decentralised: 'descentralizadas',
  autonomous: 'autónomas',
  municipality: 'municipalidades',
  other: 'otras',
};

await runOnDatabase(async (db, url) => {
  await applyMigrations(url);
  console.log('[ciclo] Registrando el sector público...');
  const summary = await seedNational(db);
  const kinds = Object.entries(summary.byKind).map(([kind, count]) => `${count} ${kindNames[kind] ?? kind}`).join(', ');
  console.log(`[ciclo] ${summary.institutions} instituciones (${summary.added} nuevas): ${kinds}`);
});
