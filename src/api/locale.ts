/** The language of the answer: Dutch unless the caller prefers English (`Accept-Language: en`). */
import type { Request } from "express";
import type { Locale } from "../flows/model.ts";

export function localeOf(req: Request): Locale {
  const header = req.get("accept-language");
  if (!header) return "nl";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((item) => item.tag !== "" && Number.isFinite(item.q) && item.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "nl" || tag.startsWith("nl-")) return "nl";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "nl";
}
