import { createHash } from 'node:crypto';
import { InvalidInputError } from '../errors.js';

/** Magic bytes of the file types the platform accepts from users. */
const SIGNATURES: Record<string, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

export type CheckedFile = {
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
};

/**
 * Decodes an uploaded file and checks it: not empty, within `maxBytes`, and its declared type
 * matches its magic bytes (a renamed executable is refused).
 */
export function checkFile(
  input: { filename: string; contentType: string; dataBase64: string },
  options: { maxBytes: number; fieldPath: string; errorCode: string },
): CheckedFile {
  const content = Buffer.from(input.dataBase64, 'base64');
  const signature = SIGNATURES[input.contentType] ?? [];
  const isTypeOk = signature.length > 0 && signature.every((byte, i) => content[i] === byte);
  if (content.length === 0 || content.length > options.maxBytes || !isTypeOk) {
    throw new InvalidInputError(options.errorCode, 'errors.attachmentInvalid', [
      { path: options.fieldPath, message: 'size or type not accepted' },
    ]);
  }
  return {
    filename: input.filename,
    contentType: input.contentType,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
