import type { z } from 'zod';
import type { VictimCreateInput } from '#shared/contracts/victims.js';
import type { ContactRow, DocumentRow } from './identity-list-fields.js';
import type { SEXES } from './victim-labels.js';

export type VictimFormValues = {
  nameArabic: string;
  nameLatin: string;
  sex: (typeof SEXES)[number];
  birthDate: string;
  birthYear: string | number;
  citizenship: string | null;
  languages: string[];
  reflectionDays: string | number;
  documents: DocumentRow[];
  contacts: ContactRow[];
};

export const EMPTY_VICTIM_FORM: VictimFormValues = {
  nameArabic: '',
  nameLatin: '',
  sex: 'U',
  birthDate: '',
  birthYear: '',
  citizenship: null,
  languages: [],
  reflectionDays: '',
  documents: [],
  contacts: [],
};

const trimmed = (value: string) => (value.trim() === '' ? null : value.trim());
const toNumber = (value: string | number) => (typeof value === 'number' ? value : null);

/** Empty fields become null; a full birth date also gives the birth year. */
export function toVictimBody(values: VictimFormValues): z.input<typeof VictimCreateInput> {
  return {
    identity: {
      nameArabic: trimmed(values.nameArabic),
      nameLatin: trimmed(values.nameLatin),
      birthDate: trimmed(values.birthDate),
      documents: values.documents
        .filter((row) => row.number.trim() !== '')
        .map((row) => ({
          type: row.type,
          number: row.number.trim(),
          issuingCountry: row.issuingCountry || null,
        })),
      contacts: values.contacts
        .filter((row) => row.value.trim() !== '')
        .map((row) => ({ kind: row.kind, value: row.value.trim() })),
    },
    sex: values.sex,
    birthYear: values.birthDate ? Number(values.birthDate.slice(0, 4)) : toNumber(values.birthYear),
    citizenship: values.citizenship,
    languages: values.languages,
    reflectionDays: toNumber(values.reflectionDays),
  };
}
