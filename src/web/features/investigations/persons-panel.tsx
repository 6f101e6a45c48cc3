import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail, InvestigationPerson } from '#shared/contracts/investigations.js';
import { acceptsNewContent, canDecideNonPunishment } from '#shared/domain/investigation.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { REVIEWER_ROLES } from './investigations-api.js';
import { PersonCard } from './person-card.js';
import { PersonModal } from './person-modal.js';
import { ReviewModal } from './review-modal.js';

type Dialog =
  | { kind: 'person'; person: InvestigationPerson | null }
  | { kind: 'review'; person: InvestigationPerson };

/** Suspects, witnesses and persons of interest; a possible victim among suspects is flagged. */
export function PersonsPanel({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const isReviewer = hasAnyRole(useSession().data, REVIEWER_ROLES);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const isOpen = acceptsNewContent(file.status);
  const pending = file.persons.filter((person) => person.isReviewRequired).length;
  return (
    <Stack gap="sm">
      {pending > 0 && (
        <Text c="red.8" fw={600} role="status">
          {t('investigations.review.pendingCount', { count: pending })}
        </Text>
      )}
      {file.persons.length === 0 ? (
        <Text c="dimmed">{t('investigations.persons.none')}</Text>
      ) : (
        file.persons.map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            mayEdit={isOpen}
            mayReview={isReviewer && canDecideNonPunishment(person.nonPunishmentReview)}
            onEdit={() => setDialog({ kind: 'person', person })}
            onReview={() => setDialog({ kind: 'review', person })}
          />
        ))
      )}
      {isOpen && (
        <Group>
          <Button onClick={() => setDialog({ kind: 'person', person: null })}>
            {t('investigations.persons.add')}
          </Button>
        </Group>
      )}
      {dialog?.kind === 'person' && (
        <PersonModal file={file} person={dialog.person} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'review' && (
        <ReviewModal
          investigationId={file.id}
          person={dialog.person}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
