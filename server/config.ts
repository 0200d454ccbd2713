import { z } from 'zod';

/**
 * The only reader of process.env. Every setting is optional; an invalid one stops the
 * process at start-up with a message naming the variable (fail fast).
 */
const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres://').optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  SMTP_URL: z.string().optional(),
  SECURITY_CONTACT: z.string().min(1).default('mailto:security@driehoek.example'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DRIEHOEK_WACHTWOORD: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  publicUrl: URL | undefined;
  /** True when PUBLIC_URL is https: turns on Secure/__Host- cookies and HSTS. */
  isHttps: boolean;
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined } | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  smtpUrl: string | undefined;
  securityContact: string;
  logLevel: Env['LOG_LEVEL'];
  cliPassword: string | undefined;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) {
    throw new Error('Ongeldige configuratie:\n  OIDC_CLIENT_ID: verplicht als OIDC_ISSUER is gezet');
  }
  const publicUrl = e.PUBLIC_URL ? new URL(e.PUBLIC_URL) : undefined;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    isHttps: publicUrl?.protocol === 'https:',
    oidc: e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET }
      : undefined,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    smtpUrl: e.SMTP_URL,
    securityContact: e.SECURITY_CONTACT,
    logLevel: e.LOG_LEVEL,
    cliPassword: e.DRIEHOEK_WACHTWOORD,
  };
}

/** The process environment, for the CLI entry point (only this module touches process.env). */
export function processEnv(): Record<string, string | undefined> {
  return process.env;
}
