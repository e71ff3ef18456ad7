// Inside a reader thread: parses each file it is sent and answers with the table or why not; it
// waits for the next file until readTable ends it. Loaded by readTableWorker.mjs.
import { parentPort } from 'node:worker_threads';
import { packRecords, parseTable, recordKeys, TableLimitError, UnreadableTableError, type ReadAnswer, type ReadRequest } from './readTable';

/** Records per message: some tens of thousands of cells, a few milliseconds to copy. */
const batchSize = 1000;

if (!parentPort) throw new Error('readTableWorker runs only as a worker thread of readTable');
const port = parentPort;

/** Resolved when the API's thread asks for the next batch. */
let nextAsked: (() => void) | undefined;

/**
 * The answer; a big table's records go first in batches, each once the API's thread asked for the
 * next (it would take every message already waiting in one turn of its event loop).
 */
async function answer({ bytes, format, limits }: ReadRequest): Promise<ReadAnswer> {
  try {
    const { records, ...table } = await parseTable(bytes, format, limits);
    const keys = recordKeys(table.headers);
    let sent = 0;
    for (; sent + batchSize < records.length; sent += batchSize) {
      const asked = new Promise<void>((resolve) => (nextAsked = resolve));
      port.postMessage({ keys, records: packRecords(keys, records.slice(sent, sent + batchSize)) } satisfies ReadAnswer);
      await asked;
    }
    return { table, records: packRecords(keys, records.slice(sent)) };
  } catch (err) {
    if (err instanceof TableLimitError) return { limit: err.kind, message: err.message };
    if (err instanceof UnreadableTableError) return { unreadable: err.message };
    return { failure: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

port.on('message', (message: ReadRequest | 'next') => {
  if (message === 'next') nextAsked?.();
  else void answer(message).then((reply) => port.postMessage(reply));
});
