/**
 * Phonetic keys shared by both scripts. Each name token becomes a "sound string" over one small
 * alphabet: consonant classes (letters that transliterations routinely swap share a class) and
 * three vowel classes a/i/u. The skeleton drops the vowels, because Arabic script rarely writes
 * short vowels; the voweled key keeps them for ranking.
 */

// Classes: b(p), f(v), g(j, gh), k(q, c, kh), s(z, sh, ch), t(th), d(dh), h, l, m, n, r.
const ARABIC_SOUND: Record<string, string> = {
  ا: 'a',
  ب: 'b',
  پ: 'b',
  ت: 't',
  ث: 't',
  ج: 'g',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 's',
  ژ: 's',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 's',
  ع: '',
  ء: '',
  غ: 'g',
  گ: 'g',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'u',
  ي: 'i',
  چ: 's',
};

const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/dj|dzh/g, 'j'],
  [/tsch|tch|sch|sh|ch|zh|tz|ts/g, '§'],
  [/kh|ck|q/g, 'k'],
  [/gh/g, 'g'],
  [/x/g, 'ks'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/ou|oo|ow|w/g, 'u'],
  [/c(?=[eiy])/g, 's'],
];

const LATIN_SOUND: Record<string, string> = {
  a: 'a',
  e: 'i',
  i: 'i',
  y: 'i',
  o: 'u',
  u: 'u',
  b: 'b',
  p: 'b',
  f: 'f',
  v: 'f',
  g: 'g',
  j: 'g',
  k: 'k',
  c: 'k',
  s: 's',
  z: 's',
  '§': 's',
  t: 't',
  d: 'd',
  h: 'h',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};

function collapse(sound: string): string {
  return sound.replace(/(.)\1+/g, '$1');
}

function arabicSound(token: string): string {
  let out = '';
  for (const ch of token.replace(/تش/g, 'ش').replace(/ت[سز]/g, 'س')) out += ARABIC_SOUND[ch] ?? '';
  return collapse(out);
}

function latinSound(token: string): string {
  let text = token;
  for (const [pattern, replacement] of LATIN_DIGRAPHS) {
    text = text.replace(pattern, replacement);
  }
  let out = '';
  for (const ch of text) out += LATIN_SOUND[ch] ?? (ch >= '0' && ch <= '9' ? ch : '');
  return collapse(out);
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Voweled sound string of one normalised token, in either script. */
export function soundKey(token: string): string {
  const sound = ARABIC_LETTER.test(token) ? arabicSound(token) : latinSound(token);
  // A final h is mostly a ta marbuta (نورة) or a silent Latin h (Noura/Nourah): read it as "a".
  return sound.length > 2 && sound.endsWith('h') ? collapse(`${sound.slice(0, -1)}a`) : sound;
}

/** Consonant skeleton: the candidate-generation key ("محمد", "Mohamed", "Muhammad" → "mhmd"). */
export function skeletonKey(token: string): string {
  const sound = soundKey(token);
  // h is dropped too: Latin spellings add or omit it freely (Bruhns, Kahler, Riefenstahl).
  const skeleton = collapse(sound.replace(/[aiuh]/g, ''));
  // A name made only of vowels (e.g. "Ali" minus l is never empty, but "Aya"/"آية" is) keeps its
  // first vowel class so it still has a key.
  return skeleton === '' ? sound.slice(0, 1) : skeleton;
}
