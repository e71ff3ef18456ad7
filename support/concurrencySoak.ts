// A load driver for a running Ciclo: concurrent reads of one cycle (probeConcurrentGets), and a
// soak (runSoak) in which the demo's people, as many virtual users, read their home pages and
// lists and write content, imports and stage decisions at once. Every answer is judged against
// what that person in that situation may legitimately get, and every write is read back once at
// the end. Loopback only, bounded in time and in requests; used by tests/e2e and the benches.
import { randomInt, randomUUID } from 'node:crypto';

// --- Requests -----------------------------------------------------------------------------------

/** Past this, a request counts as slow and is abandoned. */
export const requestTimeoutMs = 10_000;
export const demoPassword = 'ciclo-demo';

const ministries = ['mspas', 'mineduc', 'maga', 'civ'] as const;
/** The accounts of the demo seed (README, "Demo accounts"). */
export const demoAccounts: readonly string[] = [
  'admin@ciclo.test',
  'coordinador.segeplan@ciclo.test',
  'coordinador.minfin@ciclo.test',
  ...ministries.flatMap((m) => [`planificador.${m}@ciclo.test`, `director.${m}@ciclo.test`, `autoridad.${m}@ciclo.test`]),
];

export type Role = 'admin' | 'coordinator' | 'director' | 'authority' | 'planner';

export interface Session {
  email: string;
  token: string;
  userId: string;
  role: Role;
  institutionId: string | null;
  institutionCode: string | null;
}

export interface Answer {
  status: number;
  body: any;
  ms: number;
  /** No answer within requestTimeoutMs. */
  timedOut: boolean;
  /** The network failure, when there was no answer at all. */
  failure?: string;
  headers?: Headers;
}

interface Outgoing {
  token?: string;
  json?: unknown;
  raw?: string;
  contentType?: string;
}

function assertLoopback(baseUrl: string): void {
  const host = new URL(baseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) throw new Error(`La carga solo se dirige a la máquina local, no a ${host}`);
}

