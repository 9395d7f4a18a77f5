/**
 * A file that cannot be read as a bulletin (binary, too large, undecodable, a link to nothing): a
 * reader throws this, and the build reports it as an error naming the file and leaves the file out
 * while the others build. Any other exception from a reader is a crash of gongbao (internal-error).
 */
import type { MessageCode } from '../../schema/message.ts';

export class FileProblem extends Error {
  constructor(
    readonly code: MessageCode,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}
