/**
 * Name normalisation for screening: one canonical form per script, so that spelling noise
 * (hamza seats, diacritics, accents, punctuation) never decides whether two names match.
 */

const ARABIC_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
};

// Harakat, superscript alef and tatweel carry no identity: records rarely write them consistently.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

export function isArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

function foldDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

export function normaliseArabic(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_DIGITS, foldDigit)
    .replace(/[أإآٱؤئةىیک]/g, (ch) => ARABIC_FOLD[ch] ?? ch)
    .replace(/[^\u0621-\u064A\u067E\u0686\u06A4\u06AF\u0698a-z0-9]+/gi, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

// Apostrophe-like marks (ʿ ʾ ’ …) transcribe ayn/hamza inconsistently, so they are dropped; hyphens
// and other punctuation separate tokens.
// Letters whose accent changes the sound (Slavic ć/č/š/ž, Nordic ø…) are spelt out before
// accents are stripped, since an Arabic rendering follows the sound (Aleksić → أليكسيتش).
const LATIN_LETTERS: Record<string, string> = {
  ć: 'ch',
  č: 'ch',
  š: 'sh',
  ś: 'sh',
  ž: 'zh',
  ż: 'zh',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

export function normaliseLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ćčšśžżøđłßæœ]/g, (ch) => LATIN_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[''`´ʿʾʻʼ‘’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function normaliseName(text: string): string {
  return isArabic(text) ? normaliseArabic(text) : normaliseLatin(text);
}

const LATIN_JOINERS = new Set(['bin', 'ibn', 'ben', 'ould', 'wuld', 'bint']);
const ARABIC_JOINERS = new Set(['بن', 'ابن', 'ولد', 'بنت']);
const LATIN_ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ed', 'as', 'es', 'an', 'ar', 'at', 'az']);
const LATIN_ABD = /^(abd|abdel|abdul|abdal|abdoul|abdou)$/;
const LATIN_ABD_PREFIX = /^(abdel|abdul|abdal|abdoul|abd)(.{4,})$/;

/**
 * Tokens that carry identity. Filiation particles (bin, ould…) and the article (al-, el-, ال) are
 * dropped because records write them or omit them at will; "abd" is fused with the next token
 * ("Abd al-Rahman", "Abdelrahman", "عبد الرحمن" all become one token) because it is one name.
 */
export function nameTokens(text: string): string[] {
  const arabic = isArabic(text);
  const words = normaliseName(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    if (arabic ? ARABIC_JOINERS.has(word) : LATIN_JOINERS.has(word) || LATIN_ARTICLES.has(word)) {
      if (words.length > 1) continue;
    }
    if (arabic) {
      out.push(...arabicToken(word, words, i, () => (i += 1)));
    } else if (LATIN_ABD.test(word) && i + 1 < words.length) {
      let next = i + 1;
      if (LATIN_ARTICLES.has(words[next] as string) && next + 1 < words.length) next += 1;
      out.push(`abd${words[next] as string}`);
      i = next;
    } else {
      const fused = LATIN_ABD_PREFIX.exec(word);
      out.push(fused ? `abd${fused[2] as string}` : word);
    }
  }
  return out;
}

function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length >= 5 ? word.slice(2) : word;
}

/**
 * The same token without an attached article (الرحمن → رحمن, Elbashir → bashir), or undefined.
 * Both forms are kept because "ال"/"al" is also the start of many foreign names (Alfred).
 */
export function withoutArticle(token: string): string | undefined {
  if (/^ال/.test(token) && token.length >= 5) return token.slice(2);
  if (/^(al|el)[^aeiou]/.test(token) && token.length >= 6) return token.slice(2);
  return undefined;
}

function arabicToken(word: string, words: string[], i: number, skip: () => void): string[] {
  if (word === 'عبد' && i + 1 < words.length) {
    skip();
    return [`عبد${stripArticle(words[i + 1] as string)}`];
  }
  if (word.startsWith('عبدال') && word.length >= 9) return [`عبد${word.slice(5)}`];
  return [word];
}
