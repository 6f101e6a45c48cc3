import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TipReceipt } from '#shared/contracts/tips.js';
import { useFormat } from '#web/lib/format.js';

type Props = { receipt: z.infer<typeof TipReceipt>; onAnother: () => void };

export function ReceiptCard({ receipt, onAnother }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2}>{t('report.receiptTitle')}</Title>
        <Alert color="teal" role="status">
          {t('report.receiptBody', { date: format.dateTime(receipt.receivedAt) })}
        </Alert>
        <TextInput
          label={t('report.receiptReference')}
          value={receipt.reference}
          readOnly
          dir="ltr"
          size="lg"
          classNames={{ input: 'reference' }}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Text size="sm" c="dimmed">
          {t('report.receiptKeep')}
        </Text>
        <Button variant="light" onClick={onAnother}>
          {t('report.another')}
        </Button>
      </Stack>
    </Paper>
  );
}
