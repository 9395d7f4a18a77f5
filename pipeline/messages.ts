/**
 * Problems found on the way, collected like compiler warnings: each names its file and line, and
 * the build prints a summary by code at the end. A message repeated without end (a misprint on
 * every line of a damaged file) is kept MAX_SIMILAR times per file and code; the rest are counted
 * in one "…and N more like this" message, so that neither the terminal nor the published JSON grows
 * with the damage.
 */
import type { Message, MessageCode } from '../schema/message.ts';

export type Report = (
  severity: Message['severity'],
  code: MessageCode,
  message: string,
  where?: { line?: number | undefined; page?: number | undefined },
) => void;

/** Messages of one file, code and severity kept in full; the rest are counted. */
export const MAX_SIMILAR = 50;

interface Overflow {
  /** The first message left out: its line and stage go on the summary. */
  first: Message;
  count: number;
}

export class Messages {
  private readonly kept: Message[] = [];
  private readonly counts = new Map<string, number>();
  private readonly overflow = new Map<string, Overflow>();
  private cached: Message[] | undefined;
  private errorCount = 0;

  /** A reporter bound to one file and one stage. */
  reporter(file: string, stage: string): Report {
    return (severity, code, message, where = {}) => this.add({ severity, code, message, file, line: where.line, page: where.page, stage });
  }

  /** Adds a message (one with `omitted`, from another list, adds that many more). */
  add(message: Message): void {
    this.cached = undefined;
    const { omitted } = message;
    // Keys in the schema's order, as the published JSON has them; a line that is not a line (a
    // stage's bug) is dropped rather than make the file fail its schema.
    const entry = { severity: message.severity, code: message.code, message: message.message, file: message.file } as Message;
    if (message.line !== undefined && Number.isInteger(message.line) && message.line > 0) entry.line = message.line;
    if (message.page !== undefined && Number.isInteger(message.page) && message.page > 0) entry.page = message.page;
    entry.stage = message.stage;
    const times = omitted ?? 1;
    if (entry.severity === 'error') this.errorCount += times;
    const key = `${entry.file}\u0000${entry.severity}\u0000${entry.code}`;
    const before = this.counts.get(key) ?? 0;
    this.counts.set(key, before + times);
    if (omitted === undefined && before < MAX_SIMILAR) {
      this.kept.push(entry);
      return;
    }
    const o = this.overflow.get(key);
    if (o) o.count += times;
    else this.overflow.set(key, { first: entry, count: times });
  }

  /** Adds every message of another list. */
  addAll(list: readonly Message[]): void {
    for (const m of list) this.add(m);
  }

  /** Every message kept, then one "…and N more like this" per file and code that overflowed. */
  get list(): Message[] {
    if (this.cached) return this.cached;
    const summaries = [...this.overflow.values()].map(({ first, count }): Message => {
      const m = {
        severity: first.severity,
        code: first.code,
        message: `…and ${count} more like this${first.line !== undefined ? `, the first of them at line ${first.line}` : ''}`,
        file: first.file,
      } as Message;
      if (first.line !== undefined) m.line = first.line;
      if (first.page !== undefined) m.page = first.page;
      m.stage = first.stage;
      m.omitted = count;
      return m;
    });
    this.cached = [...this.kept, ...summaries];
    return this.cached;
  }

  /** The messages of one file, in the order of `list`. */
  forFile(file: string): Message[] {
    return this.list.filter((m) => m.file === file);
  }

  /** Errors reported, those left out of the list included. */
  get errors(): number {
    return this.errorCount;
  }
}

/** file:line: severity: message [code] — the form editors and terminals understand. */
export function formatMessage(m: Message): string {
  const where = m.line !== undefined ? `${m.file}:${m.line}` : m.page !== undefined ? `${m.file} (page ${m.page})` : m.file;
  return `${where}: ${m.severity}: ${m.message} [${m.code}]`;
}

/** Counts per code, most frequent first, for the end-of-build summary (messages left out counted too). */
export function summarize(messages: Message[]): string {
  if (messages.length === 0) return 'no warnings';
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of messages) {
    const n = m.omitted ?? 1;
    total += n;
    counts.set(`${m.severity} ${m.code}`, (counts.get(`${m.severity} ${m.code}`) ?? 0) + n);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`);
  return `${total} message${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
