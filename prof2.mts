import { readFileSync } from 'node:fs';
import { parseTable } from './src/imports/readTable';
import { validateMinfinTable } from './src/imports/minfinLayout';
const bytes = new Uint8Array(readFileSync('/tmp/bench.csv'));
const table = await parseTable(bytes, 'csv');
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const v = validateMinfinTable(table, { entityCode: '11130009', catalogues: {} });
  console.log('validate', performance.now() - t);
}
