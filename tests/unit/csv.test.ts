// CSV for Excel: BOM, CRLF, and quoting of commas, quotes and line breaks; diacritics untouched.
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from '../../shared/csv.js';

describe('CSV export', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('Chứng thực')).toBe('Chứng thực');
    expect(csvField('Tư pháp, Hộ tịch')).toBe('"Tư pháp, Hộ tịch"');
    expect(csvField('Quầy "số 1"')).toBe('"Quầy ""số 1"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
  });

  it('starts with a BOM, ends rows with CRLF, and keeps Vietnamese as UTF-8', () => {
    const csv = toCsv([
      ['Nhóm', 'Số phiếu'],
      ['Đất đai', 3],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe('\uFEFFNhóm,Số phiếu\r\nĐất đai,3\r\n');
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Đất đai');
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers as numbers', () => {
    expect(csvField('=HYPERLINK("http://x","bấm")')).toBe('"\'=HYPERLINK(""http://x"",""bấm"")"');
    expect(csvField('+84 912')).toBe("'+84 912");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Nguyễn = An')).toBe('Nguyễn = An');
  });
});
