// The structured difference between two frozen versions of a deliverable: per collection, the
// items added, removed and changed (field by field), matched on each item's natural key.
import { contentCollections, itemKeys, type ContentCollection, type DeliverableContent } from './deliverable';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface CollectionDiff {
  added: { key: string; item: unknown }[];
  removed: { key: string; item: unknown }[];
  changed: { key: string; changes: FieldChange[] }[];
}

export interface SnapshotDiff {
  collections: Partial<Record<ContentCollection, CollectionDiff>>;
  summary: { added: number; removed: number; changed: number };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.filter((f) => !same(before[f], after[f])).map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}

function diffCollection<T>(keyOf: (item: T) => string, before: T[], after: T[]): CollectionDiff {
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const now = new Map(after.map((item) => [keyOf(item), item]));
  const diff: CollectionDiff = { added: [], removed: [], changed: [] };
  for (const [key, item] of now) {
    const previous = old.get(key);
    if (previous === undefined) diff.added.push({ key, item });
    else {
      const changes = fieldChanges(previous as Record<string, unknown>, item as Record<string, unknown>);
      if (changes.length) diff.changed.push({ key, changes });
    }
  }
  for (const [key, item] of old) if (!now.has(key)) diff.removed.push({ key, item });
  for (const list of [diff.added, diff.removed, diff.changed]) list.sort((a, b) => a.key.localeCompare(b.key));
  return diff;
}

/** What changed from `before` to `after`; collections without changes are left out. */
export function diffSnapshots(before: DeliverableContent, after: DeliverableContent): SnapshotDiff {
  const collections: SnapshotDiff['collections'] = {};
  const summary = { added: 0, removed: 0, changed: 0 };
  for (const name of contentCollections) {
    const diff = diffCollection(itemKeys[name] as (item: unknown) => string, (before[name] ?? []) as unknown[], (after[name] ?? []) as unknown[]);
    if (diff.added.length + diff.removed.length + diff.changed.length === 0) continue;
    collections[name] = diff;
    summary.added += diff.added.length;
    summary.removed += diff.removed.length;
    summary.changed += diff.changed.length;
  }
  return { collections, summary };
}
