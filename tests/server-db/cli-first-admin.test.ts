import { expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { runCli } from '../../server/cli/index.js';
import { loadConfig } from '../../server/config.js';
import { createTestDatabase } from '../setup/database.js';

// On a server database there are no demo accounts: `driehoek user add --rol beheerder` makes the first admin.
it('creates the first beheerder on an empty server database, who can then log in', async () => {
  const database = await createTestDatabase();
  try {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const code = await runCli(
      ['user', 'add', '--email', 'server@beheer.example', '--naam', 'Server Beheerder', '--rol', 'beheerder'],
      io,
      { DATABASE_URL: database.url!, DRIEHOEK_WACHTWOORD: 'een-goed-wachtwoord', LOG_LEVEL: 'silent' },
    );
    expect(code, lines.join('\n')).toBe(0);
    const app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent' }) });
    try {
      const response = await app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: 'server@beheer.example', wachtwoord: 'een-goed-wachtwoord' } });
      expect(response.statusCode).toBe(201);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
});
