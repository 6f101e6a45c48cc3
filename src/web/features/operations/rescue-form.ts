import type { RescueBody } from './operations-api.js';

export type Sex = 'F' | 'M' | 'U';

export type RescuedDraft = {
  key: number;
  sex: Sex;
  birthYear: number | string;
  citizenship: string | null;
  nameArabic: string;
  nameLatin: string;
  languages: string[];
  location: string;
};

export function emptyRescued(key: number): RescuedDraft {
  return {
    key,
    sex: 'U',
    birthYear: '',
    citizenship: null,
    nameArabic: '',
    nameLatin: '',
    languages: [],
    location: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toRescueBody(
  batchId: string,
  officerUserId: string,
  rows: readonly RescuedDraft[],
): RescueBody {
  return {
    batchId,
    identifyingOfficerUserId: officerUserId,
    persons: rows.map((row) => ({
      sex: row.sex,
      birthYear: typeof row.birthYear === 'number' ? row.birthYear : null,
      citizenship: row.citizenship,
      nameArabic: orNull(row.nameArabic),
      nameLatin: orNull(row.nameLatin),
      languages: row.languages,
      location: row.location.trim(),
    })),
  };
}
