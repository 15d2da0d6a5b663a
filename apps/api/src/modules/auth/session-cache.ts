// Signed-in viewers by token hash, so most requests resolve their session without a statement.
// Safe with many API replicas: the database announces every change that can alter or end a
// session (triggers in the migration `session_notifications`), each replica listens, and a
// replica that is not listening does not use its cache at all.
import { randomUUID } from 'node:crypto';
import type { Database, Subscription } from '../../lib/db';
import type { Viewer } from './viewer';

export const SESSION_CHANNEL = 'samhandling_sessions';

export interface CachedSession {
  viewer: Viewer;
  /** Epoch milliseconds. */
  expiresAt: number;
  lastSeenAt: number;
}

const SYNC_TIMEOUT_MS = 2000;

export class SessionCache {
  private readonly byTokenHash = new Map<string, CachedSession>();
  private readonly tokenHashBySession = new Map<string, string>();
  private readonly tokenHashesByUser = new Map<string, Set<string>>();
  private readonly syncs = new Map<string, () => void>();
  private listening = false;
  private subscription: Subscription | undefined;
  /** Moves on with every invalidation: a session read before it is not cached after it. */
  private generationCount = 0;

  constructor(
    private readonly database: Database,
    private readonly maxEntries = 10_000,
  ) {}

  /** Starts listening; until it does (and whenever it stops), every lookup misses. */
  async start(onLost: (error: Error) => void): Promise<void> {
    this.subscription = await this.database.subscribe(SESSION_CHANNEL, {
      onMessage: (payload) => this.receive(payload),
      onListening: () => this.setListening(true),
      onLost: (error) => {
        this.setListening(false);
        onLost(error);
      },
    });
  }

  async stop(): Promise<void> {
    this.setListening(false);
    await this.subscription?.close();
  }

  /** Whether the cache is in use: only while this process hears the database's notifications. */
  get isListening(): boolean {
    return this.listening;
  }

  get generation(): number {
    return this.generationCount;
  }

  get(tokenHash: string): CachedSession | undefined {
    return this.listening ? this.byTokenHash.get(tokenHash) : undefined;
  }

  /** Keeps a session read at `generation`, unless something was invalidated since. */
  set(tokenHash: string, session: CachedSession, generation: number): void {
    if (!this.listening || generation !== this.generationCount) return;
    this.delete(tokenHash);
    if (this.byTokenHash.size >= this.maxEntries) {
      // The oldest entry goes first (a Map keeps insertion order).
      const oldest = this.byTokenHash.keys().next().value;
      if (oldest !== undefined) this.delete(oldest);
    }
    this.byTokenHash.set(tokenHash, session);
    this.tokenHashBySession.set(session.viewer.sessionId, tokenHash);
    const ofUser = this.tokenHashesByUser.get(session.viewer.userId) ?? new Set<string>();
    ofUser.add(tokenHash);
    this.tokenHashesByUser.set(session.viewer.userId, ofUser);
  }

  delete(tokenHash: string): void {
    const session = this.byTokenHash.get(tokenHash);
    if (!session) return;
    this.byTokenHash.delete(tokenHash);
    this.tokenHashBySession.delete(session.viewer.sessionId);
    const ofUser = this.tokenHashesByUser.get(session.viewer.userId);
    ofUser?.delete(tokenHash);
    if (ofUser?.size === 0) this.tokenHashesByUser.delete(session.viewer.userId);
  }

  /**
   * Resolves when every change committed before the call has reached this cache: a NOTIFY of our
   * own, heard in commit order after them. A process that changed a session calls it before it
   * answers, so a request that follows the answer finds no stale entry on any replica.
   */
  async sync(): Promise<void> {
    if (!this.listening) return;
    const id = randomUUID();
    const heard = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), SYNC_TIMEOUT_MS);
      this.syncs.set(id, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    try {
      await this.database.sql.query('SELECT pg_notify($1, $2)', [SESSION_CHANNEL, `sync:${id}`]);
      // Not heard in time: the connection may be stalled, so nothing cached is trusted.
      if (!(await heard)) this.clear();
    } finally {
      this.syncs.delete(id);
    }
  }

  private receive(payload: string): void {
    const separator = payload.indexOf(':');
    const kind = separator === -1 ? payload : payload.slice(0, separator);
    const id = payload.slice(separator + 1);
    if (kind === 'sync') {
      this.syncs.get(id)?.();
      return;
    }
    this.generationCount++;
    if (kind === 'session') {
      const tokenHash = this.tokenHashBySession.get(id);
      if (tokenHash) this.delete(tokenHash);
    } else if (kind === 'user') {
      for (const tokenHash of [...(this.tokenHashesByUser.get(id) ?? [])]) this.delete(tokenHash);
    } else {
      this.clear();
    }
  }

  private setListening(listening: boolean): void {
    this.listening = listening;
    this.clear();
  }

  private clear(): void {
    this.generationCount++;
    this.byTokenHash.clear();
    this.tokenHashBySession.clear();
    this.tokenHashesByUser.clear();
  }
}
