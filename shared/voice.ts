// The spoken call line. Numbers are read digit by digit, as people expect at a one-stop desk:
// "A012" → "A, không một hai" (the comma is the short pause a speaker makes after the letter).
// The sentence around it is a template an admin may change per center ({number}, {counter}).
import type { Lang } from './types.js';

const DIGITS: Record<Lang, readonly string[]> = {
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

/** A center's call sentences; both must contain {number} and {counter}. */
export type VoiceTemplates = Readonly<Record<Lang, string>>;

/** The defaults of a new center (the same text as migration 0003's column defaults). */
export const DEFAULT_VOICE_TEMPLATES: VoiceTemplates = {
  vi: 'Mời công dân có số {number} đến quầy số {counter}',
  en: 'Ticket {number}, please go to counter {counter}',
};

export const VOICE_PLACEHOLDERS = ['{number}', '{counter}'] as const;

/** A template is usable when it says both the number and the counter. */
export function isVoiceTemplate(template: string): boolean {
  return VOICE_PLACEHOLDERS.every((p) => template.includes(p));
}

export function spokenTicketNumber(number: string, lang: Lang): string {
  const letters = number.replace(/\d/g, '');
  const digits = Array.from(number.replace(/\D/g, ''), (d) => DIGITS[lang][Number(d)]).join(' ');
  return letters ? `${letters.split('').join(' ')}, ${digits}` : digits;
}

export function callLine(number: string, counterNumber: number, lang: Lang, templates: VoiceTemplates = DEFAULT_VOICE_TEMPLATES): string {
  const spoken = spokenTicketNumber(number, lang);
  // A function replacement: a "$" in an admin's text must not act as a replacement pattern.
  return templates[lang].replace(/\{(number|counter)\}/g, (_, key: string) => (key === 'number' ? spoken : String(counterNumber)));
}

/** The templates a center's settings hold. */
export function centerVoice(center: { voiceTemplateVi: string; voiceTemplateEn: string }): VoiceTemplates {
  return { vi: center.voiceTemplateVi, en: center.voiceTemplateEn };
}