/** One HTTP exchange under /api, timed; a timeout or a network failure is an Answer too. */
export async function send(baseUrl: string, method: string, path: string, out: Outgoing = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (out.token) headers.authorization = `Bearer ${out.token}`;
  if (out.json !== undefined) headers['content-type'] = 'application/json';
  if (out.contentType) headers['content-type'] = out.contentType;
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers,
      body: out.json !== undefined ? JSON.stringify(out.json) : out.raw,
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json') && text.length > 0;
    return { status: response.status, body: isJson ? JSON.parse(text) : text, ms: performance.now() - started, timedOut: false, headers: response.headers };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    return { status: 0, body: undefined, ms: performance.now() - started, timedOut, failure: String(err) };
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const query = (params: Record<string, unknown>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`)
    .join('&');

/** Signs in once; the sign-in limit (20 a minute per address) answers 429 with Retry-After, so wait that out. */
export async function signIn(baseUrl: string, email: string): Promise<Session> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const answer = await send(baseUrl, 'POST', '/auth/login', { json: { email, password: demoPassword } });
    if (answer.status === 200) {
      const { token, user } = answer.body;
      return { email, token, userId: user.id, role: user.role, institutionId: user.institutionId, institutionCode: user.institutionCode };
    }
    if (answer.status !== 429) throw new Error(`No se pudo iniciar sesión como ${email}: ${answer.status} ${JSON.stringify(answer.body)}`);
    await pause(Math.min(65, Number(answer.headers?.get('retry-after') ?? 30)) * 1000);
  }
  throw new Error(`No se pudo iniciar sesión como ${email}: límite de intentos`);
}

// --- The cycle under load -----------------------------------------------------------------------

export interface CycleRef {
  id: string;
  fiscalYear: number;
}

/**
 * A running cycle of the demo's ministries, started if there is none. Its calendar starts in
 * February of t-1 at twice real time: the guidelines and the strategic review are open at once, so
 * directors and authorities have real multi-level decisions, and nothing else opens in minutes.
 */
export async function findOrStartCycle(baseUrl: string, coordinator: Session): Promise<CycleRef> {
  const listed = await send(baseUrl, 'GET', `/cycles?${query({ sort: ['fiscalYear', 'DESC'], range: [0, 49] })}`, { token: coordinator.token });
  if (listed.status !== 200) throw new Error(`GET /cycles: ${listed.status} ${JSON.stringify(listed.body)}`);
  const running = (listed.body as { id: string; fiscalYear: number; status: string; phase: string }[]).find((c) => c.status === 'running' && c.phase === 'planning');
  if (running) return { id: running.id, fiscalYear: running.fiscalYear };
  const fiscalYear = new Date().getUTCFullYear() + 2;
  const started = await send(baseUrl, 'POST', '/cycles', {
    token: coordinator.token,
    json: { fiscalYear, templateCode: 'GT-ANUAL', institutionCodes: ministries.map((m) => m.toUpperCase()), timeScale: 2, calendarStart: `${fiscalYear - 1}-02-02T09:00:00-06:00` },
  });
  if (started.status !== 201) throw new Error(`POST /cycles: ${started.status} ${JSON.stringify(started.body)}`);
  return { id: started.body.id, fiscalYear };
}

export interface ProbeResult {
  cycleId: string;
  /** Answers per status code (0: no answer within the timeout or a network failure). */
  statuses: Record<number, number>;
  failures: { path: string; status: number; body: unknown }[];
}

/** 60 concurrent GETs of one cycle with valid tokens and ids: its matrix, its stages and its figures, 20 each. */
export async function probeConcurrentGets(baseUrl: string, opts: { perKind?: number; session?: Session } = {}): Promise<ProbeResult> {
  assertLoopback(baseUrl);
  const coordinator = opts.session ?? (await signIn(baseUrl, 'coordinador.minfin@ciclo.test'));
  const cycle = await findOrStartCycle(baseUrl, coordinator);
  const paths = [
    `/cycles/${cycle.id}/progress`,
    `/stages?${query({ filter: { cycleId: cycle.id }, sort: ['deadline', 'ASC'], range: [0, 99] })}`,
    `/cycles/${cycle.id}/statistics`,
  ];
  const all = paths.flatMap((path) => Array.from({ length: opts.perKind ?? 20 }, () => path));
  const answers = await Promise.all(all.map(async (path) => ({ path, answer: await send(baseUrl, 'GET', path, { token: coordinator.token }) })));
  const statuses: Record<number, number> = {};
  for (const { answer } of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  const failures = answers.filter(({ answer }) => answer.status !== 200).map(({ path, answer }) => ({ path, status: answer.status, body: answer.body ?? answer.failure }));
  return { cycleId: cycle.id, statuses, failures };
}

// --- Judging answers ----------------------------------------------------------------------------

export interface WrongStatus {
  operation: string;
  request: string;
  user: string;
  status: number;
  body: unknown;
  /** What the person saw before acting, for stage decisions. */
  observed?: string;
}

interface OperationFigures {
  requests: number;
  statuses: Record<number, number>;
  latencies: number[];
}

/** A verdict on one answer: expected, a correct loser of a race, or wrong for this person here. */
type Verdict = 'ok' | 'race' | 'wrong';

const detailLimit = 200;

class Tally {
  readonly latencies: number[] = [];
  readonly operations = new Map<string, OperationFigures>();
  readonly wrong: WrongStatus[] = [];
  wrongCount = 0;
  serverErrors = 0;
  slowRequests = 0;
  races = 0;

  record(operation: string, request: string, session: Session, answer: Answer, verdict: Verdict, observed?: string): void {
    const figures = this.operations.get(operation) ?? { requests: 0, statuses: {}, latencies: [] };
    this.operations.set(operation, figures);
    figures.requests += 1;
    figures.statuses[answer.status] = (figures.statuses[answer.status] ?? 0) + 1;
    if (answer.timedOut) {
      this.slowRequests += 1;
      return;
    }
    if (answer.status > 0) {
      this.latencies.push(answer.ms);
      figures.latencies.push(answer.ms);
    }
    if (answer.status >= 500) this.serverErrors += 1;
    if (verdict === 'race') this.races += 1;
    if (verdict !== 'wrong') return;
    this.wrongCount += 1;
    const body = answer.status === 0 ? answer.failure : typeof answer.body === 'string' ? answer.body.slice(0, 300) : answer.body;
    if (this.wrong.length < detailLimit) this.wrong.push({ operation, request, user: session.email, status: answer.status, body, observed });
  }

  get requests(): number {
    return [...this.operations.values()].reduce((sum, f) => sum + f.requests, 0);
  }
}

export function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** What a stage looked like to the person when they chose to act on it. */
interface StageView {
  id: string;
  code: string;
  scope: 'institution' | 'coordination';
  institutionId: string;
  status: 'draft' | 'submitted' | 'in_review' | 'approved';
  version: number;
  reviewLevel: number;
  approvalChain: { role: Role; institutionId: string; assignee?: { userId: string } }[] | null;
}

type StageAction = 'submit' | 'approve' | 'return';

/** 409s a racing loser gets: someone else moved the stage first, or is submitting it right now. */
const raceConflicts = [/no está en borrador/, /Ya se está presentando/, /Solo se puede (aprobar|devolver) una etapa enviada/, /ya fue aprobada/, /no admite acciones en este momento/];

/**
 * A stage decision: 200, or a 409 of a race, or a 403 naming a level other than the one the
 * person saw (the stage moved on while they decided). Anything else is wrong.
 */
function judgeStageAction(answer: Answer, seen: StageView): Verdict {
  if (answer.status === 200) return 'ok';
  const message = String(answer.body?.message ?? '');
  if (answer.status === 409 && raceConflicts.some((pattern) => pattern.test(message))) return 'race';
  const level = /^En el nivel (\d+) decide/.exec(message);
  if (answer.status === 403 && level && Number(level[1]) !== seen.reviewLevel + 1) return 'race';
  return 'wrong';
}

const judgeStatus = (answer: Answer, expected: number): Verdict => (answer.status === expected ? 'ok' : 'wrong');

// --- Writes and their read-back -----------------------------------------------------------------

interface ProductWrite {
  marker: string;
  id?: string;
  /** The name of the last write answered 2xx. */
  name: string;
  /** A write went unanswered: it may or may not have been applied. */
  uncertain: boolean;
  /** Created (answered 201); otherwise the record must not exist. */
  created: boolean;
  author: Session;
  body: Record<string, unknown>;
}

interface StageActionWrite {
  requestId: string;
  stageId: string;
  action: StageAction;
  status: number;
  timedOut: boolean;
}

interface ImportWrite {
  marker: string;
  institutionId: string;
  fiscalYear: number;
  lines: { objectCode: string; sourceCode: string; geographyCode: string; amount: number }[];
  status: number;
  timedOut: boolean;
}

class WriteLog {
  readonly products: ProductWrite[] = [];
  readonly stageActions: StageActionWrite[] = [];
  readonly imports: ImportWrite[] = [];
}

const auditActionOf: Record<StageAction, string[]> = { submit: ['submitted'], approve: ['approved', 'level_approved'], return: ['returned'] };

// --- The soak -----------------------------------------------------------------------------------

export interface SoakOptions {
  baseUrl: string;
  virtualUsers?: number;
  durationMs?: number;
  /** A pause between one person's requests, drawn from [0, thinkMs]. */
  thinkMs?: number;
  /** A hard bound on the requests of the whole run. */
  maxRequests?: number;
  /** Reuse sessions already signed in (keyed by e-mail), to spare the sign-in limit. */
  sessions?: Session[];
  log?: (line: string) => void;
}

export interface SoakReport {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers 5xx (also listed in wrongStatuses). */
  serverErrors: number;
  /** Answers this person in this situation could not legitimately get, 5xx and no answer included (first 200). */
  wrongStatuses: WrongStatus[];
  wrongStatusCount: number;
  /** Requests without an answer within 10 s. */
  slowRequests: number;
  /** 409 or 403 answers that lost a race to another person: correct, counted apart. */
  expectedRaces: number;
  /** Writes answered 2xx: content created or edited, imports, stage decisions. */
  writes: number;
  writeProblems: string[];
  byOperation: Record<string, { requests: number; statuses: Record<number, number>; p50Ms: number; p95Ms: number }>;
  /** `[medida] concurrencia: ...` */
  measurement: string;
}

interface ProductTemplate {
  resultId: string;
  unitOfMeasure: string | null;
  programmaticCategoryId: string | null;
}

interface World {
  baseUrl: string;
  cycle: CycleRef;
  startedAt: number;
  endsAt: number;
  maxRequests: number;
  thinkMs: number;
  tally: Tally;
  writes: WriteLog;
  institutionIds: string[];
  templates: Map<string, ProductTemplate>;
  /** Who submitted or decided each stage version (stageId:version): four eyes keep them from deciding it again. */
  actedOn: Map<string, Set<string>>;
  /** Categories of imports are unique within a run: a project of its own, an activity per import. */
  importProject: number;
  importSerial: number;
}

interface VirtualUser {
  session: Session;
  /** The products this person created: only they edit them, so the last answer is the truth. */
  products: ProductWrite[];
}

type Operation = (world: World, vu: VirtualUser) => Promise<void>;

/** Sends a request and records its verdict. */
async function call(world: World, vu: VirtualUser, operation: string, method: string, path: string, out: Omit<Outgoing, 'token'> = {}, judge: (a: Answer) => Verdict = (a) => judgeStatus(a, 200)): Promise<Answer> {
  const answer = await send(world.baseUrl, method, path, { ...out, token: vu.session.token });
  world.tally.record(operation, `${method} ${path}`, vu.session, answer, judge(answer));
  return answer;
}

const isMinistryPerson = (s: Session) => s.role === 'planner' || s.role === 'director' || s.role === 'authority';
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;
const stageListPath = (extra: Record<string, unknown> = {}) => `/stages?${query({ sort: ['deadline', 'ASC'], range: [0, 99], ...extra })}`;

/** The home page each role's console shows (admin/src/home), with the bell's unread count. */
const home: Operation = async (world, vu) => {
  const { role } = vu.session;
  if (role === 'coordinator' || role === 'admin') {
    await call(world, vu, 'home', 'GET', `/cycles?${query({ sort: ['fiscalYear', 'DESC'], range: [0, 49] })}`);
    await call(world, vu, 'home', 'GET', stageListPath({ filter: { awaitingMe: true }, range: [0, 49] }));
    // The matrix's first page, as the console asks for it; the whole matrix is progressMatrix below.
    await call(world, vu, 'home', 'GET', `/cycles/${world.cycle.id}/progress?page=1&perPage=25`);
    await call(world, vu, 'home', 'GET', `/cycles/${world.cycle.id}/statistics`);
  } else {
    if (role !== 'planner') await call(world, vu, 'home', 'GET', stageListPath({ filter: { awaitingMe: true }, range: [0, 49] }));
    const stages = await call(world, vu, 'home', 'GET', stageListPath());
    // A planner's home shows what is still missing before each open stage can be submitted.
    const open = Array.isArray(stages.body) ? (stages.body as StageView[]).filter((s) => s.status !== 'approved').slice(0, 2) : [];
    if (role !== 'authority') for (const stage of open) await call(world, vu, 'home', 'GET', `/stages/${stage.id}/checks`);
  }
  await call(world, vu, 'home', 'GET', '/notifications/unread-count');
};

const progressMatrix: Operation = async (world, vu) => {
  await call(world, vu, 'progress', 'GET', `/cycles/${world.cycle.id}/progress`);
};

const cycleStages: Operation = async (world, vu) => {
  await call(world, vu, 'stages', 'GET', stageListPath({ filter: { cycleId: world.cycle.id }, sort: ['updatedAt', 'DESC'] }));
};

const notifications: Operation = async (world, vu) => {
  await call(world, vu, 'notifications', 'GET', `/notifications?${query({ sort: ['createdAt', 'DESC'], range: [0, 24], filter: {} })}`);
  await call(world, vu, 'notifications', 'GET', '/notifications/unread-count');
};

/** A list as react-admin asks for it: sort, a page, and a filter on one institution (their own, for ministry people). */
function listRequest(world: World, vu: VirtualUser): { resource: string; params: Record<string, unknown> } {
  const institutionId = vu.session.institutionId && isMinistryPerson(vu.session) ? vu.session.institutionId : pick(world.institutionIds);
  const lists = [
    { resource: 'products', params: { sort: ['code', 'ASC'], range: [0, 24], filter: { institutionId } } },
    { resource: 'budget-lines', params: { sort: ['amount', 'DESC'], range: [0, 24], filter: { institutionId, fiscalYear: world.cycle.fiscalYear } } },
    { resource: 'indicators', params: { sort: ['code', 'ASC'], range: [0, 24], filter: { institutionId } } },
  ];
  return pick(lists);
}

const contentList: Operation = async (world, vu) => {
  const { resource, params } = listRequest(world, vu);
  await call(world, vu, 'list', 'GET', `/${resource}?${query(params)}`);
};

const exportList: Operation = async (world, vu) => {
  const { resource, params } = listRequest(world, vu);
  await call(world, vu, 'export', 'GET', `/${resource}/export?${query({ format: 'csv', sort: params.sort, filter: params.filter })}`);
};

function productBody(world: World, session: Session, marker: string, revision: number): Record<string, unknown> {
  const template = world.templates.get(session.institutionId!)!;
  return {
    institutionId: session.institutionId,
    code: `CARGA-${marker.slice(0, 8)}`,
    name: `Producto de carga ${marker} rev ${revision}`,
    unitOfMeasure: template.unitOfMeasure,
    beneficiaries: 'Población de prueba de carga',
    // Serving a result of the plan keeps the strategic review's gates passing while people submit.
    resultId: template.resultId,
    parentId: null,
    programmaticCategoryId: template.programmaticCategoryId,
  };
}

const createProduct: Operation = async (world, vu) => {
  const marker = randomUUID();
  const body = productBody(world, vu.session, marker, 0);
  const answer = await call(world, vu, 'create-product', 'POST', '/products', { json: body }, (a) => judgeStatus(a, 201));
  const write: ProductWrite = { marker, id: answer.body?.id, name: String(body.name), uncertain: answer.status === 0, created: answer.status === 201, author: vu.session, body };
  world.writes.products.push(write);
  if (write.created || write.uncertain) vu.products.push(write);
};

const editProduct: Operation = async (world, vu) => {
  const editable = vu.products.filter((p) => p.id && p.created);
  if (editable.length === 0) return createProduct(world, vu);
  const product = editable.at(-1 - randomInt(Math.min(3, editable.length)))!;
  const revision = Number(/rev (\d+)$/.exec(product.name)?.[1] ?? 0) + 1;
  const body = productBody(world, vu.session, product.marker, revision);
  const answer = await call(world, vu, 'edit-product', 'PUT', `/products/${product.id}`, { json: body });
  if (answer.status === 200) product.name = String(body.name);
  if (answer.status === 0) product.uncertain = true;
};

/** A small valid MINFIN-layout file: two lines on a category of this import's own, its name carrying the marker. */
function importFile(world: World, marker: string): { csv: string; lines: ImportWrite['lines']; fiscalYear: number } {
  world.importSerial += 1;
  const fiscalYear = world.cycle.fiscalYear + 3;
  const activity = ((world.importSerial - 1) % 999) + 1;
  const lines = [
    { objectCode: '011', sourceCode: '11', geographyCode: '01', amount: randomInt(1_000, 9_000_000) + 0.25 },
    { objectCode: '029', sourceCode: '11', geographyCode: '01', amount: randomInt(1_000, 9_000_000) + 0.5 },
  ];
  // Programme 98 of this run's own project, one activity per import: no two imports write the same line.
  const category = { codigoPrograma: 98, programa: 'PROGRAMA DE CARGA', codigoSubPrograma: 0, subPrograma: 'SIN SUBPROGRAMA', codigoProyecto: world.importProject, proyecto: 'PROYECTO DE CARGA', codigoActividad: activity, actividad: `ACTIVIDAD ${marker}`, codigoObra: 0, obra: '' };
  const records = lines.map((l) => ({
    ejercicio: fiscalYear,
    ...category,
    codigoRenglon: Number(l.objectCode),
    renglon: 'RENGLON',
    codigoFuente: Number(l.sourceCode),
    fuente: 'FUENTE',
    codigoDepartamento: Number(l.geographyCode),
    departamento: 'GUATEMALA',
    asignado: l.amount.toFixed(2),
    modificado: '0.00',
    vigente: l.amount.toFixed(2),
    devengado: '0.00',
    pagado: '0.00',
  }));
  const header = Object.keys(records[0]!);
  const rows = records.map((r) => Object.values(r).join(','));
  return { csv: [header, ...rows].join('\n') + '\n', lines, fiscalYear };
}

const importBudgetLines: Operation = async (world, vu) => {
  const marker = randomUUID();
  const { csv, lines, fiscalYear } = importFile(world, marker);
  const path = `/imports/budget-lines?${query({ institutionId: vu.session.institutionId!, format: 'csv' })}`;
  const answer = await call(world, vu, 'import', 'POST', path, { raw: csv, contentType: 'text/csv' });
  world.writes.imports.push({ marker, institutionId: vu.session.institutionId!, fiscalYear, lines, status: answer.status, timedOut: answer.status === 0 });
};

/** Whom the stage awaits, if it awaits this person: their role and institution at the level in review. */
function awaitsMe(world: World, session: Session, stage: StageView): boolean {
  if (stage.status !== 'submitted' && stage.status !== 'in_review') return false;
  if (world.actedOn.get(`${stage.id}:${stage.version}`)?.has(session.userId)) return false;
  const step = (stage.approvalChain ?? [{ role: 'authority' as const, institutionId: stage.institutionId }])[stage.reviewLevel];
  return !!step && !step.assignee && step.role === session.role && step.institutionId === session.institutionId;
}

/** Planners and directors submit their institution's stages; coordinators the coordination's they own. */
function maySubmit(session: Session, stage: StageView): boolean {
  if (stage.status !== 'draft' || stage.institutionId !== session.institutionId) return false;
  return stage.scope === 'institution' ? session.role === 'planner' || session.role === 'director' : session.role === 'coordinator';
}

/**
 * Lower levels approve mostly; the last level returns (so the stage comes round again) until the
 * last quarter of the run, then approves. Coordination stages gate every institution: approved.
 */
function decide(world: World, stage: StageView): 'approve' | 'return' {
  if (stage.scope === 'coordination') return 'approve';
  const lastLevel = stage.reviewLevel >= (stage.approvalChain?.length ?? 1) - 1;
  if (!lastLevel) return randomInt(10) < 7 ? 'approve' : 'return';
  return Date.now() - world.startedAt >= 0.75 * (world.endsAt - world.startedAt) ? 'approve' : 'return';
}

const describeStage = (s: StageView) => `${s.code} ${s.id} ${s.status} v${s.version} nivel ${s.reviewLevel}`;

/** Reads the person's stages and the stage page, then submits, approves or returns it, with a requestId. */
const actOnStage: Operation = async (world, vu) => {
  const list = await call(world, vu, 'stages', 'GET', stageListPath({ sort: ['updatedAt', 'DESC'] }));
  const candidates = Array.isArray(list.body) ? (list.body as StageView[]).filter((s) => maySubmit(vu.session, s) || awaitsMe(world, vu.session, s)) : [];
  if (candidates.length === 0) return;
  const page = await call(world, vu, 'stage-page', 'GET', `/stages/${pick(candidates).id}`);
  const seen = page.body as StageView;
  if (page.status !== 200 || !(maySubmit(vu.session, seen) || awaitsMe(world, vu.session, seen))) return;
  const action: StageAction = maySubmit(vu.session, seen) ? 'submit' : decide(world, seen);
  const requestId = randomUUID();
  // The requestId in the comment is how the audit trail shows this very action.
  const comment = `Prueba de carga ${requestId}`;
  const body = action === 'return' ? { comment, reasonCode: 'incomplete', requestId } : { comment, requestId };
  // Marked before it is sent: another virtual user signed in as the same person must not decide
  // the version this one is submitting (four eyes refuse it, rightly). A refusal unmarks it.
  const key = `${seen.id}:${seen.version}`;
  const marks = world.actedOn.get(key) ?? new Set<string>();
  const alreadyMarked = marks.has(vu.session.userId);
  if (action !== 'return') world.actedOn.set(key, marks.add(vu.session.userId));
  const answer = await send(world.baseUrl, 'POST', `/stages/${seen.id}/${action}`, { json: body, token: vu.session.token });
  world.tally.record(action, `POST /stages/${seen.id}/${action}`, vu.session, answer, judgeStageAction(answer, seen), describeStage(seen));
  world.writes.stageActions.push({ requestId, stageId: seen.id, action, status: answer.status, timedOut: answer.status === 0 });
  if (answer.status >= 400 && !alreadyMarked) marks.delete(vu.session.userId);
};

const mixes: Record<Role, [Operation, number][]> = {
  planner: [[home, 3], [notifications, 1], [contentList, 3], [exportList, 1], [createProduct, 1.5], [editProduct, 1], [importBudgetLines, 0.3], [actOnStage, 2]],
  director: [[home, 3], [notifications, 1], [contentList, 2], [exportList, 0.5], [createProduct, 1], [editProduct, 1], [importBudgetLines, 0.2], [actOnStage, 3]],
  authority: [[home, 3], [notifications, 1], [contentList, 2], [exportList, 0.5], [actOnStage, 3]],
  coordinator: [[home, 3], [progressMatrix, 2], [cycleStages, 2], [contentList, 2], [exportList, 1], [notifications, 1], [actOnStage, 1]],
  admin: [[home, 3], [progressMatrix, 2], [cycleStages, 2], [contentList, 2], [exportList, 1], [notifications, 1]],
};

function chooseOperation(role: Role): Operation {
  const mix = mixes[role];
  let draw = Math.random() * mix.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [operation, weight] of mix) if ((draw -= weight) < 0) return operation;
  return mix[0]![0];
}

async function runVirtualUser(world: World, vu: VirtualUser): Promise<void> {
  while (Date.now() < world.endsAt && world.tally.requests < world.maxRequests) {
    await chooseOperation(vu.session.role)(world, vu);
    if (world.thinkMs > 0) await pause(randomInt(world.thinkMs + 1));
  }
}

/** What every ministry's new products copy: a result of its plan, a unit and a category, from a seeded product. */
async function productTemplates(baseUrl: string, admin: Session, institutionIds: string[]): Promise<Map<string, ProductTemplate>> {
  const templates = new Map<string, ProductTemplate>();
  for (const institutionId of institutionIds) {
    const answer = await send(baseUrl, 'GET', `/products?${query({ filter: { institutionId }, range: [0, 199] })}`, { token: admin.token });
    const seeded = (answer.body as { resultId: string | null; unitOfMeasure: string | null; programmaticCategoryId: string | null }[]).find((p) => p.resultId);
    if (seeded) templates.set(institutionId, { resultId: seeded.resultId!, unitOfMeasure: seeded.unitOfMeasure, programmaticCategoryId: seeded.programmaticCategoryId });
  }
  return templates;
}

/**
 * Every page of a list, as the admin sees it. The read-back checks what was written, not how fast:
 * a request that got no answer (status 0, a time-out) is asked again, twice at most.
 */
async function readAll(baseUrl: string, admin: Session, resource: string, params: Record<string, unknown>): Promise<any[]> {
  const rows: any[] = [];
  for (let from = 0; ; from += 500) {
    const path = `/${resource}?${query({ ...params, range: [from, from + 499] })}`;
    let answer = await send(baseUrl, 'GET', path, { token: admin.token });
    for (let retry = 0; answer.status === 0 && retry < 2; retry++) answer = await send(baseUrl, 'GET', path, { token: admin.token });
    if (answer.status !== 200) throw new Error(`GET /${resource}: ${answer.status} ${JSON.stringify(answer.body)} ${answer.failure ?? ''}`);
    rows.push(...answer.body);
    if (answer.body.length < 500) return rows;
  }
}

/** Each product created is there exactly once under its marker, with the name of its last answered write; refused ones are absent. */
async function readBackProducts(baseUrl: string, admin: Session, writes: WriteLog, problems: string[]): Promise<void> {
  for (const product of writes.products) {
    const found = await readAll(baseUrl, admin, 'products', { filter: { q: product.marker } });
    const expected = product.created ? 1 : 0;
    if (product.uncertain && found.length <= 1) continue;
    if (found.length !== expected) problems.push(`producto ${product.marker} (${product.author.email}): ${found.length} registros, se esperaba ${expected}`);
    else if (expected === 1 && found[0].name !== product.name) problems.push(`producto ${product.marker}: nombre «${found[0].name}», se esperaba «${product.name}»`);
  }
}

/** Each action answered 200 appears once in the audit trail, by the requestId in its comment; no refused action does. */
async function readBackStageActions(baseUrl: string, admin: Session, writes: WriteLog, problems: string[]): Promise<void> {
  const stageIds = [...new Set(writes.stageActions.map((a) => a.stageId))];
  const events = (await Promise.all(stageIds.map((stageId) => readAll(baseUrl, admin, 'audit-events', { filter: { stageId }, sort: ['at', 'ASC'] })))).flat();
  const byRequest = new Map<string, { action: string }[]>();
  for (const event of events) {
    const requestId = /Prueba de carga ([0-9a-f-]{36})/.exec(String(event.comment ?? ''))?.[1];
    if (requestId) byRequest.set(requestId, [...(byRequest.get(requestId) ?? []), event]);
  }
  for (const action of writes.stageActions) {
    const recorded = byRequest.get(action.requestId) ?? [];
    if (action.status === 200) {
      if (recorded.length !== 1) problems.push(`${action.action} ${action.requestId} en la etapa ${action.stageId}: ${recorded.length} eventos de auditoría, se esperaba 1`);
      else if (!auditActionOf[action.action].includes(recorded[0]!.action)) problems.push(`${action.action} ${action.requestId}: auditado como ${recorded[0]!.action}`);
    } else if (!action.timedOut && recorded.length > 0) {
      problems.push(`${action.action} ${action.requestId} respondió ${action.status} pero quedó en la auditoría ${recorded.length} vez/veces`);
    }
  }
}

/** Each import answered 200 can be read back: its category by the marker, and its lines with their amounts. */
async function readBackImports(baseUrl: string, admin: Session, writes: WriteLog, problems: string[]): Promise<void> {
  for (const written of writes.imports.filter((i) => i.status === 200)) {
    const categories = await readAll(baseUrl, admin, 'programmatic-categories', { filter: { q: written.marker } });
    if (categories.length !== 1) {
      problems.push(`importación ${written.marker}: ${categories.length} categorías con su marca, se esperaba 1`);
      continue;
    }
    const lines = await readAll(baseUrl, admin, 'budget-lines', { filter: { categoryId: categories[0].id, fiscalYear: written.fiscalYear } });
    for (const line of written.lines) {
      const same = lines.filter((l) => l.objectCode === line.objectCode && l.sourceCode === line.sourceCode && l.geographyCode === line.geographyCode);
      if (same.length !== 1 || same[0].amount !== line.amount) {
        problems.push(`importación ${written.marker}: renglón ${line.objectCode} leído ${JSON.stringify(same.map((l) => l.amount))}, se esperaba [${line.amount}]`);
      }
    }
  }
}

export function formatMeasurement(report: Pick<SoakReport, 'requests' | 'p50Ms' | 'p95Ms' | 'wrongStatusCount' | 'slowRequests' | 'writeProblems'>): string {
  // "errores": everything that fails the soak: wrong answers (5xx included), requests over 10 s, writes not read back.
  const errors = report.wrongStatusCount + report.slowRequests + report.writeProblems.length;
  return `[medida] concurrencia: ${report.requests} peticiones, p50 ${Math.round(report.p50Ms)} ms, p95 ${Math.round(report.p95Ms)} ms, errores ${errors}`;
}

/** Signs every demo account in once (in order, to stay within the sign-in limit); the virtual users share them. */
async function signInAll(baseUrl: string, reuse: Session[]): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const email of demoAccounts) sessions.push(reuse.find((s) => s.email === email) ?? (await signIn(baseUrl, email)));
  return sessions;
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const { baseUrl, virtualUsers = 50, durationMs = 120_000, thinkMs = 200, maxRequests = 200_000, log = () => {} } = options;
  assertLoopback(baseUrl);
  const sessions = await signInAll(baseUrl, options.sessions ?? []);
  const admin = sessions.find((s) => s.role === 'admin')!;
  const cycle = await findOrStartCycle(baseUrl, sessions.find((s) => s.email === 'coordinador.minfin@ciclo.test')!);
  const institutionIds = [...new Set(sessions.filter(isMinistryPerson).map((s) => s.institutionId!))];
  const templates = await productTemplates(baseUrl, admin, institutionIds);
  const missing = institutionIds.filter((id) => !templates.has(id));
  if (missing.length) throw new Error(`Sin productos sembrados con resultado en ${missing.join(', ')}: ¿falta la siembra de demostración?`);

  const startedAt = Date.now();
  const world: World = {
    baseUrl, cycle, startedAt, endsAt: startedAt + durationMs, maxRequests, thinkMs,
    tally: new Tally(), writes: new WriteLog(), institutionIds, templates,
    importProject: randomInt(1, 1000), importSerial: 0, actedOn: new Map(),
  };
  const users: VirtualUser[] = Array.from({ length: virtualUsers }, (_, i) => ({ session: sessions[i % sessions.length]!, products: [] }));
  log(`${virtualUsers} usuarios virtuales durante ${Math.round(durationMs / 1000)} s sobre el ciclo ${cycle.id}`);
  await Promise.all(users.map((vu) => runVirtualUser(world, vu)));

  log('Leyendo de vuelta cada escritura...');
  const writeProblems: string[] = [];
  await readBackProducts(baseUrl, admin, world.writes, writeProblems);
  await readBackStageActions(baseUrl, admin, world.writes, writeProblems);
  await readBackImports(baseUrl, admin, world.writes, writeProblems);
  return reportOf(world, writeProblems);
}

function reportOf(world: World, writeProblems: string[]): SoakReport {
  const { tally, writes } = world;
  const applied =
    writes.products.filter((p) => p.created).length +
    (tally.operations.get('edit-product')?.statuses[200] ?? 0) +
    writes.imports.filter((i) => i.status === 200).length +
    writes.stageActions.filter((a) => a.status === 200).length;
  const byOperation = Object.fromEntries(
    [...tally.operations.entries()].map(([name, f]) => [name, { requests: f.requests, statuses: f.statuses, p50Ms: Math.round(percentile(f.latencies, 0.5)), p95Ms: Math.round(percentile(f.latencies, 0.95)) }]),
  );
  const figures = {
    requests: tally.requests,
    p50Ms: percentile(tally.latencies, 0.5),
    p95Ms: percentile(tally.latencies, 0.95),
    serverErrors: tally.serverErrors,
    wrongStatuses: tally.wrong,
    wrongStatusCount: tally.wrongCount,
    slowRequests: tally.slowRequests,
    expectedRaces: tally.races,
    writes: applied,
    writeProblems,
    byOperation,
  };
  return { ...figures, measurement: formatMeasurement(figures) };
}
