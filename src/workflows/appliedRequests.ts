// The requests a stage workflow has applied, by the requestId the client sent with them. Temporal
// answers a repeated Update id with the first outcome while it remembers the Update; under load
// it can forget one (the Update aborted while its workflow task was lost) and then takes the
// client's retry as a new request, which the stage refused ("no está en borrador") although the
// first had been applied (issue 20's compressed year at 200 institutions). The workflow keeps
// the last requestIds itself, rebuilt from its history on replay, and answers a repeat with the
// state it has now.

/** How many requestIds are kept: far more than the actions a stage takes while a client retries. */
export const appliedRequestsKept = 100;

export class AppliedRequests {
  private readonly ids = new Set<string>();

  has(requestId: string | undefined): boolean {
    return requestId !== undefined && this.ids.has(requestId);
  }

  add(requestId: string | undefined): void {
    if (requestId === undefined) return;
    this.ids.add(requestId);
    // A Set iterates in insertion order: the first is the oldest.
    if (this.ids.size > appliedRequestsKept) this.ids.delete(this.ids.values().next().value!);
  }
}
