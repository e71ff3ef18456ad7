// Guatemala's public sector as Ciclo registers it for a national cycle (`npm run seed:national`):
// the ministries, the Presidency's secretariats and other executive bodies, the main
// decentralised and autonomous entities, and one institution per municipality of the geographic
// classifier (./guatemala.ts). Names from the Ley del Organismo Ejecutivo (Decreto 114-97) and the
// entities' own laws. MINFIN entity codes (codigoEntidad) are given only where confirmed:
// MSPAS 11130009; a municipality's follows the pattern of 12100401 (Chimaltenango, 04-01),
// 1210 + department + municipality, marked "verificar" until checked against MINFIN's list.
import { geografia } from './guatemala';

export type PublicSectorKind = 'ministry' | 'secretariat' | 'decentralised' | 'autonomous' | 'municipality';

export interface PublicInstitution {
  code: string;
  name: string;
  shortName: string;
  kind: PublicSectorKind;
  sector: string;
  departmentCode: string;
  municipalityCode: string;
  budgetEntityCode: string | null;
}

type Row = [code: string, name: string, sector: string, entityCode?: string];

/** Seats in Guatemala City (01-01) unless said otherwise. */
const central = (kind: PublicSectorKind, rows: Row[]): PublicInstitution[] =>
  rows.map(([code, name, sector, entityCode]) => ({ code, name, shortName: code, kind, sector, departmentCode: '01', municipalityCode: '0101', budgetEntityCode: entityCode ?? null }));

export const ministries = central('ministry', [
  ['MINEX', 'Ministerio de Relaciones Exteriores', 'Relaciones exteriores'],
  ['MINGOB', 'Ministerio de Gobernación', 'Seguridad'],
  ['MINDEF', 'Ministerio de la Defensa Nacional', 'Defensa'],
  ['MINFIN', 'Ministerio de Finanzas Públicas', 'Finanzas públicas'],
  ['MINEDUC', 'Ministerio de Educación', 'Educación'],
  ['MSPAS', 'Ministerio de Salud Pública y Asistencia Social', 'Salud', '11130009'],
  ['MINTRAB', 'Ministerio de Trabajo y Previsión Social', 'Trabajo'],
  ['MINECO', 'Ministerio de Economía', 'Economía'],
  ['MAGA', 'Ministerio de Agricultura, Ganadería y Alimentación', 'Agricultura'],
  ['CIV', 'Ministerio de Comunicaciones, Infraestructura y Vivienda', 'Infraestructura'],
  ['MEM', 'Ministerio de Energía y Minas', 'Energía'],
  ['MCD', 'Ministerio de Cultura y Deportes', 'Cultura'],
  ['MARN', 'Ministerio de Ambiente y Recursos Naturales', 'Ambiente'],
  ['MIDES', 'Ministerio de Desarrollo Social', 'Desarrollo social'],
]);

export const secretariats = central('secretariat', [
  ['SGP', 'Secretaría General de la Presidencia', 'Presidencia'],
  ['SPP', 'Secretaría Privada de la Presidencia', 'Presidencia'],
  ['SCEP', 'Secretaría de Coordinación Ejecutiva de la Presidencia', 'Presidencia'],
  ['SCSPR', 'Secretaría de Comunicación Social de la Presidencia', 'Presidencia'],
  ['SIE', 'Secretaría de Inteligencia Estratégica del Estado', 'Seguridad'],
  ['SAAS', 'Secretaría de Asuntos Administrativos y de Seguridad de la Presidencia', 'Seguridad'],
  ['SEGEPLAN', 'Secretaría de Planificación y Programación de la Presidencia', 'Planificación'],
  ['SBS', 'Secretaría de Bienestar Social de la Presidencia', 'Desarrollo social'],
  ['SOSEP', 'Secretaría de Obras Sociales de la Esposa del Presidente', 'Desarrollo social'],
  ['SEPREM', 'Secretaría Presidencial de la Mujer', 'Desarrollo social'],
  ['SESAN', 'Secretaría de Seguridad Alimentaria y Nutricional de la Presidencia', 'Seguridad alimentaria'],
  ['SAA', 'Secretaría de Asuntos Agrarios de la Presidencia', 'Agricultura'],
  ['SENACYT', 'Secretaría Nacional de Ciencia y Tecnología', 'Ciencia y tecnología'],
  ['SECCATID', 'Secretaría Ejecutiva de la Comisión contra las Adicciones y el Tráfico Ilícito de Drogas', 'Seguridad'],
  ['SVET', 'Secretaría contra la Violencia Sexual, Explotación y Trata de Personas', 'Seguridad'],
  ['SNA', 'Secretaría Nacional de Administración de Bienes en Extinción de Dominio', 'Justicia'],
  ['SEICMSJ', 'Secretaría Ejecutiva de la Instancia Coordinadora de la Modernización del Sector Justicia', 'Justicia'],
  ['CONRED', 'Secretaría Ejecutiva de la Coordinadora Nacional para la Reducción de Desastres', 'Gestión de riesgo'],
]);

