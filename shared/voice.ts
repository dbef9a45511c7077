// The spoken call line. Numbers are read digit by digit, as people expect at a one-stop desk:
// "A012" → "A, không một hai".
import type { Lang } from './types.js';

const DIGITS: Record<Lang, readonly string[]> = {
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

export function spokenTicketNumber(number: string, lang: Lang): string {
  const letters = number.replace(/\d/g, '');
  const digits = [...number.replace(/\D/g, '')].map((d) => DIGITS[lang][Number(d)]).join(' ');
  return letters ? `${letters.split('').join(' ')}, ${digits}` : digits;
}

export function callLine(number: string, counterNumber: number, lang: Lang): string {
  const spoken = spokenTicketNumber(number, lang);
  return lang === 'vi'
    ? `Mời công dân có số ${spoken} đến quầy số ${counterNumber}`
    : `Ticket ${spoken}, please go to counter ${counterNumber}`;
}
