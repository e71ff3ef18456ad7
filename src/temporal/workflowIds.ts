// The one place that names workflows: ids are readable and unique per institution, year and stage.
export function stageWorkflowId(parts: { jurisdiction: string; fiscalYear: number; institutionCode: string; stageCode: string }): string {
  return `stage/${parts.jurisdiction}/${parts.fiscalYear}/${parts.institutionCode}/${parts.stageCode}`;
}
