import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_KINDS, CASE_STATUSES, type CaseFilters } from '#shared/contracts/cases.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { CASE_KIND_KEYS, CASE_STATUS_KEYS } from '#web/lib/labels.js';
import { useDeleteView, useSavedViews, useSaveView } from './cases-api.js';

/** Filter bar of the case list, with the user's saved views. */
export function CaseFiltersBar(props: {
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
}) {
  const { t } = useTranslation();
  const views = useSavedViews();
  const saveView = useSaveView();
  const deleteView = useDeleteView();
  const [viewName, setViewName] = useState('');
  const [viewId, setViewId] = useState<string | null>(null);
  const set = (key: keyof CaseFilters, value: string | null) => {
    const next: CaseFilters = { ...props.filters };
    if (value) Object.assign(next, { [key]: value });
    else Reflect.deleteProperty(next, key);
    props.onChange(next);
  };
  return (
    <Group align="end" wrap="wrap">
      <Select
        label={t('caseFilters.status')}
        clearable
        data={CASE_STATUSES.map((status) => ({
          value: status,
          label: t(CASE_STATUS_KEYS[status]),
        }))}
        value={props.filters.status ?? null}
        onChange={(value) => {
          set('status', value);
        }}
      />
      <Select
        label={t('caseFilters.kind')}
        clearable
        data={CASE_KINDS.map((kind) => ({ value: kind, label: t(CASE_KIND_KEYS[kind]) }))}
        value={props.filters.kind ?? null}
        onChange={(value) => {
          set('kind', value);
        }}
      />
      <Select
        label={t('caseFilters.mine')}
        data={[
          { value: 'false', label: t('caseFilters.allVisible') },
          { value: 'true', label: t('caseFilters.onlyMine') },
        ]}
        value={props.filters.mine ?? 'false'}
        onChange={(value) => {
          set('mine', value === 'true' ? 'true' : null);
        }}
      />
      <Select
        label={t('caseFilters.savedViews')}
        placeholder={t('caseFilters.chooseView')}
        clearable
        data={(views.data?.items ?? []).map((view) => ({ value: view.id, label: view.name }))}
        value={viewId}
        onChange={(value) => {
          setViewId(value);
          const view = views.data?.items.find((item) => item.id === value);
          if (view) props.onChange(view.filters);
        }}
      />
      {viewId && (
        <Button
          variant="subtle"
          color="red"
          onClick={() => {
            deleteView.mutate(viewId);
            setViewId(null);
          }}
        >
          {t('caseFilters.deleteView')}
        </Button>
      )}
      <TextInput
        label={t('caseFilters.viewName')}
        value={viewName}
        maxLength={80}
        onChange={(event) => {
          setViewName(event.currentTarget.value);
        }}
      />
      <Button
        variant="light"
        disabled={viewName.trim() === ''}
        loading={saveView.isPending}
        onClick={() => {
          saveView.mutate(
            { name: viewName.trim(), filters: props.filters },
            { onSuccess: () => setViewName('') },
          );
        }}
      >
        {t('caseFilters.saveView')}
      </Button>
      <ErrorAlert error={saveView.error ?? deleteView.error} />
    </Group>
  );
}
