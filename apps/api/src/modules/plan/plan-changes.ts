// Live updates of a plan. Every change to a plan is a history row, and a trigger on it notifies
// the channel samhandling_plans at commit (migration plan_editor), so each API process hears the
// changes made by every process. Here one LISTEN per process is fanned out to the plan's open
// subscriptions; they carry only what changed, never plan data: a screen that hears of a change
// reads the plan again through the policy.
import type { Database, Subscription } from '../../lib/db';

export const PLAN_CHANNEL = 'samhandling_plans';

/** The entity of a comment's event: comments write no history, a trigger of their own tells (migration comment_notify). */
export const GOAL_COMMENT_ENTITY = 'GoalComment';

/** The entity of a withdrawn consent's event: every open subscription of the person's plans is judged again. */
export const CONSENT_ENTITY = 'Consent';

export interface PlanChangeEvent {
  planId: string;
  entity: string;
  entityId: string;
  action: string;
  version: number | null;
  /** Who saved it; null for an event no user's save caused (a consent withdrawn: migration consent_withdrawal_notify). */
  actorId: string | null;
}

type Listener = (event: PlanChangeEvent) => void;

export class PlanChangeHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscription: Subscription | undefined;

  constructor(private readonly database: Database) {}

  async start(onLost: (error: Error) => void): Promise<void> {
    this.subscription = await this.database.subscribe(PLAN_CHANNEL, {
      onMessage: (payload) => this.receive(payload),
      onListening: () => undefined,
      // Changes made while not listening are missed: the screens catch up on their next read.
      onLost,
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = undefined;
    this.listeners.clear();
  }

  /** The plan's changes from now on, until the consumer stops (return) or `signal` aborts. */
  changes(planId: string, signal?: AbortSignal): AsyncIterableIterator<PlanChangeEvent> {
    const queue: PlanChangeEvent[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const listener: Listener = (event) => {
      queue.push(event);
      wake?.();
    };
    const listeners = this.listeners.get(planId) ?? new Set<Listener>();
    listeners.add(listener);
    this.listeners.set(planId, listeners);
    const finish = () => {
      done = true;
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(planId) === listeners) this.listeners.delete(planId);
      wake?.();
    };
    signal?.addEventListener('abort', finish, { once: true });
    const iterator: AsyncIterableIterator<PlanChangeEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      async next() {
        while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        const event = queue.shift();
        return event ? { value: event, done: false } : { value: undefined, done: true };
      },
      async return() {
        finish();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }

  /** How many subscriptions are open (for tests and the health of the process). */
  get openSubscriptions(): number {
    let count = 0;
    for (const listeners of this.listeners.values()) count += listeners.size;
    return count;
  }

  private receive(payload: string): void {
    let event: PlanChangeEvent;
    try {
      event = JSON.parse(payload) as PlanChangeEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(event.planId) ?? []) listener(event);
  }
}