export const decentralisedAndAutonomous: PublicInstitution[] = [
  ...central('decentralised', [
    ['INAB', 'Instituto Nacional de Bosques', 'Ambiente'],
    ['CONAP', 'Consejo Nacional de Áreas Protegidas', 'Ambiente'],
    ['INFOM', 'Instituto de Fomento Municipal', 'Desarrollo municipal'],
    ['INE', 'Instituto Nacional de Estadística', 'Estadística'],
    ['INAP', 'Instituto Nacional de Administración Pública', 'Administración pública'],
    ['CONALFA', 'Comité Nacional de Alfabetización', 'Educación'],
    ['FHA', 'Instituto de Fomento de Hipotecas Aseguradas', 'Vivienda'],
    ['RIC', 'Registro de Información Catastral', 'Catastro'],
    ['ICTA', 'Instituto de Ciencia y Tecnología Agrícolas', 'Agricultura'],
    ['INGUAT', 'Instituto Guatemalteco de Turismo', 'Turismo'],
    ['FONTIERRAS', 'Fondo de Tierras', 'Agricultura'],
    ['INDECA', 'Instituto Nacional de Comercialización Agrícola', 'Agricultura'],
    ['ENCA', 'Escuela Nacional Central de Agricultura', 'Educación'],
    ['INTECAP', 'Instituto Técnico de Capacitación y Productividad', 'Trabajo'],
    ['INACIF', 'Instituto Nacional de Ciencias Forenses de Guatemala', 'Justicia'],
    ['IDPP', 'Instituto de la Defensa Pública Penal', 'Justicia'],
    ['RGP', 'Registro General de la Propiedad', 'Justicia'],
    ['ANAM', 'Asociación Nacional de Municipalidades', 'Desarrollo municipal'],
    ['CNB', 'Comité Nacional de Becas', 'Educación'],
    ['INDE', 'Instituto Nacional de Electrificación', 'Energía'],
  ]),
  ...central('autonomous', [
    ['USAC', 'Universidad de San Carlos de Guatemala', 'Educación'],
    ['IGSS', 'Instituto Guatemalteco de Seguridad Social', 'Seguridad social'],
    ['CDAG', 'Confederación Deportiva Autónoma de Guatemala', 'Deporte'],
    ['COG', 'Comité Olímpico Guatemalteco', 'Deporte'],
    ['CGC', 'Contraloría General de Cuentas', 'Control'],
    ['MP', 'Ministerio Público', 'Justicia'],
    ['PGN', 'Procuraduría General de la Nación', 'Justicia'],
    ['PDH', 'Procuraduría de los Derechos Humanos', 'Justicia'],
    ['TSE', 'Tribunal Supremo Electoral', 'Electoral'],
    ['OJ', 'Organismo Judicial', 'Justicia'],
    ['CC', 'Corte de Constitucionalidad', 'Justicia'],
    ['CR', 'Congreso de la República', 'Legislativo'],
    ['RENAP', 'Registro Nacional de las Personas', 'Identidad'],
    ['SAT', 'Superintendencia de Administración Tributaria', 'Finanzas públicas'],
    ['BANGUAT', 'Banco de Guatemala', 'Finanzas públicas'],
  ]),
];

/** One per municipality of the geographic classifier (4-digit codes DDMM). */
export function municipalities(): PublicInstitution[] {
  return geografia
    .filter((entry) => /^\d{4}$/.test(entry.code))
    .map((entry) => ({
      code: `MUNI-${entry.code}`,
      name: `Municipalidad de ${titleCase(entry.name)}`,
      shortName: `Muni. ${titleCase(entry.name)}`,
      kind: 'municipality' as const,
      sector: 'Gobiernos locales',
      departmentCode: entry.code.slice(0, 2),
      municipalityCode: entry.code,
      budgetEntityCode: `1210${entry.code}`,
    }));
}

/** "SAN JUAN SACATEPÉQUEZ" reads "San Juan Sacatepéquez"; the small words stay small. */
function titleCase(name: string): string {
  const small = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y']);
  return name
    .toLocaleLowerCase('es')
    .split(' ')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.charAt(0).toLocaleUpperCase('es') + word.slice(1)))
    .join(' ');
}

export const publicSector = (): PublicInstitution[] => [...ministries, ...secretariats, ...decentralisedAndAutonomous, ...municipalities()];
