// Guatemala's classifier catalogues, as plain data for the ClassifierEntry table.
//
// SOURCES AND WHAT COULD NOT BE CONFIRMED (one note per catalogue)
//
// objetoGasto: Ministerio de Finanzas Públicas (MINFIN), Dirección Técnica del Presupuesto, "Manual de
//   Clasificaciones Presupuestarias para el Sector Público de Guatemala", 5ª edición, junio de 2013
//   (section "Clasificación por objeto del gasto"; later editions, e.g. 6ª de 2018, keep its codes). The
//   manual's body could not be read here (only its cover and presentation were retrievable), so entries
//   were confirmed against secondary sources: (a) the subset already in this file; (b) a published outline
//   of the manual's objeto del gasto for groups 8 and 9 (subgroups 81..89, 91, 99 and their renglones);
//   (c) public code of Guatemalan public-sector systems listing renglones with their names (Organismo
//   Judicial procurement catalogue: 113, 131-136, 158, 162-169, 185, 186, 195, 199, 211-299, 322-329;
//   payroll systems: 011-036, 051, 055, 061, 063, 071-073); (d) the list of renglones seen in real MINFIN
//   budget exports, which confirms that a code EXISTS but not its exact name. Every entry not confirmed
//   by (a)-(c) carries "// verificar": for codes known only from (d) the name is the manual's best-known
//   wording or, where not known, an explicit "(NOMBRE POR CONFIRMAR)" placeholder. Not listed, because
//   neither their existence nor their name could be confirmed: the rest of group 6 (activos financieros)
//   and group 7 (deuda pública), subgroup 82, and renglones such as 016, 019, 023-024, 028, 034, 052-054,
//   116, 144, 167, 175-179, 193-194, 198, 212-213, 215-219, 255-259, 265, 285, 313-319, 327, 333-334,
//   336-339, 34x-39x, 414, 417-418, 421-422, 427-429, 432-434, 442-448, 452, 454-459, 46x, 471, 474-479,
//   482-494, 496-499, 512-521, 523-528, 530-531, 534-540, 542-560, 562-599. Extend when the manual's
//   tables are at hand: an unknown renglón refuses a budget file.
// fuenteFinanciamiento: same manual, section "Clasificación por fuentes de financiamiento". 11, 12, 21,
//   22, 29, 31, 32, 41, 51, 52, 61 and 71 are confirmed by MINFIN budget data reproduced in public code
//   (municipal and MAGA execution reports). 13, 42, 62 and 72 are known to occur in MINFIN data but their
//   names are not confirmed (verificar); no other fuente is listed.
// geografia: departamentos 01-22 and the 340 municipios, codes DDMM as numbered by the Instituto Nacional
//   de Estadística (INE) and used by MINFIN/SEGEPLAN (clasificación geográfica of the manual). Codes taken
//   from a public dataset "contrastado con el catálogo nacional de SEGEPLAN 2026" (4-digit INE codes) and
//   cross-checked with a public per-department count table (340 municipios; latest creations Sipacate
//   0514, Decreto 04-2015, and Petatán 1333, Decreto 06-2015). Names are written as INE writes them
//   (e.g. SANTA CRUZ BARILLAS, SAN MIGUEL PETAPA, UNIÓN CANTINIL, SAN MIGUEL POCHUTA, TIQUISATE); spellings
//   vary between sources, codes do not. NOTE: MINFIN's open data writes codigoDepartamento as
//   department x 100 (400 = Chimaltenango, 1700 = Petén); divide by 100 and pad to 2 digits to look it up.
//   '00' (whole country) is Ciclo's own convention, not an INE code.
// unidadMedida: Ciclo's own codes (MINFIN's numeric unit codes were not available).
// finalidadFuncion: manual, "Clasificación por finalidades y funciones" (Clasificador de Funciones del
//   Sector Público, CFSP, based on the IMF's MEFP/COFOG). The 12 finalidades and their names are confirmed
//   by MINFIN's own formulation-system code (finalidad 4 "Atención a desastres y gestión de riesgos" and
//   12 "Transacciones de la deuda pública" are Guatemalan additions to COFOG). That code also shows that
//   SICOIN stores the functional key as ONE number FFffdd: finalidad = funcion / 10000, función = next two
//   digits, división = last two. The funciones listed are the COFOG groups as the CFSP adapts them, NOT
//   read from the manual (all verificar); divisiones are not listed.
// tipoPresupuesto: codes NOT confirmed (verificar). Guatemala's budget documents group spending as
//   funcionamiento / inversión / deuda pública; the numeric codes MINFIN's data uses were not found.
// organismo / clasificacionInstitucional: manual, "Clasificación institucional". Only two entity codes
//   are confirmed, by MINFIN systems' public code: 11130016 SECRETARÍAS Y OTRAS DEPENDENCIAS DEL EJECUTIVO
//   and 11130018 OBLIGACIONES DEL ESTADO A CARGO DEL TESORO. Their common prefix 1113 is the Organismo
//   Ejecutivo; the rest of the hierarchy (1 sector público no financiero ... 1111 legislativo, 1112
//   judicial, 1114/1115 órganos de control) follows the manual's scheme as remembered and is marked
//   verificar. The other ministries' 8-digit codes (1113xxxx) are not listed: none could be confirmed
//   (one source even gives 11130003 as Vicepresidencia, which contradicts other recollections).

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

  // Grupo 0: SERVICIOS PERSONALES
  ['01', 'PERSONAL EN CARGOS FIJOS', '0'],
  ['011', 'PERSONAL PERMANENTE', '01'],
  ['012', 'COMPLEMENTO PERSONAL AL SALARIO DEL PERSONAL PERMANENTE', '01'],
  ['013', 'COMPLEMENTO POR ANTIGÜEDAD AL PERSONAL PERMANENTE', '01'],
  ['014', 'COMPLEMENTO POR CALIDAD PROFESIONAL AL PERSONAL PERMANENTE', '01'],
  ['015', 'COMPLEMENTOS ESPECÍFICOS AL PERSONAL PERMANENTE', '01'],
  ['017', 'DERECHOS ESCALAFONARIOS', '01'], // verificar
  ['018', 'COMPLEMENTO POR DIFERENCIAL CAMBIARIO AL PERSONAL EN EL EXTERIOR', '01'], // verificar
  ['02', 'PERSONAL TEMPORAL', '0'],
  ['021', 'PERSONAL SUPERNUMERARIO', '02'],
  ['022', 'PERSONAL POR CONTRATO', '02'],
  ['025', 'COMPLEMENTO POR ANTIGÜEDAD AL PERSONAL TEMPORAL', '02'],
  ['026', 'COMPLEMENTO POR CALIDAD PROFESIONAL AL PERSONAL TEMPORAL', '02'],
  ['027', 'COMPLEMENTOS ESPECÍFICOS AL PERSONAL TEMPORAL', '02'],
  ['029', 'OTRAS REMUNERACIONES DE PERSONAL TEMPORAL', '02'],
  ['03', 'PERSONAL POR JORNAL Y A DESTAJO', '0'],
  ['031', 'JORNALES', '03'],
  ['032', 'COMPLEMENTO POR ANTIGÜEDAD AL PERSONAL POR JORNAL', '03'],
  ['033', 'COMPLEMENTOS ESPECÍFICOS AL PERSONAL POR JORNAL', '03'],
  ['035', 'RETRIBUCIONES A DESTAJO', '03'],
  ['036', 'RETRIBUCIONES POR SERVICIOS', '03'],
  ['04', 'SERVICIOS EXTRAORDINARIOS', '0'], // verificar
  ['041', 'SERVICIOS EXTRAORDINARIOS DE PERSONAL PERMANENTE', '04'], // verificar
  ['042', 'SERVICIOS EXTRAORDINARIOS DE PERSONAL TEMPORAL', '04'], // verificar
  ['043', 'SERVICIOS EXTRAORDINARIOS DE PERSONAL POR JORNAL', '04'], // verificar
  ['05', 'APORTES PATRONALES', '0'], // verificar
  ['051', 'APORTE PATRONAL AL IGSS', '05'],
  ['055', 'APORTE PARA CLASES PASIVAS', '05'],
  ['06', 'DIETAS Y GASTOS DE REPRESENTACIÓN', '0'],
  ['061', 'DIETAS', '06'],
  ['062', 'DIETAS PARA CARGOS REPRESENTATIVOS', '06'],
  ['063', 'GASTOS DE REPRESENTACIÓN EN EL INTERIOR', '06'],
  ['064', 'GASTOS DE REPRESENTACIÓN EN EL EXTERIOR', '06'], // verificar
  ['07', 'OTRAS PRESTACIONES RELACIONADAS CON SALARIOS', '0'],
  ['071', 'AGUINALDO', '07'],
  ['072', 'BONIFICACIÓN ANUAL (BONO 14)', '07'],
  ['073', 'BONO VACACIONAL', '07'],
  ['079', 'OTRAS PRESTACIONES', '07'], // verificar
  ['08', 'PERSONAL CONTRATADO POR ORGANISMOS INTERNACIONALES', '0'], // verificar
  ['081', 'PERSONAL ADMINISTRATIVO, TÉCNICO, PROFESIONAL Y OPERATIVO', '08'], // verificar

  // Grupo 1: SERVICIOS NO PERSONALES
  ['11', 'SERVICIOS BÁSICOS', '1'],
  ['111', 'ENERGÍA ELÉCTRICA', '11'],
  ['112', 'AGUA', '11'],
  ['113', 'TELEFONÍA', '11'],
  ['114', 'CORREOS Y TELÉGRAFOS', '11'],
  ['115', 'EXTRACCIÓN DE BASURA Y DESTRUCCIÓN DE DESECHOS SÓLIDOS', '11'],
  ['12', 'PUBLICIDAD, IMPRESIÓN Y ENCUADERNACIÓN', '1'],
  ['121', 'DIVULGACIÓN E INFORMACIÓN', '12'],
  ['122', 'IMPRESIÓN, ENCUADERNACIÓN Y REPRODUCCIÓN', '12'],
  ['13', 'VIÁTICOS Y GASTOS CONEXOS', '1'],
  ['131', 'VIÁTICOS EN EL EXTERIOR', '13'],
  ['132', 'VIÁTICOS DE REPRESENTACIÓN EN EL EXTERIOR', '13'], // verificar
  ['133', 'VIÁTICOS EN EL INTERIOR', '13'],
  ['134', 'COMPENSACIÓN POR KILÓMETRO RECORRIDO', '13'],
  ['135', 'OTROS VIÁTICOS Y GASTOS CONEXOS', '13'], // verificar
  ['136', 'RECONOCIMIENTO DE GASTOS', '13'],
  ['14', 'TRANSPORTE Y ALMACENAJE', '1'],
  ['141', 'TRANSPORTE DE PERSONAS', '14'],
  ['142', 'FLETES', '14'],
  ['143', 'ALMACENAJE', '14'], // verificar
  ['15', 'ARRENDAMIENTOS', '1'],
  ['151', 'ARRENDAMIENTO DE EDIFICIOS Y LOCALES', '15'],
  ['152', 'ARRENDAMIENTO DE TIERRAS Y TERRENOS', '15'], // verificar
  ['153', 'ARRENDAMIENTO DE MÁQUINAS Y EQUIPOS DE OFICINA', '15'],
  ['154', 'ARRENDAMIENTO DE MÁQUINAS Y EQUIPOS DE PRODUCCIÓN', '15'], // verificar
  ['155', 'ARRENDAMIENTO DE MEDIOS DE TRANSPORTE', '15'], // verificar
  ['156', 'ARRENDAMIENTO DE OTRAS MÁQUINAS Y EQUIPOS', '15'], // verificar
  ['158', 'DERECHOS DE BIENES INTANGIBLES', '15'],
  ['159', 'OTROS ARRENDAMIENTOS', '15'], // verificar
  ['16', 'MANTENIMIENTO Y REPARACIÓN DE MAQUINARIA Y EQUIPO', '1'],
  ['161', 'MANTENIMIENTO Y REPARACIÓN DE MAQUINARIA Y EQUIPO DE PRODUCCIÓN', '16'], // verificar
  ['162', 'MANTENIMIENTO Y REPARACIÓN DE EQUIPO DE OFICINA', '16'],
  ['163', 'MANTENIMIENTO Y REPARACIÓN DE EQUIPO MÉDICO-SANITARIO Y DE LABORATORIO', '16'], // verificar
  ['164', 'MANTENIMIENTO Y REPARACIÓN DE EQUIPO EDUCACIONAL Y RECREATIVO', '16'], // verificar
  ['165', 'MANTENIMIENTO Y REPARACIÓN DE MEDIOS DE TRANSPORTE', '16'],
  ['166', 'MANTENIMIENTO Y REPARACIÓN DE EQUIPO PARA COMUNICACIONES', '16'],
  ['168', 'MANTENIMIENTO Y REPARACIÓN DE EQUIPO DE CÓMPUTO', '16'],
  ['169', 'MANTENIMIENTO Y REPARACIÓN DE OTRAS MAQUINARIAS Y EQUIPOS', '16'], // verificar
  ['17', 'MANTENIMIENTO Y REPARACIÓN DE OBRAS E INSTALACIONES', '1'],
  ['171', 'MANTENIMIENTO Y REPARACIÓN DE EDIFICIOS', '17'],
  ['172', 'MANTENIMIENTO Y REPARACIÓN DE BIENES NACIONALES DE USO COMÚN', '17'], // verificar
  ['173', 'MANTENIMIENTO Y REPARACIÓN DE BIENES NACIONALES DE USO NO COMÚN', '17'], // verificar
  ['174', 'MANTENIMIENTO Y REPARACIÓN DE INSTALACIONES', '17'], // verificar
  ['18', 'SERVICIOS TÉCNICOS Y PROFESIONALES', '1'],
  ['181', 'ESTUDIOS, INVESTIGACIONES Y PROYECTOS DE PRE-FACTIBILIDAD Y FACTIBILIDAD', '18'],
  ['182', 'SERVICIOS MÉDICO-SANITARIOS', '18'], // verificar
  ['183', 'SERVICIOS JURÍDICOS', '18'], // verificar
  ['184', 'SERVICIOS ECONÓMICOS, FINANCIEROS, CONTABLES Y DE AUDITORÍA', '18'], // verificar
  ['185', 'SERVICIOS DE CAPACITACIÓN', '18'],
  ['186', 'SERVICIOS DE INFORMÁTICA Y SISTEMAS COMPUTARIZADOS', '18'],
  ['187', 'SERVICIOS POR ACTUACIONES ARTÍSTICAS Y DEPORTIVAS', '18'], // verificar
  ['188', 'SERVICIOS DE INGENIERÍA, ARQUITECTURA Y SUPERVISIÓN DE OBRAS', '18'], // verificar
  ['189', 'OTROS ESTUDIOS Y/O SERVICIOS', '18'],
  ['19', 'OTROS SERVICIOS', '1'],
  ['191', 'PRIMAS Y GASTOS DE SEGUROS Y FIANZAS', '19'],
  ['192', 'COMISIONES Y GASTOS BANCARIOS', '19'], // verificar
  ['195', 'IMPUESTOS, DERECHOS Y TASAS', '19'],
  ['196', 'SERVICIOS DE ATENCIÓN Y PROTOCOLO', '19'],
  ['197', 'SERVICIOS DE VIGILANCIA', '19'], // verificar
  ['199', 'OTROS SERVICIOS', '19'], // verificar

  // Grupo 2: MATERIALES Y SUMINISTROS
  ['21', 'ALIMENTOS Y PRODUCTOS AGROPECUARIOS', '2'],
  ['211', 'ALIMENTOS PARA PERSONAS', '21'],
  ['214', 'PRODUCTOS AGROFORESTALES, MADERA, CORCHO Y SUS MANUFACTURAS', '21'], // verificar
  ['22', 'MINERALES', '2'], // verificar
  ['223', 'PIEDRA, ARCILLA Y ARENA', '22'], // verificar
  ['23', 'TEXTILES Y VESTUARIO', '2'], // verificar
  ['231', 'HILADOS Y TELAS', '23'], // verificar
  ['232', 'ACABADOS TEXTILES', '23'],
  ['233', 'PRENDAS DE VESTIR', '23'],
  ['239', 'OTROS TEXTILES Y VESTUARIO', '23'], // verificar
  ['24', 'PRODUCTOS DE PAPEL, CARTÓN E IMPRESOS', '2'],
  ['241', 'PAPEL DE ESCRITORIO', '24'],
  ['242', 'PAPELES COMERCIALES, CARTONES Y OTROS', '24'], // verificar
  ['243', 'PRODUCTOS DE PAPEL O CARTÓN', '24'],
  ['244', 'PRODUCTOS DE ARTES GRÁFICAS', '24'],
  ['245', 'LIBROS, REVISTAS Y PERIÓDICOS', '24'], // verificar
  ['247', 'ESPECIES TIMBRADAS Y VALORES', '24'], // verificar
  ['249', 'OTROS PRODUCTOS DE PAPEL, CARTÓN E IMPRESOS', '24'], // verificar
  ['25', 'PRODUCTOS DE CUERO Y CAUCHO', '2'], // verificar
  ['251', 'CUEROS Y PIELES', '25'], // verificar
  ['252', 'ARTÍCULOS DE CUERO', '25'], // verificar
  ['253', 'LLANTAS Y NEUMÁTICOS', '25'],
  ['254', 'ARTÍCULOS DE CAUCHO', '25'],
  ['26', 'PRODUCTOS QUÍMICOS Y CONEXOS', '2'],
  ['261', 'ELEMENTOS Y COMPUESTOS QUÍMICOS', '26'], // verificar
  ['262', 'COMBUSTIBLES Y LUBRICANTES', '26'],
  ['263', 'ABONOS Y FERTILIZANTES', '26'], // verificar
  ['264', 'INSECTICIDAS, FUMIGANTES Y SIMILARES', '26'], // verificar
  ['266', 'PRODUCTOS MEDICINALES Y FARMACÉUTICOS', '26'],
  ['267', 'TINTES, PINTURAS Y COLORANTES', '26'],
  ['268', 'PRODUCTOS PLÁSTICOS, NYLON, VINIL Y P.V.C.', '26'],
  ['269', 'OTROS PRODUCTOS QUÍMICOS Y CONEXOS', '26'],
  ['27', 'PRODUCTOS DE MINERALES NO METÁLICOS', '2'], // verificar
  ['271', 'PRODUCTOS DE ARCILLA', '27'], // verificar
  ['272', 'PRODUCTOS DE VIDRIO', '27'], // verificar
  ['273', 'PRODUCTOS DE LOZA Y PORCELANA', '27'], // verificar
  ['274', 'CEMENTO', '27'], // verificar
  ['275', 'PRODUCTOS DE CEMENTO, PÓMEZ, ASBESTO Y YESO', '27'], // verificar
  ['279', 'OTROS PRODUCTOS DE MINERALES NO METÁLICOS', '27'], // verificar
  ['28', 'PRODUCTOS METÁLICOS', '2'], // verificar
  ['281', 'PRODUCTOS SIDERÚRGICOS', '28'], // verificar
  ['282', 'PRODUCTOS METALÚRGICOS NO FÉRRICOS', '28'], // verificar
  ['283', 'PRODUCTOS DE METAL Y SUS ALEACIONES', '28'],
  ['284', 'ESTRUCTURAS METÁLICAS ACABADAS', '28'], // verificar
  ['286', 'HERRAMIENTAS MENORES', '28'],
  ['289', 'OTROS PRODUCTOS METÁLICOS', '28'], // verificar
  ['29', 'OTROS MATERIALES Y SUMINISTROS', '2'],
  ['291', 'ÚTILES DE OFICINA', '29'],
  ['292', 'PRODUCTOS SANITARIOS, DE LIMPIEZA Y DE USO PERSONAL', '29'],
  ['293', 'ÚTILES EDUCACIONALES Y CULTURALES', '29'], // verificar
  ['294', 'ÚTILES DEPORTIVOS Y RECREATIVOS', '29'], // verificar
  ['295', 'ÚTILES MENORES, SUMINISTROS E INSTRUMENTAL MÉDICO-QUIRÚRGICOS, DE LABORATORIO Y CUIDADO DE LA SALUD', '29'],
  ['296', 'ÚTILES DE COCINA Y COMEDOR', '29'],
  ['297', 'MATERIALES, PRODUCTOS Y ACCESORIOS ELÉCTRICOS, CABLEADO ESTRUCTURADO DE REDES INFORMÁTICAS Y TELEFÓNICAS', '29'], // verificar
  ['298', 'ACCESORIOS Y REPUESTOS EN GENERAL', '29'],
  ['299', 'OTROS MATERIALES Y SUMINISTROS', '29'],

  // Grupo 3: PROPIEDAD, PLANTA, EQUIPO E INTANGIBLES
  ['32', 'MAQUINARIA Y EQUIPO', '3'],
  ['321', 'MAQUINARIA Y EQUIPO DE PRODUCCIÓN', '32'], // verificar
  ['322', 'MOBILIARIO Y EQUIPO DE OFICINA', '32'],
  ['323', 'MOBILIARIO Y EQUIPO MÉDICO-SANITARIO Y DE LABORATORIO', '32'],
  ['324', 'EQUIPO EDUCACIONAL, CULTURAL Y RECREATIVO', '32'],
  ['325', 'EQUIPO DE TRANSPORTE', '32'],
  ['326', 'EQUIPO PARA COMUNICACIONES', '32'],
  ['328', 'EQUIPO DE CÓMPUTO', '32'],
  ['329', 'OTRAS MAQUINARIAS Y EQUIPOS', '32'],
  ['33', 'CONSTRUCCIONES POR CONTRATO', '3'],
  ['331', 'CONSTRUCCIONES DE BIENES NACIONALES DE USO COMÚN', '33'],
  ['332', 'CONSTRUCCIONES DE BIENES NACIONALES DE USO NO COMÚN', '33'],
  ['335', 'RENGLÓN 335 (NOMBRE POR CONFIRMAR)', '33'], // verificar

  // Grupo 4: TRANSFERENCIAS CORRIENTES (codes seen in MINFIN data; most names to be confirmed)
  ['41', 'TRANSFERENCIAS A PERSONAS INDIVIDUALES', '4'],
  ['411', 'AYUDA PARA FUNERALES', '41'], // verificar
  ['412', 'PRESTACIONES PÓSTUMAS', '41'], // verificar
  ['413', 'INDEMNIZACIONES AL PERSONAL', '41'],
  ['415', 'VACACIONES PAGADAS POR RETIRO', '41'],
  ['416', 'BECAS DE ESTUDIO EN EL INTERIOR', '41'],
  ['419', 'OTRAS TRANSFERENCIAS A PERSONAS INDIVIDUALES', '41'], // verificar
  ['42', 'SUBGRUPO 42 (NOMBRE POR CONFIRMAR)', '4'], // verificar
  ['423', 'RENGLÓN 423 (NOMBRE POR CONFIRMAR)', '42'], // verificar
  ['424', 'RENGLÓN 424 (NOMBRE POR CONFIRMAR)', '42'], // verificar
  ['425', 'RENGLÓN 425 (NOMBRE POR CONFIRMAR)', '42'], // verificar
  ['426', 'RENGLÓN 426 (NOMBRE POR CONFIRMAR)', '42'], // verificar
  ['43', 'TRANSFERENCIAS A ENTIDADES DEL SECTOR PRIVADO SIN FINES DE LUCRO', '4'], // verificar
  ['431', 'TRANSFERENCIAS A INSTITUCIONES DE ENSEÑANZA', '43'], // verificar
  ['435', 'TRANSFERENCIAS A OTRAS INSTITUCIONES SIN FINES DE LUCRO', '43'], // verificar
  ['44', 'SUBGRUPO 44 (NOMBRE POR CONFIRMAR)', '4'], // verificar
  ['441', 'RENGLÓN 441 (NOMBRE POR CONFIRMAR)', '44'], // verificar
  ['449', 'RENGLÓN 449 (NOMBRE POR CONFIRMAR)', '44'], // verificar
  ['45', 'TRANSFERENCIAS AL SECTOR PÚBLICO NO EMPRESARIAL', '4'], // verificar
  ['451', 'TRANSFERENCIAS A LA ADMINISTRACIÓN CENTRAL', '45'], // verificar
  ['453', 'RENGLÓN 453 (NOMBRE POR CONFIRMAR)', '45'], // verificar
  ['47', 'TRANSFERENCIAS AL SECTOR EXTERNO', '4'], // verificar
  ['472', 'TRANSFERENCIAS A ORGANISMOS E INSTITUCIONES INTERNACIONALES', '47'], // verificar
  ['473', 'RENGLÓN 473 (NOMBRE POR CONFIRMAR)', '47'], // verificar
  ['48', 'SUBGRUPO 48 (NOMBRE POR CONFIRMAR)', '4'], // verificar
  ['481', 'RENGLÓN 481 (NOMBRE POR CONFIRMAR)', '48'], // verificar
  ['49', 'SUBGRUPO 49 (NOMBRE POR CONFIRMAR)', '4'], // verificar
  ['495', 'RENGLÓN 495 (NOMBRE POR CONFIRMAR)', '49'], // verificar

  // Grupo 5: TRANSFERENCIAS DE CAPITAL (codes seen in MINFIN data; names to be confirmed)
  ['51', 'SUBGRUPO 51 (NOMBRE POR CONFIRMAR)', '5'], // verificar
  ['511', 'RENGLÓN 511 (NOMBRE POR CONFIRMAR)', '51'], // verificar
  ['52', 'SUBGRUPO 52 (NOMBRE POR CONFIRMAR)', '5'], // verificar
  ['522', 'RENGLÓN 522 (NOMBRE POR CONFIRMAR)', '52'], // verificar
  ['529', 'RENGLÓN 529 (NOMBRE POR CONFIRMAR)', '52'], // verificar
  ['53', 'SUBGRUPO 53 (NOMBRE POR CONFIRMAR)', '5'], // verificar
  ['532', 'RENGLÓN 532 (NOMBRE POR CONFIRMAR)', '53'], // verificar
  ['533', 'RENGLÓN 533 (NOMBRE POR CONFIRMAR)', '53'], // verificar
  ['54', 'SUBGRUPO 54 (NOMBRE POR CONFIRMAR)', '5'], // verificar
  ['541', 'RENGLÓN 541 (NOMBRE POR CONFIRMAR)', '54'], // verificar
  ['56', 'SUBGRUPO 56 (NOMBRE POR CONFIRMAR)', '5'], // verificar
  ['561', 'RENGLÓN 561 (NOMBRE POR CONFIRMAR)', '56'], // verificar

  // Grupo 8: OTROS GASTOS (outline of the manual)
  ['81', 'IMPUESTOS DIRECTOS', '8'],
  ['811', 'IMPUESTOS DIRECTOS', '81'],
  ['83', 'DEPRECIACIÓN Y AMORTIZACIÓN', '8'],
  ['831', 'DEPRECIACIÓN DEL ACTIVO FIJO', '83'],
  ['832', 'AMORTIZACIÓN DEL ACTIVO INTANGIBLE', '83'],
  ['84', 'BENEFICIOS SOCIALES', '8'],
  ['841', 'BENEFICIOS SOCIALES', '84'],
  ['85', 'RESERVAS TÉCNICAS', '8'],
  ['851', 'RESERVAS LEGALES', '85'],
  ['852', 'RESERVAS DE CAPITALIZACIÓN', '85'],
  ['859', 'OTRAS RESERVAS TÉCNICAS', '85'],
  ['86', 'OTRAS PÉRDIDAS', '8'],
  ['861', 'CUENTAS INCOBRABLES', '86'],
  ['862', 'PÉRDIDAS DE INVENTARIOS', '86'],
  ['863', 'PÉRDIDAS POR VENTA DE ACTIVOS', '86'],
  ['864', 'PÉRDIDAS POR OPERACIONES CAMBIARIAS EN INTERESES', '86'],
  ['865', 'PÉRDIDAS POR OPERACIONES CAMBIARIAS EN AMORTIZACIÓN', '86'],
  ['866', 'OTRAS PÉRDIDAS DE OPERACIONES', '86'],
  ['867', 'OTRAS PÉRDIDAS AJENAS A LA OPERACIÓN', '86'],
  ['868', 'PÉRDIDAS EN LA COLOCACIÓN DE VALORES PÚBLICOS', '86'],
  ['87', 'DISMINUCIÓN DEL PATRIMONIO', '8'],
  ['871', 'DISMINUCIÓN DEL CAPITAL SOCIAL E INSTITUCIONAL', '87'],
  ['872', 'DISMINUCIÓN DE APORTES POR CAPITALIZAR', '87'],
  ['873', 'DISMINUCIÓN DE RESERVAS', '87'],
  ['874', 'DISMINUCIÓN DE RESULTADOS POR DIVIDENDOS A DISTRIBUIR', '87'],
  ['875', 'DISMINUCIÓN DE RESULTADOS POR UTILIDADES A TRANSFERIR', '87'], // verificar
  ['88', 'INTERESES DE INSTITUCIONES PÚBLICAS FINANCIERAS', '8'],
  ['881', 'INTERESES DE INSTITUCIONES PÚBLICAS FINANCIERAS BANCARIAS', '88'],
  ['882', 'INTERESES DE INSTITUCIONES PÚBLICAS FINANCIERAS NO BANCARIAS', '88'], // verificar
  ['89', 'RECLAMOS POR SEGUROS DE HIPOTECAS', '8'],
  ['891', 'RECLAMOS POR SEGUROS DE HIPOTECAS', '89'],
  ['892', 'RECLAMOS POR SEGUROS DE DESGRAVAMEN', '89'],

  // Grupo 9: ASIGNACIONES GLOBALES
  ['91', 'GASTOS IMPREVISTOS', '9'],
  ['911', 'EMERGENCIAS Y CALAMIDADES PÚBLICAS', '91'],
  ['912', 'SINIESTROS Y GASTOS CONEXOS', '91'],
  ['913', 'SENTENCIAS JUDICIALES', '91'],
  ['914', 'GASTOS NO PREVISTOS', '91'],
  ['98', 'SUBGRUPO 98 (NOMBRE POR CONFIRMAR)', '9'], // verificar
  ['981', 'RENGLÓN 981 (NOMBRE POR CONFIRMAR)', '98'], // verificar
  ['99', 'CRÉDITOS DE RESERVA', '9'],
  ['991', 'CRÉDITOS DE RESERVA', '99'],
]);

