// The open datasets, built from every approved snapshot of every institution and year, kept in
// memory until the next approval: an anonymous request then costs one small query, not a rebuild.
// Concurrent requests after an approval share one rebuild.
import type { Database } from '../../db/prisma';
import { approvedEditions, type ApprovedEdition } from './approvedContent';

/** What changes when anything is newly approved: how many approved stages, and the latest approval. */
async function publicationStamp(db: Database): Promise<string> {
  const { _count, _max } = await db.stage.aggregate({ where: { status: 'approved' }, _count: true, _max: { approvedAt: true } });
  return `${_count}/${_max.approvedAt?.toISOString() ?? ''}`;
}

export function openDataCache(db: Database) {
  let cached: { stamp: string; editions: Promise<ApprovedEdition[]> } | undefined;
  let builds = 0;
  return {
    /** Every approved edition, as approvedEditions(db) answers, rebuilt only after a new approval. */
    async editions(): Promise<ApprovedEdition[]> {
      const stamp = await publicationStamp(db);
      if (cached?.stamp !== stamp) {
        builds += 1;
        const editions = approvedEditions(db);
        cached = { stamp, editions };
        // A failed build is not kept: the next request tries again.
        editions.catch(() => {
          if (cached?.editions === editions) cached = undefined;
        });
      }
      return cached.editions;
    },
    /** How many times the editions were built: what the tests read to see the cache work. */
    get builds() {
      return builds;
    },
  };
}
