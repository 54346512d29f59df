// drizzle-kit reads this to generate migrations from db/schema.ts (`npm run db:generate -- --name what_changed`).
// Generation needs no database; migrations are committed and applied by `dealdb migrate` or on first use.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
});
