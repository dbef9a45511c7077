// The call line as recorded clips, for a wall whose device has no Vietnamese voice (a TV's browser,
// Chromium on Debian): the default sentence "Mời công dân có số {number} đến quầy số {counter}", the
// number read as shared/voice.ts reads it — each letter by its Vietnamese name, then each digit
// ("A không một hai") — and the counter as Vietnamese says a number ("mười lăm", "hai mươi mốt").
// A center's own wording cannot be pieced together from clips: the clips always say this sentence.
// The clips are made offline from CLIP_TEXTS by scripts/voice-clips.ts (espeak-ng) and kept in
// display/wall/clips/vi/<name>.opus.

/** Each clip's words, as espeak-ng is given them. */
export const CLIP_TEXTS = {
  'moi-cong-dan-co-so': 'Mời công dân có số',
  'den-quay-so': 'đến quầy số',
  a: 'a',
  b: 'bê',
  c: 'xê',
  d: 'dê',
  dd: 'đê',
  e: 'e',
  f: 'ép',
  // "gờ", not "giê": in the northern voice "giê" sounds as "dê" (D).
  g: 'gờ',
  h: 'hát',
  i: 'i',
  j: 'gi',
  k: 'ca',
  l: 'e lờ',
  m: 'em mờ',
  n: 'en nờ',
  o: 'o',
  p: 'pê',
  q: 'quy',
  r: 'e rờ',
  s: 'ét xì',
  t: 'tê',
  u: 'u',
  v: 'vê',
  w: 'vê kép',
  x: 'ích xì',
  y: 'i dài',
  z: 'dét',
  '0': 'không',
  '1': 'một',
  '2': 'hai',
  '3': 'ba',
  '4': 'bốn',
  '5': 'năm',
  '6': 'sáu',
  '7': 'bảy',
  '8': 'tám',
  '9': 'chín',
  /** "mười": ten, and the teens. */
  muoi: 'mười',
  /** "mươi": the tens from twenty ("hai mươi"). */
  'muoi-ngang': 'mươi',
  /** "mốt": one after the tens from twenty ("hai mươi mốt"). */
  'mot-sac': 'mốt',
  /** "lăm": five after ten ("mười lăm", "hai mươi lăm"). */
  lam: 'lăm',
} as const;

export type ClipName = keyof typeof CLIP_TEXTS;

const isClip = (name: string): name is ClipName => Object.hasOwn(CLIP_TEXTS, name);

const digitClips = (digits: string): ClipName[] => Array.from(digits).filter(isClip);

/** The counter's number as said in Vietnamese, 1–99; from 100 (and 0) digit by digit. */
export function counterClips(counter: number): ClipName[] {
  if (counter < 1 || counter > 99 || !Number.isInteger(counter)) return digitClips(String(counter));
  const tens = Math.floor(counter / 10);
  const ones = counter % 10;
  if (tens === 0) return digitClips(String(ones));
  const head: ClipName[] = tens === 1 ? ['muoi'] : [...digitClips(String(tens)), 'muoi-ngang'];
  if (ones === 0) return head;
  if (ones === 5) return [...head, 'lam'];
  if (ones === 1 && tens > 1) return [...head, 'mot-sac'];
  return [...head, ...digitClips(String(ones))];
}

/** One sign of a ticket number as its clip: a letter by its name (Đ as "dd"), a digit; none for anything else. */
function signClip(sign: string): ClipName | null {
  const upper = sign.toUpperCase();
  const name = upper === 'Đ' ? 'dd' : upper.toLowerCase();
  return isClip(name) ? name : null;
}

/** The clips of "Mời công dân có số {number} đến quầy số {counter}", in order. */
export function callClips(number: string, counter: number): ClipName[] {
  const signs = Array.from(number)
    .map(signClip)
    .filter((c): c is ClipName => c !== null);
  return ['moi-cong-dan-co-so', ...signs, 'den-quay-so', ...counterClips(counter)];
}
