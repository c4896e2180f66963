/**
 * Form values between the neutral form model and Adaptive Card inputs. A datetime field is an
 * Input.Date plus an Input.Time on the Europe/Amsterdam wall clock; the flows get one ISO string
 * in UTC, exactly as from Slack's datetimepicker.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { AMSTERDAM_TIME_ZONE } from "../../flows/calendar/amsterdam.ts";
import type { FormField } from "../../flows/cards/card.ts";
import type { Locale } from "../../flows/model.ts";
import { teamsTexts } from "./texts.ts";

/** The Input.Time of datetime field `x` has the id `x__time`; the Input.Date has the field id. */
export const TIME_INPUT_SUFFIX = "__time";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/** An instant as the Amsterdam calendar date ("2025-03-01") and wall-clock time ("14:30"). */
export function amsterdamDateAndTime(iso: string): { date: string; time: string } | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const local = new TZDate(instant, AMSTERDAM_TIME_ZONE);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

/** An Amsterdam date and wall-clock time as an ISO instant in UTC, or null when not valid. */
export function amsterdamLocalToIso(date: string, time: string): string | null {
  const day = DATE_PATTERN.exec(date.trim());
  const clock = TIME_PATTERN.exec(time.trim());
  if (!day || !clock) return null;
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || hours > 23 || minutes > 59) return null;
  const local = new TZDate(year, month - 1, dayOfMonth, hours, minutes, 0, 0, AMSTERDAM_TIME_ZONE);
  // 31 February rolls over into March: refuse instead of guessing.
  if (local.getDate() !== dayOfMonth) return null;
  return new Date(local.getTime()).toISOString();
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

export interface TeamsFormValues {
  /** Field id → value as the flows' form parsers take it (empty fields left out). */
  values: Record<string, string>;
  /** Field id → message, for inputs that cannot be turned into a value at all. */
  errors: Record<string, string>;
}

/** The inputs of an Action.Execute submit (its `data`) as the neutral form values. */
export function formValuesFromTeams(
  fields: Pick<FormField, "id" | "kind">[],
  data: Record<string, unknown>,
  locale: Locale,
): TeamsFormValues {
  const t = teamsTexts(locale);
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    switch (field.kind) {
      case "text":
      case "textarea":
      case "select": {
        const value = text(data[field.id]);
        if (value !== "") values[field.id] = value;
        break;
      }
      case "checkbox":
        values[field.id] = String(text(data[field.id]) === "true");
        break;
      case "file":
        // Sent in the personal chat instead (`bestand <nr>`), never in a card's data.
        break;
      case "datetime": {
        const date = text(data[field.id]).trim();
        const time = text(data[`${field.id}${TIME_INPUT_SUFFIX}`]).trim();
        if (!date && !time) break;
        if (!time) errors[field.id] = t.timeMissing;
        else if (!date) errors[field.id] = t.dateMissing;
        else {
          const iso = amsterdamLocalToIso(date, time);
          if (iso) values[field.id] = iso;
          else errors[field.id] = t.invalidDateTime;
        }
        break;
      }
    }
  }
  return { values, errors };
}
