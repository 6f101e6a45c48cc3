import { DOCUMENT_TYPES } from '#shared/domain/investigation.js';
import { localDateTime, toInstant } from './operation-form.js';
import type { ArrestBody } from './operations-api.js';
import type { Sex } from './rescue-form.js';

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type ArrestedDraft = {
  key: number;
  nameArabic: string;
  nameLatin: string;
  sex: Sex;
  birthYear: number | string;
  nationality: string | null;
  documentType: DocumentType;
  documentNumber: string;
  arrestedAt: string;
  possibleVictim: boolean;
};

export function emptyArrested(key: number): ArrestedDraft {
  return {
    key,
    nameArabic: '',
    nameLatin: '',
    sex: 'U',
    birthYear: '',
    nationality: null,
    documentType: 'passport',
    documentNumber: '',
    arrestedAt: localDateTime(),
    possibleVictim: false,
  };
}

/** A suspect record needs at least one name, in either script. */
export function hasName(draft: ArrestedDraft): boolean {
  return draft.nameArabic.trim() !== '' || draft.nameLatin.trim() !== '';
}

function identityOf(draft: ArrestedDraft) {
  const names = [
    { script: 'arab' as const, value: draft.nameArabic.trim() },
    { script: 'latn' as const, value: draft.nameLatin.trim() },
  ].filter((name) => name.value !== '');
  const number = draft.documentNumber.trim();
  return {
    names,
    sex: draft.sex,
    birthYear: typeof draft.birthYear === 'number' ? draft.birthYear : null,
    nationality: draft.nationality,
    documents: number === '' ? [] : [{ type: draft.documentType, number }],
  };
}

export function toArrestBody(batchId: string, rows: readonly ArrestedDraft[]): ArrestBody {
  return {
    batchId,
    persons: rows.map((row) => ({
      identity: identityOf(row),
      arrestedAt: toInstant(row.arrestedAt),
      possibleVictim: row.possibleVictim,
    })),
  };
}
