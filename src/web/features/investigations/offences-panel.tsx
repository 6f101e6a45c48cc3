import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import {
  OFFENCE_CODES,
  acceptsNewContent,
  type OffenceCode,
} from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { OFFENCE_KEYS, isOneOf } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';

function AddOffence({ investigationId }: { investigationId: string }) {
  const { t } = useTranslation();
  const write = useInvestigationWrite(investigationId);
  const [code, setCode] = useState<OffenceCode>('trafficking_in_persons');
  const [lawArticle, setLawArticle] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { method: 'POST', path: '/offences', body: { code, lawArticle: lawArticle.trim() } },
      { onSuccess: () => setLawArticle('') },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('investigations.offences.add')}>
      <Stack gap="xs">
        <Group gap="sm" align="end" wrap="wrap">
          <NativeSelect
            label={t('investigations.offences.code')}
            data={OFFENCE_CODES.map((value) => ({ value, label: t(OFFENCE_KEYS[value]) }))}
            value={code}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(OFFENCE_CODES, value)) setCode(value);
            }}
          />
          <TextInput
            className="grow"
            label={t('investigations.offences.lawArticle')}
            description={t('investigations.offences.lawArticleHint')}
            required
            dir="auto"
            maxLength={200}
            value={lawArticle}
            onChange={(event) => setLawArticle(event.currentTarget.value)}
          />
          <Button type="submit" loading={write.isPending} disabled={lawArticle.trim() === ''}>
            {t('investigations.offences.add')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

/** The offences the file is opened for, each with the article of national law. */
export function OffencesPanel({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offences-title">
      <Stack gap="sm">
        <Title order={3} id="offences-title">
          {t('investigations.offences.title')}
        </Title>
        {file.offences.length === 0 ? (
          <Text c="dimmed">{t('investigations.offences.none')}</Text>
        ) : (
          <Table striped withTableBorder verticalSpacing="xs" aria-labelledby="offences-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('investigations.offences.code')}</Table.Th>
                <Table.Th>{t('investigations.offences.lawArticle')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.offences.map((offence) => (
                <Table.Tr key={offence.id}>
                  <Table.Td>{t(OFFENCE_KEYS[offence.code])}</Table.Td>
                  <Table.Td>
                    <bdi>{offence.lawArticle}</bdi>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {acceptsNewContent(file.status) && <AddOffence investigationId={file.id} />}
      </Stack>
    </Paper>
  );
}
