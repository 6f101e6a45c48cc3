import type { CooperationContents } from '#shared/contracts/cooperation.js';
import type {
  CooperationDirection,
  CooperationUrgency,
  RequestLanguage,
} from '#shared/domain/cooperation.js';
import { LOCALES } from '#shared/i18n/locales.js';
import {
  legalBasisLabel,
  measureLabel,
  regionalInstrumentLabel,
  typeArticle,
  typeLabel,
  type CooperationLabel,
} from '#shared/reference/cooperation-codes.js';
import { COUNTRIES } from '#shared/reference/code-lists.js';
import { DOCUMENT_LABELS, LANGUAGE_NAMES, type DocumentLabels } from './document-labels.js';

/** What the printed request shows: the record, already unsealed. */
export type RequestDocumentInput = {
  reference: string;
  direction: CooperationDirection;
  /** This node's country. */
  countryCode: string;
  foreignCountry: string;
  type: string;
  urgency: CooperationUrgency;
  legalBasis: string | null;
  legalBasisInstrument: string | null;
  legalBasisDetail: string | null;
  measures: readonly string[];
  requestingAuthority: string | null;
  requestedAuthority: string | null;
  /** Date of the request: when it was sent, or today for a draft. */
  date: Date;
  contents: CooperationContents;
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value from the record goes through here: the page must never contain its markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Escaped, isolated from the surrounding direction (Latin names and numbers inside Arabic). */
const bdi = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;
/**
 * Paragraphs of free text, escaped, line breaks kept. Each takes the direction of its own first
 * letter: an English summary inside an Arabic document keeps its punctuation in place.
 */
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((block) => `<p dir="auto">${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');

function countryName(code: string, lang: RequestLanguage): string {
  return COUNTRIES.find((country) => country.code === code)?.label[lang] ?? code;
}

const label = (value: CooperationLabel | undefined, code: string, lang: RequestLanguage) =>
  value?.[lang] ?? code;

function formatDay(day: string | Date, lang: RequestLanguage): string {
  const date = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day;
  return new Intl.DateTimeFormat(LOCALES[lang].intlTag, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

const STYLE = `
@page { size: A4; margin: 20mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif;
  font-size: 11pt; line-height: 1.5; color: #111; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin-block: 0 8mm; }
h2 { font-size: 12pt; margin-block: 6mm 2mm; padding-block-end: 1mm; border-block-end: 1px solid #999; }
p { margin-block: 0 2mm; text-align: start; }
table { inline-size: 100%; border-collapse: collapse; margin-block-end: 3mm; }
th, td { text-align: start; vertical-align: top; padding-block: 1mm; padding-inline: 2mm;
  border: 1px solid #bbb; }
th { background: #f0f0f0; inline-size: 35%; font-weight: bold; }
.empty { color: #777; font-style: italic; }
.urgent { font-weight: bold; color: #a00; }
.signature { margin-block-start: 12mm; border-inline-start: 3px solid #999; padding-inline-start: 4mm; }
.signature p { margin-block-end: 8mm; }
bdi { unicode-bidi: isolate; }
`;

function row(heading: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(heading)}</th><td>${value}</td></tr>`;
}

function section(heading: string, body: string): string {
  return `<section><h2>${escapeHtml(heading)}</h2>${body}</section>`;
}

function textOrEmpty(text: string | null, labels: DocumentLabels): string {
  return text && text.trim() !== ''
    ? paragraphs(text)
    : `<p class="empty">${escapeHtml(labels.notProvided)}</p>`;
}

function header(input: RequestDocumentInput, lang: RequestLanguage, labels: DocumentLabels) {
  const isOutgoing = input.direction === 'outgoing';
  const requesting = isOutgoing ? input.countryCode : input.foreignCountry;
  const requested = isOutgoing ? input.foreignCountry : input.countryCode;
  const or = (text: string | null) =>
    text ? bdi(text) : `<span class="empty">${escapeHtml(labels.notProvided)}</span>`;
  const urgency = escapeHtml(labels.urgencyValues[input.urgency]);
  return `<table>${[
    row(labels.requestingState, escapeHtml(countryName(requesting, lang))),
    row(labels.requestingAuthority, or(input.requestingAuthority)),
    row(labels.reference, bdi(input.reference)),
    row(labels.date, escapeHtml(formatDay(input.date, lang))),
    row(
      labels.urgency,
      input.urgency === 'urgent' ? `<span class="urgent">${urgency}</span>` : urgency,
    ),
    row(
      labels.confidentiality,
      escapeHtml(
        input.contents.isConfidential
          ? labels.confidentialRequested
          : labels.confidentialNotRequested,
      ),
    ),
  ].join('')}</table>${section(
    labels.addressee,
    `<table>${row(labels.requestedState, escapeHtml(countryName(requested, lang)))}${row(
      labels.requestedAuthority,
      or(input.requestedAuthority),
    )}</table>`,
  )}`;
}

function legalBasisAndType(
  input: RequestDocumentInput,
  lang: RequestLanguage,
  labels: DocumentLabels,
) {
  const basis = input.legalBasis
    ? escapeHtml(label(legalBasisLabel(input.legalBasis), input.legalBasis, lang))
    : `<span class="empty">${escapeHtml(labels.notProvided)}</span>`;
  const instrument = input.legalBasisInstrument
    ? `<p>${escapeHtml(label(regionalInstrumentLabel(input.legalBasisInstrument), input.legalBasisInstrument, lang))}</p>`
    : '';
  const detail = input.legalBasisDetail
    ? `<p>${escapeHtml(labels.legalBasisDetail)}: ${bdi(input.legalBasisDetail)}</p>`
    : '';
  const article = typeArticle(input.type);
  const typeText = `${escapeHtml(label(typeLabel(input.type), input.type, lang))}${
    // The article in the document's own direction, the instrument's Latin acronym isolated:
    // "(المادة 18 – UNTOC)" instead of a reordered mix.
    article
      ? ` (${escapeHtml(`${labels.article} ${article.article}`)} – ${bdi(article.instrument)})`
      : ''
  }`;
  const measures = input.measures.length
    ? `<ul>${input.measures
        .map((code) => `<li>${escapeHtml(label(measureLabel(input.type, code), code, lang))}</li>`)
        .join('')}</ul>`
    : `<p class="empty">${escapeHtml(labels.notProvided)}</p>`;
  return [
    section(labels.legalBasis, `<p>${basis}</p>${instrument}${detail}`),
    section(labels.requestType, `<p>${typeText}</p>`),
    section(labels.measures, measures),
  ].join('');
}

function persons(contents: CooperationContents, lang: RequestLanguage, labels: DocumentLabels) {
  if (contents.persons.length === 0) {
    return `<p class="empty">${escapeHtml(labels.notProvided)}</p>`;
  }
  const value = (text: string | null) =>
    text ? bdi(text) : `<span class="empty">${escapeHtml(labels.notProvided)}</span>`;
  return contents.persons
    .map(
      (person) =>
        `<table>${[
          row(labels.nameArabic, value(person.names.arabic)),
          row(labels.nameLatin, value(person.names.latin)),
          row(
            labels.birthDate,
            person.birthDate ? escapeHtml(formatDay(person.birthDate, lang)) : value(null),
          ),
          row(
            labels.nationality,
            person.nationality ? escapeHtml(countryName(person.nationality, lang)) : value(null),
          ),
          row(labels.location, value(person.location)),
          row(labels.roleInCase, escapeHtml(labels.roleValues[person.role])),
        ].join('')}</table>`,
    )
    .join('');
}

function annexes(contents: CooperationContents, lang: RequestLanguage, labels: DocumentLabels) {
  if (contents.annexes.length === 0) {
    return `<p class="empty">${escapeHtml(labels.notProvided)}</p>`;
  }
  const names: Record<string, string> = LANGUAGE_NAMES[lang];
  const rows = contents.annexes
    .map(
      (annex, index) =>
        `<tr><td>${bdi(String(index + 1))}</td><td>${escapeHtml(annex.title)}</td><td>${
          annex.pages === null ? '' : bdi(String(annex.pages))
        }</td><td>${escapeHtml(names[annex.language] ?? annex.language)}</td><td>${
          annex.isTranslation ? escapeHtml(labels.yes) : ''
        }</td></tr>`,
    )
    .join('');
  const head = ['#', labels.annexTitle, labels.annexPages, labels.annexLanguage, labels.translation]
    .map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`)
    .join('');
  return `<table class="annexes"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The request as a complete, self-contained A4 page in Arabic (right to left), French or
 * English: header, addressee, legal basis, type and measures, the headings of UNTOC art. 18(15)
 * with their contents, persons concerned, annexes and a signature block. No script, no external
 * resource: the PDF renderer loads nothing else.
 */
export function buildRequestDocument(input: RequestDocumentInput, lang: RequestLanguage): string {
  const labels = DOCUMENT_LABELS[lang];
  const contents = input.contents;
  const body = [
    `<h1>${escapeHtml(labels.title)}</h1>`,
    header(input, lang, labels),
    legalBasisAndType(input, lang, labels),
    section(labels.subjectMatter, textOrEmpty(contents.subjectMatter, labels)),
    section(labels.natureOfInvestigation, textOrEmpty(contents.natureOfInvestigation, labels)),
    section(labels.summaryOfFacts, textOrEmpty(contents.summaryOfFacts, labels)),
    section(labels.assistanceSought, textOrEmpty(contents.assistanceSought, labels)),
    section(labels.procedure, textOrEmpty(contents.procedure, labels)),
    section(labels.personsConcerned, persons(contents, lang, labels)),
    section(labels.purpose, textOrEmpty(contents.purpose, labels)),
    section(labels.annexes, annexes(contents, lang, labels)),
    `<div class="signature"><h2>${escapeHtml(labels.signatureBlock)}</h2><p>${escapeHtml(
      labels.placeAndDate,
    )}:</p><p>${escapeHtml(labels.nameAndTitle)}:</p><p>${escapeHtml(
      labels.signatureAndSeal,
    )}:</p></div>`,
  ].join('\n');
  return `<!doctype html>
<html lang="${lang}" dir="${LOCALES[lang].dir}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${labels.title} ${input.reference}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
