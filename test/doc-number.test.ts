import { describe, expect, it } from 'vitest';
import { docNumberId, parseDocNumber, pinyinInitial } from '../core/chinese/doc-number.ts';

describe('发文字号', () => {
  it('normalises the brackets extractions print and keeps year and serial', () => {
    for (const printed of ['攸政办发〔2023〕1号', '攸政办发[2023]1号', '攸政办发（2023）1号', '攸政办发【2023】1号', '攸政办发(2023)1号', '攸政办发2023年1号', '攸政办发2023-1号', '攸政办发2023第1号', '攸政办发〔二〇二三〕1号', '攸政办发〔二○二三〕1号', '攸政办发二〇二三年第1号', '攸政办发〔二〇二三〕一号', '攸政办发2023 1号']) {
      expect(parseDocNumber(printed)).toMatchObject({ agency: '攸政办发', year: 2023, serial: 1, normalized: '攸政办发〔2023〕1号' });
    }
  });

  it('reads a department\'s 文号, its 机关代字 ending in its section\'s code (檀财社, 财社), where the year stands in brackets', () => {
    expect(parseDocNumber('檀财社〔2025〕12号')).toMatchObject({ agency: '檀财社', year: 2025, serial: 12, normalized: '檀财社〔2025〕12号' });
    expect(parseDocNumber('财社（2017）164号')).toMatchObject({ agency: '财社', normalized: '财社〔2017〕164号' });
    // Without brackets such words are no 文号 (a serial after any word would be one).
    expect(parseDocNumber('檀财社2025年12号')).toBeUndefined();
    expect(docNumberId(parseDocNumber('檀财社〔2025〕12号')!)).toBe('tcs-2025-12');
  });

  it('derives ids from the initials of the 机关代字', () => {
    // A registration number's dashes are no 文号's: it ends without 号.
    expect(parseDocNumber('ZZYXDR-2023-01006')).toBeUndefined();
    expect(docNumberId(parseDocNumber('攸政办发〔2023〕1号')!)).toBe('yzbf-2023-1');
    expect(docNumberId(parseDocNumber('湘政办发〔2017〕79号')!)).toBe('xzbf-2017-79');
    expect(docNumberId(parseDocNumber('株政发〔2020〕12号')!)).toBe('zzf-2020-12');
    expect([...'国务院财政部令'].map(pinyinInitial).join('')).toBe('gwyczbl');
  });
});
