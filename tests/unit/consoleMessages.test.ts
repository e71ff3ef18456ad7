// The console's messages (admin/src/i18n): Spanish and English have the same keys and the same
// placeholders, and every key the console's code names literally exists in Spanish, the default.
import { readdirSync, readFileSync } from 'node:fs';
import englishMessages from 'ra-language-english';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CHOICES } from '../../admin/src/classifiers/choices';
import { en } from '../../admin/src/i18n/en';
import { es } from '../../admin/src/i18n/es';
import { DIRECTION_CHOICES, FREQUENCY_CHOICES, INDICATOR_LEVEL_CHOICES } from '../../admin/src/indicators/choices';
import { PLAN_CHOICES } from '../../admin/src/physical-targets/choices';
import { LEVEL_CHOICES, RESULT_KIND_CHOICES } from '../../admin/src/strategic-results/choices';
import { contentCollections, deliverableKinds } from '../../src/domain/planBudget/deliverable';
import { linkageReport } from '../../src/domain/planBudget/linkage';
import { stageEvents } from '../../src/domain/stageEvent';

const adminSrc = join(import.meta.dirname, '../../admin/src');

/** Strings of the console's code that look like message keys but are not messages. */
const NOT_MESSAGES = new Set([
  // session.ts: the localStorage keys of the session.
  'ciclo.token',
  'ciclo.user',
]);

/** { a: { b: 'x' } } -> Map { 'a.b' => 'x' }: the keys polyglot looks up. */
function flatten(messages: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (value !== null && typeof value === 'object') {
      for (const [inner, text] of flatten(value as object, `${prefix}${key}.`)) flat.set(inner, text);
    } else {
      flat.set(`${prefix}${key}`, String(value));
    }
  }
  return flat;
}

const esMessages = flatten(es);
const enMessages = flatten(en);

const placeholders = (text: string) => [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]))].sort();

/** Every 'ciclo.…' / 'resources.…' string literal of admin/src/**\/*.ts(x), outside the messages themselves. */
function literalKeys(): Map<string, string[]> {
  const files = readdirSync(adminSrc, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.split(/[\\/]/).includes('i18n'))
    .map((file) => join(adminSrc, file));
  const keys = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    // The same quote on both sides: a template literal with ${…} (a key built at run time) does not match.
    for (const match of source.matchAll(/(['"`])((?:ciclo|resources)\.[A-Za-z0-9_.-]+)\1/g)) {
      const key = match[2]!;
      if (NOT_MESSAGES.has(key)) continue;
      keys.set(key, [...(keys.get(key) ?? []), relative(adminSrc, file)]);
    }
  }
  return keys;
}

describe('console messages', () => {
  it('when the Spanish and English messages are compared, then they have the same keys (react-admin\'s own ra.* apart)', () => {
    const own = (messages: Map<string, string>) => [...messages.keys()].filter((key) => !key.startsWith('ra.'));
    expect(own(esMessages).filter((key) => !enMessages.has(key)), 'in es, not in en').toEqual([]);
    expect(own(enMessages).filter((key) => !esMessages.has(key)), 'in en, not in es').toEqual([]);
  });

  it('when a key is named literally in the console\'s code, then the Spanish messages have it', () => {
    const used = literalKeys();
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([key]) => !esMessages.has(key)).map(([key, files]) => `${key} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('when a key is built at run time from a domain value, then the Spanish messages have it for every value', () => {
    const gateCodes = [...readFileSync(join(import.meta.dirname, '../../src/domain/planBudget/gates.ts'), 'utf8')
      .match(/export type GateCode =([^;]+);/)![1]!
      .matchAll(/'(\w+)'/g)].map((match) => match[1]!);
    expect(gateCodes.length).toBeGreaterThan(10);
    const linkageFigures = Object.keys(linkageReport({ products: [], results: [], budgetLines: [] })).filter((key) => key !== 'linkedShare');
    const choices = [CATALOGUE_CHOICES, LEVEL_CHOICES, RESULT_KIND_CHOICES, INDICATOR_LEVEL_CHOICES, FREQUENCY_CHOICES, DIRECTION_CHOICES, PLAN_CHOICES];
    const expected = [
      ...gateCodes.map((gate) => `ciclo.gate.${gate}`),
      ...deliverableKinds.map((kind) => `ciclo.deliverable.${kind}`),
      ...contentCollections.map((name) => `ciclo.collection.${name}`),
      ...['added', 'removed', 'changed'].map((change) => `ciclo.delivery.change_${change}`),
      ...linkageFigures.map((figure) => `ciclo.delivery.linkage_${figure}`),
      ...['csv', 'xlsx'].flatMap((format) => [`ciclo.content.export_${format}`, `ciclo.import.template_${format}`]),
      ...choices.flat().map((choice) => choice.name),
    ];
    expect(expected.filter((key) => !esMessages.has(key))).toEqual([]);
  });

  it('when audit actions are labelled, then both languages label exactly the stage events the server records', () => {
    expect(stageEvents).toContain('off_track');
    const labelled = (messages: Map<string, string>) => [...messages.keys()].filter((key) => key.startsWith('ciclo.audit_action.')).map((key) => key.slice('ciclo.audit_action.'.length)).sort();
    expect(labelled(esMessages)).toEqual([...stageEvents].sort());
    expect(labelled(enMessages)).toEqual([...stageEvents].sort());
  });

  it('when a key is in both languages, then both messages take the same %{placeholders}', () => {
    const differing = [...esMessages]
      .filter(([key]) => enMessages.has(key))
      .filter(([key, text]) => placeholders(text).join() !== placeholders(enMessages.get(key)!).join())
      .map(([key, text]) => `${key}: es ${placeholders(text).join()} / en ${placeholders(enMessages.get(key)!).join()}`);
    expect(differing).toEqual([]);
  });

  it('when react-admin\'s own messages are compared with its installed English pack, then Spanish has every one of them and nothing else', () => {
    // The published Spanish packs lag behind react-admin; ours is checked key by key against the version installed.
    const raKeys = (messages: Map<string, string>) => [...messages.keys()].filter((key) => key.startsWith('ra.')).sort();
    const english = raKeys(flatten(englishMessages));
    expect(english.length).toBeGreaterThan(100);
    expect(raKeys(esMessages)).toEqual(english);
    // A message left in English has words in it; one made of placeholders ("%{name}") needs no translation.
    const words = (text: string) => /[a-z]{4}/i.test(text.replace(/%\{\w+\}/g, ''));
    const sameInBoth = new Set(['ra.configurable.inspector.title']); // "Inspector" is Spanish too
    const untranslated = english.filter((key) => !sameInBoth.has(key) && esMessages.get(key) === flatten(englishMessages).get(key) && words(esMessages.get(key)!));
    expect(untranslated).toEqual([]);
  });

  it('when a message has plural forms, then it has the two that Spanish and English use (singular |||| plural)', () => {
    // Polyglot picks form 0 for one and form 1 for any other number in es and en: a third form is never shown.
    const wrong = [...esMessages, ...enMessages].filter(([, text]) => text.split('||||').length > 2).map(([key]) => key);
    expect(wrong).toEqual([]);
  });
});
