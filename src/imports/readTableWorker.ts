// Inside the worker thread: parses the file it was given and answers with the table or why not.
// Loaded by readTableWorker.mjs; the thread ends when the answer is sent.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { parseTable, TableLimitError, UnreadableTableError, type ReadAnswer, type ReadRequest } from './readTable';

/** Records per message: some tens of thousands of cells, a few milliseconds to copy. */
const batchSize = 1000;

/**
 * The answer; a big table's records go first in batches, each once the API's thread asked for the
 * next (it would take every message already waiting in one turn of its event loop).
 */
async function answer({ bytes, format, limits }: ReadRequest, port: MessagePort): Promise<ReadAnswer> {
  try {
    const table = await parseTable(bytes, format, limits);
    let sent = 0;
    for (; sent + batchSize < table.records.length; sent += batchSize) {
      const asked = new Promise((resolve) => port.once('message', resolve));
      port.postMessage({ records: table.records.slice(sent, sent + batchSize) } satisfies ReadAnswer);
      await asked;
    }
    return { table: { ...table, records: table.records.slice(sent) } };
  } catch (err) {
    if (err instanceof TableLimitError) return { limit: err.kind, message: err.message };
    if (err instanceof UnreadableTableError) return { unreadable: err.message };
    return { failure: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

if (!parentPort) throw new Error('readTableWorker runs only as a worker thread of readTable');
parentPort.postMessage(await answer(workerData as ReadRequest, parentPort));
