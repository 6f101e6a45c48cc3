import { z } from 'zod';

/** `id:base64` pairs, comma-separated: the data keys after key 1 (ids 2..255, each once). */
const DataKeyListSchema = z
  .string()
  .transform((list) =>
    list.split(',').map((entry) => {
      const at = entry.indexOf(':');
      const id = at < 0 ? Number.NaN : Number(entry.slice(0, at).trim());
      return { id, keyBase64: entry.slice(at + 1).trim() };
    }),
  )
  .pipe(
    z
      .array(z.object({ id: z.number().int().min(2).max(255), keyBase64: z.string().min(1) }))
      .refine((keys) => new Set(keys.map((key) => key.id)).size === keys.length, {
        message: 'each key id appears once',
      }),
  );

/** The only reader of process.env: parsed once, validated, frozen. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./var'),
  DATABASE_URL: z.url().optional(),
  NODE_COUNTRY: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('LBY'),
  TANSIQ_DATA_KEY: z.string().optional(),
  TANSIQ_DATA_KEYS: DataKeyListSchema.optional(),
  TANSIQ_DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  TANSIQ_TEST_CLOCK: z.enum(['true', 'false']).default('false'),
});

export type AppConfig = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  nodeCountry: string;
  dataKeyBase64: string | undefined;
  /** Keys 2..255 from TANSIQ_DATA_KEYS; key 1 is dataKeyBase64. */
  extraDataKeys: readonly { id: number; keyBase64: string }[];
  seedDemoOnEmpty: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  cookieSecure: boolean;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Headless Chromium that prints documents to PDF. */
  chromiumPath: string;
  /** Demo/end-to-end nodes only: lets the administrator move the clock forward. */
  testClock: boolean;
}>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set" (shells and CI often export VAR= to clear one).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.parse(present);
  // Moving time on a node that holds real cases would fire real deadlines: demo nodes only.
  if (parsed.TANSIQ_TEST_CLOCK === 'true' && parsed.DATABASE_URL && parsed.TANSIQ_DEMO !== 'true') {
    throw new Error('TANSIQ_TEST_CLOCK needs a demo node (embedded database or TANSIQ_DEMO=true)');
  }
  return Object.freeze({
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: parsed.DATA_DIR,
    databaseUrl: parsed.DATABASE_URL,
    nodeCountry: parsed.NODE_COUNTRY,
    dataKeyBase64: parsed.TANSIQ_DATA_KEY,
    extraDataKeys: parsed.TANSIQ_DATA_KEYS ?? [],
    // Demo data only ever appears by default in the embedded database, never on a server database.
    seedDemoOnEmpty: parsed.TANSIQ_DEMO ? parsed.TANSIQ_DEMO === 'true' : !parsed.DATABASE_URL,
    logLevel: parsed.LOG_LEVEL,
    cookieSecure: parsed.COOKIE_SECURE === 'true',
    trustProxy: parsed.TRUST_PROXY === 'true',
    sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES,
    sessionMaxHours: parsed.SESSION_MAX_HOURS,
    chromiumPath: parsed.CHROMIUM_PATH,
    testClock: parsed.TANSIQ_TEST_CLOCK === 'true',
  });
}
