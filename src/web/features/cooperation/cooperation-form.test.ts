import { describe, expect, it } from 'vitest';
import {
  CooperationRequestCreateInput,
  CooperationRequestUpdateInput,
} from '#shared/contracts/cooperation.js';
import { createBodyOf, draftFieldsOf, emptyForm, type RequestForm } from './cooperation-form.js';
import { missingItemKey } from './cooperation-labels.js';

const links = { investigationId: null, prosecutionId: null };

function filledForm(): RequestForm {
  return {
    ...emptyForm('SYNTH Public Prosecution'),
    foreignCountry: 'TUN',
    legalBasis: 'REGIONAL_CONVENTION',
    legalBasisInstrument: 'LAS_ARAB_TOC_2010',
    language: 'ar',
    translationLanguages: ['ar', 'fr'],
    measures: ['MLA_TAKE_EVIDENCE'],
    persons: [
      {
        key: 0,
        arabic: '',
        latin: 'SYNTH Witness',
        birthDate: '',
        nationality: 'TUN',
        location: ' ',
        role: 'witness',
      },
      {
        key: 1,
        arabic: '',
        latin: '',
        birthDate: '',
        nationality: '',
        location: '',
        role: 'suspect',
      },
    ],
    annexes: [
      { key: 0, title: 'SYNTH bank statement', pages: '3', language: 'ar', isTranslation: false },
      { key: 1, title: '', pages: '', language: 'fr', isTranslation: false },
    ],
  };
}

describe('the cooperation request form', () => {
  it('saves an almost empty draft that the contract accepts', () => {
    const body = createBodyOf({ ...emptyForm(''), foreignCountry: 'TUN' }, links);
    expect(CooperationRequestCreateInput.safeParse(body).success).toBe(true);
  });

  it('drops rows left empty, trims blanks to null and keeps translations apart', () => {
    const fields = draftFieldsOf(filledForm());
    expect(fields.contents.persons).toEqual([
      {
        names: { arabic: null, latin: 'SYNTH Witness' },
        birthDate: null,
        nationality: 'TUN',
        location: null,
        role: 'witness',
      },
    ]);
    expect(fields.contents.annexes).toHaveLength(1);
    expect(fields.translationLanguages).toEqual(['fr']);
    expect(CooperationRequestUpdateInput.safeParse({ version: 1, ...fields }).success).toBe(true);
  });

  it('records an incoming request with its receipt', () => {
    const form: RequestForm = {
      ...filledForm(),
      direction: 'incoming',
      receivedAt: '2026-11-20T10:30',
      channel: 'CENTRAL_AUTHORITY',
      foreignReference: 'SYNTH-TUN-1',
    };
    const parsed = CooperationRequestCreateInput.safeParse(createBodyOf(form, links));
    expect(parsed.success).toBe(true);
  });

  it('names the person a missing item is about', () => {
    const at = (code: 'person_location' | 'person_identity', field: string) =>
      missingItemKey({ code, field });
    expect(at('person_location', 'contents.persons.2.location')).toEqual({
      key: 'cooperation.missing.person_location',
      person: 3,
    });
    expect(at('person_identity', 'contents.persons').key).toBe('cooperation.missing.no_person');
    expect(at('person_identity', 'contents.persons.0.birthDate').key).toBe(
      'cooperation.missing.person_birth_date',
    );
    expect(missingItemKey({ code: 'assistance_sought', field: 'measures' }).key).toBe(
      'cooperation.missing.measures',
    );
  });
});
