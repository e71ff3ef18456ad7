// A workbook (.xlsx) is a zip of XML files, and a zip can declare a few MB that inflate to
// gigabytes. Before ExcelJS inflates anything, the zip's central directory (its table of contents at
// the end) says how many files it holds and how big each is once inflated; then each file is
// inflated here, counted and thrown away, stopping the moment it passes what it declared, since
// the declared sizes may lie. Only then does ExcelJS inflate it, within sizes now known.
import { createInflateRaw } from 'node:zlib';
import { count, megabytes, rowsAboveData, TableLimitError, UnreadableTableError, type TableLimits } from './tableLimits';

const endOfDirectorySignature = 0x06054b50;
const directorySignature = 0x02014b50;
const localSignature = 0x04034b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65535. */
const endRecordLength = 22;
const maxCommentLength = 0xffff;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where its local header starts in the file. */
  localOffset: number;
}

/** A zip that is not one, or a damaged one: the same 400 ExcelJS's own failure gives. */
const notAWorkbook = () => new UnreadableTableError('El archivo no es un libro de Excel (.xlsx) válido');

/** The entries the central directory lists, as JSZip (ExcelJS's unzipper) will find them. */
export function zipEntries(bytes: Uint8Array, limits: Pick<TableLimits, 'maxZipEntries'>): ZipEntry[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The last end record, as JSZip reads it (a comment may contain the signature too).
  let end = -1;
  for (let at = buffer.length - endRecordLength; at >= Math.max(0, buffer.length - endRecordLength - maxCommentLength); at--) {
    if (buffer.readUInt32LE(at) === endOfDirectorySignature) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notAWorkbook();
  const entryCount = buffer.readUInt16LE(end + 10);
  const directorySize = buffer.readUInt32LE(end + 12);
  const directoryOffset = buffer.readUInt32LE(end + 16);
  // 0xFFFF and 0xFFFFFFFF send a reader to ZIP64 records: only for more files or bigger ones than a workbook can have here.
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new TableLimitError('too_large', `El libro de Excel es un zip de formato ZIP64: un libro de más de ${count(limits.maxZipEntries)} archivos internos o de más de 4 GB, que no se admite`);
  }
  if (entryCount > limits.maxZipEntries) {
    throw new TableLimitError('too_large', `El libro de Excel contiene ${count(entryCount)} archivos internos; el máximo es ${count(limits.maxZipEntries)}`);
  }
  // Bytes prepended to the zip shift every offset; JSZip allows for them the same way.
  const start = end - directorySize;
  const shift = start - directoryOffset;
  if (start < 0 || shift < 0) throw notAWorkbook();
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== directorySignature) throw notAWorkbook();
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: buffer.toString('utf8', at + 46, Math.min(end, at + 46 + nameLength)),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42) + shift,
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localOffset - shift === 0xffffffff) {
      throw new TableLimitError('too_large', `El archivo interno ${entry.name} del libro de Excel declara 4 GB o más (ZIP64), que no se admite`);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The declared sizes within the limits: one file's and all together. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limits: Pick<TableLimits, 'maxZipEntryBytes' | 'maxZipTotalBytes'>): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxZipEntryBytes) {
      throw new TableLimitError(
        'too_large',
        `El libro de Excel se expande demasiado: su archivo interno ${entry.name} ocupa ${megabytes(entry.uncompressedSize)} sin comprimir; el máximo es ${megabytes(limits.maxZipEntryBytes)} por archivo`,
      );
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxZipTotalBytes) {
    throw new TableLimitError('too_large', `El libro de Excel se expande demasiado: ocupa ${megabytes(total)} sin comprimir; el máximo es ${megabytes(limits.maxZipTotalBytes)}`);
  }
}

/** The bytes of an entry as stored (compressed), found through its local header. */
function storedData(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at < 0 || at + 30 > buffer.length || buffer.readUInt32LE(at) !== localSignature) throw notAWorkbook();
  const dataStart = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (dataStart + entry.compressedSize > buffer.length) throw notAWorkbook();
  return buffer.subarray(dataStart, dataStart + entry.compressedSize);
}

/**
 * Inflates `data`, keeping nothing but what `look` takes from each piece (it may throw to stop),
 * and stops as soon as more than `allowed` bytes come out: the bytes it gave, or allowed + 1.
 */
