import { describe, expect, it } from 'vitest';
import { maxNesting, nulPaths, withoutNul } from '../../src/api/nulCharacters';

const nested = (depth: number, inner: unknown): unknown => {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('the NUL-character check of request bodies', () => {
  it('when strings and keys hold U+0000, then each one is named by its path, and clean values have none', () => {
    const found = nulPaths({ a: 'ok', b: ['x', 'y\u0000'], 'c\u0000': 1, d: { e: '\u0000' } });
    expect(found).toHaveLength(3);
    expect(found).toEqual(expect.arrayContaining([['b', 1], ['c\u0000'], ['d', 'e']]));
    expect(nulPaths({ a: [1, 'dos', { tres: null }] })).toEqual([]);
  });

  it('when a body is nested deeper than a form can be, then it is one validation issue, not a stack overflow', () => {
    // 50,000 levels fit in the 100 kB a JSON body may have; walked recursively they overflowed the stack (a 500).
    const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) as unknown;
    const result = withoutNul.safeParse(deep);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`el contenido está anidado a más de ${maxNesting} niveles`);
    expect(withoutNul.safeParse(nested(maxNesting - 1, 'hoja')).success).toBe(true);
  });

  it('when 20,000 fields sit deep in a path, then each is walked once and the one NUL among them is named by its whole path', () => {
    const flat = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 'valor']));
    expect(nulPaths(nested(maxNesting - 2, flat))).toEqual([]);
    const withOne = { ...flat, k19999: 'mal\u0000' };
    expect(nulPaths(nested(3, withOne))).toEqual([[0, 0, 0, 'k19999']]);
  });
});