/** Fuentes de financiamiento (2 digits; the first digit is the kind of resource). */
export const fuenteFinanciamiento: CatalogueEntry[] = entries([
  ['11', 'INGRESOS CORRIENTES'],
  ['12', 'DISMINUCIÓN DE CAJA Y BANCOS DE INGRESOS CORRIENTES'],
  ['13', 'FUENTE 13 (NOMBRE POR CONFIRMAR)'], // verificar
  ['21', 'INGRESOS TRIBUTARIOS IVA PAZ'],
  ['22', 'INGRESOS ORDINARIOS DE APORTE CONSTITUCIONAL'],
  ['29', 'OTROS RECURSOS DEL TESORO CON AFECTACIÓN ESPECÍFICA'],
  ['31', 'INGRESOS PROPIOS'],
  ['32', 'DISMINUCIÓN DE CAJA Y BANCOS DE INGRESOS PROPIOS'],
  ['41', 'COLOCACIONES INTERNAS'],
  ['42', 'DISMINUCIÓN DE CAJA Y BANCOS DE COLOCACIONES INTERNAS'], // verificar
  ['51', 'COLOCACIONES EXTERNAS'],
  ['52', 'PRÉSTAMOS EXTERNOS'],
  ['61', 'DONACIONES EXTERNAS'],
  ['62', 'DISMINUCIÓN DE CAJA Y BANCOS DE DONACIONES EXTERNAS'], // verificar
  ['71', 'DONACIONES INTERNAS'],
  ['72', 'DISMINUCIÓN DE CAJA Y BANCOS DE DONACIONES INTERNAS'], // verificar
]);

