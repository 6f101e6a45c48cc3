import { ATTACHMENT_TYPES, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '#shared/contracts/tips.js';

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export type EncodedAttachment = {
  filename: string;
  contentType: AttachmentType;
  dataBase64: string;
};
export type FileProblem = 'tooLarge' | 'wrongType' | 'tooMany';

function isAttachmentType(type: string): type is AttachmentType {
  return (ATTACHMENT_TYPES as readonly string[]).includes(type);
}

export function checkFiles(files: readonly File[]): { file: File | null; problem: FileProblem }[] {
  const problems: { file: File | null; problem: FileProblem }[] = [];
  if (files.length > MAX_ATTACHMENTS) problems.push({ file: null, problem: 'tooMany' });
  for (const file of files) {
    if (!isAttachmentType(file.type)) problems.push({ file, problem: 'wrongType' });
    else if (file.size > MAX_ATTACHMENT_BYTES) problems.push({ file, problem: 'tooLarge' });
  }
  return problems;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('file read failed'));
    };
    reader.readAsDataURL(file);
  });
}

async function encodeFile(file: File): Promise<EncodedAttachment[]> {
  const contentType = file.type;
  if (!isAttachmentType(contentType)) return [];
  return [{ filename: file.name, contentType, dataBase64: await readAsBase64(file) }];
}

export async function encodeFiles(files: readonly File[]): Promise<EncodedAttachment[]> {
  return (await Promise.all(files.map(encodeFile))).flat();
}
