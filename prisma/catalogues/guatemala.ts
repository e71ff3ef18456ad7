// Guatemala's classifier catalogues, as plain data for the ClassifierEntry table.
//
// Source: Ministerio de Finanzas Públicas (MINFIN), Dirección Técnica del Presupuesto, "Manual de
// Clasificaciones Presupuestarias para el Sector Público de Guatemala" (objeto del gasto, fuentes de
// financiamiento), and the official department codes (INE) used by its geographic classifier.
// This is a REPRESENTATIVE SUBSET, not the full manual: the ten groups of expenditure, the subgroups
// the listed renglones need, about sixty renglones in common use, the usual sources of financing and
// the 22 departamentos. Only entries known to be real are listed; add the rest through the
// classifiers API (/api/classifiers) or by extending these arrays.

export interface CatalogueEntry {
  code: string;
  name: string;
  parentCode: string | null;
}

const entries = (rows: [code: string, name: string, parentCode?: string][]): CatalogueEntry[] =>
  rows.map(([code, name, parentCode]) => ({ code, name, parentCode: parentCode ?? null }));

/**
 * Objeto del gasto, a three-level tree told apart by the length of the code:
 * - grupo: 1 digit, '0'..'9', no parent;
 * - subgrupo: 2 digits, the group's digit then the subgroup's ('01' PERSONAL EN CARGOS FIJOS is
 *   subgroup 1 of group 0; '11' SERVICIOS BÁSICOS is subgroup 1 of group 1), parent = the group;
 * - renglón: 3 digits ('011'), parent = its subgroup, i.e. its first two digits.
 * Budget lines carry renglones (objectCode, 3 digits).
 */
