import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import { acceptsNewContent } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { STATUS_COLORS, TRAFFICKING_STATUS_KEYS } from '#web/features/victims/victim-labels.js';
import { useFormat } from '#web/lib/format.js';
import { LINK_BASIS_KEYS } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';
import { VictimLinkForm } from './victim-link-form.js';

/**
 * Victims linked to the file: the case reference and the trafficking status only. Assistance data
 * stays behind the victim-protection wall; the link itself records its consent or legal basis.
 */
export function VictimLinksPanel({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoke = useInvestigationWrite(file.id);
  const isOpen = acceptsNewContent(file.status);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="victim-links-title">
      <Stack gap="sm">
        <Title order={3} id="victim-links-title">
          {t('investigations.victims.title')}
        </Title>
        {file.victimLinks.length === 0 ? (
          <Text c="dimmed">{t('investigations.victims.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table
              striped
              withTableBorder
              verticalSpacing="xs"
              aria-labelledby="victim-links-title"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('investigations.victims.case')}</Table.Th>
                  <Table.Th>{t('investigations.victims.status')}</Table.Th>
                  <Table.Th>{t('investigations.victims.basis')}</Table.Th>
                  <Table.Th>{t('investigations.linkedAt')}</Table.Th>
                  <Table.Th>{t('investigations.actionsColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {file.victimLinks.map((link) => (
                  <Table.Tr key={link.id} className={link.revokedAt ? 'withdrawn-row' : undefined}>
                    <Table.Td>
                      <bdi className="reference">{link.caseReference}</bdi>
                    </Table.Td>
                    <Table.Td>
                      {link.traffickingStatus && (
                        <Badge color={STATUS_COLORS[link.traffickingStatus]} variant="light">
                          {t(TRAFFICKING_STATUS_KEYS[link.traffickingStatus])}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t(LINK_BASIS_KEYS[link.basis])}
                      {link.legalBasis && (
                        <Text size="xs" c="dimmed">
                          <bdi>{link.legalBasis}</bdi>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <time dateTime={link.linkedAt}>{format.date(link.linkedAt)}</time>
                      {link.linkedByName && (
                        <Text size="xs" c="dimmed">
                          <bdi>{link.linkedByName}</bdi>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {link.revokedAt ? (
                        <Text size="sm">
                          {t('investigations.victims.revokedOn', {
                            date: format.date(link.revokedAt),
                          })}
                        </Text>
                      ) : (
                        isOpen && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            color="red"
                            aria-label={t('investigations.victims.revokeNamed', {
                              reference: link.caseReference,
                            })}
                            loading={revoke.isPending && revoke.variables.path.endsWith(link.id)}
                            onClick={() =>
                              revoke.mutate({
                                method: 'DELETE',
                                path: `/victim-links/${encodeURIComponent(link.id)}`,
                              })
                            }
                          >
                            {t('investigations.victims.revoke')}
                          </Button>
                        )
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ErrorAlert error={revoke.error} />
        {isOpen && <VictimLinkForm file={file} />}
      </Stack>
    </Paper>
  );
}
