import { nameTokens } from './normalise.js';
import { scoreTokens, tokenKeys, type TokenKeys, type TokenMatch } from './score.js';

/**
 * In-memory name index. Candidates come from postings keyed by each token's consonant skeleton
 * and by the skeleton with one letter deleted (symmetric deletion: one edit on the skeleton still
 * meets); only candidates are scored, so a query never scans the whole population.
 */

export type NameHit = { id: string; name: string; score: number; explanation: TokenMatch[] };

type Entry = { id: string; name: string; tokens: TokenKeys[]; keys: string[] };

// Caps the scoring work per query: candidates sharing the most keys with the query go first.
const MAX_CANDIDATES = 400;
// Deleting a letter from a two-letter skeleton would leave keys shared by half the population.
const MIN_SKELETON_FOR_DELETIONS = 3;

function postingKeys(tokens: TokenKeys[]): string[] {
  const keys = new Set<string>();
  for (const token of tokens.flatMap((t) => (t.bare ? [t, t.bare] : [t]))) {
    const skeleton = token.skeleton;
    keys.add(`s:${skeleton}`);
    // The whole skeleton also lives among the deletion keys, so a skeleton one letter shorter or
    // longer than the query's (Knoll/نول) meets it there.
    keys.add(`d:${skeleton}`);
    if (skeleton.length < MIN_SKELETON_FOR_DELETIONS) continue;
    for (let i = 0; i < skeleton.length; i += 1) {
      keys.add(`d:${skeleton.slice(0, i)}${skeleton.slice(i + 1)}`);
    }
  }
  return [...keys];
}

function analyse(name: string): TokenKeys[] {
  return nameTokens(name).map(tokenKeys);
}

export class NameMatcher {
  private readonly entries: (Entry | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();

  get size(): number {
    return this.slotOf.size;
  }

  add(id: string, name: string): void {
    this.remove(id);
    const tokens = analyse(name);
    const keys = postingKeys(tokens);
    const slot = this.entries.length;
    this.entries.push({ id, name, tokens, keys });
    this.slotOf.set(id, slot);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(slot);
      else this.postings.set(key, [slot]);
    }
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const entry = this.entries[slot] as Entry;
    for (const key of entry.keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      const at = list.indexOf(slot);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(key);
    }
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    return true;
  }

  query(name: string, k: number): NameHit[] {
    const tokens = analyse(name);
    const votes = new Map<number, number>();
    for (const key of postingKeys(tokens)) {
      // An exact skeleton match is stronger evidence than a one-deletion neighbour.
      const weight = key.startsWith('s:') ? 2 : 1;
      for (const slot of this.postings.get(key) ?? []) {
        votes.set(slot, (votes.get(slot) ?? 0) + weight);
      }
    }
    let slots = [...votes.keys()];
    if (slots.length > MAX_CANDIDATES) {
      slots.sort((a, b) => (votes.get(b) as number) - (votes.get(a) as number));
      slots = slots.slice(0, MAX_CANDIDATES);
    }
    const hits: NameHit[] = [];
    for (const slot of slots) {
      const entry = this.entries[slot] as Entry;
      const { score, explanation } = scoreTokens(tokens, entry.tokens);
      hits.push({ id: entry.id, name: entry.name, score, explanation });
    }
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, k);
  }
}
