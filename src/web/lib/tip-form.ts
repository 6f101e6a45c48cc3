import type { z } from 'zod';
import type { PublicTipInput } from '#shared/contracts/tips.js';
import type { Locale } from '#shared/i18n/locales.js';
import { checkFiles, encodeFiles } from './files.js';

export type TipFormValues = {
  whatWasSeen: string;
  regionCode: string;
  locationText: string;
  peopleInvolved: string;
  category: string;
  childInvolved: boolean;
  imminentDanger: boolean;
  isAnonymous: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  files: File[];
};

export const EMPTY_TIP_FORM: TipFormValues = {
  whatWasSeen: '',
  regionCode: '',
  locationText: '',
  peopleInvolved: '',
  category: '',
  childInvolved: false,
  imminentDanger: false,
  isAnonymous: true,
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  files: [],
};

/** Same lower bound as the contract, so the form says so before the server does. */
export const MIN_WHAT_WAS_SEEN = 10;

export type TipBody = z.input<typeof PublicTipInput>;

function contactOf(values: TipFormValues): TipBody['reporterContact'] {
  if (values.isAnonymous) return null;
  const contact = {
    ...(values.contactName.trim() ? { name: values.contactName.trim() } : {}),
    ...(values.contactPhone.trim() ? { phone: values.contactPhone.trim() } : {}),
    ...(values.contactEmail.trim() ? { email: values.contactEmail.trim() } : {}),
  };
  return Object.keys(contact).length > 0 ? contact : null;
}

export function isTipFormReady(values: TipFormValues): boolean {
  return (
    values.whatWasSeen.trim().length >= MIN_WHAT_WAS_SEEN && checkFiles(values.files).length === 0
  );
}

export async function toTipBody(values: TipFormValues, locale: Locale): Promise<TipBody> {
  return {
    whatWasSeen: values.whatWasSeen.trim(),
    regionCode: values.regionCode || null,
    locationText: values.locationText.trim(),
    peopleInvolved: values.peopleInvolved.trim(),
    category: values.category || null,
    childInvolved: values.childInvolved,
    imminentDanger: values.imminentDanger,
    reporterContact: contactOf(values),
    reporterLanguage: locale,
    attachments: await encodeFiles(values.files),
  };
}
