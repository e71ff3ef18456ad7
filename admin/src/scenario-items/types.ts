export interface ScenarioItem {
  id: string;
  scenarioId: string;
  productId: string;
  year: number;
  sourceCode: string;
  quantity: number;
  unitCost: number;
}