export const objetoGasto: CatalogueEntry[] = entries([
  // Grupos
  ['0', 'SERVICIOS PERSONALES'],
  ['1', 'SERVICIOS NO PERSONALES'],
  ['2', 'MATERIALES Y SUMINISTROS'],
  ['3', 'PROPIEDAD, PLANTA, EQUIPO E INTANGIBLES'],
  ['4', 'TRANSFERENCIAS CORRIENTES'],
  ['5', 'TRANSFERENCIAS DE CAPITAL'],
  ['6', 'ACTIVOS FINANCIEROS'],
  ['7', 'SERVICIOS DE LA DEUDA PÚBLICA Y AMORTIZACIÓN DE OTROS PASIVOS'],
  ['8', 'OTROS GASTOS'],
  ['9', 'ASIGNACIONES GLOBALES'],
  // Subgrupos
  ['01', 'PERSONAL EN CARGOS FIJOS', '0'],
  ['02', 'PERSONAL TEMPORAL', '0'],
  ['03', 'PERSONAL POR JORNAL Y A DESTAJO', '0'],
  ['06', 'DIETAS Y GASTOS DE REPRESENTACIÓN', '0'],
  ['07', 'OTRAS PRESTACIONES RELACIONADAS CON SALARIOS', '0'],
  ['11', 'SERVICIOS BÁSICOS', '1'],
  ['12', 'PUBLICIDAD, IMPRESIÓN Y ENCUADERNACIÓN', '1'],
  ['13', 'VIÁTICOS Y GASTOS CONEXOS', '1'],
  ['14', 'TRANSPORTE Y ALMACENAJE', '1'],
  ['15', 'ARRENDAMIENTOS', '1'],
  ['16', 'MANTENIMIENTO Y REPARACIÓN DE MAQUINARIA Y EQUIPO', '1'],
  ['17', 'MANTENIMIENTO Y REPARACIÓN DE OBRAS E INSTALACIONES', '1'],
  ['18', 'SERVICIOS TÉCNICOS Y PROFESIONALES', '1'],
  ['19', 'OTROS SERVICIOS', '1'],
  ['21', 'ALIMENTOS Y PRODUCTOS AGROPECUARIOS', '2'],
  ['24', 'PRODUCTOS DE PAPEL, CARTÓN E IMPRESOS', '2'],
  ['26', 'PRODUCTOS QUÍMICOS Y CONEXOS', '2'],
  ['29', 'OTROS MATERIALES Y SUMINISTROS', '2'],
  ['32', 'MAQUINARIA Y EQUIPO', '3'],
  ['33', 'CONSTRUCCIONES POR CONTRATO', '3'],
  ['41', 'TRANSFERENCIAS A PERSONAS INDIVIDUALES', '4'],
  ['91', 'GASTOS IMPREVISTOS', '9'],
  ['99', 'CRÉDITOS DE RESERVA', '9'],
  // Renglones
  ['011', 'PERSONAL PERMANENTE', '01'],
  ['012', 'COMPLEMENTO PERSONAL AL SALARIO DEL PERSONAL PERMANENTE', '01'],
  ['013', 'COMPLEMENTO POR ANTIGÜEDAD AL PERSONAL PERMANENTE', '01'],
  ['014', 'COMPLEMENTO POR CALIDAD PROFESIONAL AL PERSONAL PERMANENTE', '01'],
  ['015', 'COMPLEMENTOS ESPECÍFICOS AL PERSONAL PERMANENTE', '01'],
  ['021', 'PERSONAL SUPERNUMERARIO', '02'],
  ['022', 'PERSONAL POR CONTRATO', '02'],
  ['029', 'OTRAS REMUNERACIONES DE PERSONAL TEMPORAL', '02'],
  ['031', 'JORNALES', '03'],
  ['061', 'DIETAS', '06'],
  ['062', 'DIETAS PARA CARGOS REPRESENTATIVOS', '06'],
  ['063', 'GASTOS DE REPRESENTACIÓN EN EL INTERIOR', '06'],
  ['071', 'AGUINALDO', '07'],
  ['072', 'BONIFICACIÓN ANUAL (BONO 14)', '07'],
  ['073', 'BONO VACACIONAL', '07'],
  ['111', 'ENERGÍA ELÉCTRICA', '11'],
  ['112', 'AGUA', '11'],
  ['113', 'TELEFONÍA', '11'],
  ['114', 'CORREOS Y TELÉGRAFOS', '11'],
  ['115', 'EXTRACCIÓN DE BASURA Y DESTRUCCIÓN DE DESECHOS SÓLIDOS', '11'],
  ['121', 'DIVULGACIÓN E INFORMACIÓN', '12'],
  ['122', 'IMPRESIÓN, ENCUADERNACIÓN Y REPRODUCCIÓN', '12'],
  ['131', 'VIÁTICOS EN EL EXTERIOR', '13'],
  ['133', 'VIÁTICOS EN EL INTERIOR', '13'],
  ['141', 'TRANSPORTE DE PERSONAS', '14'],
  ['142', 'FLETES', '14'],
  ['151', 'ARRENDAMIENTO DE EDIFICIOS Y LOCALES', '15'],
  ['153', 'ARRENDAMIENTO DE MÁQUINAS Y EQUIPOS DE OFICINA', '15'],
  ['165', 'MANTENIMIENTO Y REPARACIÓN DE MEDIOS DE TRANSPORTE', '16'],
  ['171', 'MANTENIMIENTO Y REPARACIÓN DE EDIFICIOS', '17'],
  ['181', 'ESTUDIOS, INVESTIGACIONES Y PROYECTOS DE PRE-FACTIBILIDAD Y FACTIBILIDAD', '18'],
  ['185', 'SERVICIOS DE CAPACITACIÓN', '18'],
  ['189', 'OTROS ESTUDIOS Y/O SERVICIOS', '18'],
  ['191', 'PRIMAS Y GASTOS DE SEGUROS Y FIANZAS', '19'],
  ['196', 'SERVICIOS DE ATENCIÓN Y PROTOCOLO', '19'],
  ['211', 'ALIMENTOS PARA PERSONAS', '21'],
  ['241', 'PAPEL DE ESCRITORIO', '24'],
  ['243', 'PRODUCTOS DE PAPEL O CARTÓN', '24'],
  ['262', 'COMBUSTIBLES Y LUBRICANTES', '26'],
  ['266', 'PRODUCTOS MEDICINALES Y FARMACÉUTICOS', '26'],
  ['291', 'ÚTILES DE OFICINA', '29'],
  ['292', 'PRODUCTOS SANITARIOS, DE LIMPIEZA Y DE USO PERSONAL', '29'],
  ['295', 'ÚTILES MENORES, SUMINISTROS E INSTRUMENTAL MÉDICO-QUIRÚRGICOS, DE LABORATORIO Y CUIDADO DE LA SALUD', '29'],
  ['298', 'ACCESORIOS Y REPUESTOS EN GENERAL', '29'],
  ['322', 'MOBILIARIO Y EQUIPO DE OFICINA', '32'],
  ['323', 'MOBILIARIO Y EQUIPO MÉDICO-SANITARIO Y DE LABORATORIO', '32'],
  ['324', 'EQUIPO EDUCACIONAL, CULTURAL Y RECREATIVO', '32'],
  ['325', 'EQUIPO DE TRANSPORTE', '32'],
  ['328', 'EQUIPO DE CÓMPUTO', '32'],
  ['331', 'CONSTRUCCIONES DE BIENES NACIONALES DE USO COMÚN', '33'],
  ['332', 'CONSTRUCCIONES DE BIENES NACIONALES DE USO NO COMÚN', '33'],
  ['413', 'INDEMNIZACIONES AL PERSONAL', '41'],
  ['415', 'VACACIONES PAGADAS POR RETIRO', '41'],
  ['416', 'BECAS DE ESTUDIO EN EL INTERIOR', '41'],
  ['911', 'EMERGENCIAS Y CALAMIDADES PÚBLICAS', '91'],
  ['912', 'SINIESTROS Y GASTOS CONEXOS', '91'],
  ['913', 'SENTENCIAS JUDICIALES', '91'],
  ['914', 'GASTOS NO PREVISTOS', '91'],
  ['991', 'CRÉDITOS DE RESERVA', '99'],
]);

