export type ImportFormat = 'csv' | 'xlsx' | 'json';

export const ACCEPTED_FILES = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CONTENT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

/** The format of a chosen file, by its extension; null for anything else. */
export const formatOfFile = (file: File): ImportFormat | null => {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'xlsx' || extension === 'json' ? extension : null;
};

export const contentTypeOf = (format: ImportFormat): string => CONTENT_TYPES[format];
