import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JitExtension } from '#shared/contracts/jit.js';
import { useFormat } from '#web/lib/format.js';
import { UserText } from '#web/features/prosecutions/user-text.js';

/** Every extension of the agreement's duration, with who decided it and why. */
export function JitExtensions({ extensions }: { extensions: readonly JitExtension[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jit-extensions-title">
      <Title order={3} id="jit-extensions-title" mb="sm">
        {t('jit.extensions.title')}
      </Title>
      {extensions.length === 0 ? (
        <Text c="dimmed">{t('jit.extensions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('jit.extensions.previousEndsOn')}</Table.Th>
                <Table.Th>{t('jit.fields.newEndsOn')}</Table.Th>
                <Table.Th>{t('jit.fields.reason')}</Table.Th>
                <Table.Th>{t('jit.extensions.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {extensions.map((extension) => (
                <Table.Tr key={extension.at}>
                  <Table.Td className="nowrap">{format.day(extension.previousEndsOn)}</Table.Td>
                  <Table.Td className="nowrap">{format.day(extension.newEndsOn)}</Table.Td>
                  <Table.Td>
                    <UserText text={extension.reason} />
                  </Table.Td>
                  <Table.Td>
                    {extension.byName && <bdi>{extension.byName}</bdi>}
                    <Text size="xs" c="dimmed">
                      <time dateTime={extension.at}>{format.dateTime(extension.at)}</time>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
