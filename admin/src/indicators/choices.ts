const choices = (prefix: string, ids: string[]) => ids.map((id) => ({ id, name: `ciclo.${prefix}.${id}` }));

export const INDICATOR_LEVEL_CHOICES = choices('indicator_level', ['impact', 'result', 'product', 'process', 'input']);
export const FREQUENCY_CHOICES = choices('frequency', ['mensual', 'cuatrimestral', 'semestral', 'anual']);
export const DIRECTION_CHOICES = choices('direction', ['higher', 'lower']);
