// Appends access-log rows with group commit: while one INSERT is on its way, the rows of other
// requests wait and then go together in the next, so under load many requests share one
// statement. Each caller still waits until its own rows are stored before it answers, so no read
// is answered unlogged.
import type { Db } from '../../lib/db';
import type { Role } from '../../generated/prisma/client';

export interface AccessLogRow {
  municipalityId: string;
  actorId: string;
  actorRole: Role;
  personId: string;
  action: string;
  /** An attempt the policy refused. */
  denied?: boolean;
  at: Date;
}

interface Waiting {
  rows: AccessLogRow[];
  resolve(): void;
  reject(error: unknown): void;
}

export class AccessLogWriter {
  private queue: Waiting[] = [];
  private writing = false;

  constructor(private readonly prisma: Db) {}

  append(rows: AccessLogRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.insert(batch.flatMap((waiting) => waiting.rows));
        for (const waiting of batch) waiting.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        // One request's bad row must not fail the others: each is written on its own.
        else await Promise.all(batch.map((waiting) => this.insert(waiting.rows).then(waiting.resolve, waiting.reject)));
      }
    }
    this.writing = false;
  }

  /** One statement without a transaction of its own; times are written as UTC wall time. */
  private async insert(rows: AccessLogRow[]): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO "AccessLogEntry" ("municipalityId", "actorId", "actorRole", "personId", "action", "denied", "at")
      SELECT "municipalityId", "actorId", "actorRole"::"Role", "personId", "action", "denied", "at" AT TIME ZONE 'UTC'
        FROM unnest(${rows.map((row) => row.municipalityId)}::uuid[],
                    ${rows.map((row) => row.actorId)}::uuid[],
                    ${rows.map((row) => row.actorRole)}::text[],
                    ${rows.map((row) => row.personId)}::uuid[],
                    ${rows.map((row) => row.action)}::text[],
                    ${rows.map((row) => row.denied === true)}::boolean[],
                    ${rows.map((row) => row.at.toISOString())}::timestamptz[])
          AS row("municipalityId", "actorId", "actorRole", "personId", "action", "denied", "at")`;
  }
}
