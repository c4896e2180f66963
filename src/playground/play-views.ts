/**
 * The workspace's views: each person's stack of open modals (views.open / push / update) and
 * their App Home (views.publish), with the field errors the app returned for a modal.
 */
import { randomBytes } from "node:crypto";

export interface PlayView {
  id: string;
  userId: string;
  type: "modal" | "home";
  view: Record<string, unknown>;
  hash: string;
  /** Field errors returned by the app (response_action "errors"), per block_id. */
  errors: Record<string, string>;
}

export class PlayViews {
  private readonly modals = new Map<string, PlayView[]>();
  private readonly homes = new Map<string, PlayView>();
  private viewCounter = 0;

  /** `changed` is told after every change. */
  constructor(private readonly changed: () => void) {}

  private newView(userId: string, type: PlayView["type"], view: Record<string, unknown>): PlayView {
    this.viewCounter++;
    return {
      id: `V${String(this.viewCounter).padStart(8, "0")}`,
      userId,
      type,
      view,
      hash: `${this.viewCounter}.${randomBytes(4).toString("hex")}`,
      errors: {},
    };
  }

  modalsOf(userId: string): readonly PlayView[] {
    return this.modals.get(userId) ?? [];
  }

  /** views.open replaces the person's modals; views.push stacks one more (Slack allows three). */
  openModal(userId: string, view: Record<string, unknown>, push = false): PlayView | null {
    const stack = push ? [...this.modalsOf(userId)] : [];
    if (stack.length >= 3) return null;
    const opened = this.newView(userId, "modal", view);
    stack.push(opened);
    this.modals.set(userId, stack);
    this.changed();
    return opened;
  }

  findView(viewId: string): PlayView | null {
    for (const stack of this.modals.values()) {
      const found = stack.find((view) => view.id === viewId);
      if (found) return found;
    }
    for (const home of this.homes.values()) if (home.id === viewId) return home;
    return null;
  }

  findViewByExternalId(externalId: string): PlayView | null {
    for (const stack of this.modals.values()) {
      const found = stack.find((view) => view.view.external_id === externalId);
      if (found) return found;
    }
    return null;
  }

  replaceView(target: PlayView, view: Record<string, unknown>): PlayView {
    target.view = view;
    target.errors = {};
    target.hash = `${++this.viewCounter}.${randomBytes(4).toString("hex")}`;
    this.changed();
    return target;
  }

  setErrors(viewId: string, errors: Record<string, string>): void {
    const view = this.findView(viewId);
    if (!view) return;
    view.errors = errors;
    this.changed();
  }

  /** Closes one modal (and those stacked on it); `all` closes every modal of the person. */
  closeModal(userId: string, viewId: string, all = false): void {
    const stack = [...this.modalsOf(userId)];
    const index = stack.findIndex((view) => view.id === viewId);
    if (index === -1 && !all) return;
    this.modals.set(userId, all ? [] : stack.slice(0, index));
    this.changed();
  }

  homeOf(userId: string): PlayView | null {
    return this.homes.get(userId) ?? null;
  }

  publishHome(userId: string, view: Record<string, unknown>): PlayView {
    const existing = this.homes.get(userId);
    if (existing) return this.replaceView(existing, view);
    const home = this.newView(userId, "home", view);
    this.homes.set(userId, home);
    this.changed();
    return home;
  }

  /** Every person's App Home, for a snapshot (open modals are not kept). */
  allHomes(): PlayView[] {
    return [...this.homes.values()];
  }

  /** Puts back App Homes from a snapshot; new views get ids after theirs. */
  restoreHomes(homes: PlayView[]): void {
    for (const home of homes) {
      this.homes.set(home.userId, home);
      this.viewCounter = Math.max(this.viewCounter, Number(home.id.slice(1)) || 0);
    }
  }
}
