/**
 * Problems found on the way, collected like compiler warnings: each names its file and line,
 * none is dropped, and the build prints a summary by code at the end.
 */
import type { Message, MessageCode } from '../schema/message.ts';

export type Report = (
  severity: Message['severity'],
  code: MessageCode,
  message: string,
  where?: { line?: number | undefined; page?: number | undefined },
) => void;

export class Messages {
  readonly list: Message[] = [];

  /** A reporter bound to one file and one stage. */
  reporter(file: string, stage: string): Report {
    return (severity, code, message, where = {}) => {
      const entry: Message = { severity, code, message, file, stage };
      if (where.line !== undefined) entry.line = where.line;
      if (where.page !== undefined) entry.page = where.page;
      this.list.push(entry);
    };
  }

  get errors(): number {
    return this.list.filter((m) => m.severity === 'error').length;
  }
}

/** file:line: severity: message [code] — the form editors and terminals understand. */
export function formatMessage(m: Message): string {
  const where = m.line !== undefined ? `${m.file}:${m.line}` : m.page !== undefined ? `${m.file} (page ${m.page})` : m.file;
  return `${where}: ${m.severity}: ${m.message} [${m.code}]`;
}

/** Counts per code, most frequent first, for the end-of-build summary. */
export function summarize(messages: Message[]): string {
  if (messages.length === 0) return 'no warnings';
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(`${m.severity} ${m.code}`, (counts.get(`${m.severity} ${m.code}`) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`);
  return `${messages.length} message${messages.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