/**
 * Geografía, two levels told apart by the length of the code:
 * - departamento: 2 digits, '01'..'22' (INE), no parent; '00' (the whole country, spending not
 *   attributable to one department) is Ciclo's own convention, the default of a budget line;
 * - municipio: 4 digits DDMM (department, then the municipality's INE number), parent = the department.
 * MINFIN's open data writes codigoDepartamento as department x 100 (400 = Chimaltenango): divide by 100
 * and pad to two digits before looking it up.
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
  // Municipios (340)
  ['0101', 'GUATEMALA', '01'],
  ['0102', 'SANTA CATARINA PINULA', '01'],
  ['0103', 'SAN JOSÉ PINULA', '01'],
  ['0104', 'SAN JOSÉ DEL GOLFO', '01'],
  ['0105', 'PALENCIA', '01'],
  ['0106', 'CHINAUTLA', '01'],
  ['0107', 'SAN PEDRO AYAMPUC', '01'],
  ['0108', 'MIXCO', '01'],
  ['0109', 'SAN PEDRO SACATEPÉQUEZ', '01'],
  ['0110', 'SAN JUAN SACATEPÉQUEZ', '01'],
  ['0111', 'SAN RAYMUNDO', '01'],
  ['0112', 'CHUARRANCHO', '01'],
  ['0113', 'FRAIJANES', '01'],
  ['0114', 'AMATITLÁN', '01'],
  ['0115', 'VILLA NUEVA', '01'],
  ['0116', 'VILLA CANALES', '01'],
  ['0117', 'SAN MIGUEL PETAPA', '01'],
  ['0201', 'GUASTATOYA', '02'],
  ['0202', 'MORAZÁN', '02'],
  ['0203', 'SAN AGUSTÍN ACASAGUASTLÁN', '02'],
  ['0204', 'SAN CRISTÓBAL ACASAGUASTLÁN', '02'],
  ['0205', 'EL JÍCARO', '02'],
  ['0206', 'SANSARE', '02'],
  ['0207', 'SANARATE', '02'],
  ['0208', 'SAN ANTONIO LA PAZ', '02'],
  ['0301', 'ANTIGUA GUATEMALA', '03'],
  ['0302', 'JOCOTENANGO', '03'],
  ['0303', 'PASTORES', '03'],
  ['0304', 'SUMPANGO', '03'],
  ['0305', 'SANTO DOMINGO XENACOJ', '03'],
  ['0306', 'SANTIAGO SACATEPÉQUEZ', '03'],
  ['0307', 'SAN BARTOLOMÉ MILPAS ALTAS', '03'],
  ['0308', 'SAN LUCAS SACATEPÉQUEZ', '03'],
  ['0309', 'SANTA LUCÍA MILPAS ALTAS', '03'],
  ['0310', 'MAGDALENA MILPAS ALTAS', '03'],
  ['0311', 'SANTA MARÍA DE JESÚS', '03'],
  ['0312', 'CIUDAD VIEJA', '03'],
  ['0313', 'SAN MIGUEL DUEÑAS', '03'],
  ['0314', 'ALOTENANGO', '03'],
  ['0315', 'SAN ANTONIO AGUAS CALIENTES', '03'],
  ['0316', 'SANTA CATARINA BARAHONA', '03'],
  ['0401', 'CHIMALTENANGO', '04'],
  ['0402', 'SAN JOSÉ POAQUIL', '04'],
  ['0403', 'SAN MARTÍN JILOTEPEQUE', '04'],
  ['0404', 'SAN JUAN COMALAPA', '04'],
  ['0405', 'SANTA APOLONIA', '04'],
  ['0406', 'TECPÁN GUATEMALA', '04'],
  ['0407', 'PATZÚN', '04'],
  ['0408', 'SAN MIGUEL POCHUTA', '04'],
  ['0409', 'PATZICÍA', '04'],
  ['0410', 'SANTA CRUZ BALANYÁ', '04'],
  ['0411', 'ACATENANGO', '04'],
  ['0412', 'SAN PEDRO YEPOCAPA', '04'],
  ['0413', 'SAN ANDRÉS ITZAPA', '04'],
  ['0414', 'PARRAMOS', '04'],
  ['0415', 'ZARAGOZA', '04'],
  ['0416', 'EL TEJAR', '04'],
  ['0501', 'ESCUINTLA', '05'],
  ['0502', 'SANTA LUCÍA COTZUMALGUAPA', '05'],
  ['0503', 'LA DEMOCRACIA', '05'],
  ['0504', 'SIQUINALÁ', '05'],
  ['0505', 'MASAGUA', '05'],
  ['0506', 'TIQUISATE', '05'],
  ['0507', 'LA GOMERA', '05'],
  ['0508', 'GUANAGAZAPA', '05'],
  ['0509', 'SAN JOSÉ', '05'],
  ['0510', 'IZTAPA', '05'],
  ['0511', 'PALÍN', '05'],
  ['0512', 'SAN VICENTE PACAYA', '05'],
  ['0513', 'NUEVA CONCEPCIÓN', '05'],
  ['0514', 'SIPACATE', '05'],
  ['0601', 'CUILAPA', '06'],
  ['0602', 'BARBERENA', '06'],
  ['0603', 'SANTA ROSA DE LIMA', '06'],
  ['0604', 'CASILLAS', '06'],
  ['0605', 'SAN RAFAEL LAS FLORES', '06'],
  ['0606', 'ORATORIO', '06'],
  ['0607', 'SAN JUAN TECUACO', '06'],
  ['0608', 'CHIQUIMULILLA', '06'],
  ['0609', 'TAXISCO', '06'],
  ['0610', 'SANTA MARÍA IXHUATÁN', '06'],
  ['0611', 'GUAZACAPÁN', '06'],
  ['0612', 'SANTA CRUZ NARANJO', '06'],
  ['0613', 'PUEBLO NUEVO VIÑAS', '06'],
  ['0614', 'NUEVA SANTA ROSA', '06'],
  ['0701', 'SOLOLÁ', '07'],
  ['0702', 'SAN JOSÉ CHACAYÁ', '07'],
  ['0703', 'SANTA MARÍA VISITACIÓN', '07'],
  ['0704', 'SANTA LUCÍA UTATLÁN', '07'],
  ['0705', 'NAHUALÁ', '07'],
  ['0706', 'SANTA CATARINA IXTAHUACÁN', '07'],
  ['0707', 'SANTA CLARA LA LAGUNA', '07'],
  ['0708', 'CONCEPCIÓN', '07'],
  ['0709', 'SAN ANDRÉS SEMETABAJ', '07'],
  ['0710', 'PANAJACHEL', '07'],
  ['0711', 'SANTA CATARINA PALOPÓ', '07'],
  ['0712', 'SAN ANTONIO PALOPÓ', '07'],
  ['0713', 'SAN LUCAS TOLIMÁN', '07'],
  ['0714', 'SANTA CRUZ LA LAGUNA', '07'],
  ['0715', 'SAN PABLO LA LAGUNA', '07'],
  ['0716', 'SAN MARCOS LA LAGUNA', '07'],
  ['0717', 'SAN JUAN LA LAGUNA', '07'],
  ['0718', 'SAN PEDRO LA LAGUNA', '07'],
  ['0719', 'SANTIAGO ATITLÁN', '07'],
  ['0801', 'TOTONICAPÁN', '08'],
  ['0802', 'SAN CRISTÓBAL TOTONICAPÁN', '08'],
  ['0803', 'SAN FRANCISCO EL ALTO', '08'],
  ['0804', 'SAN ANDRÉS XECUL', '08'],
  ['0805', 'MOMOSTENANGO', '08'],
  ['0806', 'SANTA MARÍA CHIQUIMULA', '08'],
  ['0807', 'SANTA LUCÍA LA REFORMA', '08'],
  ['0808', 'SAN BARTOLO AGUAS CALIENTES', '08'],
  ['0901', 'QUETZALTENANGO', '09'],
  ['0902', 'SALCAJÁ', '09'],
  ['0903', 'OLINTEPEQUE', '09'],
  ['0904', 'SAN CARLOS SIJA', '09'],
  ['0905', 'SIBILIA', '09'],
  ['0906', 'CABRICÁN', '09'],
  ['0907', 'CAJOLÁ', '09'],
  ['0908', 'SAN MIGUEL SIGÜILÁ', '09'],
  ['0909', 'SAN JUAN OSTUNCALCO', '09'],
  ['0910', 'SAN MATEO', '09'],
  ['0911', 'CONCEPCIÓN CHIQUIRICHAPA', '09'],
  ['0912', 'SAN MARTÍN SACATEPÉQUEZ', '09'],
  ['0913', 'ALMOLONGA', '09'],
  ['0914', 'CANTEL', '09'],
  ['0915', 'HUITÁN', '09'],
  ['0916', 'ZUNIL', '09'],
  ['0917', 'COLOMBA COSTA CUCA', '09'],
  ['0918', 'SAN FRANCISCO LA UNIÓN', '09'],
  ['0919', 'EL PALMAR', '09'],
  ['0920', 'COATEPEQUE', '09'],
  ['0921', 'GÉNOVA', '09'],
  ['0922', 'FLORES COSTA CUCA', '09'],
  ['0923', 'LA ESPERANZA', '09'],
  ['0924', 'PALESTINA DE LOS ALTOS', '09'],
  ['1001', 'MAZATENANGO', '10'],
  ['1002', 'CUYOTENANGO', '10'],
  ['1003', 'SAN FRANCISCO ZAPOTITLÁN', '10'],
  ['1004', 'SAN BERNARDINO', '10'],
  ['1005', 'SAN JOSÉ EL ÍDOLO', '10'],
  ['1006', 'SANTO DOMINGO SUCHITEPÉQUEZ', '10'],
  ['1007', 'SAN LORENZO', '10'],
  ['1008', 'SAMAYAC', '10'],
  ['1009', 'SAN PABLO JOCOPILAS', '10'],
  ['1010', 'SAN ANTONIO SUCHITEPÉQUEZ', '10'],
  ['1011', 'SAN MIGUEL PANÁN', '10'],
  ['1012', 'SAN GABRIEL', '10'],
  ['1013', 'CHICACAO', '10'],
  ['1014', 'PATULUL', '10'],
  ['1015', 'SANTA BÁRBARA', '10'],
  ['1016', 'SAN JUAN BAUTISTA', '10'],
  ['1017', 'SANTO TOMÁS LA UNIÓN', '10'],
  ['1018', 'ZUNILITO', '10'],
  ['1019', 'PUEBLO NUEVO', '10'],
  ['1020', 'RÍO BRAVO', '10'],
  ['1021', 'SAN JOSÉ LA MÁQUINA', '10'],
  ['1101', 'RETALHULEU', '11'],
  ['1102', 'SAN SEBASTIÁN', '11'],
  ['1103', 'SANTA CRUZ MULUÁ', '11'],
  ['1104', 'SAN MARTÍN ZAPOTITLÁN', '11'],
  ['1105', 'SAN FELIPE', '11'],
  ['1106', 'SAN ANDRÉS VILLA SECA', '11'],
  ['1107', 'CHAMPERICO', '11'],
  ['1108', 'NUEVO SAN CARLOS', '11'],
  ['1109', 'EL ASINTAL', '11'],
  ['1201', 'SAN MARCOS', '12'],
  ['1202', 'SAN PEDRO SACATEPÉQUEZ', '12'],
  ['1203', 'SAN ANTONIO SACATEPÉQUEZ', '12'],
  ['1204', 'COMITANCILLO', '12'],
  ['1205', 'SAN MIGUEL IXTAHUACÁN', '12'],
  ['1206', 'CONCEPCIÓN TUTUAPA', '12'],
  ['1207', 'TACANÁ', '12'],
  ['1208', 'SIBINAL', '12'],
  ['1209', 'TAJUMULCO', '12'],
  ['1210', 'TEJUTLA', '12'],
  ['1211', 'SAN RAFAEL PIE DE LA CUESTA', '12'],
  ['1212', 'NUEVO PROGRESO', '12'],
  ['1213', 'EL TUMBADOR', '12'],
  ['1214', 'EL RODEO', '12'],
  ['1215', 'MALACATÁN', '12'],
  ['1216', 'CATARINA', '12'],
  ['1217', 'AYUTLA', '12'],
  ['1218', 'OCÓS', '12'],
  ['1219', 'SAN PABLO', '12'],
  ['1220', 'EL QUETZAL', '12'],
  ['1221', 'LA REFORMA', '12'],
  ['1222', 'PAJAPITA', '12'],
  ['1223', 'IXCHIGUÁN', '12'],
  ['1224', 'SAN JOSÉ OJETENAM', '12'],
  ['1225', 'SAN CRISTÓBAL CUCHO', '12'],
  ['1226', 'SIPACAPA', '12'],
  ['1227', 'ESQUIPULAS PALO GORDO', '12'],
  ['1228', 'RÍO BLANCO', '12'],
  ['1229', 'SAN LORENZO', '12'],
  ['1230', 'LA BLANCA', '12'],
  ['1301', 'HUEHUETENANGO', '13'],
  ['1302', 'CHIANTLA', '13'],
  ['1303', 'MALACATANCITO', '13'],
  ['1304', 'CUILCO', '13'],
  ['1305', 'NENTÓN', '13'],
  ['1306', 'SAN PEDRO NECTA', '13'],
  ['1307', 'JACALTENANGO', '13'],
  ['1308', 'SAN PEDRO SOLOMA', '13'],
  ['1309', 'SAN ILDEFONSO IXTAHUACÁN', '13'],
  ['1310', 'SANTA BÁRBARA', '13'],
  ['1311', 'LA LIBERTAD', '13'],
  ['1312', 'LA DEMOCRACIA', '13'],
  ['1313', 'SAN MIGUEL ACATÁN', '13'],
  ['1314', 'SAN RAFAEL LA INDEPENDENCIA', '13'],
  ['1315', 'TODOS SANTOS CUCHUMATÁN', '13'],
  ['1316', 'SAN JUAN ATITÁN', '13'],
  ['1317', 'SANTA EULALIA', '13'],
  ['1318', 'SAN MATEO IXTATÁN', '13'],
  ['1319', 'COLOTENANGO', '13'],
  ['1320', 'SAN SEBASTIÁN HUEHUETENANGO', '13'],
  ['1321', 'TECTITÁN', '13'],
  ['1322', 'CONCEPCIÓN HUISTA', '13'],
  ['1323', 'SAN JUAN IXCOY', '13'],
  ['1324', 'SAN ANTONIO HUISTA', '13'],
  ['1325', 'SAN SEBASTIÁN COATÁN', '13'],
  ['1326', 'SANTA CRUZ BARILLAS', '13'],
  ['1327', 'AGUACATÁN', '13'],
  ['1328', 'SAN RAFAEL PETZAL', '13'],
  ['1329', 'SAN GASPAR IXCHIL', '13'],
  ['1330', 'SANTIAGO CHIMALTENANGO', '13'],
  ['1331', 'SANTA ANA HUISTA', '13'],
  ['1332', 'UNIÓN CANTINIL', '13'],
  ['1333', 'PETATÁN', '13'],
  ['1401', 'SANTA CRUZ DEL QUICHÉ', '14'],
  ['1402', 'CHICHÉ', '14'],
  ['1403', 'CHINIQUE', '14'],
  ['1404', 'ZACUALPA', '14'],
  ['1405', 'CHAJUL', '14'],
  ['1406', 'CHICHICASTENANGO', '14'],
  ['1407', 'PATZITÉ', '14'],
  ['1408', 'SAN ANTONIO ILOTENANGO', '14'],
  ['1409', 'SAN PEDRO JOCOPILAS', '14'],
  ['1410', 'CUNÉN', '14'],
  ['1411', 'SAN JUAN COTZAL', '14'],
  ['1412', 'JOYABAJ', '14'],
  ['1413', 'NEBAJ', '14'],
  ['1414', 'SAN ANDRÉS SAJCABAJÁ', '14'],
  ['1415', 'USPANTÁN', '14'],
  ['1416', 'SACAPULAS', '14'],
  ['1417', 'SAN BARTOLOMÉ JOCOTENANGO', '14'],
  ['1418', 'CANILLÁ', '14'],
  ['1419', 'CHICAMÁN', '14'],
  ['1420', 'IXCÁN', '14'],
  ['1421', 'PACHALUM', '14'],
  ['1501', 'SALAMÁ', '15'],
  ['1502', 'SAN MIGUEL CHICAJ', '15'],
  ['1503', 'RABINAL', '15'],
  ['1504', 'CUBULCO', '15'],
  ['1505', 'GRANADOS', '15'],
  ['1506', 'EL CHOL', '15'],
  ['1507', 'SAN JERÓNIMO', '15'],
  ['1508', 'PURULHÁ', '15'],
  ['1601', 'COBÁN', '16'],
  ['1602', 'SANTA CRUZ VERAPAZ', '16'],
  ['1603', 'SAN CRISTÓBAL VERAPAZ', '16'],
  ['1604', 'TACTIC', '16'],
  ['1605', 'TAMAHÚ', '16'],
  ['1606', 'SAN MIGUEL TUCURÚ', '16'],
  ['1607', 'PANZÓS', '16'],
  ['1608', 'SENAHÚ', '16'],
  ['1609', 'SAN PEDRO CARCHÁ', '16'],
  ['1610', 'SAN JUAN CHAMELCO', '16'],
  ['1611', 'LANQUÍN', '16'],
  ['1612', 'SANTA MARÍA CAHABÓN', '16'],
  ['1613', 'CHISEC', '16'],
  ['1614', 'CHAHAL', '16'],
  ['1615', 'FRAY BARTOLOMÉ DE LAS CASAS', '16'],
  ['1616', 'SANTA CATALINA LA TINTA', '16'],
  ['1617', 'RAXRUHÁ', '16'],
  ['1701', 'FLORES', '17'],
  ['1702', 'SAN JOSÉ', '17'],
  ['1703', 'SAN BENITO', '17'],
  ['1704', 'SAN ANDRÉS', '17'],
  ['1705', 'LA LIBERTAD', '17'],
  ['1706', 'SAN FRANCISCO', '17'],
  ['1707', 'SANTA ANA', '17'],
  ['1708', 'DOLORES', '17'],
  ['1709', 'SAN LUIS', '17'],
  ['1710', 'SAYAXCHÉ', '17'],
  ['1711', 'MELCHOR DE MENCOS', '17'],
  ['1712', 'POPTÚN', '17'],
  ['1713', 'LAS CRUCES', '17'],
  ['1714', 'EL CHAL', '17'],
  ['1801', 'PUERTO BARRIOS', '18'],
  ['1802', 'LIVINGSTON', '18'],
  ['1803', 'EL ESTOR', '18'],
  ['1804', 'MORALES', '18'],
  ['1805', 'LOS AMATES', '18'],
  ['1901', 'ZACAPA', '19'],
  ['1902', 'ESTANZUELA', '19'],
  ['1903', 'RÍO HONDO', '19'],
  ['1904', 'GUALÁN', '19'],
  ['1905', 'TECULUTÁN', '19'],
  ['1906', 'USUMATLÁN', '19'],
  ['1907', 'CABAÑAS', '19'],
  ['1908', 'SAN DIEGO', '19'],
  ['1909', 'LA UNIÓN', '19'],
  ['1910', 'HUITÉ', '19'],
  ['1911', 'SAN JORGE', '19'],
  ['2001', 'CHIQUIMULA', '20'],
  ['2002', 'SAN JOSÉ LA ARADA', '20'],
  ['2003', 'SAN JUAN ERMITA', '20'],
  ['2004', 'JOCOTÁN', '20'],
  ['2005', 'CAMOTÁN', '20'],
  ['2006', 'OLOPA', '20'],
  ['2007', 'ESQUIPULAS', '20'],
  ['2008', 'CONCEPCIÓN LAS MINAS', '20'],
  ['2009', 'QUEZALTEPEQUE', '20'],
  ['2010', 'SAN JACINTO', '20'],
  ['2011', 'IPALA', '20'],
  ['2101', 'JALAPA', '21'],
  ['2102', 'SAN PEDRO PINULA', '21'],
  ['2103', 'SAN LUIS JILOTEPEQUE', '21'],
  ['2104', 'SAN MANUEL CHAPARRÓN', '21'],
  ['2105', 'SAN CARLOS ALZATATE', '21'],
  ['2106', 'MONJAS', '21'],
  ['2107', 'MATAQUESCUINTLA', '21'],
  ['2201', 'JUTIAPA', '22'],
  ['2202', 'EL PROGRESO', '22'],
  ['2203', 'SANTA CATARINA MITA', '22'],
  ['2204', 'AGUA BLANCA', '22'],
  ['2205', 'ASUNCIÓN MITA', '22'],
  ['2206', 'YUPILTEPEQUE', '22'],
  ['2207', 'ATESCATEMPA', '22'],
  ['2208', 'JEREZ', '22'],
  ['2209', 'EL ADELANTO', '22'],
  ['2210', 'ZAPOTITLÁN', '22'],
  ['2211', 'COMAPA', '22'],
  ['2212', 'JALPATAGUA', '22'],
  ['2213', 'CONGUACO', '22'],
  ['2214', 'MOYUTA', '22'],
  ['2215', 'PASACO', '22'],
  ['2216', 'SAN JOSÉ ACATEMPA', '22'],
  ['2217', 'QUESADA', '22'],
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

/**
 * Clasificación por finalidades y funciones (CFSP). Codes are hierarchical by length:
 * - finalidad: 2 digits '01'..'12', no parent;
 * - función: 4 digits, finalidad + 2 digits ('0101'), parent = finalidad;
 * - división (not listed yet): 6 digits, función + 2 digits ('010101'), parent = función.
 * SICOIN keeps the key as one number FFffdd (finalidad = funcion / 10000), so a MINFIN row is looked up
 * as pad2(codigoFinalidad), pad2(codigoFinalidad) + pad2(codigoFuncion) and ... + pad2(codigoDivision)
 * when the row gives the parts, or as the 6-digit zero-padded number when it gives the combined key.
 */
