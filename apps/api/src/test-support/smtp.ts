// A real SMTP server in the test process (smtp-server), which keeps every message it accepts, parsed
// with mailparser, so tests check what a receiver would get. It can be stopped and started again
// on the same port (an outage), and told to refuse messages.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO of the SMTP envelope. */
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpTestServerOptions {
  /** Called for each message before it is accepted: return an SMTP reply code to refuse it. */
  refuse?: (received: number) => number | undefined;
  /** Called after a message is accepted (e.g. to stop the server mid-run). */
  onAccepted?: (mail: ReceivedMail) => void;
}

export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  private portNumber = 0;

  constructor(private readonly options: SmtpTestServerOptions = {}) {}

  get port(): number {
    return this.portNumber;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.portNumber}`;
  }

  /** Listens on the port it had before, or a free one the first time. */
  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 50,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const code = this.options.refuse?.(this.received.length);
          if (code) {
            callback(Object.assign(new Error('Refused by the test'), { responseCode: code }));
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              const mail = { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, parsed };
              this.received.push(mail);
              callback();
              this.options.onAccepted?.(mail);
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.portNumber, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', () => undefined);
    this.portNumber = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening; open connections are closed (421) shortly after. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** How many times each Message-ID arrived. */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.received) {
      const id = mail.parsed.messageId ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}
