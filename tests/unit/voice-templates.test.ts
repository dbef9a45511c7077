// The wall's call line from a center's templates: what the citizens in the hall hear.
import { describe, expect, it } from 'vitest';
import { voiceSettingsSchema } from '../../shared/schemas.js';
import { DEFAULT_VOICE_TEMPLATES, callLine, centerVoice, isVoiceTemplate } from '../../shared/voice.js';

describe('callLine with templates', () => {
  it('the default Vietnamese line reads A012 letter, then digit by digit', () => {
    expect(callLine('A012', 3, 'vi', DEFAULT_VOICE_TEMPLATES)).toBe('Mời công dân có số A, không một hai đến quầy số 3');
  });

  it("uses the center's own wording, with the number read out and the counter as a number", () => {
    const voice = centerVoice({
      voiceTemplateVi: 'Xin mời công dân số {number} đến quầy {counter} để làm thủ tục',
      voiceTemplateEn: 'Number {number}: counter {counter}, please',
    });
    expect(callLine('B105', 12, 'vi', voice)).toBe('Xin mời công dân số B, một không năm đến quầy 12 để làm thủ tục');
    expect(callLine('B105', 12, 'en', voice)).toBe('Number B, one zero five: counter 12, please');
  });

  it('fills a placeholder as often as it appears, and leaves other text (even "$&") as written', () => {
    const voice = { vi: '{number}, mời {number} đến quầy {counter} ($& 100%)', en: '{counter} {number}' };
    expect(callLine('N007', 1, 'vi', voice)).toBe('N, không không bảy, mời N, không không bảy đến quầy 1 ($& 100%)');
  });

  it('reads a fast-lane or two-letter number letter by letter', () => {
    expect(callLine('AB001', 6, 'vi')).toBe('Mời công dân có số A B, không không một đến quầy số 6');
  });
});

describe('template validation', () => {
  it('needs both {number} and {counter}', () => {
    expect(isVoiceTemplate('Mời số {number} đến quầy {counter}')).toBe(true);
    expect(isVoiceTemplate('Mời số {number}')).toBe(false);
    expect(isVoiceTemplate('Đến quầy {counter}')).toBe(false);
    expect(isVoiceTemplate('Mời số {so} đến quầy {quay}')).toBe(false);
  });

  it('the settings request refuses a template missing a placeholder, or empty', () => {
    const ok = { templateVi: 'Mời số {number} đến quầy {counter}', templateEn: 'Ticket {number} to counter {counter}' };
    expect(voiceSettingsSchema.safeParse(ok).success).toBe(true);
    expect(voiceSettingsSchema.safeParse({ ...ok, templateEn: 'Ticket {number}' }).success).toBe(false);
    expect(voiceSettingsSchema.safeParse({ ...ok, templateVi: '   ' }).success).toBe(false);
  });
});