function inflatedSize(data: Buffer, allowed: number, look?: (piece: Buffer) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 1024 * 1024 });
    let size = 0;
    let done = false;
    inflate.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > allowed) {
        done = true;
        inflate.destroy();
        resolve(allowed + 1);
        return;
      }
      try {
        look?.(chunk);
      } catch (err) {
        done = true;
        inflate.destroy();
        reject(err);
      }
    });
    inflate.on('end', () => {
      if (!done) resolve(size);
    });
    inflate.on('error', (err) => {
      if (!done) reject(err);
    });
    inflate.end(data);
  });
}

/** The sheets ExcelJS reads: the entries whose name it matches so. */
const worksheetEntry = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** How often each tag opens in a sheet's XML as it streams past (a tag may straddle two pieces). */
class TagCounter {
  private tail = Buffer.alloc(0);
  readonly counts: number[];

  constructor(private readonly tags: readonly Buffer[]) {
    this.counts = tags.map(() => 0);
  }

  add(piece: Buffer): void {
    const longest = Math.max(...this.tags.map((t) => t.length));
    const text = this.tail.length ? Buffer.concat([this.tail, piece]) : piece;
    this.tags.forEach((tag, i) => {
      // A match wholly inside the carried tail was counted with the piece before.
      for (let at = text.indexOf(tag, 0); at >= 0; at = text.indexOf(tag, at + 1)) if (at + tag.length > this.tail.length) this.counts[i]!++;
    });
    this.tail = Buffer.from(text.subarray(Math.max(0, text.length - (longest - 1))));
  }
}

/** Opening tags of a row and of a cell, with attributes or without (an empty cell, <c r="B2"/>, is an object in ExcelJS too). */
const rowTags = ['<row ', '<row>'].map((t) => Buffer.from(t));
const cellTags = ['<c ', '<c>', '<c/>'].map((t) => Buffer.from(t));

/**
 * Refuses a workbook whose zip holds too many files or inflates past the limits, reading the
 * central directory first and then inflating each file no further than it declared; on the way
 * it counts each sheet's rows and the workbook's cells, which ExcelJS would hold all in memory.
 */
export async function checkZipLimits(bytes: Uint8Array, limits: TableLimits): Promise<void> {
  const entries = zipEntries(bytes, limits);
  checkDeclaredSizes(entries, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cellsBefore = 0;
  for (const entry of entries) {
    const data = storedData(buffer, entry);
    let tally: ((piece: Buffer) => void) | undefined;
    let cellsHere: () => number = () => 0;
    if (worksheetEntry.test(entry.name)) {
      const counter = new TagCounter([...rowTags, ...cellTags]);
      const sum = (from: number, to: number) => counter.counts.slice(from, to).reduce((a, b) => a + b, 0);
      cellsHere = () => sum(rowTags.length, rowTags.length + cellTags.length);
      tally = (piece) => {
        counter.add(piece);
        if (sum(0, rowTags.length) > limits.maxRows + rowsAboveData) {
          throw new TableLimitError('too_many', `Una hoja del libro de Excel tiene más de ${count(limits.maxRows)} filas, el máximo: divídala en varios archivos`);
        }
        if (cellsBefore + cellsHere() > limits.maxWorkbookCells) {
          throw new TableLimitError(
            'too_many',
            `El libro de Excel tiene más de ${count(limits.maxWorkbookCells)} celdas, el máximo que se lee de un libro: divídalo en varios archivos o envíelo como CSV`,
          );
        }
      };
    }
    let size: number;
    if (entry.method === 0) {
      size = data.length;
      tally?.(data);
    } else if (entry.method === 8) {
      try {
        size = await inflatedSize(data, entry.uncompressedSize, tally);
      } catch (err) {
        if (err instanceof TableLimitError) throw err;
        throw notAWorkbook();
      }
    } else throw notAWorkbook();
    cellsBefore += cellsHere();
    if (size > entry.uncompressedSize) {
      throw new TableLimitError(
        'too_large',
        `El libro de Excel se expande más de lo que declara (su archivo interno ${entry.name} pasa de ${megabytes(entry.uncompressedSize)} sin comprimir): no se lee un archivo así`,
      );
    }
  }
}
