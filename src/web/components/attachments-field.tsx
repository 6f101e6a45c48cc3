import { CloseButton, Group, Input, List, Text } from '@mantine/core';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '#shared/contracts/tips.js';
import { checkFiles, type FileProblem } from '#web/lib/files.js';
import { useFormat } from '#web/lib/format.js';

type Props = { files: File[]; onChange: (files: File[]) => void };

function useProblemText() {
  const { t } = useTranslation();
  const format = useFormat();
  const size = format.bytes(MAX_ATTACHMENT_BYTES);
  return (problem: FileProblem, name: string) => {
    if (problem === 'tooMany') return t('report.attachmentTooMany', { count: MAX_ATTACHMENTS });
    if (problem === 'tooLarge') return t('report.attachmentTooLarge', { name, size });
    return t('report.attachmentWrongType', { name });
  };
}

/** A native file input (keyboard- and screen-reader-friendly) plus the chosen files. */
export function AttachmentsField({ files, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const problemText = useProblemText();
  const problems = checkFiles(files);
  const add = (list: FileList | null) => {
    onChange([...files, ...Array.from(list ?? [])]);
    if (inputRef.current) inputRef.current.value = '';
  };
  return (
    <Input.Wrapper
      label={t('report.attachments')}
      description={t('report.attachmentsHint', {
        count: MAX_ATTACHMENTS,
        size: format.bytes(MAX_ATTACHMENT_BYTES),
      })}
      id={inputId}
      error={
        problems.length > 0
          ? problems.map((p) => problemText(p.problem, p.file?.name ?? '')).join(' ')
          : null
      }
    >
      {/* The native input keeps keyboard and screen-reader support; the visible, translated
          button is its label, since the browser's own "Choose files" text follows the OS language. */}
      <div className="file-picker">
        <input
          id={inputId}
          ref={inputRef}
          className="file-picker-input"
          type="file"
          multiple
          accept={ATTACHMENT_TYPES.join(',')}
          disabled={files.length >= MAX_ATTACHMENTS}
          onChange={(event) => add(event.currentTarget.files)}
        />
        <label htmlFor={inputId} className="file-picker-button">
          {t('report.chooseFiles')}
        </label>
      </div>
      {files.length > 0 && (
        <List mt="xs" listStyleType="none" spacing={4}>
          {files.map((file, index) => (
            <List.Item key={`${file.name}-${String(index)}`}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">
                  <bdi>{file.name}</bdi> · {format.bytes(file.size)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('report.removeAttachment', { name: file.name })}
                  onClick={() => onChange(files.filter((_, other) => other !== index))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Input.Wrapper>
  );
}
