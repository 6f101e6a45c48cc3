import { describe, expect, it } from 'vitest';
import { checkRequest, MISSING_ITEM_CODES, type CheckableRequest } from './cooperation-check.js';
import { acceptedLanguagesOf, REQUESTED_STATE_LANGUAGES } from './cooperation-languages.js';

const NOW = new Date('2026-11-25T10:00:00Z');

const person = {
  names: { arabic: 'سين تجريبي', latin: 'SYNTH Person' },
  birthDate: '1990-01-01',
  nationality: 'NGA',
  location: 'SYNTH Street 1, Tunis',
};

/** A complete MLA request to Tunisia, written in Arabic. */
function complete(overrides: Partial<CheckableRequest> = {}): CheckableRequest {
  return {
    type: 'MLA',
    foreignCountry: 'TUN',
    requestingAuthority: 'SYNTH Public Prosecutor, Tripoli',
    requestedAuthority: 'SYNTH Ministry of Justice, Tunis',
    legalBasis: 'UNTOC',
    legalBasisInstrument: null,
    legalBasisDetail: null,
    language: 'ar',
    translationLanguages: [],
    measures: ['MLA_TAKE_EVIDENCE'],
    contents: {
      subjectMatter: 'SYNTH trafficking in persons for forced labour',
      natureOfInvestigation: 'SYNTH criminal investigation',
      summaryOfFacts: 'SYNTH facts',
      assistanceSought: 'SYNTH hearing of a witness',
      purpose: 'SYNTH evidence for trial',
      persons: [person],
    },
    ...overrides,
  };
}

const codes = (request: CheckableRequest) => checkRequest(request, NOW).map((item) => item.code);

