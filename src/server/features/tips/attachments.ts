import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES } from '#shared/contracts/tips.js';
import { InvalidInputError } from '#server/platform/errors.js';

const SIGNATURES: Record<string, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

export type CheckedAttachment = {
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
};

/** The declared type must match the file's magic bytes: a renamed executable is refused. */
export function checkAttachment(
  input: { filename: string; contentType: string; dataBase64: string },
  index: number,
): CheckedAttachment {
  const content = Buffer.from(input.dataBase64, 'base64');
  const signature = SIGNATURES[input.contentType] ?? [];
  const isTypeOk = signature.length > 0 && signature.every((byte, i) => content[i] === byte);
  if (content.length === 0 || content.length > MAX_ATTACHMENT_BYTES || !isTypeOk) {
    throw new InvalidInputError('tip.attachment_invalid', 'errors.attachmentInvalid', [
      { path: `body.attachments.${String(index)}`, message: 'size or type not accepted' },
    ]);
  }
  return {
    filename: input.filename,
    contentType: input.contentType,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