/** Fuentes de financiamiento (2 digits; the first digit is the kind of resource). */
export const fuenteFinanciamiento: CatalogueEntry[] = entries([
  ['11', 'INGRESOS CORRIENTES'],
  ['12', 'DISMINUCIÓN DE CAJA Y BANCOS DE INGRESOS CORRIENTES'],
  ['21', 'INGRESOS TRIBUTARIOS IVA PAZ'],
  ['22', 'INGRESOS ORDINARIOS DE APORTE CONSTITUCIONAL'],
  ['29', 'OTROS RECURSOS DEL TESORO CON AFECTACIÓN ESPECÍFICA'],
  ['31', 'INGRESOS PROPIOS'],
  ['32', 'DISMINUCIÓN DE CAJA Y BANCOS DE INGRESOS PROPIOS'],
  ['41', 'COLOCACIONES INTERNAS'],
  ['52', 'PRÉSTAMOS EXTERNOS'],
  ['61', 'DONACIONES EXTERNAS'],
  ['71', 'DONACIONES INTERNAS'],
]);

/**
 * Geografía: the 22 departamentos with their official codes (01-22). '00' (the whole country,
 * spending not attributable to one department) is Ciclo's own convention, the default of a budget line.
 */
export const geografia: CatalogueEntry[] = entries([
  ['00', 'TODO EL PAÍS (MULTIDEPARTAMENTAL)'],
  ['01', 'GUATEMALA'],
  ['02', 'EL PROGRESO'],
  ['03', 'SACATEPÉQUEZ'],
  ['04', 'CHIMALTENANGO'],
  ['05', 'ESCUINTLA'],
  ['06', 'SANTA ROSA'],
  ['07', 'SOLOLÁ'],
  ['08', 'TOTONICAPÁN'],
  ['09', 'QUETZALTENANGO'],
  ['10', 'SUCHITEPÉQUEZ'],
  ['11', 'RETALHULEU'],
  ['12', 'SAN MARCOS'],
  ['13', 'HUEHUETENANGO'],
  ['14', 'QUICHÉ'],
  ['15', 'BAJA VERAPAZ'],
  ['16', 'ALTA VERAPAZ'],
  ['17', 'PETÉN'],
  ['18', 'IZABAL'],
  ['19', 'ZACAPA'],
  ['20', 'CHIQUIMULA'],
  ['21', 'JALAPA'],
  ['22', 'JUTIAPA'],
]);

/**
 * Unidades de medida of physical targets and indicators, as used in the POA / SIGES. MINFIN's
 * numeric unit codes were not available here, so the codes are Ciclo's own (upper-case words).
 */
export const unidadMedida: CatalogueEntry[] = entries([
  ['PERSONA', 'Persona'],
  ['NINO', 'Niño o niña'],
  ['MUJER', 'Mujer'],
  ['FAMILIA', 'Familia'],
  ['PRODUCTOR', 'Productor'],
  ['ESTUDIANTE', 'Estudiante'],
  ['DOCENTE', 'Docente'],
  ['DOCUMENTO', 'Documento'],
  ['INFORME', 'Informe'],
  ['EVENTO', 'Evento'],
  ['SERVICIO', 'Servicio'],
  ['ASISTENCIA_TECNICA', 'Asistencia técnica'],
  ['RACION', 'Ración'],
  ['DOSIS', 'Dosis'],
  ['KILOMETRO', 'Kilómetro'],
  ['METRO_CUADRADO', 'Metro cuadrado'],
  ['HECTAREA', 'Hectárea'],
  ['ENTIDAD', 'Entidad'],
  ['AULA', 'Aula'],
  ['ESTABLECIMIENTO', 'Establecimiento'],
  ['CENTRO_SALUD', 'Centro de salud'],
  ['OBRA', 'Obra'],
  ['PORCENTAJE', 'Porcentaje'],
  ['RAZON_100000_NV', 'Razón por 100,000 nacidos vivos'],
  ['TASA_1000_NV', 'Tasa por 1,000 nacidos vivos'],
]);

export const guatemalaCatalogues = { objetoGasto, fuenteFinanciamiento, geografia, unidadMedida } as const;