describe('the pre-send completeness check', () => {
  it('passes a complete request', () => {
    expect(checkRequest(complete(), NOW)).toEqual([]);
  });

  it('lists every item of an empty draft, in the order of art. 18(15), with its field', () => {
    const empty = complete({
      requestingAuthority: null,
      requestedAuthority: '  ',
      legalBasis: null,
      language: null,
      measures: [],
      contents: {
        subjectMatter: '',
        natureOfInvestigation: '',
        summaryOfFacts: '',
        assistanceSought: '',
        purpose: '',
        persons: [],
      },
    });
    expect(checkRequest(empty, NOW)).toEqual([
      { code: 'requesting_authority', field: 'requestingAuthority' },
      { code: 'requested_authority', field: 'requestedAuthority' },
      { code: 'subject_matter', field: 'contents.subjectMatter' },
      { code: 'nature_of_investigation', field: 'contents.natureOfInvestigation' },
      { code: 'summary_of_facts', field: 'contents.summaryOfFacts' },
      { code: 'assistance_sought', field: 'contents.assistanceSought' },
      { code: 'assistance_sought', field: 'measures' },
      { code: 'purpose', field: 'contents.purpose' },
      { code: 'legal_basis', field: 'legalBasis' },
      { code: 'language', field: 'language' },
    ]);
  });

  it('uses only the exported codes', () => {
    const all = checkRequest(
      complete({ requestingAuthority: null, contents: { ...complete().contents, persons: [] } }),
      NOW,
    );
    for (const item of all) expect(MISSING_ITEM_CODES).toContain(item.code);
  });

  describe('assistance sought', () => {
    it('needs a measure for MLA, extradition, confiscation and police cooperation', () => {
      for (const type of [
        'MLA',
        'EXTRADITION',
        'CONFISCATION_COOPERATION',
        'LAW_ENFORCEMENT_COOPERATION',
      ]) {
        const missing = checkRequest(complete({ type, measures: [] }), NOW);
        expect(missing).toContainEqual({ code: 'assistance_sought', field: 'measures' });
      }
    });

    it('does not count a measure of another type', () => {
      const missing = checkRequest(complete({ measures: ['EXT_PROVISIONAL_ARREST'] }), NOW);
      expect(missing).toContainEqual({ code: 'assistance_sought', field: 'measures' });
    });

    it('needs no measure for a type without any (joint investigation team)', () => {
      expect(codes(complete({ type: 'JOINT_INVESTIGATION', measures: [] }))).toEqual([]);
    });
  });

  describe('persons concerned', () => {
    const noPersons = { ...complete().contents, persons: [] };

    it('requires a person for a hearing, service or appearance', () => {
      for (const measure of [
        'MLA_TAKE_EVIDENCE',
        'MLA_SERVE_DOCUMENTS',
        'MLA_VOLUNTARY_APPEARANCE',
      ]) {
        expect(checkRequest(complete({ measures: [measure], contents: noPersons }), NOW)).toEqual([
          { code: 'person_identity', field: 'contents.persons' },
        ]);
      }
    });

    it('requires a person for every extradition and transfer of sentenced persons', () => {
      expect(
        codes(
          complete({ type: 'EXTRADITION', measures: ['EXT_FULL_REQUEST'], contents: noPersons }),
        ),
      ).toEqual(['person_identity']);
      expect(
        codes(complete({ type: 'TRANSFER_SENTENCED_PERSONS', measures: [], contents: noPersons })),
      ).toEqual(['person_identity']);
    });

    it('does not require a person for records or tracing of proceeds', () => {
      expect(
        codes(
          complete({
            measures: ['MLA_DOCUMENTS_RECORDS', 'MLA_TRACE_PROCEEDS'],
            contents: noPersons,
          }),
        ),
      ).toEqual([]);
    });

    it('checks identity, location and nationality of each person, with its index', () => {
      const persons = [
        person,
        { names: { arabic: null, latin: ' ' }, birthDate: null, nationality: null, location: '' },
        { ...person, names: { arabic: null, latin: 'SYNTH Latin Only' }, nationality: null },
      ];
      const missing = checkRequest(
        complete({ contents: { ...complete().contents, persons } }),
        NOW,
      );
      expect(missing).toEqual([
        { code: 'person_identity', field: 'contents.persons.1.names' },
        { code: 'person_location', field: 'contents.persons.1.location' },
        { code: 'person_nationality', field: 'contents.persons.1.nationality' },
        { code: 'person_nationality', field: 'contents.persons.2.nationality' },
      ]);
    });

    it('accepts a name in Arabic script only', () => {
      const persons = [{ ...person, names: { arabic: 'سين', latin: null } }];
      expect(codes(complete({ contents: { ...complete().contents, persons } }))).toEqual([]);
    });

    it('refuses a birth date in the future as an identity', () => {
      const persons = [{ ...person, birthDate: '2027-01-01' }];
      expect(
        checkRequest(complete({ contents: { ...complete().contents, persons } }), NOW),
      ).toEqual([{ code: 'person_identity', field: 'contents.persons.0.birthDate' }]);
    });

    it('checks persons named even when the measures do not require them', () => {
      const persons = [{ ...person, location: null }];
      const request = complete({
        measures: ['MLA_DOCUMENTS_RECORDS'],
        contents: { ...complete().contents, persons },
      });
      expect(codes(request)).toEqual(['person_location']);
    });
  });

  describe('legal basis', () => {
    it('needs the treaty reference of a bilateral treaty', () => {
      expect(checkRequest(complete({ legalBasis: 'BILATERAL_TREATY' }), NOW)).toEqual([
        { code: 'legal_basis_detail', field: 'legalBasisDetail' },
      ]);
      expect(
        codes(
          complete({ legalBasis: 'BILATERAL_TREATY', legalBasisDetail: 'SYNTH MLA treaty 1999' }),
        ),
      ).toEqual([]);
    });

    it('needs the undertaking for reciprocity and the reference for domestic law', () => {
      expect(codes(complete({ legalBasis: 'RECIPROCITY' }))).toEqual(['legal_basis_detail']);
      expect(codes(complete({ legalBasis: 'DOMESTIC_LAW', legalBasisDetail: ' ' }))).toEqual([
        'legal_basis_detail',
      ]);
    });

    it('needs the regional instrument, and its name when it is another one', () => {
      expect(checkRequest(complete({ legalBasis: 'REGIONAL_CONVENTION' }), NOW)).toEqual([
        { code: 'legal_basis_detail', field: 'legalBasisInstrument' },
      ]);
      expect(
        codes(
          complete({ legalBasis: 'REGIONAL_CONVENTION', legalBasisInstrument: 'LAS_RIYADH_1983' }),
        ),
      ).toEqual([]);
      expect(
        checkRequest(
          complete({ legalBasis: 'REGIONAL_CONVENTION', legalBasisInstrument: 'OTHER_REGIONAL' }),
          NOW,
        ),
      ).toEqual([{ code: 'legal_basis_detail', field: 'legalBasisDetail' }]);
    });

    it('needs nothing more for UNTOC or another multilateral convention', () => {
      expect(codes(complete({ legalBasis: 'OTHER_MULTILATERAL' }))).toEqual([]);
    });
  });

  describe('language of the requested State', () => {
    it('accepts Arabic or French in the Maghreb and Lebanon, Arabic only in the Gulf', () => {
      expect(acceptedLanguagesOf('TUN')).toEqual(['ar', 'fr']);
      expect(acceptedLanguagesOf('LBN')).toEqual(['ar', 'fr']);
      expect(acceptedLanguagesOf('SAU')).toEqual(['ar']);
      expect(acceptedLanguagesOf('EGY')).toEqual(['ar']);
    });

    it('takes French in francophone West and Central Africa, English elsewhere', () => {
      expect(acceptedLanguagesOf('SEN')).toEqual(['fr']);
      expect(acceptedLanguagesOf('CMR')).toEqual(['fr']);
      expect(acceptedLanguagesOf('NGA')).toEqual(['en']);
      expect(acceptedLanguagesOf('ITA')).toEqual(['en']);
      expect(Object.keys(REQUESTED_STATE_LANGUAGES)).toHaveLength(22 + 10 + 5);
    });

    it('refuses an English request to Saudi Arabia', () => {
      expect(checkRequest(complete({ foreignCountry: 'SAU', language: 'en' }), NOW)).toEqual([
        { code: 'language', field: 'language' },
      ]);
    });

    it('accepts it with an Arabic translation attached', () => {
      const request = complete({
        foreignCountry: 'SAU',
        language: 'en',
        translationLanguages: ['ar'],
      });
      expect(codes(request)).toEqual([]);
    });

    it('accepts a French request to Tunisia and refuses an Arabic one to Senegal', () => {
      expect(codes(complete({ language: 'fr' }))).toEqual([]);
      expect(codes(complete({ foreignCountry: 'SEN' }))).toEqual(['language']);
    });
  });
});
