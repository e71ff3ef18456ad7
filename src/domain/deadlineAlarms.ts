// What happens around a deadline, as a schedule of alarms: reminders before it, the overdue mark
// at it, and escalation up a ladder every N days after it. Moving the deadline starts a new
// schedule; alarms already fired are remembered by key so none fires twice.
export interface AlarmPlan {
  reminderDaysBefore: number[];
  escalation: { ladder: string[]; everyDays: number };
}

export type Alarm =
  | { kind: 'reminder'; key: string; at: string; daysBefore: number }
  | { kind: 'overdue'; key: string; at: string }
  | { kind: 'escalation'; key: string; at: string; round: number; rung: string };

export interface AlarmState {
  deadline: string;
  deadlineVersion: number;
  fired: string[];
}

const dayMs = 86_400_000;

export class DeadlineAlarms {
  private state: AlarmState;

  constructor(
    private readonly plan: AlarmPlan,
    initial: AlarmState,
  ) {
    this.state = { ...initial, fired: [...initial.fired] };
  }

  get snapshot(): AlarmState {
    return { ...this.state, fired: [...this.state.fired] };
  }

  get deadline(): string {
    return this.state.deadline;
  }

  /** A new deadline: the reminders, overdue mark and escalation start again from it. */
  moveDeadline(deadline: string): void {
    this.state = { deadline, deadlineVersion: this.state.deadlineVersion + 1, fired: [] };
  }

  /**
   * The alarms to fire at `now`, marked as fired. Of several reminders or escalation rounds
   * already due (a late start, a worker down for days) only the latest goes out.
   */
  due(now: string): Alarm[] {
    const nowMs = Date.parse(now);
    const deadlineMs = Date.parse(this.state.deadline);
    const result: Alarm[] = [];
    if (nowMs < deadlineMs) {
      const dueReminders = this.reminders().filter((r) => Date.parse(r.at) <= nowMs && !this.isFired(r.key));
      dueReminders.forEach((r) => this.markFired(r.key));
      const latest = dueReminders.at(-1);
      if (latest) result.push(latest);
      return result;
    }
    this.reminders().forEach((r) => this.markFired(r.key));
    const overdue = this.overdueAlarm();
    if (!this.isFired(overdue.key)) {
      this.markFired(overdue.key);
      result.push(overdue);
    }
    const round = Math.floor((nowMs - deadlineMs) / (this.plan.escalation.everyDays * dayMs));
    if (round >= 1) {
      const escalation = this.escalationAlarm(round);
      if (!this.isFired(escalation.key)) {
        for (let r = 1; r <= round; r += 1) this.markFired(this.escalationAlarm(r).key);
        result.push(escalation);
      }
    }
    return result;
  }

  /** The earliest alarm still to come; escalation goes on without end while overdue. */
  next(): Alarm {
    const pending = [...this.reminders(), this.overdueAlarm()].find((a) => !this.isFired(a.key));
    if (pending) return pending;
    let round = 1;
    while (this.isFired(this.escalationAlarm(round).key)) round += 1;
    return this.escalationAlarm(round);
  }

  private reminders(): Extract<Alarm, { kind: 'reminder' }>[] {
    const deadlineMs = Date.parse(this.state.deadline);
    return [...new Set(this.plan.reminderDaysBefore)]
      .sort((a, b) => b - a)
      .map((daysBefore) => ({
        kind: 'reminder' as const,
        key: `d${this.state.deadlineVersion}:reminder:${daysBefore}`,
        at: new Date(deadlineMs - daysBefore * dayMs).toISOString(),
        daysBefore,
      }));
  }

  private overdueAlarm(): Extract<Alarm, { kind: 'overdue' }> {
    return { kind: 'overdue', key: `d${this.state.deadlineVersion}:overdue`, at: this.state.deadline };
  }

  private escalationAlarm(round: number): Extract<Alarm, { kind: 'escalation' }> {
    const ladder = this.plan.escalation.ladder;
    return {
      kind: 'escalation',
      key: `d${this.state.deadlineVersion}:escalation:${round}`,
      at: new Date(Date.parse(this.state.deadline) + round * this.plan.escalation.everyDays * dayMs).toISOString(),
      round,
      rung: ladder[Math.min(round - 1, ladder.length - 1)]!,
    };
  }

  private isFired(key: string): boolean {
    return this.state.fired.includes(key);
  }

  private markFired(key: string): void {
    if (!this.isFired(key)) this.state.fired.push(key);
  }
}
