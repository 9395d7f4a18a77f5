/**
 * The few types of ppu-paddle-ocr 6 and ppu-ocv 4 that this module uses. Those packages live in
 * ocr/node_modules, outside the default install, so their own .d.ts files are not visible to tsc.
 */

/** A rectangle in image pixels, top-left origin. */
export interface PaddleBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PaddleItem {
  text: string;
  box: PaddleBox;
  confidence: number;
}

export interface PaddleSessionOptions {
  executionProviders?: string[];
  intraOpNumThreads?: number;
  interOpNumThreads?: number;
  graphOptimizationLevel?: 'disabled' | 'basic' | 'extended' | 'all';
  executionMode?: 'sequential' | 'parallel';
}

export interface PaddleOptions {
  model?: { detection?: ArrayBuffer | string; recognition?: ArrayBuffer | string; charactersDictionary?: ArrayBuffer | string };
  detection?: { maxSideLength?: number | 'auto'; paddingVertical?: number; paddingHorizontal?: number; minimumAreaThreshold?: number };
  recognition?: { imageHeight?: number; strategy?: 'per-box' | 'per-line' | 'cross-line'; minimumConfidence?: number };
  debugging?: { verbose?: boolean; debug?: boolean };
  session?: PaddleSessionOptions;
  processing?: { engine?: 'opencv' | 'canvas-native' };
}

/** The canvas class of ppu-ocv (its @napi-rs/canvas): the image type its services take. */
export interface OcvCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { putImageData(data: unknown, x: number, y: number): void };
}

export interface PaddleOcrService {
  initialize(): Promise<void>;
  recognize(image: ArrayBuffer | OcvCanvas, options?: { flatten?: boolean; noCache?: boolean }): Promise<{ results?: PaddleItem[]; lines?: PaddleItem[][]; confidence: number }>;
  destroy(): Promise<void>;
  /** Internal in ppu-paddle-ocr 6.3 (protected in its types): used to skip recognize()'s PNG encoding of a canvas. */
  detector?: { run(image: OcvCanvas): Promise<PaddleBox[]> } | null;
  recognitor?: { run(image: OcvCanvas, boxes: PaddleBox[], dictionary?: string[], strategy?: string): Promise<PaddleItem[]> } | null;
}



export interface OcvModule {
  createCanvas(width: number, height: number): OcvCanvas;
  ImageData: new (data: Uint8ClampedArray, width: number, height: number) => unknown;
}
