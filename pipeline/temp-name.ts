/**
 * The name of a temporary file written beside `path` and renamed over it: unique per process,
 * worker thread and call, so two builds, two workers of one build or two writes of one worker never
 * write the same temporary file (worker threads share a pid).
 */
import { threadId } from 'node:worker_threads';

let counter = 0;

export function tempName(path: string): string {
  return `${path}.${process.pid}-${threadId}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`;
}
