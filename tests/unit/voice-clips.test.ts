// The call as recorded clips, for a wall whose device has no Vietnamese voice: which clips, in what order.
import { describe, expect, it } from 'vitest';
import { CLIP_TEXTS, callClips, counterClips } from '../../shared/voice-clips.js';

describe('callClips', () => {
  it('reads A012 at counter 3 as the default sentence: the letter, each digit, the counter', () => {
    expect(callClips('A012', 3)).toEqual(['moi-cong-dan-co-so', 'a', '0', '1', '2', 'den-quay-so', '3']);
  });

  it('spells a two-letter or fast-lane prefix letter by letter', () => {
    expect(callClips('AB001', 6)).toEqual(['moi-cong-dan-co-so', 'a', 'b', '0', '0', '1', 'den-quay-so', '6']);
    expect(callClips('N007', 1)).toEqual(['moi-cong-dan-co-so', 'n', '0', '0', '7', 'den-quay-so', '1']);
  });

  it('reads Đ, and lower-case letters as capitals; a sign without a clip is left out', () => {
    expect(callClips('Đ-d5', 2)).toEqual(['moi-cong-dan-co-so', 'dd', 'd', '5', 'den-quay-so', '2']);
  });

  it('has a clip, with its words, for every name it can give', () => {
    const names = new Set(Object.keys(CLIP_TEXTS));
    const all = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZĐ0123456789').flatMap((c) => callClips(`${c}1`, 1));
    for (let n = 0; n <= 120; n++) all.push(...counterClips(n));
    expect(all.filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('counterClips: the counter as Vietnamese says a number', () => {
  it('one to nine, and ten', () => {
    expect(counterClips(3)).toEqual(['3']);
    expect(counterClips(10)).toEqual(['muoi']);
  });

  it('the teens: mười một … mười lăm … mười chín', () => {
    expect(counterClips(11)).toEqual(['muoi', '1']);
    expect(counterClips(15)).toEqual(['muoi', 'lam']);
    expect(counterClips(19)).toEqual(['muoi', '9']);
  });

  it('the tens: hai mươi, hai mươi mốt, hai mươi bốn, hai mươi lăm', () => {
    expect(counterClips(20)).toEqual(['2', 'muoi-ngang']);
    expect(counterClips(21)).toEqual(['2', 'muoi-ngang', 'mot-sac']);
    expect(counterClips(24)).toEqual(['2', 'muoi-ngang', '4']);
    expect(counterClips(25)).toEqual(['2', 'muoi-ngang', 'lam']);
    expect(counterClips(99)).toEqual(['9', 'muoi-ngang', '9']);
  });

  it('a hundred and more, and zero, digit by digit', () => {
    expect(counterClips(105)).toEqual(['1', '0', '5']);
    expect(counterClips(0)).toEqual(['0']);
  });
});
