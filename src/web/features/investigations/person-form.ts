import type { PersonIdentity } from '#shared/contracts/investigations.js';
import type {
  ACCOUNT_KINDS,
  DOCUMENT_TYPES,
  NAME_SCRIPTS,
  PersonRole,
} from '#shared/domain/investigation.js';
import { isolate } from '#web/lib/format.js';

export type Script = (typeof NAME_SCRIPTS)[number];
export type NameRow = { script: Script; value: string };
export type DocumentRow = {
  type: (typeof DOCUMENT_TYPES)[number];
  number: string;
  issuingCountry: string;
};
export type AccountRow = { kind: (typeof ACCOUNT_KINDS)[number]; value: string };
export type VehicleRow = { plate: string; description: string };
export type TextRow = { value: string };

export type IdentityDraft = {
  names: NameRow[];
  aliases: NameRow[];
  birthDate: string;
  birthYear: number | string;
  sex: 'F' | 'M' | 'U';
  nationality: string | null;
  documents: DocumentRow[];
  phones: TextRow[];
  accounts: AccountRow[];
  vehicles: VehicleRow[];
  addresses: TextRow[];
};

export type PersonDraft = {
  role: PersonRole;
  possibleVictim: boolean;
  victimLinkId: string;
  identity: IdentityDraft;
};

export const EMPTY_PERSON: PersonDraft = {
  role: 'suspect',
  possibleVictim: false,
  victimLinkId: '',
  identity: {
    names: [
      { script: 'arab', value: '' },
      { script: 'latn', value: '' },
    ],
    aliases: [],
    birthDate: '',
    birthYear: '',
    sex: 'U',
    nationality: null,
    documents: [],
    phones: [],
    accounts: [],
    vehicles: [],
    addresses: [],
  },
};

export function identityToDraft(identity: PersonIdentity): IdentityDraft {
  return {
    names: identity.names.map((name) => ({ ...name })),
    aliases: identity.aliases.map((name) => ({ ...name })),
    birthDate: identity.birthDate ?? '',
    birthYear: identity.birthYear ?? '',
    sex: identity.sex,
    nationality: identity.nationality,
    documents: identity.documents.map((doc) => ({
      ...doc,
      issuingCountry: doc.issuingCountry ?? '',
    })),
    phones: identity.phones.map((value) => ({ value })),
    accounts: identity.accounts.map((account) => ({ ...account })),
    vehicles: identity.vehicles.map((vehicle) => ({ ...vehicle })),
    addresses: identity.addresses.map((value) => ({ value })),
  };
}

const filled = (text: string) => text.trim() !== '';
const texts = (rows: readonly TextRow[]) => rows.map((row) => row.value.trim()).filter(filled);
const names = (rows: readonly NameRow[]) =>
  rows
    .map((row) => ({ script: row.script, value: row.value.trim() }))
    .filter((row) => filled(row.value));

/** The identity as the API takes it: empty rows are dropped, every value trimmed. */
export function draftToIdentity(draft: IdentityDraft): PersonIdentity {
  return {
    names: names(draft.names),
    aliases: names(draft.aliases),
    birthDate: draft.birthDate === '' ? null : draft.birthDate,
    birthYear: typeof draft.birthYear === 'number' ? draft.birthYear : null,
    sex: draft.sex,
    nationality: draft.nationality,
    documents: draft.documents
      .filter((doc) => filled(doc.number))
      .map((doc) => ({
        type: doc.type,
        number: doc.number.trim(),
        issuingCountry: doc.issuingCountry === '' ? null : doc.issuingCountry,
      })),
    phones: texts(draft.phones),
    accounts: draft.accounts
      .filter((account) => filled(account.value))
      .map((account) => ({ kind: account.kind, value: account.value.trim() })),
    vehicles: draft.vehicles
      .filter((vehicle) => filled(vehicle.plate))
      .map((vehicle) => ({ plate: vehicle.plate.trim(), description: vehicle.description.trim() })),
    addresses: texts(draft.addresses),
  };
}

export function hasAnyName(draft: IdentityDraft): boolean {
  return draft.names.some((name) => filled(name.value));
}

/** A person as one option label: every name, each isolated so scripts do not reorder. */
export function personLabel(identity: PersonIdentity): string {
  return identity.names.map((name) => isolate(name.value)).join(' / ');
}
