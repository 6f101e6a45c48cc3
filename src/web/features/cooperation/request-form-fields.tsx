import { Stack } from '@mantine/core';
import { AnnexesSection, ContentsSection, PersonsSection } from './request-form-contents.js';
import {
  GeneralSection,
  LanguageSection,
  LegalBasisSection,
  MeasuresSection,
  type SectionProps,
} from './request-form-sections.js';

/** Every field of a request, in the order of the printed request (UNTOC art. 18(15)). */
export function RequestFormFields(props: SectionProps) {
  return (
    <Stack gap="md">
      <GeneralSection {...props} />
      <MeasuresSection {...props} />
      <LegalBasisSection {...props} />
      <LanguageSection {...props} />
      <ContentsSection {...props} />
      <PersonsSection {...props} />
      <AnnexesSection {...props} />
    </Stack>
  );
}
