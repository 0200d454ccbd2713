import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { type CliIo } from '../../server/cli/commands.js';
import { runCli } from '../../server/cli/index.js';
import { loadConfig } from '../../server/config.js';
import { systemClock } from '../../server/context.js';
import { type Database, openDatabase } from '../../server/db/client.js';
import { auditGebeurtenissen, personen, sessies } from '../../server/db/schema/index.js';
import { buildDriehoek, buildOrganisatie } from '../factories/index.js';

const WACHTWOORD = 'een-goed-wachtwoord';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'driehoek-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `driehoek …` in-process on the test's data folder; `answers` stand in for a terminal. */
async function cli(args: string[], env: Record<string, string> = {}, answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...(answers ? { prompt: async () => answers.shift() ?? '' } : {}),
  };
  const code = await runCli(args, io, { DATA_DIR: dir, LOG_LEVEL: 'silent', ...env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Opens the data folder the CLI uses (the CLI must not be running meanwhile). */
async function withFolder<T>(work: (database: Database) => Promise<T>, dataDir = dir): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function loginStatus(database: Database, email: string, wachtwoord = WACHTWOORD) {
  const app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dir }), clock: systemClock });
  try {
    const response = await app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord } });
    return response.statusCode;
  } finally {
    await app.close();
  }
}

describe('driehoek --help', () => {
  const helps = [
    ['--help'], ['serve', '--help'], ['migrate', '--help'], ['seed', '--help'],
    ['user', '--help'], ['user', 'add', '--help'], ['user', 'list', '--help'], ['user', 'disable', '--help'],
    ['token', '--help'], ['token', 'create', '--help'], ['token', 'list', '--help'], ['token', 'revoke', '--help'],
    ['audit', '--help'], ['audit', 'verify', '--help'],
  ];
  it.each(helps.map((args) => [args.join(' '), args]))('prints the usage of "%s" and exits 0', async (_name, args) => {
    const result = await cli(args as string[]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^(Gebruik|Driehoek)/);
    expect(result.err).toBe('');
  });

  it('lists every command in the overview', async () => {
    const { out } = await cli(['--help']);
    for (const name of ['serve', 'migrate', 'seed', 'user', 'token', 'audit']) expect(out).toContain(`  ${name} `);
  });
});

