// Error messages the screens show, in both languages.
import { describe, expect, it } from 'vitest';
import { ERRORS, errorMessage, isApiError, type ErrorCode } from '../../shared/errors.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('errorMessage', () => {
  it('puts the values into the Vietnamese message (the default language)', () => {
    expect(errorMessage('counter-busy', { number: 'A012' })).toBe('Quầy đang có số A012. Hãy kết thúc, chuyển hoặc báo vắng số này trước.');
    expect(errorMessage('recall-cooldown', { seconds: 7 }, 'vi')).toBe('Vui lòng đợi 7 giây trước khi gọi lại.');
  });

  it('puts the values into the English message', () => {
    expect(errorMessage('counter-busy', { number: 'A012' }, 'en')).toBe(
      'The counter still has ticket A012. Finish, transfer or mark it no-show first.',
    );
    expect(errorMessage('transition-not-allowed', { action: 'start', state: 'done' }, 'en')).toBe('Cannot start a ticket that is "done".');
    expect(errorMessage('counter-taken', { name: 'Phạm Minh Tuấn' }, 'en')).toBe('The counter is staffed by Phạm Minh Tuấn.');
  });

  it('never shows a raw {placeholder}, even when a value is missing', () => {
    expect(errorMessage('no-show-too-early', {}, 'vi')).not.toMatch(/[{}]/);
    expect(errorMessage('no-show-too-early', { count: 1 }, 'en')).toBe('Recalls needed before marking a no-show: 1.');
  });

  it('every error has a message in both languages with the same placeholders, and a 4xx/5xx status', () => {
    for (const code of Object.keys(ERRORS) as ErrorCode[]) {
      const spec = ERRORS[code];
      expect(spec.vi.trim(), code).not.toBe('');
      expect(spec.en.trim(), code).not.toBe('');
      expect(placeholders(spec.vi), code).toEqual(placeholders(spec.en));
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
      expect(spec.status, code).toBeLessThan(600);
    }
  });

  it('isApiError recognises the error envelope only', () => {
    expect(isApiError({ error: { code: 'forbidden', message: 'x' } })).toBe(true);
    expect(isApiError({ ticket: {} })).toBe(false);
    expect(isApiError(null)).toBe(false);
  });
});
