import { z } from 'zod';
import { ROLLEN, ROLLEN_ZONDER_DRIEHOEK, type RolSoort } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, forbidden, invalid, type InvalidParam, registerErrorCodes } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { auditFromContext } from '../audit/audit.service.js';
import { endSessiesVanPersoon } from '../sessies/sessies.service.js';
import { hashWachtwoord, MIN_WACHTWOORD_LENGTE } from '../sessies/wachtwoord.js';
import * as repo from './accounts.repository.js';
import { checkRol } from './rol-validatie.js';

registerErrorCodes({
  'account-bestaat-al': { status: 409, title: 'Account bestaat al' },
  'account-niet-gevonden': { status: 404, title: 'Account niet gevonden' },
});

/** A new account with its first role, as the CLI (`driehoek user add`) asks for it. */
export interface AccountInvoer {
  email: string;
  naam: string;
  rol: string;
  organisatieId: string | null;
  driehoekId: string | null;
  wachtwoord?: string | undefined;
}

const emailSchema = z.email();

/**
 * Checks a new account before anything is written, all problems at once: an e-mail address,
 * a known rol, an organisation for every rol but beheerder, a driehoek only where a rol has one.
 */
export function checkAccountInvoer(input: AccountInvoer): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (!emailSchema.safeParse(input.email).success) problems.push({ name: 'email', code: 'ongeldig', reason: 'geen geldig e-mailadres' });
  if (input.naam.trim().length < 2) problems.push({ name: 'naam', code: 'te-kort', reason: 'minstens 2 tekens' });
  const rol = input.rol as RolSoort;
  if (!ROLLEN.includes(rol)) {
    problems.push({ name: 'rol', code: 'onbekend', reason: `kies uit ${ROLLEN.join(', ')}` });
  } else {
    if (rol !== 'beheerder' && !input.organisatieId) {
      problems.push({ name: 'organisatieId', code: 'verplicht', reason: `de rol ${rol} hoort bij een organisatie` });
    }
    if (ROLLEN_ZONDER_DRIEHOEK.includes(rol) && input.driehoekId) {
      problems.push({ name: 'driehoekId', code: 'niet-toegestaan', reason: `de rol ${rol} hoort niet bij een driehoek` });
    }
    if (rol === 'procescoordinator' && !input.driehoekId) {
      problems.push({ name: 'driehoekId', code: 'verplicht', reason: 'een procescoördinator hoort bij een driehoek' });
    }
  }
  if (input.wachtwoord !== undefined && input.wachtwoord.length < MIN_WACHTWOORD_LENGTE) {
    problems.push({ name: 'wachtwoord', code: 'te-kort', reason: `minstens ${MIN_WACHTWOORD_LENGTE} tekens` });
  }
  return problems;
}

function requireBeheerder(ctx: ServiceContext): void {
  if (!ctx.actor.isBeheerder) throw forbidden('Alleen een beheerder mag accounts beheren.');
}

/**
 * Creates a person with a password and one role valid from today, audited in one
 * transaction. On an empty database this is how the first beheerder comes to be.
 */
export async function createAccount(ctx: ServiceContext, input: AccountInvoer) {
  requireBeheerder(ctx);
  const problems = checkAccountInvoer(input);
  if (problems.length) throw invalid(problems);
  const wachtwoordHash = input.wachtwoord ? await hashWachtwoord(input.wachtwoord) : null;
  const now = ctx.clock.now();
  const rol = { rol: input.rol as RolSoort, organisatieId: input.organisatieId, driehoekId: input.driehoekId, geldigVan: amsterdamToday(now), geldigTot: null };
  try {
    return await ctx.db.transaction(async (tx) => {
      if (await repo.findPersoonByEmail(tx, input.email)) throw bestaatAl(input.email);
      // The same rules as granting a rol through the API: the corner of the driehoek, and so on.
      await checkRol(tx, rol);
      const persoon = await repo.insertPersoon(tx, {
        id: newId(),
        naam: input.naam.trim(),
        email: input.email.trim(),
        wachtwoordHash,
        createdAt: now,
        updatedAt: now,
      });
      const created = await repo.insertRol(tx, { id: newId(), persoonId: persoon.id, ...rol, createdAt: now, updatedAt: now });
      await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'persoon', entiteitId: persoon.id, na: persoon });
      await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'rol', entiteitId: created.id, na: created });
      return { persoon, rol: created };
    });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw bestaatAl(input.email);
    throw error;
  }
}

function bestaatAl(email: string): AppError {
  return new AppError('account-bestaat-al', `Er is al een persoon met e-mailadres ${email}.`);
}

/** Every person with their current roles, for `driehoek user list`. */
export async function listAccounts(db: DbOrTx, now: Date) {
  const rows = await repo.listAccounts(db, amsterdamToday(now));
  return rows.map((r) => ({
    id: r.id,
    naam: r.naam,
    email: r.email,
    isActief: r.is_actief,
    heeftWachtwoord: r.heeft_wachtwoord,
    rollen: r.rollen ?? [],
  }));
}

/**
 * Disables an account: the person can no longer log in and every session of theirs ends at
 * once. Their roles and history stay. Disabling a disabled account changes nothing.
 */
export async function disableAccount(ctx: ServiceContext, email: string) {
  requireBeheerder(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findPersoonByEmail(tx, email);
    if (!before) throw new AppError('account-niet-gevonden', `Geen persoon met e-mailadres ${email}.`);
    if (!before.isActief) return { persoon: before, isAlUitgeschakeld: true };
    const after = await repo.setPersoonActief(tx, before.id, false, ctx.clock.now());
    await endSessiesVanPersoon(tx, before.id);
    await auditFromContext(tx, ctx, { actie: 'uitgeschakeld', entiteit: 'persoon', entiteitId: before.id, voor: before, na: after });
    return { persoon: after ?? before, isAlUitgeschakeld: false };
  });
}
