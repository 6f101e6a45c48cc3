import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PublicConfig } from '#shared/contracts/tips.js';
import { useApi } from './api-context.js';
import { currentLocale } from './i18n.js';

export type CodeOption = { value: string; label: string };

export function usePublicConfig() {
  const api = useApi();
  return useQuery({
    queryKey: ['public-config'],
    queryFn: () => api.get('/api/public/config', PublicConfig),
    staleTime: Infinity,
  });
}

/** Labels of server code lists in the UI language; codes themselves are never translated. */
export function useCodeLists() {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const config = usePublicConfig();
  const regions: CodeOption[] = (config.data?.regions ?? []).map((region) => ({
    value: region.code,
    label: region.label[locale],
  }));
  const categories: CodeOption[] = (config.data?.categories ?? []).map((category) => ({
    value: category.code,
    label: category.label[locale],
  }));
  const labelOf = (options: CodeOption[], code: string | null) =>
    code === null ? null : (options.find((option) => option.value === code)?.label ?? code);
  return {
    config,
    regions,
    categories,
    regionLabel: (code: string | null) => labelOf(regions, code),
    categoryLabel: (code: string | null) => labelOf(categories, code),
  };
}
