import { describe, expect, it } from 'vitest';
import { COMPLETE_CONTENTS, EMPTY_CONTENTS } from '#test/factories/cooperation.js';
import { DOCUMENT_LABELS } from './document-labels.js';
import { buildRequestDocument, escapeHtml, type RequestDocumentInput } from './request-document.js';

const input = (overrides: Partial<RequestDocumentInput> = {}): RequestDocumentInput => ({
  reference: 'MLA-LBY-2026-000042',
  direction: 'outgoing',
  countryCode: 'LBY',
  foreignCountry: 'TUN',
  type: 'MLA',
  urgency: 'urgent',
  legalBasis: 'BILATERAL_TREATY',
  legalBasisInstrument: null,
  legalBasisDetail: 'SYNTH Treaty on mutual legal assistance, 1999',
  measures: ['MLA_TAKE_EVIDENCE', 'MLA_DOCUMENTS_RECORDS'],
  requestingAuthority: 'SYNTH Public Prosecutor of Tripoli',
  requestedAuthority: 'SYNTH Ministry of Justice of Tunisia',
  date: new Date('2026-11-25T09:00:00Z'),
  contents: COMPLETE_CONTENTS,
  ...overrides,
});

const SECTION_HEADINGS = [
  'subjectMatter',
  'natureOfInvestigation',
  'summaryOfFacts',
  'assistanceSought',
  'procedure',
  'personsConcerned',
  'purpose',
  'annexes',
  'legalBasis',
  'requestType',
  'measures',
  'addressee',
  'signatureBlock',
] as const;

describe('the printable request document', () => {
  it('is a right-to-left Arabic page with every heading of art. 18(15)', () => {
    const html = buildRequestDocument(input(), 'ar');
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    for (const key of SECTION_HEADINGS) expect(html).toContain(DOCUMENT_LABELS.ar[key]);
    expect(html).toContain('المساعدة القانونية المتبادلة');
    expect(html).toContain('الحصول على أدلة أو أقوال من الأشخاص');
    expect(html).toContain('معاهدة ثنائية');
    expect(html).toContain('تونس');
    expect(html).toContain('عاجل');
    // The Latin acronym is isolated so the article reads in Arabic order.
    expect(html).toContain('(المادة 18 – <bdi>UNTOC</bdi>)');
  });

  it('is left-to-right in French and English, with labels from the reference data', () => {
    const fr = buildRequestDocument(input(), 'fr');
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    expect(fr).toContain('Entraide judiciaire');
    expect(fr).toContain('Recueil de témoignages ou de dépositions');
    expect(fr).toContain('25 novembre 2026');
    const en = buildRequestDocument(input(), 'en');
    expect(en).toContain('<html lang="en" dir="ltr">');
    for (const key of SECTION_HEADINGS) expect(en).toContain(DOCUMENT_LABELS.en[key]);
    expect(en).toContain('Mutual legal assistance');
    expect(en).toContain('Tunisia');
    expect(en).toContain('(article 18 – <bdi>UNTOC</bdi>)');
    expect(en).toContain('SYNTH Treaty on mutual legal assistance, 1999');
  });

  it('lists the persons with names in both scripts, isolated', () => {
    const html = buildRequestDocument(input(), 'en');
    expect(html).toContain('<bdi>سين شاهد</bdi>');
    expect(html).toContain('<bdi>SYNTH Witness</bdi>');
    expect(html).toContain('Witness');
    expect(html).toContain('SYNTH Street 12, Sfax');
  });

  it('lists the annexes with pages, language and translation flag', () => {
    const contents = {
      ...COMPLETE_CONTENTS,
      annexes: [
        { title: 'SYNTH record of hearing', pages: 4, language: 'ar', isTranslation: false },
        { title: 'SYNTH translation of the record', pages: 5, language: 'fr', isTranslation: true },
      ],
    };
    const html = buildRequestDocument(input({ contents }), 'en');
    const annexes = html.slice(html.indexOf('class="annexes"'));
    expect(annexes).toContain('SYNTH record of hearing');
    expect(annexes).toContain('<td>Arabic</td>');
    expect(annexes).toContain('SYNTH translation of the record');
    expect(annexes).toContain('<td>French</td><td>Yes</td>');
  });

  it('escapes every value from the record', () => {
    const attack = '<script>alert("x")</script>';
    const contents = {
      ...COMPLETE_CONTENTS,
      summaryOfFacts: attack,
      persons: [{ ...COMPLETE_CONTENTS.persons[0], names: { arabic: null, latin: attack } }],
      annexes: [{ title: attack, pages: 1, language: 'en', isTranslation: false }],
    } as typeof COMPLETE_CONTENTS;
    const html = buildRequestDocument(
      input({
        contents,
        requestingAuthority: attack,
        reference: `R-${attack}`,
        legalBasisDetail: attack,
      }),
      'ar',
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`a&b'"<>`)).toBe('a&amp;b&#39;&quot;&lt;&gt;');
  });

  it('says what is not provided instead of leaving headings empty', () => {
    const html = buildRequestDocument(
      input({ contents: EMPTY_CONTENTS, requestedAuthority: null, measures: [], legalBasis: null }),
      'en',
    );
    expect(html.match(/Not provided/g)?.length).toBeGreaterThanOrEqual(9);
  });

  it('uses logical CSS properties only, A4 pages and fonts with Arabic glyphs', () => {
    const html = buildRequestDocument(input(), 'ar');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('"Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif');
    expect(html).not.toMatch(
      /(margin|padding|border)-(left|right)|text-align:\s*(left|right)|float:/,
    );
    expect(html).not.toMatch(/<script|src=|href=/);
  });

  it('names the requesting State as the other State for an incoming request', () => {
    const html = buildRequestDocument(input({ direction: 'incoming' }), 'en');
    const requesting = html.indexOf('Requesting State');
    expect(html.slice(requesting, requesting + 80)).toContain('Tunisia');
  });
});
