/** Writes docs/guideline.md from the step registry (npm run docs:guideline). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { guidelineDoc } from "../src/flows/steps/guideline-doc.ts";

writeFileSync(join(import.meta.dirname, "../docs/guideline.md"), guidelineDoc());
