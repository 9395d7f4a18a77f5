/**
 * The project's root folder. Resolved from this file, which sits one level below the root; the CLI
 * bundle (bin/gongbao.mjs writes it to .cache/) sits one level below too, so the answer holds in both.
 */
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