describe('bad arguments', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['frobnicate'], /Onbekend commando 'frobnicate'/],
    ['a group without an action', ['user'], /Geef een actie op: add, list, disable\.\nZie 'driehoek user --help'/],
    ['an unknown action', ['token', 'stelen'], /Onbekende actie 'stelen'/],
    ['an unknown option', ['user', 'add', '--wachtwoord', 'x'], /Onbekende optie --wachtwoord\.\nZie 'driehoek user add --help'/],
    ['an option without its value', ['user', 'disable', '--email'], /Optie --email heeft een waarde nodig/],
    ['missing required options', ['user', 'add', '--rol', 'beheerder'], /Ontbrekende opties: --email, --naam/],
    ['a malformed e-mail address and an unknown rol', ['user', 'add', '--email', 'geen-adres', '--naam', 'Piet', '--rol', 'koning'], /--email: geen geldig e-mailadres\.\n--rol: kies uit opdrachtgever/],
    ['a rol without its organisation', ['user', 'add', '--email', 'p@x.nl', '--naam', 'Piet', '--rol', 'opdrachtgever'], /--organisatie: de rol opdrachtgever hoort bij een organisatie/],
    ['a driehoek for a rol without one', ['user', 'add', '--email', 'p@x.nl', '--naam', 'Piet', '--rol', 'beheerder', '--driehoek', '01900000-0000-7000-8000-000000000000'], /--driehoek: de rol beheerder hoort niet bij een driehoek/],
    ['a token id that is no UUID', ['token', 'revoke', '--id', '12'], /--id: geef het id \(een UUID\)/],
    ['a token without a name', ['token', 'create', '--organisatie', 'SZW'], /Ontbrekende optie: --naam/],
  ];
  it.each(cases)('exits 2 with a Dutch message on %s', async (_name, args, message) => {
    const result = await cli(args, { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });

  it('exits 2 without a password when there is no terminal to ask it', async () => {
    const result = await cli(['user', 'add', '--email', 'p@x.nl', '--naam', 'Piet', '--rol', 'beheerder']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Geen wachtwoord: zet DRIEHOEK_WACHTWOORD, of start het commando in een terminal');
  });

  it('exits 2 on a password shorter than 12 characters', async () => {
    const result = await cli(['user', 'add', '--email', 'p@x.nl', '--naam', 'Piet', '--rol', 'beheerder'], { DRIEHOEK_WACHTWOORD: 'kort' });
    expect(result.code).toBe(2);
    expect(result.err).toContain('minstens 12 tekens');
  });
});

describe('driehoek user', () => {
  it('creates the first beheerder on an empty database, who can then log in', async () => {
    expect((await cli(['user', 'list'])).out).toContain('Nog geen personen');
    const result = await cli(['user', 'add', '--email', 'eerste@beheer.example', '--naam', 'Eerste Beheerder', '--rol', 'beheerder'], { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Toegevoegd: Eerste Beheerder <eerste@beheer.example> met rol beheerder \(id [0-9a-f-]{36}\)\.$/);
    expect((await cli(['user', 'list'])).out).toMatch(/eerste@beheer.example\s+Eerste Beheerder\s+actief\s+beheerder/);
    await withFolder(async (database) => {
      expect(await loginStatus(database, 'eerste@beheer.example')).toBe(201);
      const events = await database.db.select().from(auditGebeurtenissen).where(eq(auditGebeurtenissen.actorOmschrijving, 'cli'));
      expect(events.map((e) => `${e.entiteit} ${e.actie}`).sort()).toEqual(['persoon aangemaakt', 'rol aangemaakt']);
      expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/argon2|wachtwoord/i);
    });
  });

  it('asks the password twice at a prompt and refuses two different ones', async () => {
    const args = ['user', 'add', '--email', 'gevraagd@beheer.example', '--naam', 'Gevraagd', '--rol', 'beheerder'];
    const different = await cli(args, {}, [WACHTWOORD, 'iets-heel-anders']);
    expect(different.code).toBe(2);
    expect(different.err).toContain('De wachtwoorden zijn niet gelijk.');
    const same = await cli(args, {}, [WACHTWOORD, WACHTWOORD]);
    expect(same.code).toBe(0);
  });

  it('refuses an e-mail address that is taken', async () => {
    const result = await cli(['user', 'add', '--email', 'EERSTE@beheer.example', '--naam', 'Dubbel', '--rol', 'beheerder'], { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(result.code).toBe(1);
    expect(result.err).toBe('Fout: Er is al een persoon met e-mailadres EERSTE@beheer.example.');
  });

  it('refuses an ambiguous organisation, listing the candidates with their path, and accepts the id', async () => {
    const [a, b] = await withFolder(async (database) => {
      const minA = await buildOrganisatie(database.db, { naam: 'Ministerie A', afkorting: 'MINA' });
      const minB = await buildOrganisatie(database.db, { naam: 'Ministerie B', afkorting: 'MINB' });
      return [
        await buildOrganisatie(database.db, { soort: 'directoraat-generaal', parentId: minA.id, naam: 'DG Werk', afkorting: 'DGW' }),
        await buildOrganisatie(database.db, { soort: 'directoraat-generaal', parentId: minB.id, naam: 'DG Werk', afkorting: 'DGW2' }),
      ];
    });
    const args = ['user', 'add', '--email', 'og@dg.example', '--naam', 'Olga Opdrachtgever', '--rol', 'opdrachtgever'];
    const ambiguous = await cli([...args, '--organisatie', 'dg werk'], { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain("'dg werk' past bij 2 organisaties; gebruik het id:");
    expect(ambiguous.err).toContain(`${a!.id}  MINA › DG Werk`);
    expect(ambiguous.err).toContain(`${b!.id}  MINB › DG Werk`);

    const unknown = await cli([...args, '--organisatie', 'DG Spelen'], { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(unknown).toMatchObject({ code: 1, err: "Fout: Geen organisatie met id, naam of afkorting 'DG Spelen'." });

    const byId = await cli([...args, '--organisatie', b!.id], { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(byId.code).toBe(0);
    expect(byId.out).toContain('met rol opdrachtgever bij MINB › DG Werk');
  });

  it('keeps the rules of a rol: an opdrachtnemer sits at the agency of the driehoek', async () => {
    const { driehoek, uitvoeringsorganisatieId } = await withFolder((database) => buildDriehoek(database.db));
    const args = ['user', 'add', '--email', 'on@dienst.example', '--naam', 'Otto Opdrachtnemer', '--rol', 'opdrachtnemer', '--driehoek', driehoek.id];
    const outside = await cli([...args, '--organisatie', 'MINA'], { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(outside.code).toBe(2);
    expect(outside.err).toContain('--organisatie: een opdrachtnemer hoort bij de uitvoeringsorganisatie van deze driehoek of een onderdeel daarvan.');
    const unknown = await cli([...args.slice(0, -1), '01900000-0000-7000-8000-000000000000', '--organisatie', uitvoeringsorganisatieId], { DRIEHOEK_WACHTWOORD: WACHTWOORD });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--driehoek: deze driehoek bestaat niet.');
    expect((await cli([...args, '--organisatie', uitvoeringsorganisatieId], { DRIEHOEK_WACHTWOORD: WACHTWOORD })).code).toBe(0);
  });

  it('disables an account: its sessions end and it can no longer log in', async () => {
    await withFolder(async (database) => {
      expect(await loginStatus(database, 'og@dg.example')).toBe(201);
    });
    const result = await cli(['user', 'disable', '--email', 'og@dg.example']);
    expect(result).toMatchObject({ code: 0, out: 'Uitgeschakeld: Olga Opdrachtgever <og@dg.example>; lopende sessies zijn beëindigd.' });
    await withFolder(async (database) => {
      const [persoon] = await database.db.select().from(personen).where(eq(personen.email, 'og@dg.example'));
      expect(persoon!.isActief).toBe(false);
      expect(await database.db.select().from(sessies).where(eq(sessies.persoonId, persoon!.id))).toEqual([]);
      expect(await loginStatus(database, 'og@dg.example')).toBe(401);
    });
    expect((await cli(['user', 'disable', '--email', 'og@dg.example'])).out).toContain('was al uitgeschakeld');
    expect((await cli(['user', 'list'])).out).toMatch(/og@dg.example\s+Olga Opdrachtgever\s+uitgeschakeld/);
    expect(await cli(['user', 'disable', '--email', 'niemand@dg.example'])).toMatchObject({ code: 1, err: 'Fout: Geen persoon met e-mailadres niemand@dg.example.' });
  });
});

describe('driehoek token', () => {
  it('prints a new token once, lists only its prefix and revokes it', async () => {
    const created = await cli(['token', 'create', '--organisatie', 'MINA', '--naam', 'Zaaksysteem MINA']);
    expect(created.code).toBe(0);
    const token = created.out.split('\n').find((line) => line.startsWith('dh_'))!;
    expect(token).toMatch(/^dh_[A-Za-z0-9_-]{43}$/);
    const id = /\(id ([0-9a-f-]{36})\)/.exec(created.out)![1]!;

    const listed = await cli(['token', 'list']);
    expect(listed.out).toContain(`${id}  ${token.slice(0, 11)}…  Zaaksysteem MINA`);
    expect(listed.out).not.toContain(token);

    expect(await cli(['token', 'revoke', '--id', id])).toMatchObject({ code: 0, out: "Ingetrokken: API-token 'Zaaksysteem MINA' van Ministerie A." });
    expect((await cli(['token', 'revoke', '--id', id])).out).toContain('was al ingetrokken');
    expect((await cli(['token', 'list'])).out).toBe('Er zijn geen actieve API-tokens.');
    expect((await cli(['token', 'list', '--alle'])).out).toContain('ingetrokken');
  });
});

describe('driehoek audit verify', () => {
  it('reports an intact chain, and names the altered event with exit 1', async () => {
    const intact = await cli(['audit', 'verify']);
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/^Auditketen intact: \d+ gebeurtenissen$/);

    const target = await withFolder(async (database) => {
      const [event] = await database.db.select().from(auditGebeurtenissen).where(eq(auditGebeurtenissen.entiteit, 'api-token')).limit(1);
      await database.db.execute(sql`update audit_gebeurtenissen set payload = jsonb_set(payload, '{na,naam}', '"Vervalst"') where id = ${event!.id}`);
      return event!;
    });
    const broken = await cli(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(`Auditketen gebroken bij gebeurtenis ${target.volgnummer} (id ${target.id}): de inhoud (voor/na) is gewijzigd.`);
  });
});

describe('an embedded database in use by another process', () => {
  let holder: ChildProcess | undefined;
  const lockedDir = () => join(dir, 'vergrendeld');
  afterAll(() => {
    holder?.kill('SIGKILL');
  });

  it('says so clearly and exits non-zero, and works again once the other process stops', async () => {
    holder = spawn(process.execPath, ['--import', 'tsx', 'tests/setup/hold-data-dir.ts', lockedDir()], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder!.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('klaar')) resolve();
      });
      holder!.once('exit', (code) => reject(new Error(`het andere proces stopte (${code})`)));
    });
    const result = await cli(['user', 'list'], { DATA_DIR: lockedDir() });
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Fout: De ingebouwde database in ${lockedDir()} is in gebruik door proces ${holder.pid} (draait de server?). Stop de server of gebruik de API.`);

    await new Promise((resolve) => {
      holder!.once('exit', resolve);
      holder!.kill('SIGTERM');
    });
    holder = undefined;
    expect((await cli(['audit', 'verify'], { DATA_DIR: lockedDir() })).code).toBe(0);
  });
});
