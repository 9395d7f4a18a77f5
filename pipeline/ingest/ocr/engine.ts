/**
 * PaddleOCR (PP-OCRv4 detection + recognition through onnxruntime, via ppu-paddle-ocr) on page
 * images. One engine per build: creating the ONNX sessions costs ≈1 s, and pages go through one at
 * a time on one thread (two threads on two cores ran 1.6–3× slower, NOTES §4a).
 */
import { readFileSync } from 'node:fs';
import { findOcrPackages, importOcrModules, type OcrPackages } from './load.ts';
import type { PaddleItem, PaddleOcrService, PaddleOptions, OcvModule, OcvCanvas } from './paddle-types.ts';
import type { PageImage } from './render.ts';

export interface EngineOptions {
  /** Folder with the OCR packages (default `<root>/ocr`, or `GONGBAO_OCR_DIR`). */
  dir?: string;
  /** Inference threads per ONNX session (default 1). */
  threads?: number;
  /**
   * Vertical padding of each detected text box, as a fraction of its height, before recognition
   * (default 0.6: the package's 0.4 clips the tops of characters, 3 % error instead of 0.4 %).
   */
  paddingVertical?: number;
  /**
   * How boxes go to the recognizer: `per-line` (default) joins the boxes of one visual row in one
   * crop and splits the text back by position; `per-box` recognizes each box on its own (its own
   * confidence, slower).
   */
  strategy?: 'per-line' | 'per-box';
  /**
   * Longest side of the image the detector sees (the page is scaled down to it; recognition
   * always reads the full-resolution crops). Default 960, PaddleOCR's own default: on a 300-dpi A4
   * page 16-pt text is 18 px high there, small print 10 px. 'auto' (the package's default, 0.75 × the
   * longest side, at most 1920) took 4–8× longer to detect for no better error rate (README.md).
   */
  maxSideLength?: number | 'auto';
  /** Boxes read with less confidence are dropped (noise such as stamps and rules reads at 0.2–0.45). Default 0.5. */
  minimumConfidence?: number;
}

/** A recognized text box in image pixels (top-left origin). */
export interface PixelItem {
  text: string;
  /** [x0, y0, x1, y1], y down. */
  box: [number, number, number, number];
  confidence: number;
}

export interface Engine {
  recognize(image: PageImage): Promise<{ items: PixelItem[]; detectMs: number; recognizeMs: number }>;
  close(): Promise<void>;
  packages: OcrPackages;
}

/**
 * The model's character list as the CTC decoder needs it: index 0 is the blank, then the 6,623
 * characters of ppocr_keys_v1.txt, then the space PP-OCR models are trained with. Without the
 * blank every character comes out as its neighbour in the list (NOTES §4a).
 */
export function paddleDictionary(keys: string): string {
  const lines = keys.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return ['<blank>', ...lines, ' '].join('\n');
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const packages = findOcrPackages(options.dir);
  const { PaddleOcrService, ocv } = await importOcrModules(packages);
  const dictionary = new TextEncoder().encode(paddleDictionary(readFileSync(packages.dictionary, 'utf8'))).buffer as ArrayBuffer;
  const paddleOptions: PaddleOptions = {
    // Local files only: without them initialize() downloads models from the package's URLs.
    model: { detection: packages.detectionModel, recognition: packages.recognitionModel, charactersDictionary: dictionary },
    detection: { paddingVertical: options.paddingVertical ?? 0.6, maxSideLength: options.maxSideLength ?? 960 },
    recognition: { strategy: options.strategy ?? 'per-line', minimumConfidence: options.minimumConfidence ?? 0.5 },
    session: { executionProviders: ['cpu'], intraOpNumThreads: options.threads ?? 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' },
    debugging: { verbose: false, debug: false },
  };
  const service: PaddleOcrService = new PaddleOcrService(paddleOptions);
  await service.initialize();
  const strategy = paddleOptions.recognition!.strategy!;
  let closed = false;

  return {
    packages,
    async recognize(image) {
      if (closed) throw new Error('OCR engine is closed');
      const canvas = toCanvas(ocv, image);
      let items: PaddleItem[];
      const t0 = performance.now();
      let t1 = t0;
      if (service.detector && service.recognitor) {
        // What recognize() does, without its PNG encoding of the canvas for a result cache (≈0.4 s a page).
        const boxes = await service.detector.run(canvas);
        t1 = performance.now();
        items = boxes.length ? await service.recognitor.run(canvas, boxes, undefined, strategy) : [];
      } else {
        const result = await service.recognize(canvas, { flatten: true, noCache: true });
        items = result.results ?? [];
      }
      const t2 = performance.now();
      const kept = items
        .filter((item) => item.text.trim() !== '')
        .map((item) => ({
          text: item.text,
          box: [item.box.x, item.box.y, item.box.x + item.box.width, item.box.y + item.box.height],
          confidence: item.confidence,
        }) satisfies PixelItem);
      return { items: kept, detectMs: t1 - t0, recognizeMs: t2 - t1 };
    },
    async close() {
      if (closed) return;
      closed = true;
      await service.destroy();
    },
  };
}

/**
 * The page image in grey as a canvas of ppu-ocv's own @napi-rs/canvas (a different copy from
 * pdfjs's). Grey because the recognizer reads red print (the 版头 of a 公文, 255,0,0) as nothing:
 * its red channel is as bright as the paper. In luminance it is a mid grey it reads well.
 */
function toCanvas(ocv: OcvModule, image: PageImage): OcvCanvas {
  const rgba = new Uint8ClampedArray(image.data);
  for (let i = 0; i < rgba.length; i += 4) {
    const y = (77 * rgba[i]! + 150 * rgba[i + 1]! + 29 * rgba[i + 2]!) >> 8;
    rgba[i] = y;
    rgba[i + 1] = y;
    rgba[i + 2] = y;
  }
  const canvas = ocv.createCanvas(image.width, image.height);
  canvas.getContext('2d').putImageData(new ocv.ImageData(rgba, image.width, image.height), 0, 0);
  return canvas;
}
