// The history of an institution's approved versions for a fiscal year (issue 22, item 8): every
// approved plan, budget and report stays readable with its approval date, not only the latest,
// each on a page of its own rendered as the institution's page renders it.
import type { ApprovedDeliverable, ApprovedVersion, PublicInstitution } from './approvedContent';
import { formats, html, page, table } from './html';
import { deliverableSections } from './institutionPage';
import type { PortalWording } from './wording';

const institutionAddress = (code: string) => `/instituciones/${encodeURIComponent(code)}`;
const versionAddress = (code: string, fiscalYear: number, stageCode: string) => `${institutionAddress(code)}/versiones/${encodeURIComponent(stageCode)}?anio=${fiscalYear}`;

/** The list of approved versions, oldest first, each linking to its page. */
export function versionsPage(w: PortalWording, institution: PublicInstitution, fiscalYear: number, versions: ApprovedVersion[]): string {
  const f = formats(w);
  const t = w.versions;
  const rows = versions.map((v) => [
    html`${f.day(v.approvedAt)}`,
    html`${w.terms.deliverables[v.kind].long}`,
    html`${v.stageName}`,
    html`${v.version}`,
    html`<a href="${w.root}${versionAddress(institution.code, fiscalYear, v.stageCode)}">${t.read}</a>`,
  ]);
  const body = html`<h1>${t.title(institution.name, fiscalYear)}</h1>
<p>${t.intro}</p>
${table(t.caption, [{ label: t.columns.approvedOn }, { label: t.columns.document }, { label: t.columns.stage }, { label: t.columns.version, numeric: true }, { label: t.columns.read }], rows)}
<p><a href="${w.root}${institutionAddress(institution.code)}?anio=${fiscalYear}">${t.backToInstitution}</a></p>`;
  return page(w, t.title(institution.name, fiscalYear), body, `${institutionAddress(institution.code)}/versiones?anio=${fiscalYear}`);
}

/** One approved version as it was approved; says whether a later one replaced it. */
export function versionPage(w: PortalWording, version: ApprovedDeliverable, versions: ApprovedVersion[], stageCode: string): string {
  const f = formats(w);
  const t = w.versions;
  const { institution, fiscalYear } = version;
  const document = w.terms.deliverables[version.kind].long;
  const later = versions.some((v) => v.kind === version.kind && v.stageCode !== stageCode && v.approvedAt > version.approvedAt);
  const title = t.versionTitle(document, version.version);
  const body = html`<h1>${title}</h1>
<p>${institution.name} · <strong>${w.institution.fiscalYear(fiscalYear)}</strong></p>
<p>${t.versionNote(version.stageName, f.day(version.approvedAt))} ${later ? t.superseded : t.latest}</p>
<nav aria-label="${t.backToHistory}"><ul><li><a href="${w.root}${institutionAddress(institution.code)}/versiones?anio=${fiscalYear}">${t.backToHistory}</a></li><li><a href="${w.root}${institutionAddress(institution.code)}?anio=${fiscalYear}">${t.backToInstitution}</a></li></ul></nav>
${deliverableSections(w, version)}`;
  return page(w, `${title} · ${institution.name}, ${fiscalYear}`, body, versionAddress(institution.code, fiscalYear, stageCode));
}
