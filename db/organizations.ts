// The organizations tables mirror the gazetteer the extractors use. The mirror is refreshed
// only when the gazetteer changed (its hash is kept as the table's comment).
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from './client';
import { organizationAliases, organizations } from './schema';

export interface OrganizationSeed {
  id: string;
  name: string;
  kind: string;
  parent: string | null;
  aliases: readonly string[];
}

const SYNC_LOCK_KEY = 74_202_612;

// organization_families read once per database and process: organizations change only in
// syncOrganizations, which drops the copy. A save with deals used to join the recursive view
// twice, most of a millisecond of server CPU per page (diag measurement, 2026-12-03).
const familiesByDatabase = new WeakMap<Database, Promise<ReadonlyMap<string, string>>>();

/** Each stored organization's family (its root in the gazetteer), as the organization_families view says. */
export function organizationFamilies(database: Database): Promise<ReadonlyMap<string, string>> {
  let families = familiesByDatabase.get(database);
  if (!families) {
    families = database
      .exclusive(() => selectRows<{ id: string; family_id: string }>(database.db, sql`SELECT id, family_id FROM organization_families`))
      .then((rows) => new Map(rows.map((r) => [r.id, r.family_id])));
    familiesByDatabase.set(database, families);
    families.catch(() => familiesByDatabase.delete(database));
  }
  return families;
}

/** Makes the tables match the gazetteer; returns the set of organization ids now stored. */
export async function syncOrganizations(database: Database, seeds: readonly OrganizationSeed[]): Promise<Set<string>> {
  const hash = createHash('sha256').update(JSON.stringify(seeds)).digest('hex').slice(0, 16);
  const marker = `gazetteer:${hash}`;
  familiesByDatabase.delete(database);
  await database.exclusive(() =>
    database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${SYNC_LOCK_KEY})`);
      const [current] = await selectRows<{ comment: string | null }>(
        tx,
        sql`SELECT obj_description('organizations'::regclass, 'pg_class') AS comment`,
      );
      if (current?.comment === marker) return;
      await tx.delete(organizationAliases);
      if (seeds.length > 0) {
        await tx
          .insert(organizations)
          .values(seeds.map((o) => ({ id: o.id, name: o.name, kind: o.kind, parentId: o.parent })))
          .onConflictDoUpdate({
            target: organizations.id,
            set: { name: sql`excluded.name`, kind: sql`excluded.kind`, parentId: sql`excluded.parent_id` },
          });
        const seen = new Set<string>();
        const aliases = seeds.flatMap((o) =>
          [o.name, ...o.aliases]
            .filter((a) => {
              const key = a.toLowerCase();
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            })
            .map((alias) => ({ alias, organizationId: o.id })),
        );
        await tx.insert(organizationAliases).values(aliases);
      }
      await tx.execute(sql.raw(`COMMENT ON TABLE organizations IS '${marker}'`));
    }),
  );
  return new Set(seeds.map((o) => o.id));
}
