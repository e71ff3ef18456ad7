// Puts the classifier catalogues Ciclo ships (./guatemala.ts) into the ClassifierEntry table at
// every start: entries missing are added, entries there are left as they are (a name edited or a
// code accepted from an import is kept).
import type { Database } from '../../src/db/prisma';
import { guatemalaCatalogues, type CatalogueEntry } from './guatemala';

type Catalogue = keyof typeof guatemalaCatalogues;

/** Answers how many entries were added. */
export async function loadShippedCatalogues(db: Database): Promise<number> {
  const data = (Object.entries(guatemalaCatalogues) as [Catalogue, CatalogueEntry[]][]).flatMap(([catalogue, rows]) =>
    rows.map((row) => ({ catalogue, code: row.code, name: row.name, parentCode: row.parentCode })),
  );
  const { count } = await db.classifierEntry.createMany({ data, skipDuplicates: true });
  return count;
}
