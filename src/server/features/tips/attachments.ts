import { MAX_ATTACHMENT_BYTES } from '#shared/contracts/tips.js';
import { checkFile, type CheckedFile } from '#server/platform/files/check-file.js';

export type CheckedAttachment = CheckedFile;

/** A tip attachment: at most 2 MiB, PDF, JPEG or PNG whose bytes match the declared type. */
export function checkAttachment(
  input: { filename: string; contentType: string; dataBase64: string },
  index: number,
): CheckedAttachment {
  return checkFile(input, {
    maxBytes: MAX_ATTACHMENT_BYTES,
    fieldPath: `body.attachments.${String(index)}`,
    errorCode: 'tip.attachment_invalid',
  });
}
