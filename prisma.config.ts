import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate). Migrations are applied by src/store/migrate,
// which works offline; the url here only matters for `prisma migrate deploy` on a
// connected machine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/nabuur" },
});
