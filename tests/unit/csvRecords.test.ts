// The CSV splitter on what real files hold: quoted delimiters and line ends, doubled quotes, CR or
// CRLF line ends, quotes as text, a closing quote followed by more text, blank lines, a trailing
// delimiter. Each case is checked against csv-parse with the options readTable used before, so
// the records (and their numbers, the rows users are told) are the ones they were.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { eachCsvRecord, UnclosedQuoteError } from '../../src/imports/csvRecords';

function records(text: string, delimiter = ',') {
  const got: { record: number; cells: string[] }[] = [];
  eachCsvRecord(text, delimiter, (cells, record) => got.push({ record, cells }));
  return got;
}

function csvParse(text: string, delimiter = ',') {
  const got: { record: number; cells: string[] }[] = [];
  parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    on_record: (cells: string[], { records: record }) => {
      got.push({ record, cells });
      return null;
    },
  });
  return got;
}

const cases: [string, string, string?][] = [
  ['plain lines', 'a,b,c\n1,2,3\n'],
  ['no line end after the last record', 'a,b\n1,2'],
  ['CRLF line ends', 'a,b\r\n1,2\r\n'],
  ['CR line ends (old Mac Excel)', 'a,b\r1,2\r'],
  ['a delimiter and a line end inside quotes', 'a,b\n"1,5","dos\nlíneas"\n3,4\n'],
  ['doubled quotes inside quotes', 'a,b\n"dice ""hola""",x\n'],
  ['an empty quoted cell and a cell of one quote', 'a,b,c\n"","""",z\n'],
  ['a quote inside an unquoted cell', 'a,b\n5" pulgadas,x\n'],
  ['text after a closing quote', 'a,b\n"Edificio" Central,x\n"a""b"c,y\n""z,w\n'],
  ['blank lines between records', 'título\n\n\na,b\n1,2\n\n3,4\n'],
  ['a trailing delimiter', 'a,b,\n1,2,\n1,2,'],
  ['records of different widths', 'a,b,c\n1\n1,2,3,4,5\n'],
  ['semicolons', 'a;b\n"1;5";2\n', ';'],
  ['tabs', 'a\tb\n1\t"x\ty"\n', '\t'],
  ['spaces kept as written', ' a , b \n 1 ,"2" \n'],
];

describe('eachCsvRecord', () => {
  for (const [name, text, delimiter] of cases) {
    it(`when the file has ${name}, then the records are csv-parse's`, () => {
      const expected = csvParse(text, delimiter);
      expect(expected.length).toBeGreaterThan(0);
      expect(records(text, delimiter)).toEqual(expected);
    });
  }

  it('when a quoted cell spans lines, then the next record is numbered by records, not lines', () => {
    expect(records('a,b\n"uno\ndos",x\n3,4\n').map((r) => r.record)).toEqual([1, 2, 3]);
  });

  it('when a quote is never closed, then it says the line where it opens', () => {
    let error: unknown;
    try {
      records('a,b\n1,2\n3,"sin cerrar\n4,5\n');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UnclosedQuoteError);
    expect((error as UnclosedQuoteError).line).toBe(3);
  });

  it('when the text is empty, then there is no record', () => {
    expect(records('')).toEqual([]);
  });
});
