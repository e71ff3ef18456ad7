// The classifier catalogues and the demo plan and budget content of the four pilot ministries: a PEI with its
// logic model, products, programmatic categories, POA/POM targets, budget lines, ceilings,
// projections, production scenarios and indicators, consistent so that the submission gates pass.
// Idempotent: what exists is found by its natural key and left as it is (later edits are kept);
// only what is missing is created. The programmes, figures and baselines are illustrative.
// Products link to a programme or sub-programme, sub-products to an activity or work; a budget
// line sits on its product's category or one below it. Institution.budgetEntityCode is left as it
// is: MINFIN's entity codes (codigoEntidad) could not be confirmed here.
import type { Database } from '../src/db/prisma';
import { categoryAncestors, categoryCode } from '../src/api/planBudget/contentResources';

export { loadShippedCatalogues as seedClassifierCatalogues } from './catalogues/loadCatalogues';

// ---------------------------------------------------------------------------------------------
// Money in centavos (bigint), so that sums and quantity x price are exact.

function cents(quetzales: number): bigint {
  return BigInt(Math.round(quetzales * 100));
}

/** quantity x unit price in centavos; refuses a product with fractions of a centavo. */
function costOf(quantity: number, unitPrice: number): bigint {
  const product = cents(quantity) * cents(unitPrice);
  if (product % 100n !== 0n) throw new Error(`${quantity} x ${unitPrice} no da un monto en centavos`);
  return product / 100n;
}

