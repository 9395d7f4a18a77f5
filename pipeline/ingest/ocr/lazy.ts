/**
 * OCR for a build (`gongbao build --ocr`): the engine (its models take seconds to load) is created
 * on the first page that needs it, so a corpus without scans costs nothing, and closed at the end.
 */
import type { OcrHook } from '../pdf/index.ts';
import { createOcr, type Ocr } from './index.ts';
import { ocrHook } from './hook.ts';

export function lazyOcr(): { hook: OcrHook; close: () => Promise<void> } {
  let engine: Promise<Ocr> | undefined;
  return {
    hook: async (request) => {
      engine ??= createOcr();
      return ocrHook(await engine)(request);
    },
    close: async () => {
      if (engine) await (await engine.catch(() => undefined))?.close();
    },
  };
}