export const finalidadFuncion: CatalogueEntry[] = entries([
  ['01', 'SERVICIOS PÚBLICOS GENERALES'],
  ['02', 'DEFENSA'],
  ['03', 'ORDEN PÚBLICO Y SEGURIDAD CIUDADANA'],
  ['04', 'ATENCIÓN A DESASTRES Y GESTIÓN DE RIESGOS'],
  ['05', 'ASUNTOS ECONÓMICOS'],
  ['06', 'PROTECCIÓN AMBIENTAL'],
  ['07', 'URBANIZACIÓN Y SERVICIOS COMUNITARIOS'],
  ['08', 'SALUD'],
  ['09', 'ACTIVIDADES DEPORTIVAS, RECREATIVAS, CULTURA Y RELIGIÓN'],
  ['10', 'EDUCACIÓN'],
  ['11', 'PROTECCIÓN SOCIAL'],
  ['12', 'TRANSACCIONES DE LA DEUDA PÚBLICA'],
  // Funciones: COFOG groups as adapted by the CFSP; numbering inside each finalidad not confirmed.
  ['0101', 'ÓRGANOS EJECUTIVOS Y LEGISLATIVOS, ASUNTOS FINANCIEROS Y FISCALES, ASUNTOS EXTERIORES', '01'], // verificar
  ['0102', 'AYUDA ECONÓMICA EXTERIOR', '01'], // verificar
  ['0103', 'SERVICIOS GENERALES', '01'], // verificar
  ['0104', 'INVESTIGACIÓN BÁSICA', '01'], // verificar
  ['0105', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON LOS SERVICIOS PÚBLICOS GENERALES', '01'], // verificar
  ['0106', 'SERVICIOS PÚBLICOS GENERALES N.C.P.', '01'], // verificar
  ['0107', 'TRANSFERENCIAS DE CARÁCTER GENERAL ENTRE DIFERENTES NIVELES DE GOBIERNO', '01'], // verificar
  ['0201', 'DEFENSA MILITAR', '02'], // verificar
  ['0202', 'DEFENSA CIVIL', '02'], // verificar
  ['0203', 'AYUDA MILITAR AL EXTERIOR', '02'], // verificar
  ['0204', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON LA DEFENSA', '02'], // verificar
  ['0205', 'DEFENSA N.C.P.', '02'], // verificar
  ['0301', 'SERVICIOS DE POLICÍA', '03'], // verificar
  ['0302', 'SERVICIOS DE PROTECCIÓN CONTRA INCENDIOS', '03'], // verificar
  ['0303', 'TRIBUNALES DE JUSTICIA', '03'], // verificar
  ['0304', 'PRISIONES', '03'], // verificar
  ['0305', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON EL ORDEN PÚBLICO Y LA SEGURIDAD', '03'], // verificar
  ['0306', 'ORDEN PÚBLICO Y SEGURIDAD N.C.P.', '03'], // verificar
  ['0501', 'ASUNTOS ECONÓMICOS, COMERCIALES Y LABORALES EN GENERAL', '05'], // verificar
  ['0502', 'AGRICULTURA, PRODUCCIÓN PECUARIA, SILVICULTURA, CAZA Y PESCA', '05'], // verificar
  ['0503', 'COMBUSTIBLES Y ENERGÍA', '05'], // verificar
  ['0504', 'MINERÍA, MANUFACTURAS Y CONSTRUCCIÓN', '05'], // verificar
  ['0505', 'TRANSPORTE', '05'], // verificar
  ['0506', 'COMUNICACIONES', '05'], // verificar
  ['0507', 'OTRAS INDUSTRIAS', '05'], // verificar
  ['0508', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON ASUNTOS ECONÓMICOS', '05'], // verificar
  ['0509', 'ASUNTOS ECONÓMICOS N.C.P.', '05'], // verificar
  ['0601', 'ORDENACIÓN DE DESECHOS', '06'], // verificar
  ['0602', 'ORDENACIÓN DE AGUAS RESIDUALES', '06'], // verificar
  ['0603', 'REDUCCIÓN DE LA CONTAMINACIÓN', '06'], // verificar
  ['0604', 'PROTECCIÓN DE LA DIVERSIDAD BIOLÓGICA Y DEL PAISAJE', '06'], // verificar
  ['0605', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON LA PROTECCIÓN AMBIENTAL', '06'], // verificar
  ['0606', 'PROTECCIÓN AMBIENTAL N.C.P.', '06'], // verificar
  ['0701', 'URBANIZACIÓN', '07'], // verificar
  ['0702', 'DESARROLLO COMUNITARIO', '07'], // verificar
  ['0703', 'ABASTECIMIENTO DE AGUA', '07'], // verificar
  ['0704', 'ALUMBRADO PÚBLICO', '07'], // verificar
  ['0705', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON LA URBANIZACIÓN Y LOS SERVICIOS COMUNITARIOS', '07'], // verificar
  ['0706', 'URBANIZACIÓN Y SERVICIOS COMUNITARIOS N.C.P.', '07'], // verificar
  ['0801', 'PRODUCTOS, ÚTILES Y EQUIPOS MÉDICOS', '08'], // verificar
  ['0802', 'SERVICIOS PARA PACIENTES EXTERNOS', '08'], // verificar
  ['0803', 'SERVICIOS HOSPITALARIOS', '08'], // verificar
  ['0804', 'SERVICIOS DE SALUD PÚBLICA', '08'], // verificar
  ['0805', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON LA SALUD', '08'], // verificar
  ['0806', 'SALUD N.C.P.', '08'], // verificar
  ['0901', 'SERVICIOS RECREATIVOS Y DEPORTIVOS', '09'], // verificar
  ['0902', 'SERVICIOS CULTURALES', '09'], // verificar
  ['0903', 'SERVICIOS DE RADIO, TELEVISIÓN Y SERVICIOS EDITORIALES', '09'], // verificar
  ['0904', 'SERVICIOS RELIGIOSOS Y OTROS SERVICIOS COMUNITARIOS', '09'], // verificar
  ['0905', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON ESPARCIMIENTO, CULTURA Y RELIGIÓN', '09'], // verificar
  ['0906', 'ACTIVIDADES RECREATIVAS, CULTURA Y RELIGIÓN N.C.P.', '09'], // verificar
  ['1001', 'ENSEÑANZA PREPRIMARIA Y PRIMARIA', '10'], // verificar
  ['1002', 'ENSEÑANZA SECUNDARIA', '10'], // verificar
  ['1003', 'ENSEÑANZA POSTSECUNDARIA NO TERCIARIA', '10'], // verificar
  ['1004', 'ENSEÑANZA TERCIARIA', '10'], // verificar
  ['1005', 'ENSEÑANZA NO ATRIBUIBLE A NINGÚN NIVEL', '10'], // verificar
  ['1006', 'SERVICIOS AUXILIARES DE LA EDUCACIÓN', '10'], // verificar
  ['1007', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON LA EDUCACIÓN', '10'], // verificar
  ['1008', 'EDUCACIÓN N.C.P.', '10'], // verificar
  ['1101', 'ENFERMEDAD E INCAPACIDAD', '11'], // verificar
  ['1102', 'EDAD AVANZADA', '11'], // verificar
  ['1103', 'SUPÉRSTITES', '11'], // verificar
  ['1104', 'FAMILIA E HIJOS', '11'], // verificar
  ['1105', 'DESEMPLEO', '11'], // verificar
  ['1106', 'VIVIENDA', '11'], // verificar
  ['1107', 'EXCLUSIÓN SOCIAL N.C.P.', '11'], // verificar
  ['1108', 'INVESTIGACIÓN Y DESARROLLO RELACIONADOS CON LA PROTECCIÓN SOCIAL', '11'], // verificar
  ['1109', 'PROTECCIÓN SOCIAL N.C.P.', '11'], // verificar
]);

/** Tipo de presupuesto (codes NOT confirmed against MINFIN's data; see the header). */
export const tipoPresupuesto: CatalogueEntry[] = entries([
  ['1', 'FUNCIONAMIENTO'], // verificar
  ['2', 'INVERSIÓN'], // verificar
  ['3', 'DEUDA PÚBLICA'], // verificar
]);

/**
 * Organismos del Estado, coded as the 4-digit prefix of the institutional classifier (1113 = Organismo
 * Ejecutivo, the prefix of the confirmed entity codes 1113xxxx). If MINFIN's codigoOrganismo comes as a
 * shorter number, map it onto these codes before the lookup.
 */
export const organismo: CatalogueEntry[] = entries([
  ['1111', 'ORGANISMO LEGISLATIVO'], // verificar
  ['1112', 'ORGANISMO JUDICIAL'], // verificar
  ['1113', 'ORGANISMO EJECUTIVO'],
  ['1114', 'ÓRGANOS DE CONTROL JURÍDICO-ADMINISTRATIVO'], // verificar
  ['1115', 'ÓRGANOS DE CONTROL POLÍTICO'], // verificar
]);

/**
 * Clasificación institucional, hierarchical by length: sector (1 digit), subsector (2), nivel (3),
 * organismo or group of entities (4), entidad (8 digits, codigoEntidad, parent = its first 4 digits).
 */
export const clasificacionInstitucional: CatalogueEntry[] = entries([
  ['1', 'SECTOR PÚBLICO NO FINANCIERO'], // verificar
  ['11', 'GOBIERNO GENERAL', '1'], // verificar
  ['111', 'GOBIERNO CENTRAL', '11'], // verificar
  ['1111', 'ORGANISMO LEGISLATIVO', '111'], // verificar
  ['1112', 'ORGANISMO JUDICIAL', '111'], // verificar
  ['1113', 'ORGANISMO EJECUTIVO', '111'],
  ['1114', 'ÓRGANOS DE CONTROL JURÍDICO-ADMINISTRATIVO', '111'], // verificar
  ['1115', 'ÓRGANOS DE CONTROL POLÍTICO', '111'], // verificar
  ['11130016', 'SECRETARÍAS Y OTRAS DEPENDENCIAS DEL EJECUTIVO', '1113'],
  ['11130018', 'OBLIGACIONES DEL ESTADO A CARGO DEL TESORO', '1113'],
  // Given by this project's publicSector.ts (its source not seen here):
  ['11130009', 'MINISTERIO DE SALUD PÚBLICA Y ASISTENCIA SOCIAL', '1113'], // verificar
  // Municipalities: publicSector.ts uses 1210 + DDMM (12100401 Chimaltenango); level names not confirmed.
  ['12', 'GOBIERNOS LOCALES', '1'], // verificar
  ['121', 'MUNICIPALIDADES', '12'], // verificar
  ['1210', 'MUNICIPALIDADES', '121'], // verificar
]);

export const guatemalaCatalogues = {
  objetoGasto,
  fuenteFinanciamiento,
  geografia,
  unidadMedida,
  finalidadFuncion,
  tipoPresupuesto,
  organismo,
  clasificacionInstitucional,
} as const;
