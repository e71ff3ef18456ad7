/** What the import page uploads; each is its own endpoint under /api/imports, with its own template. */
export type ImportKind = 'budget-lines' | 'budget-execution';

interface ImportKindInfo {
  label: string;
  intro: string;
  template: string;
  templateFile: string;
}

export const IMPORT_KINDS: Record<ImportKind, ImportKindInfo> = {
  'budget-lines': {
    label: 'ciclo.import.kind_lines',
    intro: 'ciclo.import.intro',
    template: 'ciclo.import.template',
    templateFile: 'plantilla-lineas-presupuestarias',
  },
  'budget-execution': {
    label: 'ciclo.import.kind_execution',
    intro: 'ciclo.import.intro_execution',
    template: 'ciclo.import.template_execution',
    templateFile: 'plantilla-ejecucion-presupuestaria',
  },
};

export const IMPORT_KIND_NAMES = Object.keys(IMPORT_KINDS) as ImportKind[];
