import type { z } from 'zod';
import { ErrorBody } from '#shared/contracts/error.js';
import type { Locale } from '#shared/i18n/locales.js';

type ErrorDetail = ErrorBody['error'];

/** A failed API call; `detail` is the server's error body when there was one. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly detail: ErrorDetail | null;

  constructor(status: number, detail: ErrorDetail | null) {
    super(detail?.code ?? `http.${String(status)}`);
    this.status = status;
    this.detail = detail;
  }
}

export type ApiClient = {
  get: <S extends z.ZodType>(path: string, schema: S) => Promise<z.infer<S>>;
  send: <S extends z.ZodType>(
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    schema: S | null,
  ) => Promise<z.infer<S>>;
};

export type ApiClientOptions = {
  getLocale: () => Locale;
  getCsrfToken: () => string | undefined;
};

async function readError(response: Response): Promise<ApiError> {
  try {
    const parsed = ErrorBody.safeParse(await response.json());
    return new ApiError(response.status, parsed.success ? parsed.data.error : null);
  } catch {
    return new ApiError(response.status, null);
  }
}

async function readBody<S extends z.ZodType>(response: Response, schema: S | null) {
  if (schema === null || response.status === 204) return undefined as z.infer<S>;
  const parsed = schema.safeParse(await response.json());
  // A response outside the contract is a server bug; surface it instead of rendering garbage.
  if (!parsed.success) throw new ApiError(-1, null);
  return parsed.data;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  async function request<S extends z.ZodType>(
    method: string,
    path: string,
    body: unknown,
    schema: S | null,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': options.getLocale(),
    };
    if (method !== 'GET') {
      const csrfToken = options.getCsrfToken();
      if (csrfToken) headers['x-csrf-token'] = csrfToken;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, null);
    }
    if (!response.ok) throw await readError(response);
    return readBody(response, schema);
  }
  return {
    get: (path, schema) => request('GET', path, undefined, schema),
    send: (method, path, body, schema) => request(method, path, body, schema),
  };
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
