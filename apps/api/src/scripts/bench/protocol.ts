// Messages between the benchmark (parent) and its server process (child), over Node's IPC.
export type Request =
  /** One request (to the API or a baseline), and the SQL statements it sent. */
  | { type: 'countStatements'; url: string; cookie: string; body: string }
  | { type: 'setConstant'; data: unknown }
  | { type: 'eventLoop'; measure: boolean }
  | { type: 'stats' }
  | { type: 'stop' };

/** What a server process serves: the API, the baselines, or both. */
export interface Ready {
  type: 'ready';
  apiUrl?: string;
  sqlUrl?: string;
  apolloUrl?: string;
  databaseKind: 'pglite' | 'postgres';
  databaseVersion: string;
}

export interface Stats {
  rssBytes: number;
  maxRssBytes: number;
  heapUsedBytes: number;
  rssAfterGcBytes: number;
  heapUsedAfterGcBytes: number;
  eventLoopP50Ms: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
}

export interface Counted {
  count: number;
  statements: string[];
}

export type Reply = { id: number; result?: unknown; error?: string };
export type Envelope = { id: number; request: Request };
