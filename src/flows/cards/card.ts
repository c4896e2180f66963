/**
 * The neutral card model: what a message shows, as plain data. src/bot/slack renders it to
 * Block Kit, src/bot/teams to Adaptive Cards. Texts are already localised when a card is built.
 */

export type ButtonStyle = "primary" | "danger" | "default";

export interface CardButton {
  /** A constant from BUTTON_IDS (src/flows/cards/actions.ts). */
  actionId: string;
  label: string;
  /** JSON payload validated by the action's zod schema when the click comes back. Max 2000 chars. */
  value: string;
  style: ButtonStyle;
  /**
   * A step that cannot be undone asks first: Slack shows it as the button's `confirm` dialog,
   * Teams as a confirmation shown under the button before the action is sent.
   */
  confirm?: ButtonConfirm;
}

export interface ButtonConfirm {
  title: string;
  text: string;
  confirm: string;
  deny: string;
}

export interface CardField {
  label: string;
  value: string;
}

export type CardBlock =
  | { type: "header"; text: string }
  /** Plain text; `*bold*` is the only markup. */
  | { type: "text"; text: string }
  | { type: "fields"; fields: CardField[] }
  | { type: "context"; text: string }
  | { type: "divider" }
  | { type: "actions"; buttons: CardButton[] };

/**
 * A card shown to one person that the core can build again for them: the personal home card and
 * its lists, or a case's summary (`case:<case id>`, as `zaak <nr>` shows it to the care team).
 */
export type CardView = "home" | "mine" | "overview" | `case:${string}`;

/** The view of a case's summary as the care team gets it (`zaak <nr>`). */
export function caseSummaryView(caseId: string): CardView {
  return `case:${caseId}`;
}

/** The case a summary view is about; null for any other view. */
export function caseOfSummaryView(view: CardView): string | null {
  return view.startsWith("case:") ? view.slice("case:".length) : null;
}

export interface Card {
  /** Notification / fallback text (push notifications, screen readers). */
  summary: string;
  blocks: CardBlock[];
  /**
   * Set on a card shown to one person that the core can build again (CardView): after an action
   * on it, the adapter asks for it as it is then instead of showing the old copy.
   */
  view?: CardView;
}

/** A form (Slack modal / Teams dialog) the bot asks a person to fill in. */
type FormFieldKind = "text" | "textarea" | "select" | "datetime" | "checkbox" | "file";

export interface FormField {
  id: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  initial?: string;
  maxLength?: number;
  /**
   * A file field: the accepted extensions (without the dot). A platform whose forms take files
   * (Slack's file_input) offers one file; the others say where to send it instead.
   */
  accept?: string[];
}

export interface Form {
  /** A constant from FORM_IDS. */
  formId: string;
  title: string;
  submitLabel: string;
  /** JSON metadata carried through the form (e.g. which case); validated on submit. */
  metadata: string;
  fields: FormField[];
}
