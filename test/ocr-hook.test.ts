/**
 * The OCR engine's rows handed to the PDF ingest (`gongbao build --ocr`): boxes in the page's PDF
 * space (y up) or upright from the bottom-left corner (a rotated page) become display coordinates
 * (origin top left, y down), the same the ingest's text runs use; empty rows are dropped.
 */
import { describe, expect, it } from 'vitest';
import { toDisplay } from '../pipeline/ingest/ocr/hook.ts';
import type { OcrLine } from '../pipeline/ingest/ocr/index.ts';

const line = (text: string, box: [number, number, number, number], confidence = 0.9): OcrLine => ({ text, box, confidence, fontSize: 16, segments: [] });

describe('OCR rows for the PDF ingest', () => {
  it('turns PDF space (y up) into display space through the page viewport', () => {
    // An A4 page without rotation: display y = 842 − PDF y.
    const view = { height: 842, toDisplay: (x: number, y: number): [number, number] => [x, 842 - y] };
    const rows = toDisplay({ space: 'pdf', lines: [line('第一条 为了规范管理', [90, 700, 500, 716]), line('  ', [0, 0, 1, 1])] }, view);
    expect(rows).toEqual([{ text: '第一条 为了规范管理', x0: 90, x1: 500, top: 126, bottom: 142, confidence: 0.9 }]);
  });

  it('reads upright boxes of a rotated page from the bottom-left corner', () => {
    const view = { height: 595, toDisplay: (): [number, number] => [NaN, NaN] };
    const rows = toDisplay({ space: 'upright', lines: [line('附件', [60, 500, 100, 520], 0.8)] }, view);
    expect(rows).toEqual([{ text: '附件', x0: 60, x1: 100, top: 75, bottom: 95, confidence: 0.8 }]);
  });
});
