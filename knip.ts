import type { KnipConfig } from "knip";

// knip finds the scripts/ of package.json's scripts itself; its vitest plugin the config,
// test/**/*.test.ts and bench/**/*.bench.ts; its prisma plugin prisma.config.ts and the schema. The
// entries below are files nothing imports or names that run anyway.
const config: KnipConfig = {
  entry: [
    // `npm start` and the command-line tools of package.json run their compiled form (dist/…js).
    "src/main.ts",
    "src/*-cli.ts",
    "src/demo-seed.ts",
    "src/store/migrate/cli.ts",
    // The playground page loads it with <script type="module"> from public/index.html.
    "src/playground/public/app.js",
    // Child processes the benchmarks start by path.
    "bench/processes/*.{ts,mjs}",
    // Child processes the integration tests start by path (`node --import tsx <file>`).
    "test/helpers/lock-racer.ts",
    "test/integration/**/*-worker.ts",
  ],
  project: [
    "src/**/*.{ts,js}",
    "scripts/**/*.ts",
    "bench/**/*.{ts,mjs}",
    "test/**/*.ts",
    "*.ts",
    "prisma/**/*.prisma",
  ],
  ignoreDependencies: [
    // Loaded with createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") in
    // test/unit/bot/teams/adaptive-card-validator.ts, a call knip does not follow.
    "adaptivecards",
    // Its binary (agentsplayground) is started by path from scripts/teams-playground.ts and the e2e test.
    "@microsoft/m365agentsplayground",
  ],
  ignoreBinaries: [
    // util-linux's CPU pinning, started by bench/slack-ack.bench.ts where the machine has it.
    "taskset",
  ],
};

export default config;
