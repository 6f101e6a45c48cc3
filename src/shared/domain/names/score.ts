import { withoutArticle } from './normalise.js';
import { skeletonKey, soundKey } from './phonetic.js';

/**
 * Scoring of a candidate name against a query name: the best one-to-one alignment of tokens,
 * whatever their order, with a per-token similarity over phonetic keys and normalised spellings.
 */

/** Fixed alert threshold: a screening hit at or above this score raises an alert. */
export const ALERT_THRESHOLD = 0.85;

export type TokenKeys = { text: string; sound: string; skeleton: string; bare?: TokenKeys };
export type TokenMatch = { query: string; candidate: string; similarity: number };
export type ScoreResult = { score: number; explanation: TokenMatch[] };

export function tokenKeys(text: string): TokenKeys {
  const keys: TokenKeys = { text, sound: soundKey(text), skeleton: skeletonKey(text) };
  const bare = withoutArticle(text);
  if (bare !== undefined) keys.bare = tokenKeys(bare);
  return keys;
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aUsed = new Uint8Array(a.length);
  const bUsed = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j += 1) {
      if (bUsed[j] === 0 && a[i] === b[j]) {
        aUsed[i] = 1;
        bUsed[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (aUsed[i] === 0) continue;
    while (bUsed[k] === 0) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) {
    prefix += 1;
  }
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Arabic script leaves short vowels out and Latin spellings vary them (محمد/Muhammad/Mohamed), so
// adding, dropping or swapping a vowel costs little; consonants carry the identity.
const VOWEL_COST = 0.5;

const isVowel = (code: number) => code === 97 || code === 105 || code === 117;
const indelCost = (code: number) => (isVowel(code) ? VOWEL_COST : 1);

function substitutionCost(x: number, y: number): number {
  if (x === y) return 0;
  return isVowel(x) && isVowel(y) ? VOWEL_COST : 1;
}

// Two reused rows: this runs for every candidate token pair, so it must not allocate.
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

/** 1 − weighted Levenshtein distance / longer length, vowels being cheap to edit. */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (rowA.length <= b.length) {
    rowA = new Float64Array(b.length + 1);
    rowB = new Float64Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j += 1) {
    previous[j] = (previous[j - 1] as number) + indelCost(b.charCodeAt(j - 1));
  }
  for (let i = 0; i < a.length; i += 1) {
    const x = a.charCodeAt(i);
    current[0] = (previous[0] as number) + indelCost(x);
    for (let j = 1; j <= b.length; j += 1) {
      const y = b.charCodeAt(j - 1);
      current[j] = Math.min(
        (previous[j - 1] as number) + substitutionCost(x, y),
        (previous[j] as number) + indelCost(x),
        (current[j - 1] as number) + indelCost(y),
      );
    }
    [previous, current] = [current, previous];
  }
  return Math.max(0, 1 - (previous[b.length] as number) / Math.max(a.length, b.length));
}

// Skeletons carry most of the identity across scripts; the voweled key breaks ties between names
// that share consonants (Amin/Iman). Weights were tuned on wd_arabic_train.tsv only; edit
// similarity outranked Jaro-Winkler there because transliterations differ inside words, not at ends. Same-script spellings are compared directly as well, so a
// plain typo is not blurred by the phonetic folding.
export function tokenSimilarity(q: TokenKeys, c: TokenKeys): number {
  let best = formSimilarity(q, c);
  if (q.bare) best = Math.max(best, formSimilarity(q.bare, c));
  if (c.bare) best = Math.max(best, formSimilarity(q, c.bare));
  return best;
}

function formSimilarity(q: TokenKeys, c: TokenKeys): number {
  if (q.text === c.text) return 1;
  const phonetic =
    0.3 * editSimilarity(q.skeleton, c.skeleton) +
    0.2 * jaroWinkler(q.sound, c.sound) +
    0.5 * editSimilarity(q.sound, c.sound);
  return Math.max(phonetic, jaroWinkler(q.text, c.text));
}

// Missing or extra tokens (a second given name, a dropped family name) cost less than a wrong one.
const UNMATCHED_WEIGHT = 0.35;

export function scoreTokens(query: TokenKeys[], candidate: TokenKeys[]): ScoreResult {
  if (query.length === 0 || candidate.length === 0) return { score: 0, explanation: [] };
  const pairs: { qi: number; ci: number; s: number }[] = [];
  for (let qi = 0; qi < query.length; qi += 1) {
    for (let ci = 0; ci < candidate.length; ci += 1) {
      pairs.push({
        qi,
        ci,
        s: tokenSimilarity(query[qi] as TokenKeys, candidate[ci] as TokenKeys),
      });
    }
  }
  // Greedy best-first alignment: exact for the short names screening sees, and O(n² log n).
  pairs.sort((x, y) => y.s - x.s);
  const qUsed = new Set<number>();
  const cUsed = new Set<number>();
  const explanation: TokenMatch[] = [];
  let total = 0;
  for (const pair of pairs) {
    if (qUsed.has(pair.qi) || cUsed.has(pair.ci)) continue;
    qUsed.add(pair.qi);
    cUsed.add(pair.ci);
    total += pair.s;
    explanation.push({
      query: (query[pair.qi] as TokenKeys).text,
      candidate: (candidate[pair.ci] as TokenKeys).text,
      similarity: Math.round(pair.s * 1000) / 1000,
    });
  }
  const unmatched = query.length + candidate.length - 2 * explanation.length;
  const score = total / (explanation.length + UNMATCHED_WEIGHT * unmatched);
  return { score, explanation };
}