/** Centavos as the decimal string Prisma stores in DECIMAL(18,2). */
function decimal(value: bigint): string {
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

const million = 100_000_000n; // one million quetzales, in centavos

function roundUpToMillion(value: bigint): bigint {
  return ((value + million - 1n) / million) * million;
}

/** value x (1 + percent/100)^years, truncated to the centavo. */
function grow(value: bigint, percent: number, years: number): bigint {
  let result = value;
  for (let i = 0; i < years; i++) result = (result * BigInt(100 + percent)) / 100n;
  return result;
}

// ---------------------------------------------------------------------------------------------
// The content, as data.

type Level = 'final' | 'intermediate' | 'immediate';

interface ResultSpec {
  code: string;
  level: Level;
  contributesTo: string | null;
  name: string;
}

interface CategorySpec {
  programa: number;
  subPrograma: number;
  proyecto: number;
  actividad: number;
  obra: number;
  name: string;
}

interface ProductSpec {
  code: string;
  name: string;
  unit: string;
  result: string;
  parent: string | null;
  /** The category's code, e.g. 14-01-000-001-000. */
  category: string;
  beneficiaries: string;
  /** The POA target of the fiscal year. */
  poa: number;
}

interface LineSpec {
  category: string;
  object: string;
  source: string;
  geography: string;
  /** null: a line of central activities (programme 1). */
  product: string | null;
  /** Costed from inputs: quantity and unit price (amount = their product)... */
  inputs?: [quantity: number, unitPrice: number];
  /** ...or a global amount in quetzales. */
  amount?: number;
}

interface IndicatorSpec {
  code: string;
  name: string;
  level: 'impact' | 'result' | 'product';
  formula: string;
  numerator: string;
  denominator: string;
  unit: string;
  baseline: number;
  baselineYear: number;
  frequency: 'anual' | 'cuatrimestral';
  source: string;
  meansOfVerification: string;
  direction: 'higher' | 'lower';
  owner: string;
  result?: string;
  product?: string;
  /** Target of the year, then of the four-month periods C1, C2, C3. */
  targets: [year: number, c1: number, c2: number, c3: number];
}

interface InstitutionDemo {
  institutionCode: string;
  plan: { name: string; mission: string; vision: string };
  results: ResultSpec[];
  categories: CategorySpec[];
  products: ProductSpec[];
  lines: LineSpec[];
  /** Products whose target the "Escenario ampliado" raises by 30 %. */
  expanded: string[];
  indicators: IndicatorSpec[];
}

function category(programa: number, subPrograma: number, proyecto: number, actividad: number, obra: number, name: string): CategorySpec {
  return { programa, subPrograma, proyecto, actividad, obra, name };
}

const code = (c: Omit<CategorySpec, 'name'>) => categoryCode(c);
const cat = (programa: number, subPrograma: number, proyecto: number, actividad: number, obra: number) => code({ programa, subPrograma, proyecto, actividad, obra });

function mspas(fy: number): InstitutionDemo {
  const central1 = cat(1, 0, 0, 1, 0);
  const central2 = cat(1, 0, 0, 2, 0);
  const vacunacion = cat(14, 1, 0, 1, 0);
  const micronutrientes = cat(14, 1, 0, 2, 0);
  const consejeria = cat(14, 2, 0, 1, 0);
  const alimentoComplementario = cat(14, 2, 0, 2, 0);
  const prenatal = cat(15, 0, 0, 1, 0);
  const parto = cat(15, 0, 0, 2, 0);
  const casaMaterna = cat(15, 0, 1, 0, 1);
  return {
    institutionCode: 'MSPAS',
    plan: {
      name: `Plan Estratégico Institucional ${fy - 1}-${fy + 3}`,
      mission:
        'Ejercer la rectoría del sector salud y garantizar a la población el acceso a servicios de salud integrales, ' +
        'oportunos y de calidad, con pertinencia cultural y enfoque de género, con prioridad en la niñez y las mujeres en edad fértil.',
      vision:
        'Una población guatemalteca sana, atendida por una red de servicios de salud fortalecida que ha reducido la ' +
        'desnutrición crónica infantil y la mortalidad materna y neonatal.',
    },
    results: [
      { code: 'RF-01', level: 'final', contributesTo: null, name: 'Disminuir la prevalencia de desnutrición crónica en niñas y niños menores de cinco años' },
      { code: 'RF-02', level: 'final', contributesTo: null, name: 'Reducir la razón de mortalidad materna' },
      { code: 'RI-01', level: 'intermediate', contributesTo: 'RF-01', name: 'Aumentar la cobertura de vacunación y de suplementación con micronutrientes en menores de cinco años' },
      { code: 'RI-02', level: 'intermediate', contributesTo: 'RF-01', name: 'Mejorar las prácticas de lactancia materna y alimentación complementaria del niño pequeño' },
      { code: 'RI-03', level: 'intermediate', contributesTo: 'RF-02', name: 'Aumentar el control prenatal oportuno y la atención calificada del parto' },
      { code: 'RM-01', level: 'immediate', contributesTo: 'RI-01', name: 'Niñas y niños menores de cinco años con esquema de vacunación completo para su edad' },
      { code: 'RM-02', level: 'immediate', contributesTo: 'RI-01', name: 'Niñas y niños de 6 a 59 meses suplementados con vitamina A y micronutrientes' },
      { code: 'RM-03', level: 'immediate', contributesTo: 'RI-02', name: 'Madres de niñas y niños menores de dos años con consejería en lactancia y alimentación complementaria' },
      { code: 'RM-04', level: 'immediate', contributesTo: 'RI-03', name: 'Mujeres embarazadas con cuatro controles prenatales y parto atendido por personal calificado' },
    ],
    categories: [
      category(1, 0, 0, 0, 0, 'ACTIVIDADES CENTRALES'),
      category(1, 0, 0, 1, 0, 'DIRECCIÓN Y COORDINACIÓN'),
      category(1, 0, 0, 2, 0, 'SERVICIOS DE APOYO ADMINISTRATIVO Y FINANCIERO'),
      category(14, 0, 0, 0, 0, 'PREVENCIÓN DE LA MORTALIDAD DE LA NIÑEZ Y DE LA DESNUTRICIÓN CRÓNICA'),
      category(14, 1, 0, 0, 0, 'PREVENCIÓN DE LA MORTALIDAD DE LA NIÑEZ'),
      category(14, 1, 0, 1, 0, 'VACUNACIÓN DE NIÑAS Y NIÑOS MENORES DE CINCO AÑOS'),
      category(14, 1, 0, 2, 0, 'SUPLEMENTACIÓN CON VITAMINA A Y MICRONUTRIENTES'),
      category(14, 2, 0, 0, 0, 'PREVENCIÓN DE LA DESNUTRICIÓN CRÓNICA'),
      category(14, 2, 0, 1, 0, 'CONSEJERÍA EN LACTANCIA MATERNA Y ALIMENTACIÓN COMPLEMENTARIA'),
      category(14, 2, 0, 2, 0, 'ENTREGA DE ALIMENTO COMPLEMENTARIO FORTIFICADO'),
      category(15, 0, 0, 0, 0, 'PREVENCIÓN DE LA MORTALIDAD MATERNA Y NEONATAL'),
      category(15, 0, 0, 1, 0, 'ATENCIÓN PRENATAL OPORTUNA'),
      category(15, 0, 0, 2, 0, 'ATENCIÓN DEL PARTO INSTITUCIONAL'),
      category(15, 0, 1, 0, 0, 'CONSTRUCCIÓN DE CASAS MATERNAS'),
      category(15, 0, 1, 0, 1, 'CONSTRUCCIÓN CASA MATERNA, SAN PEDRO CARCHÁ, ALTA VERAPAZ'),
    ],
    products: [
      { code: 'P01', parent: null, result: 'RM-01', unit: 'NINO', category: cat(14, 1, 0, 0, 0), poa: 1_250_000, beneficiaries: 'Niñas y niños menores de cinco años', name: 'Niñas y niños menores de cinco años vacunados de acuerdo a su edad y al esquema nacional de vacunación' },
      { code: 'P01-01', parent: 'P01', result: 'RM-01', unit: 'NINO', category: vacunacion, poa: 380_000, beneficiaries: 'Niñas y niños menores de un año', name: 'Niñas y niños menores de un año con esquema completo de vacunación' },
      { code: 'P01-02', parent: 'P01', result: 'RM-01', unit: 'NINO', category: vacunacion, poa: 870_000, beneficiaries: 'Niñas y niños de uno a menos de cinco años', name: 'Niñas y niños de uno a menos de cinco años con dosis de refuerzo' },
      { code: 'P02', parent: null, result: 'RM-02', unit: 'NINO', category: cat(14, 1, 0, 0, 0), poa: 1_450_000, beneficiaries: 'Niñas y niños de 6 a 59 meses', name: 'Niñas y niños de 6 a 59 meses suplementados con micronutrientes' },
      { code: 'P02-01', parent: 'P02', result: 'RM-02', unit: 'NINO', category: micronutrientes, poa: 800_000, beneficiaries: 'Niñas y niños de 6 a 59 meses', name: 'Niñas y niños de 6 a 59 meses suplementados con vitamina A' },
      { code: 'P02-02', parent: 'P02', result: 'RM-02', unit: 'NINO', category: micronutrientes, poa: 650_000, beneficiaries: 'Niñas y niños de 6 a 59 meses', name: 'Niñas y niños de 6 a 59 meses con micronutrientes espolvoreados' },
      { code: 'P03', parent: null, result: 'RM-03', unit: 'MUJER', category: cat(14, 2, 0, 0, 0), poa: 420_000, beneficiaries: 'Madres de niñas y niños menores de dos años', name: 'Madres de niñas y niños menores de dos años con consejería sobre prácticas de cuidado infantil' },
      { code: 'P03-01', parent: 'P03', result: 'RM-03', unit: 'MUJER', category: consejeria, poa: 420_000, beneficiaries: 'Madres de niñas y niños menores de dos años', name: 'Madres con consejería en lactancia materna y alimentación complementaria' },
      { code: 'P03-02', parent: 'P03', result: 'RM-03', unit: 'NINO', category: alimentoComplementario, poa: 150_000, beneficiaries: 'Niñas y niños de 6 a 24 meses', name: 'Niñas y niños de 6 a 24 meses con alimento complementario fortificado' },
      { code: 'P04', parent: null, result: 'RM-04', unit: 'MUJER', category: cat(15, 0, 0, 0, 0), poa: 310_000, beneficiaries: 'Mujeres embarazadas', name: 'Mujeres con atención prenatal oportuna' },
      { code: 'P04-01', parent: 'P04', result: 'RM-04', unit: 'MUJER', category: prenatal, poa: 310_000, beneficiaries: 'Mujeres embarazadas', name: 'Mujeres embarazadas con cuatro controles prenatales' },
      { code: 'P05', parent: null, result: 'RM-04', unit: 'MUJER', category: cat(15, 0, 0, 0, 0), poa: 235_000, beneficiaries: 'Mujeres en trabajo de parto', name: 'Mujeres con parto atendido por personal calificado' },
      { code: 'P05-01', parent: 'P05', result: 'RM-04', unit: 'MUJER', category: parto, poa: 235_000, beneficiaries: 'Mujeres en trabajo de parto', name: 'Mujeres con parto institucional atendido' },
      { code: 'P05-02', parent: 'P05', result: 'RM-04', unit: 'OBRA', category: casaMaterna, poa: 1, beneficiaries: 'Mujeres embarazadas de comunidades rurales de Alta Verapaz', name: 'Casa materna construida y equipada' },
    ],
    lines: [
      // Actividades centrales
      { category: central1, object: '011', source: '11', geography: '01', product: null, inputs: [2_400, 9_500] },
      { category: central1, object: '071', source: '11', geography: '01', product: null, amount: 1_900_000 },
      { category: central1, object: '072', source: '11', geography: '01', product: null, amount: 1_900_000 },
      { category: central1, object: '111', source: '11', geography: '01', product: null, inputs: [12, 185_000] },
      { category: central1, object: '113', source: '11', geography: '01', product: null, inputs: [12, 42_500] },
      { category: central1, object: '151', source: '11', geography: '01', product: null, inputs: [12, 310_000] },
      { category: central1, object: '262', source: '11', geography: '01', product: null, inputs: [45_000, 31.5] },
      { category: central1, object: '328', source: '11', geography: '01', product: null, inputs: [120, 7_800] },
      { category: central2, object: '011', source: '11', geography: '01', product: null, inputs: [1_800, 8_200] },
      { category: central2, object: '029', source: '11', geography: '01', product: null, inputs: [960, 9_000] },
      { category: central2, object: '122', source: '11', geography: '01', product: null, amount: 850_000 },
      { category: central2, object: '291', source: '11', geography: '01', product: null, amount: 620_000 },
      { category: central2, object: '913', source: '11', geography: '00', product: null, amount: 2_500_000 },
      // Programa 14
      { category: vacunacion, object: '266', source: '21', geography: '00', product: 'P01-01', inputs: [2_950_000, 42.5] },
      { category: vacunacion, object: '011', source: '21', geography: '00', product: 'P01-01', inputs: [7_200, 7_800] },
      { category: vacunacion, object: '133', source: '21', geography: '16', product: 'P01-01', inputs: [4_800, 420] },
      { category: vacunacion, object: '141', source: '21', geography: '13', product: 'P01-01', inputs: [1_200, 650] },
      { category: vacunacion, object: '295', source: '21', geography: '00', product: 'P01-01', inputs: [1_250_000, 1.85] },
      { category: vacunacion, object: '266', source: '11', geography: '00', product: 'P01-02', inputs: [820_000, 42.5] },
      { category: vacunacion, object: '022', source: '11', geography: '00', product: 'P01-02', inputs: [1_440, 8_500] },
      { category: micronutrientes, object: '266', source: '21', geography: '00', product: 'P02-01', inputs: [1_600_000, 1.2] },
      { category: micronutrientes, object: '133', source: '21', geography: '14', product: 'P02-01', inputs: [2_400, 420] },
      { category: micronutrientes, object: '266', source: '11', geography: '00', product: 'P02-02', inputs: [9_600_000, 1.35] },
      { category: micronutrientes, object: '142', source: '11', geography: '00', product: 'P02-02', amount: 1_150_000 },
      { category: consejeria, object: '022', source: '21', geography: '16', product: 'P03-01', inputs: [1_200, 8_500] },
      { category: consejeria, object: '022', source: '21', geography: '13', product: 'P03-01', inputs: [960, 8_500] },
      { category: consejeria, object: '185', source: '21', geography: '00', product: 'P03-01', inputs: [60, 25_000] },
      { category: consejeria, object: '122', source: '21', geography: '00', product: 'P03-01', inputs: [400_000, 2.75] },
      { category: alimentoComplementario, object: '211', source: '29', geography: '00', product: 'P03-02', inputs: [5_400_000, 4.85] },
      { category: alimentoComplementario, object: '142', source: '29', geography: '00', product: 'P03-02', amount: 1_850_000 },
      { category: alimentoComplementario, object: '211', source: '61', geography: '16', product: 'P03-02', inputs: [1_200_000, 4.85] },
      // Programa 15
      { category: prenatal, object: '011', source: '11', geography: '00', product: 'P04-01', inputs: [6_000, 8_800] },
      { category: prenatal, object: '266', source: '11', geography: '00', product: 'P04-01', inputs: [380_000, 18.4] },
      { category: prenatal, object: '295', source: '11', geography: '00', product: 'P04-01', amount: 2_850_000 },
      { category: parto, object: '011', source: '21', geography: '00', product: 'P05-01', inputs: [4_800, 11_500] },
      { category: parto, object: '266', source: '21', geography: '00', product: 'P05-01', amount: 3_400_000 },
      { category: parto, object: '323', source: '21', geography: '16', product: 'P05-01', inputs: [45, 68_000] },
      { category: parto, object: '165', source: '21', geography: '00', product: 'P05-01', inputs: [85, 14_500] },
      { category: casaMaterna, object: '332', source: '52', geography: '16', product: 'P05-02', amount: 4_850_000 },
      { category: casaMaterna, object: '189', source: '52', geography: '16', product: 'P05-02', amount: 350_000 },
    ],
    expanded: ['P01-01', 'P01-02', 'P02-01', 'P02-02', 'P03-01', 'P03-02'],
    indicators: [
      {
        code: 'IND-01',
        name: 'Prevalencia de desnutrición crónica en niñas y niños menores de cinco años',
        level: 'impact',
        formula: '(Niñas y niños menores de cinco años con talla baja para la edad / niñas y niños menores de cinco años evaluados) x 100',
        numerator: 'Niñas y niños menores de cinco años con talla para la edad menor a -2 desviaciones estándar',
        denominator: 'Niñas y niños menores de cinco años evaluados',
        unit: 'PORCENTAJE',
        baseline: 46.5,
        baselineYear: 2015,
        frequency: 'anual',
        source: 'Encuesta Nacional de Salud Materno Infantil (ENSMI)',
        meansOfVerification: 'Informe final de la ENSMI; registros de monitoreo del crecimiento del SIGSA',
        direction: 'lower',
        owner: 'Dirección de Planificación Estratégica',
        result: 'RF-01',
        targets: [42.0, 42.6, 42.3, 42.0],
      },
      {
        code: 'IND-02',
        name: 'Razón de mortalidad materna',
        level: 'impact',
        formula: '(Muertes maternas / nacidos vivos) x 100,000',
        numerator: 'Muertes maternas registradas en el año',
        denominator: 'Nacidos vivos registrados en el año',
        unit: 'RAZON_100000_NV',
        baseline: 105.0,
        baselineYear: fy - 3,
        frequency: 'anual',
        source: 'Sistema de vigilancia epidemiológica de la mortalidad materna',
        meansOfVerification: 'Informe anual de situación de la mortalidad materna; estadísticas vitales del INE',
        direction: 'lower',
        owner: 'Programa Nacional de Salud Reproductiva',
        result: 'RF-02',
        targets: [96.0, 99.0, 97.5, 96.0],
      },
      {
        code: 'IND-03',
        name: 'Cobertura de vacunación con esquema completo en menores de un año',
        level: 'result',
        formula: '(Niñas y niños menores de un año con esquema completo / población menor de un año) x 100',
        numerator: 'Niñas y niños menores de un año con esquema completo de vacunación',
        denominator: 'Población estimada menor de un año',
        unit: 'PORCENTAJE',
        baseline: 78.0,
        baselineYear: fy - 2,
        frequency: 'cuatrimestral',
        source: 'Sistema de Información Gerencial de Salud (SIGSA)',
        meansOfVerification: 'Reportes de vacunación SIGSA; proyecciones de población del INE',
        direction: 'higher',
        owner: 'Programa de Inmunizaciones',
        result: 'RI-01',
        targets: [88.0, 29.0, 58.0, 88.0],
      },
      {
        code: 'IND-04',
        name: 'Porcentaje de partos atendidos por personal calificado',
        level: 'result',
        formula: '(Partos atendidos por personal calificado / total de partos registrados) x 100',
        numerator: 'Partos atendidos por médico o enfermera',
        denominator: 'Total de partos registrados',
        unit: 'PORCENTAJE',
        baseline: 65.5,
        baselineYear: 2015,
        frequency: 'cuatrimestral',
        source: 'SIGSA; Encuesta Nacional de Salud Materno Infantil (ENSMI)',
        meansOfVerification: 'Reportes de producción de servicios SIGSA',
        direction: 'higher',
        owner: 'Programa Nacional de Salud Reproductiva',
        result: 'RI-03',
        targets: [72.0, 70.0, 71.0, 72.0],
      },
      {
        code: 'IND-05',
        name: 'Niñas y niños de 6 a 59 meses suplementados con micronutrientes',
        level: 'product',
        formula: 'Suma de niñas y niños de 6 a 59 meses que recibieron suplementación en el período',
        numerator: 'Niñas y niños de 6 a 59 meses suplementados',
        denominator: '',
        unit: 'NINO',
        baseline: 1_310_000,
        baselineYear: fy - 2,
        frequency: 'cuatrimestral',
        source: 'SIGSA',
        meansOfVerification: 'Reportes de suplementación SIGSA; registros de entrega de insumos',
        direction: 'higher',
        owner: 'Programa de Seguridad Alimentaria y Nutricional',
        product: 'P02',
        targets: [1_450_000, 480_000, 970_000, 1_450_000],
      },
      {
        code: 'IND-06',
        name: 'Mujeres embarazadas con cuatro controles prenatales',
        level: 'product',
        formula: 'Suma de mujeres embarazadas con cuatro controles prenatales en el período',
        numerator: 'Mujeres embarazadas con cuatro controles prenatales',
        denominator: '',
        unit: 'MUJER',
        baseline: 285_000,
        baselineYear: fy - 2,
        frequency: 'cuatrimestral',
        source: 'SIGSA',
        meansOfVerification: 'Reportes de producción de servicios SIGSA',
        direction: 'higher',
        owner: 'Programa Nacional de Salud Reproductiva',
        product: 'P04',
        targets: [310_000, 100_000, 205_000, 310_000],
      },
    ],
  };
}

function mineduc(fy: number): InstitutionDemo {
  const central = cat(1, 0, 0, 1, 0);
  const programa12 = cat(12, 0, 0, 0, 0);
  const primaria = cat(12, 0, 0, 1, 0);
  const alimentacion = cat(12, 0, 0, 2, 0);
  const formacion = cat(12, 0, 0, 3, 0);
  return {
    institutionCode: 'MINEDUC',
    plan: {
      name: `Plan Estratégico Institucional ${fy - 1}-${fy + 3}`,
      mission:
        'Garantizar a la niñez y la juventud el acceso a una educación de calidad, pertinente, bilingüe e intercultural, ' +
        'que desarrolle sus capacidades para la vida, el trabajo y la ciudadanía.',
      vision: 'Un sistema educativo nacional incluyente y de calidad en el que todas las niñas y los niños terminan la primaria aprendiendo.',
    },
    results: [
      { code: 'RF-01', level: 'final', contributesTo: null, name: 'Aumentar la tasa de terminación del nivel primario' },
      { code: 'RI-01', level: 'intermediate', contributesTo: 'RF-01', name: 'Mejorar la retención escolar en el nivel primario' },
      { code: 'RI-02', level: 'intermediate', contributesTo: 'RF-01', name: 'Mejorar los aprendizajes en lectura y matemática en el nivel primario' },
      { code: 'RM-01', level: 'immediate', contributesTo: 'RI-01', name: 'Estudiantes del nivel primario del sector oficial atendidos con servicios educativos y alimentación escolar' },
      { code: 'RM-02', level: 'immediate', contributesTo: 'RI-02', name: 'Docentes del nivel primario formados en servicio' },
    ],
    categories: [
      category(1, 0, 0, 0, 0, 'ACTIVIDADES CENTRALES'),
      category(1, 0, 0, 1, 0, 'DIRECCIÓN Y COORDINACIÓN'),
      category(12, 0, 0, 0, 0, 'EDUCACIÓN ESCOLAR DE PRIMARIA'),
      category(12, 0, 0, 1, 0, 'SERVICIOS DE EDUCACIÓN PRIMARIA'),
      category(12, 0, 0, 2, 0, 'ALIMENTACIÓN ESCOLAR'),
      category(12, 0, 0, 3, 0, 'FORMACIÓN DOCENTE EN SERVICIO'),
    ],
    products: [
      { code: 'P01', parent: null, result: 'RM-01', unit: 'ESTUDIANTE', category: programa12, poa: 300_000, beneficiaries: 'Estudiantes del nivel primario del sector oficial', name: 'Estudiantes del nivel primario atendidos en el sistema escolar' },
      { code: 'P02', parent: null, result: 'RM-01', unit: 'ESTUDIANTE', category: programa12, poa: 480_000, beneficiaries: 'Estudiantes de preprimaria y primaria del sector oficial', name: 'Estudiantes beneficiados con alimentación escolar' },
      { code: 'P02-01', parent: 'P02', result: 'RM-01', unit: 'ESTABLECIMIENTO', category: alimentacion, poa: 5_200, beneficiaries: 'Organizaciones de padres de familia', name: 'Establecimientos con organización de padres de familia que administra la alimentación escolar' },
      { code: 'P03', parent: null, result: 'RM-02', unit: 'DOCENTE', category: programa12, poa: 4_800, beneficiaries: 'Docentes del nivel primario', name: 'Docentes del nivel primario formados en servicio' },
    ],
    lines: [
      { category: central, object: '011', source: '11', geography: '01', product: null, inputs: [1_800, 9_200] },
      { category: central, object: '111', source: '11', geography: '01', product: null, inputs: [12, 95_000] },
      { category: central, object: '151', source: '11', geography: '01', product: null, inputs: [12, 180_000] },
      { category: primaria, object: '011', source: '11', geography: '00', product: 'P01', inputs: [120_000, 6_850] },
      { category: primaria, object: '071', source: '11', geography: '00', product: 'P01', amount: 68_500_000 },
      { category: primaria, object: '072', source: '11', geography: '00', product: 'P01', amount: 68_500_000 },
      { category: alimentacion, object: '211', source: '21', geography: '00', product: 'P02', inputs: [86_400_000, 4] },
      { category: alimentacion, object: '142', source: '21', geography: '00', product: 'P02', amount: 4_200_000 },
      { category: formacion, object: '185', source: '61', geography: '00', product: 'P03', inputs: [120, 38_000] },
      { category: formacion, object: '185', source: '11', geography: '07', product: 'P03', inputs: [40, 38_000] },
      { category: formacion, object: '133', source: '11', geography: '07', product: 'P03', inputs: [3_200, 380] },
    ],
    expanded: ['P02'],
    indicators: [
      {
        code: 'IND-01',
        name: 'Tasa de terminación del nivel primario',
        level: 'impact',
        formula: '(Estudiantes que aprueban sexto primaria / población de 12 años) x 100',
        numerator: 'Estudiantes que aprueban sexto grado de primaria',
        denominator: 'Población de 12 años',
        unit: 'PORCENTAJE',
        baseline: 80.0,
        baselineYear: fy - 3,
        frequency: 'anual',
        source: 'Anuario estadístico del MINEDUC',
        meansOfVerification: 'Sistema de Registro Educativo (SIRE); proyecciones de población del INE',
        direction: 'higher',
        owner: 'Dirección de Planificación Educativa',
        result: 'RF-01',
        targets: [83.0, 83.0, 83.0, 83.0],
      },
      {
        code: 'IND-02',
        name: 'Tasa de deserción intraanual en el nivel primario',
        level: 'result',
        formula: '(Estudiantes inscritos que abandonan durante el ciclo / estudiantes inscritos al inicio) x 100',
        numerator: 'Estudiantes que abandonan la escuela durante el ciclo escolar',
        denominator: 'Estudiantes inscritos al inicio del ciclo escolar',
        unit: 'PORCENTAJE',
        baseline: 3.5,
        baselineYear: fy - 2,
        frequency: 'cuatrimestral',
        source: 'Sistema de Registro Educativo (SIRE)',
        meansOfVerification: 'Reportes de inscripción y retiro del SIRE',
        direction: 'lower',
        owner: 'Dirección General de Gestión de Calidad Educativa',
        result: 'RI-01',
        targets: [3.0, 1.0, 2.0, 3.0],
      },
      {
        code: 'IND-03',
        name: 'Estudiantes beneficiados con alimentación escolar',
        level: 'product',
        formula: 'Suma de estudiantes de establecimientos oficiales que reciben alimentación escolar',
        numerator: 'Estudiantes que reciben alimentación escolar',
        denominator: '',
        unit: 'ESTUDIANTE',
        baseline: 455_000,
        baselineYear: fy - 2,
        frequency: 'cuatrimestral',
        source: 'Sistema de Registro Educativo (SIRE); registros de transferencias a organizaciones de padres de familia',
        meansOfVerification: 'Liquidaciones de las organizaciones de padres de familia',
        direction: 'higher',
        owner: 'Dirección de Fortalecimiento a la Comunidad Educativa',
        product: 'P02',
        targets: [480_000, 480_000, 480_000, 480_000],
      },
    ],
  };
}

function maga(fy: number): InstitutionDemo {
  const central = cat(1, 0, 0, 1, 0);
  const programa13 = cat(13, 0, 0, 0, 0);
  const asistencia = cat(13, 0, 0, 1, 0);
  const alimentos = cat(13, 0, 0, 2, 0);
  return {
    institutionCode: 'MAGA',
    plan: {
      name: `Plan Estratégico Institucional ${fy - 1}-${fy + 3}`,
      mission: 'Promover el desarrollo rural integral mediante la producción agropecuaria sostenible y la seguridad alimentaria de las familias rurales.',
      vision: 'Familias rurales con producción suficiente y diversificada para su consumo y el mercado.',
    },
    results: [
      { code: 'RF-01', level: 'final', contributesTo: null, name: 'Reducir la inseguridad alimentaria de las familias de infrasubsistencia y subsistencia' },
      { code: 'RI-01', level: 'intermediate', contributesTo: 'RF-01', name: 'Aumentar la producción de granos básicos para autoconsumo' },
      { code: 'RM-01', level: 'immediate', contributesTo: 'RI-01', name: 'Familias productoras con asistencia técnica y extensión rural' },
    ],
    categories: [
      category(1, 0, 0, 0, 0, 'ACTIVIDADES CENTRALES'),
      category(1, 0, 0, 1, 0, 'DIRECCIÓN Y COORDINACIÓN'),
      category(13, 0, 0, 0, 0, 'APOYO A LA AGRICULTURA FAMILIAR'),
      category(13, 0, 0, 1, 0, 'EXTENSIÓN RURAL'),
      category(13, 0, 0, 2, 0, 'ASISTENCIA ALIMENTARIA'),
    ],
    products: [
      { code: 'P01', parent: null, result: 'RM-01', unit: 'FAMILIA', category: programa13, poa: 120_000, beneficiaries: 'Familias de agricultura familiar', name: 'Familias productoras con asistencia técnica para la producción de alimentos' },
      { code: 'P01-01', parent: 'P01', result: 'RM-01', unit: 'EVENTO', category: asistencia, poa: 9_600, beneficiaries: 'Familias de agricultura familiar', name: 'Capacitaciones en centros de aprendizaje para el desarrollo rural' },
      { code: 'P02', parent: null, result: 'RI-01', unit: 'RACION', category: alimentos, poa: 250_000, beneficiaries: 'Familias en riesgo de inseguridad alimentaria', name: 'Raciones de alimentos entregadas a familias vulnerables' },
    ],
    lines: [
      { category: central, object: '011', source: '11', geography: '01', product: null, inputs: [600, 9_000] },
      { category: asistencia, object: '022', source: '11', geography: '00', product: 'P01', inputs: [1_400, 8_500] },
      { category: asistencia, object: '133', source: '11', geography: '16', product: 'P01-01', inputs: [9_600, 450] },
      { category: alimentos, object: '211', source: '21', geography: '00', product: 'P02', inputs: [250_000, 240] },
      { category: alimentos, object: '142', source: '21', geography: '00', product: 'P02', amount: 3_500_000 },
    ],
    expanded: ['P02'],
    indicators: [
      {
        code: 'IND-01',
        name: 'Familias productoras que mejoran su producción de granos básicos',
        level: 'result',
        formula: '(Familias con rendimiento mayor al de la línea base / familias atendidas) x 100',
        numerator: 'Familias con rendimiento de granos básicos mayor al de la línea base',
        denominator: 'Familias atendidas por extensión rural',
        unit: 'PORCENTAJE',
        baseline: 35,
        baselineYear: fy - 2,
        frequency: 'anual',
        source: 'Sistema de extensión rural del MAGA',
        meansOfVerification: 'Boletas de seguimiento a familias',
        direction: 'higher',
        owner: 'Dirección de Planeamiento',
        result: 'RI-01',
        targets: [40, 40, 40, 40],
      },
    ],
  };
}

function civ(fy: number): InstitutionDemo {
  const central = cat(1, 0, 0, 1, 0);
  const programa11 = cat(11, 0, 0, 0, 0);
  const mantenimiento = cat(11, 0, 0, 1, 0);
  const construccion = cat(11, 0, 1, 0, 1);
  return {
    institutionCode: 'CIV',
    plan: {
      name: `Plan Estratégico Institucional ${fy - 1}-${fy + 3}`,
      mission: 'Planificar, construir y mantener la infraestructura vial del país para la comunicación segura y oportuna de la población.',
      vision: 'Una red vial transitable todo el año que une a todos los municipios del país.',
    },
    results: [
      { code: 'RF-01', level: 'final', contributesTo: null, name: 'Aumentar la red vial en buen estado' },
      { code: 'RI-01', level: 'intermediate', contributesTo: 'RF-01', name: 'Mantener transitable la red vial pavimentada y no pavimentada' },
      { code: 'RM-01', level: 'immediate', contributesTo: 'RI-01', name: 'Kilómetros de carretera con mantenimiento periódico y rutinario' },
    ],
    categories: [
      category(1, 0, 0, 0, 0, 'ACTIVIDADES CENTRALES'),
      category(1, 0, 0, 1, 0, 'DIRECCIÓN Y COORDINACIÓN'),
      category(11, 0, 0, 0, 0, 'DESARROLLO DE LA INFRAESTRUCTURA VIAL'),
      category(11, 0, 0, 1, 0, 'MANTENIMIENTO DE LA RED VIAL'),
      category(11, 0, 1, 0, 0, 'CONSTRUCCIÓN DE CARRETERAS'),
      category(11, 0, 1, 0, 1, 'AMPLIACIÓN DE LA RUTA CA-2 OCCIDENTE'),
    ],
    products: [
      { code: 'P01', parent: null, result: 'RM-01', unit: 'KILOMETRO', category: mantenimiento, poa: 5_400, beneficiaries: 'Usuarios de la red vial', name: 'Red vial con mantenimiento' },
      { code: 'P02', parent: null, result: 'RI-01', unit: 'KILOMETRO', category: programa11, poa: 24, beneficiaries: 'Usuarios de la ruta CA-2 Occidente', name: 'Carretera ampliada' },
      { code: 'P02-01', parent: 'P02', result: 'RI-01', unit: 'OBRA', category: construccion, poa: 1, beneficiaries: 'Usuarios de la ruta CA-2 Occidente', name: 'Ampliación de la ruta CA-2 Occidente' },
    ],
    lines: [
      { category: central, object: '011', source: '11', geography: '01', product: null, inputs: [900, 9_400] },
      { category: mantenimiento, object: '165', source: '11', geography: '00', product: 'P01', inputs: [5_400, 18_500] },
      { category: construccion, object: '331', source: '52', geography: '05', product: 'P02-01', amount: 210_000_000 },
    ],
    expanded: ['P01'],
    indicators: [
      {
        code: 'IND-01',
        name: 'Porcentaje de la red vial en buen estado',
        level: 'result',
        formula: '(Kilómetros en buen estado / kilómetros de la red) x 100',
        numerator: 'Kilómetros de la red vial en buen estado',
        denominator: 'Kilómetros de la red vial',
        unit: 'PORCENTAJE',
        baseline: 52,
        baselineYear: fy - 2,
        frequency: 'anual',
        source: 'Dirección General de Caminos',
        meansOfVerification: 'Inventario de la red vial',
        direction: 'higher',
        owner: 'Dirección General de Caminos',
        result: 'RF-01',
        targets: [55, 55, 55, 55],
      },
    ],
  };
}

/** The demo content of every pilot ministry, for the fiscal year being budgeted. */
export function demoContent(fiscalYear: number): InstitutionDemo[] {
  return [mspas(fiscalYear), mineduc(fiscalYear), maga(fiscalYear), civ(fiscalYear)];
}

/** The years of the POM, the ceilings and the projections: the budgeted year and the four after it. */
const multiYear = (fy: number) => [0, 1, 2, 3, 4].map((k) => fy + k);

function lineAmount(line: LineSpec): bigint {
  if (line.inputs) return costOf(...line.inputs);
  if (line.amount !== undefined) return cents(line.amount);
  throw new Error(`la línea ${line.category}/${line.object}/${line.source} no tiene monto`);
}

// ---------------------------------------------------------------------------------------------
// Writing it.

async function ensure<T>(existing: Promise<T | null>, create: () => Promise<T>): Promise<T> {
  return (await existing) ?? create();
}

/** Plan and budget content of the pilot ministries for fiscalYear; run after seedDemo and seedClassifierCatalogues. */
export async function seedDemoContent(db: Database, fiscalYear: number): Promise<void> {
  for (const demo of demoContent(fiscalYear)) await seedInstitutionContent(db, demo, fiscalYear);
}

/** One institution's plan and budget content (tests give other institutions a pilot's content). */
export async function seedInstitutionContent(db: Database, demo: InstitutionDemo, fy: number): Promise<void> {
  const institution = await db.institution.findUnique({ where: { code: demo.institutionCode } });
  if (!institution) throw new Error(`La institución ${demo.institutionCode} no existe: ejecute seedDemo antes del contenido de demostración.`);
  const institutionId = institution.id;

  // PEI and logic model
  const planCode = `PEI-${fy - 1}-${fy + 3}`;
  const plan = await ensure(db.strategicPlan.findUnique({ where: { institutionId_code: { institutionId, code: planCode } } }), () =>
    db.strategicPlan.create({ data: { institutionId, code: planCode, name: demo.plan.name, startYear: fy - 1, endYear: fy + 3, mission: demo.plan.mission, vision: demo.plan.vision } }),
  );
  const results = new Map<string, string>();
  for (const r of demo.results) {
    const row = await ensure(db.strategicResult.findUnique({ where: { strategicPlanId_code: { strategicPlanId: plan.id, code: r.code } } }), () =>
      db.strategicResult.create({
        data: {
          strategicPlanId: plan.id,
          code: r.code,
          name: r.name,
          level: r.level,
          kind: r.level === 'immediate' ? 'institutional' : 'strategic',
          contributesToId: r.contributesTo ? results.get(r.contributesTo) : null,
        },
      }),
    );
    results.set(r.code, row.id);
  }

  // Network of programmatic categories, parents first
  const categories = new Map<string, string>();
  for (const c of demo.categories) {
    const own = code(c);
    const parent = categoryAncestors(c).find((ancestor) => categories.has(ancestor));
    const row = await ensure(db.programmaticCategory.findUnique({ where: { institutionId_fiscalYear_code: { institutionId, fiscalYear: fy, code: own } } }), () =>
      db.programmaticCategory.create({
        data: { institutionId, fiscalYear: fy, code: own, programa: c.programa, subPrograma: c.subPrograma, proyecto: c.proyecto, actividad: c.actividad, obra: c.obra, name: c.name, parentId: parent ? categories.get(parent) : null },
      }),
    );
    categories.set(own, row.id);
  }
  const categoryId = (categoryCodeText: string) => {
    const id = categories.get(categoryCodeText);
    if (!id) throw new Error(`categoría programática ${categoryCodeText} no definida para ${demo.institutionCode}`);
    return id;
  };

  // Products and sub-products, with their POA and POM targets
  const products = new Map<string, string>();
  for (const p of demo.products) {
    const row = await ensure(db.product.findUnique({ where: { institutionId_code: { institutionId, code: p.code } } }), () =>
      db.product.create({
        data: {
          institutionId,
          code: p.code,
          name: p.name,
          unitOfMeasure: p.unit,
          beneficiaries: p.beneficiaries,
          resultId: results.get(p.result),
          parentId: p.parent ? products.get(p.parent) : null,
          programmaticCategoryId: categoryId(p.category),
        },
      }),
    );
    products.set(p.code, row.id);
    const targets: { plan: 'POA' | 'POM'; year: number; quantity: number }[] = [
      { plan: 'POA', year: fy, quantity: p.poa },
      ...multiYear(fy).map((year) => ({ plan: 'POM' as const, year, quantity: Math.round(p.poa * 1.03 ** (year - fy)) })),
    ];
    for (const t of targets) {
      await ensure(db.physicalTarget.findUnique({ where: { productId_plan_year_month: { productId: row.id, plan: t.plan, year: t.year, month: 0 } } }), () =>
        db.physicalTarget.create({ data: { productId: row.id, plan: t.plan, year: t.year, month: 0, quantity: String(t.quantity) } }),
      );
    }
  }
  const productId = (productCode: string) => {
    const id = products.get(productCode);
    if (!id) throw new Error(`producto ${productCode} no definido para ${demo.institutionCode}`);
    return id;
  };

  // Budget lines of the fiscal year
  const totals = new Map<string, bigint>();
  const costs = new Map<string, bigint>(); // product/source -> cost
  for (const line of demo.lines) {
    const amount = lineAmount(line);
    totals.set(line.source, (totals.get(line.source) ?? 0n) + amount);
    if (line.product) costs.set(`${line.product}/${line.source}`, (costs.get(`${line.product}/${line.source}`) ?? 0n) + amount);
    const key = { institutionId, fiscalYear: fy, categoryId: categoryId(line.category), objectCode: line.object, sourceCode: line.source, geographyCode: line.geography };
    await ensure(db.budgetLine.findUnique({ where: { institutionId_fiscalYear_categoryId_objectCode_sourceCode_geographyCode: key } }), () =>
      db.budgetLine.create({
        data: {
          ...key,
          productId: line.product ? productId(line.product) : null,
          centralActivities: line.product === null,
          inputQuantity: line.inputs ? String(line.inputs[0]) : null,
          unitPrice: line.inputs ? String(line.inputs[1]) : null,
          amount: decimal(amount),
        },
      }),
    );
  }

  // Ceilings (version 1): 8 % above the lines of the year, then 5 % a year; projections: the lines
  // of the year, then 4 % a year.
  const sources = [...totals.keys()].sort();
  for (const sourceCode of sources) {
    const total = totals.get(sourceCode)!;
    const ceiling = roundUpToMillion((total * 108n) / 100n);
    for (const year of multiYear(fy)) {
      await ensure(db.budgetCeiling.findUnique({ where: { institutionId_sourceCode_fiscalYear_version: { institutionId, sourceCode, fiscalYear: year, version: 1 } } }), () =>
        db.budgetCeiling.create({
          data: { institutionId, sourceCode, fiscalYear: year, version: 1, amount: decimal(roundUpToMillion(grow(ceiling, 5, year - fy))), note: 'Techo comunicado por MINFIN-DTP (datos de demostración)' },
        }),
      );
      await ensure(db.budgetProjection.findUnique({ where: { institutionId_fiscalYear_year_sourceCode: { institutionId, fiscalYear: fy, year, sourceCode } } }), () =>
        db.budgetProjection.create({ data: { institutionId, fiscalYear: fy, year, sourceCode, amount: decimal(grow(total, 4, year - fy)) } }),
      );
    }
  }

  // Production scenarios: the POA targets at the unit cost of their lines, and a 30 % larger coverage
  const scenarios = [
    { name: 'Escenario base', description: 'Metas del POA con el costo unitario de sus insumos; cabe en los techos.', factor: (_p: string) => 1 },
    { name: 'Escenario ampliado', description: 'Amplía 30 % la cobertura de los productos priorizados; excede el techo de al menos una fuente.', factor: (p: string) => (demo.expanded.includes(p) ? 1.3 : 1) },
  ];
  for (const s of scenarios) {
    const scenario = await ensure(db.productionScenario.findUnique({ where: { institutionId_fiscalYear_name: { institutionId, fiscalYear: fy, name: s.name } } }), () =>
      db.productionScenario.create({ data: { institutionId, fiscalYear: fy, name: s.name, description: s.description } }),
    );
    for (const [key, cost] of costs) {
      const [productCode, sourceCode] = key.split('/') as [string, string];
      const poa = demo.products.find((p) => p.code === productCode)!.poa;
      const unitCost = cost / BigInt(poa); // truncated to the centavo: never above the lines
      const where = { scenarioId: scenario.id, productId: productId(productCode), year: fy, sourceCode };
      await ensure(db.scenarioItem.findUnique({ where: { scenarioId_productId_year_sourceCode: where } }), () =>
        db.scenarioItem.create({ data: { ...where, quantity: String(Math.round(poa * s.factor(productCode))), unitCost: decimal(unitCost) } }),
      );
    }
  }

  // Indicators and their targets (no measurements yet: the year has not started)
  for (const i of demo.indicators) {
    const row = await ensure(db.indicator.findUnique({ where: { institutionId_code: { institutionId, code: i.code } } }), () =>
      db.indicator.create({
        data: {
          institutionId,
          code: i.code,
          name: i.name,
          level: i.level,
          formula: i.formula,
          numerator: i.numerator,
          denominator: i.denominator,
          unitOfMeasure: i.unit,
          baselineValue: String(i.baseline),
          baselineYear: i.baselineYear,
          frequency: i.frequency,
          source: i.source,
          meansOfVerification: i.meansOfVerification,
          direction: i.direction,
          owner: i.owner,
          resultId: i.result ? results.get(i.result) : null,
          productId: i.product ? productId(i.product) : null,
        },
      }),
    );
    const periods = [`${fy}`, `${fy}-C1`, `${fy}-C2`, `${fy}-C3`];
    for (const [n, period] of periods.entries()) {
      await ensure(db.indicatorTarget.findUnique({ where: { indicatorId_period: { indicatorId: row.id, period } } }), () =>
        db.indicatorTarget.create({ data: { indicatorId: row.id, period, value: String(i.targets[n]) } }),
      );
    }
  }
}
