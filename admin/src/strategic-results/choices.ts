export const LEVEL_CHOICES = ['final', 'intermediate', 'immediate'].map((id) => ({ id, name: `ciclo.result_level.${id}` }));

export const RESULT_KIND_CHOICES = ['strategic', 'institutional'].map((id) => ({ id, name: `ciclo.result_kind.${id}` }));
