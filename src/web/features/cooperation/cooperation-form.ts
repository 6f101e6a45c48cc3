import type { CooperationRequestDetail } from '#shared/contracts/cooperation.js';
import {
  REQUEST_LANGUAGES,
  type CooperationDirection,
  type CooperationUrgency,
  type RequestPersonRole,
} from '#shared/domain/cooperation.js';

/** One person concerned, as typed (empty strings until filled). */
export type PersonDraft = {
  key: number;
  arabic: string;
  latin: string;
  birthDate: string;
  nationality: string;
  location: string;
  role: RequestPersonRole;
};

export type AnnexDraft = {
  key: number;
  title: string;
  pages: string;
  language: string;
  isTranslation: boolean;
};

export const CONTENT_FIELDS = [
  'subjectMatter',
  'natureOfInvestigation',
  'summaryOfFacts',
  'assistanceSought',
  'procedure',
  'purpose',
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** The request form as typed: strings while editing, turned into the contract on save. */
export type RequestForm = {
  direction: CooperationDirection;
  type: string;
  foreignCountry: string;
  /** Incoming requests only: when and how it arrived, and the other State's reference. */
  receivedAt: string;
  channel: string;
  foreignReference: string;
  urgency: CooperationUrgency;
  legalBasis: string;
  legalBasisInstrument: string;
  legalBasisDetail: string;
  language: string;
  translationLanguages: string[];
  measures: string[];
  requestingAuthority: string;
  requestedAuthority: string;
  dueOn: string;
  contents: Record<ContentField, string>;
  isConfidential: boolean;
  persons: PersonDraft[];
  annexes: AnnexDraft[];
};

export type FormPatch = Partial<RequestForm>;

export function emptyForm(requestingAuthority: string): RequestForm {
  return {
    direction: 'outgoing',
    type: 'MLA',
    foreignCountry: '',
    receivedAt: '',
    channel: '',
    foreignReference: '',
    urgency: 'normal',
    legalBasis: '',
    legalBasisInstrument: '',
    legalBasisDetail: '',
    language: '',
    translationLanguages: [],
    measures: [],
    requestingAuthority,
    requestedAuthority: '',
    dueOn: '',
    contents: {
      subjectMatter: '',
      natureOfInvestigation: '',
      summaryOfFacts: '',
      assistanceSought: '',
      procedure: '',
      purpose: '',
    },
    isConfidential: false,
    persons: [],
    annexes: [],
  };
}

export function formFromDetail(detail: CooperationRequestDetail): RequestForm {
  const contents = detail.contents;
  return {
    ...emptyForm(detail.requestingAuthority ?? ''),
    direction: detail.direction,
    type: detail.type,
    foreignCountry: detail.foreignCountry,
    urgency: detail.urgency,
    legalBasis: detail.legalBasis ?? '',
    legalBasisInstrument: detail.legalBasisInstrument ?? '',
    legalBasisDetail: detail.legalBasisDetail ?? '',
    language: detail.language ?? '',
    translationLanguages: [...detail.translationLanguages],
    measures: [...detail.measures],
    requestedAuthority: detail.requestedAuthority ?? '',
    dueOn: detail.dueOn ?? '',
    contents: {
      subjectMatter: contents.subjectMatter,
      natureOfInvestigation: contents.natureOfInvestigation,
      summaryOfFacts: contents.summaryOfFacts,
      assistanceSought: contents.assistanceSought,
      procedure: contents.procedure,
      purpose: contents.purpose,
    },
    isConfidential: contents.isConfidential,
    persons: (contents.persons ?? []).map((person, key) => ({
      key,
      arabic: person.names.arabic ?? '',
      latin: person.names.latin ?? '',
      birthDate: person.birthDate ?? '',
      nationality: person.nationality ?? '',
      location: person.location ?? '',
      role: person.role,
    })),
    annexes: contents.annexes.map((annex, key) => ({
      key,
      title: annex.title,
      pages: annex.pages === null ? '' : String(annex.pages),
      language: annex.language,
      isTranslation: annex.isTranslation,
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Rows the user added and left entirely empty are not part of the request. */
function contentsOf(form: RequestForm) {
  return {
    ...form.contents,
    isConfidential: form.isConfidential,
    persons: form.persons
      .filter((p) => [p.arabic, p.latin, p.birthDate, p.nationality, p.location].some(orNull))
      .map((p) => ({
        names: { arabic: orNull(p.arabic), latin: orNull(p.latin) },
        birthDate: orNull(p.birthDate),
        nationality: orNull(p.nationality),
        location: orNull(p.location),
        role: p.role,
      })),
    annexes: form.annexes
      .filter((annex) => orNull(annex.title) !== null || orNull(annex.pages) !== null)
      .map((annex) => ({
        title: annex.title.trim(),
        pages: orNull(annex.pages) === null ? null : Number(annex.pages),
        language: annex.language,
        isTranslation: annex.isTranslation,
      })),
  };
}

/** The fields a drafter may set on a draft, for the create and the update bodies alike. */
export function draftFieldsOf(form: RequestForm) {
  const hasInstrument = form.legalBasis === 'REGIONAL_CONVENTION';
  return {
    urgency: form.urgency,
    legalBasis: orNull(form.legalBasis),
    legalBasisInstrument: hasInstrument ? orNull(form.legalBasisInstrument) : null,
    legalBasisDetail: orNull(form.legalBasisDetail),
    language: orNull(form.language),
    translationLanguages: form.translationLanguages.filter(
      (language) => language !== form.language && REQUEST_LANGUAGES.includes(language as never),
    ),
    measures: form.measures,
    requestingAuthority: orNull(form.requestingAuthority),
    requestedAuthority: orNull(form.requestedAuthority),
    dueOn: orNull(form.dueOn),
    contents: contentsOf(form),
  };
}

export type FileLinks = { investigationId: string | null; prosecutionId: string | null };

export function createBodyOf(form: RequestForm, links: FileLinks): object {
  const common = { type: form.type, foreignCountry: form.foreignCountry, ...draftFieldsOf(form) };
  if (form.direction === 'incoming') {
    return {
      direction: 'incoming',
      ...common,
      receivedAt: form.receivedAt === '' ? '' : new Date(form.receivedAt).toISOString(),
      channel: form.channel,
      foreignReference: form.foreignReference.trim(),
    };
  }
  return { direction: 'outgoing', ...common, ...links };
}

/** The DOM id of the input for a field path of the check (`contents.persons.0.location`). */
export function fieldId(path: string): string {
  return `coop-field-${path.replaceAll('.', '-')}`;
}

/** The next free row key of a repeatable list. */
export function nextKey(rows: readonly { key: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;
}
