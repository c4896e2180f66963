/** Labels and sentences of the case cards: Dutch (default) and English, same keys. */
import type { Locale } from "../../model.ts";
import { en } from "./ui-en.ts";
import { nl } from "./ui-nl.ts";
import type { UiTexts } from "./ui-types.ts";

export type { UiTexts } from "./ui-types.ts";

export const uiTexts: Record<Locale, UiTexts> = { nl, en };
